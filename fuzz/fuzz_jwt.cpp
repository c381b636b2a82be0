// jwtPayload and jwtExpiry on any text a reply could carry as accessToken.

#include "api/jwtclaims.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString token = QString::fromUtf8(Fuzz::bytes(data, size));
    const std::optional<QJsonObject> payload = Api::jwtPayload(token);
    const std::optional<QDateTime> expiry = Api::jwtExpiry(token);
    if (expiry) {
        // Only a real payload has an expiry, and only a plausible one (2000 to 2200, UTC).
        FUZZ_CHECK(payload.has_value());
        FUZZ_CHECK(expiry->isValid() && expiry->timeSpec() == Qt::UTC);
        FUZZ_CHECK(expiry->toSecsSinceEpoch() >= 946684800 &&
                   expiry->toSecsSinceEpoch() <= 7258118400);
    }
    return 0;
}
