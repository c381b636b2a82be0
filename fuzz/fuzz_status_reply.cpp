// parseStatusReply on any body: never crashes, and an unknown status stays unknown.

#include "api/replyparsing.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Api::Result<Domain::SessionStatus> result =
        Api::parseStatusReply(Fuzz::bytes(data, size));
    if (!result) {
        FUZZ_CHECK(result.error().kind() == Api::ApiError::Kind::InvalidReply &&
                   !result.error().userMessage().isEmpty());
        return 0;
    }
    const Domain::SessionStatus& status = result.value();
    FUZZ_CHECK(!status.displayText().isEmpty());
    // A status the contract does not name is never final, approved or rejected.
    if (status.kind() == Domain::SessionStatus::Kind::Unknown)
        FUZZ_CHECK(!status.isFinal() && !status.isApproved() && !status.isRejected());
    FUZZ_CHECK(!(status.isApproved() && status.isRejected()));
    return 0;
}
