#pragma once
// How `initialize` and `status` write the session history (History::SessionLog at its default
// path). Recording never changes a command's result: a history that cannot be opened or written
// costs one warning line on standard error. Only what the parameters name is kept: never names,
// a date of birth, the link or a token.

#include "clienvironment.h"
#include "domain/decision.h"
#include "domain/sessionstatus.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace History {
class SessionLog;
}

namespace Cli {

class CommandHistory
{
public:
    enum class Open {
        CreatingIt,    // a new session: the file is created when missing
        OnlyIfPresent, // a status: a session is only known where a history already exists
    };

    // Opens History::SessionLog::defaultPath() now.
    explicit CommandHistory(Open open);
    ~CommandHistory();
    CommandHistory(const CommandHistory&) = delete;
    CommandHistory& operator=(const CommandHistory&) = delete;

    // Before the request leaves: the session as History::Outcome::Sending. False when it could
    // not be recorded (the warning is printed).
    bool recordSending(const QString& sessionId, const QString& externalId, const QString& profile,
                       CliEnvironment& environment);
    // After the answer: outcome empty for a created session (with its expiry), a
    // History::Outcome otherwise, nothing when the request never left (the record goes).
    void recordOutcome(const QString& sessionId, const std::optional<QString>& outcome,
                       const std::optional<QDateTime>& expiresUtc, CliEnvironment& environment);
    // Updates a session the history knows; does nothing otherwise.
    void recordStatus(const QString& sessionId, const Domain::SessionStatus& status,
                      const std::optional<Domain::Decision>& decision, CliEnvironment& environment);

private:
    void warn(CliEnvironment& environment, const QString& problem);

    std::unique_ptr<History::SessionLog> m_log;
    QString m_problem; // why m_log could not be opened
    bool m_absent = false;
    bool m_warned = false;
};

} // namespace Cli
