// The polling rules as pure functions: the interval, the doubling after failures and its cap,
// and Retry-After as a lower bound.

#include "desk/pollschedule.h"

#include <QTest>

using namespace std::chrono;

class TestPollSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void afterFailure_data()
    {
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("retryAfter"); // -1: none
        QTest::addColumn<int>("expectedSeconds");
        QTest::newRow("first failure waits one interval") << 60 << 1 << -1 << 60;
        QTest::newRow("second doubles") << 60 << 2 << -1 << 120;
        QTest::newRow("third doubles again") << 60 << 3 << -1 << 240;
        QTest::newRow("capped at ten minutes") << 60 << 5 << -1 << 600;
        QTest::newRow("many failures stay capped") << 60 << 40 << -1 << 600;
        QTest::newRow("Retry-After longer than backoff") << 5 << 1 << 30 << 30;
        QTest::newRow("Retry-After shorter than backoff") << 60 << 1 << 10 << 60;
        QTest::newRow("Retry-After zero") << 5 << 1 << 0 << 5;
        QTest::newRow("Retry-After beyond the cap is honoured") << 60 << 1 << 900 << 900;
        QTest::newRow("interval longer than the cap") << 1200 << 3 << -1 << 1200;
    }
    void afterFailure()
    {
        QFETCH(int, interval);
        QFETCH(int, failures);
        QFETCH(int, retryAfter);
        QFETCH(int, expectedSeconds);
        const Desk::PollSchedule schedule{seconds(interval), seconds(600)};
        const auto retry = retryAfter < 0 ? std::nullopt : std::optional<int>(retryAfter);
        QCOMPARE(schedule.afterFailure(failures, retry), milliseconds(seconds(expectedSeconds)));
    }

    void afterSuccessIsTheInterval()
    {
        const Desk::PollSchedule schedule{seconds(7), seconds(600)};
        QCOMPARE(schedule.afterSuccess(), milliseconds(7000));
        QCOMPARE(Desk::PollSchedule{}.afterSuccess(), milliseconds(60000));
    }
};

QTEST_GUILESS_MAIN(TestPollSchedule)
#include "tst_pollschedule.moc"
