#include "servicenotifier.h"

#include <QCoreApplication>
#include <QTimer>

#if defined(Q_OS_UNIX)
#include <cstddef>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

namespace System {

ServiceNotifier::ServiceNotifier(const QProcessEnvironment& variables, QObject* parent)
    : QObject(parent)
{
#if defined(Q_OS_UNIX)
    m_socketPath = variables.value(QStringLiteral("NOTIFY_SOCKET")).toLocal8Bit();
    if (m_socketPath.isEmpty())
        return;
    bool ok = false;
    const qulonglong microseconds =
        variables.value(QStringLiteral("WATCHDOG_USEC")).toULongLong(&ok);
    const QString pid = variables.value(QStringLiteral("WATCHDOG_PID"));
    const bool forUs = pid.isEmpty() || pid == QString::number(QCoreApplication::applicationPid());
    if (ok && microseconds > 0 && forUs)
        m_watchdogInterval =
            std::chrono::milliseconds(std::max<qulonglong>(1, microseconds / 2000));
#else
    Q_UNUSED(variables);
#endif
}

QByteArray ServiceNotifier::statusLine(const QString& status)
{
    QString line = status;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return "STATUS=" + line.toUtf8();
}

bool ServiceNotifier::ready(const QString& status)
{
    return send("READY=1\n" + statusLine(status));
}

bool ServiceNotifier::setStatus(const QString& status)
{
    return send(statusLine(status));
}

bool ServiceNotifier::petWatchdog()
{
    return m_watchdogInterval && send("WATCHDOG=1");
}

bool ServiceNotifier::stopping()
{
    return send("STOPPING=1");
}

void ServiceNotifier::startWatchdog()
{
    if (!m_watchdogInterval || m_watchdog)
        return;
    m_watchdog = new QTimer(this);
    m_watchdog->setInterval(*m_watchdogInterval);
    connect(m_watchdog, &QTimer::timeout, this, [this] { petWatchdog(); });
    m_watchdog->start();
    petWatchdog();
}

bool ServiceNotifier::send(const QByteArray& message) const
{
#if defined(Q_OS_UNIX)
    if (m_socketPath.isEmpty())
        return false;
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    if (size_t(m_socketPath.size()) >= sizeof(address.sun_path))
        return false;
    std::memcpy(address.sun_path, m_socketPath.constData(), size_t(m_socketPath.size()));
    if (address.sun_path[0] == '@')
        address.sun_path[0] = '\0'; // Linux's abstract namespace
    const auto length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(m_socketPath.size()));
    const int socket = ::socket(AF_UNIX, SOCK_DGRAM, 0);
    if (socket < 0)
        return false;
    ::fcntl(socket, F_SETFD, FD_CLOEXEC); // not for programs started from here
    const ssize_t sent = ::sendto(socket, message.constData(), size_t(message.size()), 0,
                                  reinterpret_cast<const sockaddr*>(&address), length);
    ::close(socket);
    return sent == message.size();
#else
    Q_UNUSED(message);
    return false;
#endif
}

} // namespace System
