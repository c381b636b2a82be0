#include "stopsignals.h"

#include <QSocketNotifier>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Cli {
namespace {

#if defined(Q_OS_UNIX)
int signalSockets[2] = {-1, -1}; // [0] written by the handler, [1] read in the event loop

extern "C" void onStopSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe calls here; a full socket already holds a pending stop.
    [[maybe_unused]] const ssize_t written = ::write(signalSockets[0], &byte, 1);
}

void setHandler(int signal, void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(signal, &action, nullptr);
}
#endif

} // namespace

StopSignals::StopSignals(std::function<void()> onStop, QObject* parent)
    : QObject(parent)
    , m_onStop(std::move(onStop))
{
#if defined(Q_OS_UNIX)
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets) != 0)
        return; // the default handlers stay: the signal ends the process
    // Not inherited by programs started from here (SOCK_CLOEXEC is not on every Unix).
    ::fcntl(signalSockets[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(signalSockets[1], F_SETFD, FD_CLOEXEC);
    m_notifier = new QSocketNotifier(signalSockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(signalSockets[1], &byte, 1);
        if (m_onStop)
            m_onStop();
    });
    setHandler(SIGINT, onStopSignal);
    setHandler(SIGTERM, onStopSignal);
#endif
}

StopSignals::~StopSignals()
{
#if defined(Q_OS_UNIX)
    if (!m_notifier)
        return;
    setHandler(SIGINT, SIG_DFL);
    setHandler(SIGTERM, SIG_DFL);
    delete m_notifier;
    ::close(signalSockets[0]);
    ::close(signalSockets[1]);
    signalSockets[0] = signalSockets[1] = -1;
#endif
}

} // namespace Cli
