#pragma once
// Notices when nobody has touched the kiosk for a while: after the idle time it announces a
// warning with a countdown that any touch or key extends, then asks for a reset. Timers run only
// while there is something to time: one single-shot idle timer, then a tick at each whole second
// of the warning.

#include <QObject>
#include <QTimer>

#include <chrono>

namespace Kiosk {

class IdleWatch : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatch(QObject* parent = nullptr);

    // Starts (or restarts) watching with these times (at least 1 ms each; the UI passes whole
    // seconds, tests milliseconds). Restarting during a warning withdraws it.
    void start(std::chrono::milliseconds idle, std::chrono::milliseconds warning);
    // Ends watching and stops every timer; a warning in progress is withdrawn.
    void stop();
    // Someone touched the screen or pressed a key: the idle time starts again and a warning
    // in progress is withdrawn. Nothing happens while not watching.
    void activity();

    bool isWatching() const { return m_watching; }
    bool isWarning() const { return m_warningActive; }

Q_SIGNALS:
    // The warning begins with secondsLeft (the warning time rounded up to whole seconds), then
    // ticks once a second down to 0, then times out. Watching ends before timedOut() is emitted,
    // so its receiver may start() again.
    void warningStarted(qint64 secondsLeft);
    void warningTick(qint64 secondsLeft);
    void warningWithdrawn();
    void timedOut(); // reset the kiosk now

private:
    void onIdle();
    void onWarningTick();
    void withdrawWarning();
    void scheduleTick();

    bool m_watching = false;
    bool m_warningActive = false;
    std::chrono::milliseconds m_idle{60000};
    std::chrono::milliseconds m_warningLength{20000};
    std::chrono::milliseconds m_warningLeft{0};
    QTimer m_idleTimer{this};
    QTimer m_tickTimer{this};
};

} // namespace Kiosk
