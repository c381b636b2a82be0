#pragma once
// Pure mapping from reply bodies to domain values (API.md sections 1 to 3). No network here, so
// every hostile or broken body can be tested, and fuzzed, directly.

#include "domain/decision.h"
#include "domain/session.h"
#include "domain/sessionstatus.h"
#include "linkpolicy.h"
#include "result.h"

#include <QByteArray>

namespace Api {

Result<Domain::CreatedSession> parseInitializeReply(const QByteArray& body,
                                                    const QString& expectedSessionId,
                                                    const LinkPolicy& linkPolicy);
// A status or decision reply that names another session than expectedSessionId is rejected
// (empty: not checked, for the fuzzers).
Result<Domain::SessionStatus> parseStatusReply(const QByteArray& body,
                                               const QString& expectedSessionId = QString());
Result<Domain::Decision> parseDecisionReply(const QByteArray& body,
                                            const QString& expectedSessionId = QString());

} // namespace Api
