#include "idlewatch.h"

#include <algorithm>

namespace Kiosk {
namespace {

constexpr std::chrono::milliseconds Second{1000};
constexpr std::chrono::milliseconds Shortest{1};

qint64 wholeSecondsLeft(std::chrono::milliseconds left)
{
    return (left.count() + Second.count() - 1) / Second.count();
}

} // namespace

IdleWatch::IdleWatch(QObject* parent)
    : QObject(parent)
{
    m_idleTimer.setSingleShot(true);
    m_tickTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &IdleWatch::onIdle);
    connect(&m_tickTimer, &QTimer::timeout, this, &IdleWatch::onWarningTick);
}

void IdleWatch::start(std::chrono::milliseconds idle, std::chrono::milliseconds warning)
{
    m_idle = std::max(idle, Shortest);
    m_warningLength = std::max(warning, Shortest);
    m_watching = true;
    withdrawWarning();
    m_idleTimer.start(m_idle);
}

void IdleWatch::stop()
{
    m_watching = false;
    m_idleTimer.stop();
    withdrawWarning();
}

void IdleWatch::activity()
{
    if (!m_watching)
        return;
    withdrawWarning();
    m_idleTimer.start(m_idle);
}

void IdleWatch::onIdle()
{
    m_warningActive = true;
    m_warningLeft = m_warningLength;
    scheduleTick();
    Q_EMIT warningStarted(wholeSecondsLeft(m_warningLeft));
}

void IdleWatch::onWarningTick()
{
    // The timer fires on each whole second left, so the count shown is exact.
    m_warningLeft -= std::min(m_warningLeft, m_tickTimer.intervalAsDuration());
    const qint64 secondsLeft = wholeSecondsLeft(m_warningLeft);
    if (m_warningLeft.count() > 0) {
        scheduleTick();
        Q_EMIT warningTick(secondsLeft);
        return;
    }
    Q_EMIT warningTick(0);
    if (!m_warningActive) // a receiver of warningTick reacted (activity, stop, start)
        return;
    m_warningActive = false;
    m_watching = false;
    Q_EMIT timedOut();
}

void IdleWatch::withdrawWarning()
{
    m_tickTimer.stop();
    if (!m_warningActive)
        return;
    m_warningActive = false;
    Q_EMIT warningWithdrawn();
}

void IdleWatch::scheduleTick()
{
    // Down to the next whole second: 2.5 s left ticks after 0.5 s, then every second.
    const std::chrono::milliseconds remainder = m_warningLeft % Second;
    m_tickTimer.start(remainder.count() > 0 ? remainder : std::min(m_warningLeft, Second));
}

} // namespace Kiosk
