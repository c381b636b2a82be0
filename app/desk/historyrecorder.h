#pragma once
// Keeps the session history of the staff window (and the kiosk): follows a SessionController and
// writes each session to a History::SessionLog before its request leaves (id, externalId,
// profile, created), then how the creation ended (created with its expiry, reply lost, reply
// rejected, refused, cancelled), every status it reads and the decision level. Nothing personal is
// ever passed on: no names, no date of birth, no link, no token.
//
// The SQLite file is opened lazily, at the first created session (or when the history view asks
// for it), so opening the window touches no database. A file that cannot be opened or written
// is reported once per problem through unavailable(); the desk keeps working without history,
// and opening is tried again at the next session.

#include "desk/sessioncontroller.h"
#include "domain/decision.h"
#include "domain/sessionstatus.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace History {
class SessionLog;
}

namespace Desk {

class HistoryRecorder : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    // path: the SQLite file (History::SessionLog::defaultPath() for the desk); nothing is opened
    // or created here.
    HistoryRecorder(SessionController& controller, QString path, QObject* parent = nullptr);
    ~HistoryRecorder() override;

    const QString& path() const { return m_path; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // What the sessions created from now on belong to (a new link for the same applicant
    // included): the profile's name and the case number staff typed. Set before create().
    void setSessionDetails(const QString& profile, const QString& externalId);

    // The log, opened now when it is not yet. Null, with *problem set to one sentence for staff,
    // when the file cannot be used (also reported through unavailable()).
    History::SessionLog* log(QString* problem = nullptr);
    // The same for reading only: null without a problem while no file exists and none was tried
    // (so looking at an empty history creates no file).
    History::SessionLog* existingLog(QString* problem = nullptr);
    // The reason the log could not be opened the last time it was tried; empty otherwise.
    const QString& openProblem() const { return m_openProblem; }

    // A status read outside the controller (the history view's "Check status"). The decision
    // level is cleared when decision is empty. False with *problem when it could not be written.
    bool recordStatus(const QString& sessionId, const Domain::SessionStatus& status,
                      const std::optional<Domain::Decision>& decision, QString* problem = nullptr);
    // The platform's data of the session was deleted on staff's request.
    bool recordDeleted(const QString& sessionId, QString* problem = nullptr);

Q_SIGNALS:
    // Once per distinct problem: the history is not being kept (or not completely).
    void unavailable(const QString& problem);
    // A row was added or changed, so an open history view can show it.
    void changed(const QString& sessionId);

private:
    void onStateChanged();
    void recordSending();
    // outcome: a History::Outcome, empty for created; nothing: never sent, the record goes.
    void finishAttempt(const std::optional<QString>& outcome);
    void recordCreated();
    void recordCurrentStatus(bool withDecision);
    void report(const QString& problem);
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    SessionController& m_controller;
    QString m_path;
    Clock m_clock;
    QString m_profile;
    QString m_externalId;
    QString m_recordedId; // the controller's session already written, if any
    QString m_attemptId;  // the session recorded before its request left, until it ended
    SessionController::State m_lastState = SessionController::State::Idle;

    std::unique_ptr<History::SessionLog> m_log;
    QString m_openProblem;
    QSet<QString> m_reported;
};

} // namespace Desk
