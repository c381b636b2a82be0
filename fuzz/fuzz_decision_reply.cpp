// parseDecisionReply on any body: never crashes, and every score it keeps is within 0..100.

#include "api/replyparsing.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::quietQt();
    return 0;
}

namespace {

bool inRange(const std::optional<int>& score)
{
    return !score || (*score >= 0 && *score <= 100);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Api::Result<Domain::Decision> result = Api::parseDecisionReply(Fuzz::bytes(data, size));
    if (!result) {
        FUZZ_CHECK(result.error().kind() == Api::ApiError::Kind::InvalidReply &&
                   !result.error().userMessage().isEmpty());
        return 0;
    }
    const Domain::Decision& decision = result.value();
    FUZZ_CHECK(inRange(decision.score));
    FUZZ_CHECK(!Domain::levelDisplayText(decision.level).isEmpty());
    for (const Domain::TrustFactor& factor : decision.factors) {
        FUZZ_CHECK(inRange(factor.score));
        // Unknown keys are shown by a readable form of their name, never dropped.
        (void)factor.displayName();
    }
    return 0;
}
