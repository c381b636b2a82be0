#pragma once
// Ctrl+C and a service manager's SIGTERM, delivered to the event loop: the long-running command
// (`sandbox`) stops cleanly, says so and exits 0, without a timer polling a flag. Qt's documented
// way out of a signal handler: the handler writes one byte to a socket pair whose other end a
// QSocketNotifier watches. Unix only; elsewhere the process simply ends on the signal.

#include <QObject>

#include <functional>

class QSocketNotifier;

namespace Cli {

class StopSignals : public QObject
{
public:
    // onStop runs in the event loop when SIGINT or SIGTERM arrives. One instance at a time;
    // destroying it restores the default handlers.
    explicit StopSignals(std::function<void()> onStop, QObject* parent = nullptr);
    ~StopSignals() override;
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

private:
    std::function<void()> m_onStop;
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace Cli
