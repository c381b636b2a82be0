// parseInitializeReply on any body. The input's first line is the session id the client sent
// (so the fuzzer also plays with ids that almost match); without a newline it is the seed's id.
// Every accepted reply must be for the id that was sent and carry a link that is safe to show.

#include "api/replyparsing.h"
#include "domain/sessionid.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QString expectedId = newline < 0 ? QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee")
                                           : QString::fromUtf8(input.left(newline));
    const QByteArray body = newline < 0 ? input : input.mid(newline + 1);

    for (const Api::LinkPolicy* policy : {&Fuzz::remotePolicy(), &Fuzz::loopbackPolicy()}) {
        const Api::Result<Domain::CreatedSession> result =
            Api::parseInitializeReply(body, expectedId, *policy);
        if (!result) {
            FUZZ_CHECK(result.error().kind() == Api::ApiError::Kind::InvalidReply &&
                       !result.error().userMessage().isEmpty());
            continue;
        }
        const Domain::CreatedSession& session = result.value();
        const std::optional<QString> expected = Domain::normalizeSessionId(expectedId);
        FUZZ_CHECK(expected.has_value() && session.sessionId == *expected);
        FUZZ_CHECK(!policy->check(session.webEnrolmentUrl).has_value());
        Fuzz::checkAcceptedLink(*policy, session.webEnrolmentUrl);
        if (session.expiresAt)
            FUZZ_CHECK(session.expiresAt->isValid());
    }
    return 0;
}
