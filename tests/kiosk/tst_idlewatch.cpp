// The idle watch with millisecond durations: the warning counts down whole seconds and times out,
// activity before the idle time postpones it, activity during the warning withdraws it, stop()
// silences everything, and no timer runs while nothing is watched.

#include "kiosk/idlewatch.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Kiosk;
using namespace std::chrono_literals;

namespace {

// Every signal in order, e.g. "started 2", "tick 1", "tick 0", "timedOut".
class Recorder
{
public:
    explicit Recorder(IdleWatch& watch)
    {
        QObject::connect(&watch, &IdleWatch::warningStarted, &watch,
                         [this](qint64 s) { events.append(QStringLiteral("started %1").arg(s)); });
        QObject::connect(&watch, &IdleWatch::warningTick, &watch,
                         [this](qint64 s) { events.append(QStringLiteral("tick %1").arg(s)); });
        QObject::connect(&watch, &IdleWatch::warningWithdrawn, &watch,
                         [this] { events.append(QStringLiteral("withdrawn")); });
        QObject::connect(&watch, &IdleWatch::timedOut, &watch,
                         [this] { events.append(QStringLiteral("timedOut")); });
    }
    QStringList events;
};

int activeTimers(const IdleWatch& watch)
{
    int active = 0;
    for (const QTimer* timer : watch.findChildren<QTimer*>())
        active += timer->isActive() ? 1 : 0;
    return active;
}

} // namespace

class TestIdleWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void warningCountsDownThenTimesOut()
    {
        IdleWatch watch;
        Recorder recorder(watch);
        QElapsedTimer clock;
        clock.start();
        watch.start(50ms, 1200ms);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.events.contains(QStringLiteral("timedOut")), 30000);
        QVERIFY(clock.elapsed() >= 1200);
        QCOMPARE(recorder.events,
                 (QStringList{QStringLiteral("started 2"), QStringLiteral("tick 1"),
                              QStringLiteral("tick 0"), QStringLiteral("timedOut")}));
        QVERIFY(!watch.isWatching());
        QVERIFY(!watch.isWarning());
        QCOMPARE(activeTimers(watch), 0);
    }

    void shortWarningTicksOnceToZero()
    {
        IdleWatch watch;
        Recorder recorder(watch);
        watch.start(20ms, 100ms);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.events.contains(QStringLiteral("timedOut")), 30000);
        QCOMPARE(recorder.events,
                 (QStringList{QStringLiteral("started 1"), QStringLiteral("tick 0"),
                              QStringLiteral("timedOut")}));
    }

    void activityBeforeIdlePostponesTheWarning()
    {
        // An idle time far longer than the test, so no busy machine reaches it: what is checked is
        // the time the idle timer has left, before and after the activity.
        IdleWatch watch;
        QSignalSpy started(&watch, &IdleWatch::warningStarted);
        watch.start(60s, 5000ms);
        const QTimer* idle = nullptr;
        for (const QTimer* timer : watch.findChildren<QTimer*>()) {
            if (timer->isActive())
                idle = timer;
        }
        QVERIFY(idle);
        // Coarse timers of a minute end on a whole second, up to half a second either way: after
        // 2 s the timer has less left than any fresh start of it.
        QTest::qWait(2000);
        const int leftBefore = idle->remainingTime();
        watch.activity();
        // The whole idle time again.
        QVERIFY2(idle->remainingTime() > leftBefore, qPrintable(QString::number(leftBefore)));
        QVERIFY(started.isEmpty());
        watch.stop();
    }

    void activityDuringTheWarningWithdrawsIt()
    {
        IdleWatch watch;
        Recorder recorder(watch);
        watch.start(30ms, 5000ms);
        QTRY_VERIFY(watch.isWarning());
        watch.activity();
        QVERIFY(!watch.isWarning());
        QVERIFY(watch.isWatching());
        QCOMPARE(recorder.events,
                 (QStringList{QStringLiteral("started 5"), QStringLiteral("withdrawn")}));
        QCOMPARE(activeTimers(watch), 1); // the idle time runs again
        QTRY_VERIFY(watch.isWarning());   // and ends in a new warning
        QCOMPARE(recorder.events.count(QStringLiteral("started 5")), 2);
        QVERIFY(!recorder.events.contains(QStringLiteral("timedOut")));
        watch.stop();
    }

    void stopSilencesEverything()
    {
        IdleWatch watch;
        Recorder recorder(watch);
        watch.start(30ms, 300ms);
        QTRY_VERIFY(watch.isWarning());
        watch.stop();
        QCOMPARE(recorder.events,
                 (QStringList{QStringLiteral("started 1"), QStringLiteral("withdrawn")}));
        QCOMPARE(activeTimers(watch), 0); // so nothing can come later
        QCoreApplication::processEvents();
        QCOMPARE(recorder.events.size(), 2);

        // Stopped before the idle time: nothing at all.
        recorder.events.clear();
        watch.start(50ms, 100ms);
        watch.stop();
        QCoreApplication::processEvents();
        QVERIFY(recorder.events.isEmpty());
        watch.activity(); // ignored while not watching
        QCOMPARE(activeTimers(watch), 0);
        QVERIFY(!watch.isWatching());
    }

    void restartDuringTheWarningWithdrawsIt()
    {
        IdleWatch watch;
        Recorder recorder(watch);
        watch.start(30ms, 5000ms);
        QTRY_VERIFY(watch.isWarning());
        watch.start(10s, 20s);
        QCOMPARE(recorder.events.last(), QStringLiteral("withdrawn"));
        QVERIFY(watch.isWatching() && !watch.isWarning());
        watch.stop();
    }

    void noTimerRunsWhenNotWatching()
    {
        IdleWatch watch;
        QCOMPARE(watch.findChildren<QTimer*>().size(), 2);
        QCOMPARE(activeTimers(watch), 0);
        watch.activity();
        QCOMPARE(activeTimers(watch), 0);
        watch.start(60s, 20s);
        QCOMPARE(activeTimers(watch), 1);
        const QTimer* idle = nullptr;
        for (const QTimer* timer : watch.findChildren<QTimer*>()) {
            if (timer->isActive())
                idle = timer;
        }
        QVERIFY(idle->isSingleShot());
        QCOMPARE(idle->intervalAsDuration(), 60000ms);
        watch.stop();
        QCOMPARE(activeTimers(watch), 0);
    }

    void timedOutMayStartAgain()
    {
        IdleWatch watch;
        int timeouts = 0;
        connect(&watch, &IdleWatch::timedOut, this, [&] {
            if (++timeouts == 1)
                watch.start(20ms, 50ms);
        });
        watch.start(20ms, 50ms);
        QTRY_COMPARE_WITH_TIMEOUT(timeouts, 2, 30000);
        QVERIFY(!watch.isWatching());
        QCOMPARE(activeTimers(watch), 0);
    }
};

QTEST_GUILESS_MAIN(TestIdleWatch)
#include "tst_idlewatch.moc"
