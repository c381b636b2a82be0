#pragma once
// The service manager's notification protocol (systemd's sd_notify, spoken directly: one datagram
// per message on the Unix socket named by NOTIFY_SOCKET), so the kiosk's unit can be Type=notify
// with a watchdog: READY=1 once the window is up, STATUS= lines for `systemctl status`, and
// WATCHDOG=1 from the event loop, so that a hung kiosk stops answering and is restarted.
// Inactive, sending nothing, without NOTIFY_SOCKET and on systems without Unix sockets.

#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <chrono>
#include <optional>

class QTimer;

namespace System {

class ServiceNotifier : public QObject
{
public:
    // Reads NOTIFY_SOCKET, WATCHDOG_USEC and WATCHDOG_PID from variables.
    explicit ServiceNotifier(const QProcessEnvironment& variables, QObject* parent = nullptr);

    bool isActive() const { return !m_socketPath.isEmpty(); }
    // Half the service manager's watchdog timeout (as sd_watchdog_enabled advises); none when
    // there is no watchdog for this process.
    std::optional<std::chrono::milliseconds> watchdogInterval() const { return m_watchdogInterval; }

    // Each returns whether the datagram was sent (false when inactive or the socket refused).
    bool ready(const QString& status);
    bool setStatus(const QString& status);
    bool petWatchdog();
    bool stopping();
    // Pets the watchdog from the event loop every watchdogInterval(); nothing without a watchdog.
    void startWatchdog();

    // What a message carries on the socket: "KEY=value" lines; newlines in status become spaces.
    static QByteArray statusLine(const QString& status);

private:
    bool send(const QByteArray& message) const;

    QByteArray m_socketPath; // a leading '@' names an abstract socket
    std::optional<std::chrono::milliseconds> m_watchdogInterval;
    QTimer* m_watchdog = nullptr;
};

} // namespace System
