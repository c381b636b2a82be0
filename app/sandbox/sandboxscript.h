#pragma once
// The sandbox's scripting language: directives such as "sandbox:complete=HIGH@5" hidden in a
// request's externalId let QA script a session's outcome and inject reply faults (see
// docs/sandbox.md). This is the pure parser; the server applies the result.

#include "sandboxoutcome.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Sandbox {

struct SandboxScript {
    struct Completion {
        Outcome outcome = Outcome::High;
        double afterSeconds = 0;
    };
    struct ScriptedStatus {
        QString status; // raw wire text, known to the API or not
        double afterSeconds = 0;
    };
    struct StatusFault {
        int httpStatus = 500;
        int count = 1;
    };

    std::optional<Completion> complete;     // sandbox:complete=LEVEL[@SECONDS]
    std::optional<ScriptedStatus> status;   // sandbox:status=RAW[@SECONDS]
    std::optional<double> slowSeconds;      // sandbox:slow=SECONDS
    std::optional<int> httpStatus;          // sandbox:http=CODE
    std::optional<int> retryAfterSeconds;   // sandbox:retry-after=SECONDS
    std::optional<int> expiresInSeconds;    // sandbox:expires-in=SECONDS
    std::optional<StatusFault> statusFault; // sandbox:status-http=CODE[@COUNT]
    bool malformedJson = false;
    bool emptyBody = false;
    bool notJson = false;
    bool wrongSessionId = false;
    bool plainHttpLink = false;
    bool foreignLink = false;
    bool missingLink = false;
    bool noToken = false;

    QStringList words; // the ordinary (non-directive) words, in order
};

inline constexpr double MaxScriptSeconds = 86400;
inline constexpr double MaxSlowSeconds = 600;

// Splits externalId at whitespace; words starting with "sandbox:" are directives, all others are
// kept in `words`. On an unknown directive, a bad value, a repeated directive or a combination that
// cannot be honoured, returns an empty script and sets *error to a message naming the directive;
// otherwise clears *error.
SandboxScript parseSandboxScript(const QString& externalId, QString* error);

} // namespace Sandbox
