// StatusPoller against the sandbox: every final status reached through automatic completion,
// interim results while a reviewer decides, backoff and Retry-After on failures, one request in
// flight at most, and stop.

#include "desk/statuspoller.h"
#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono;
using Kind = Domain::SessionStatus::Kind;

namespace {
// A short interval keeps the suite quick; the rules are the same at 60 s.
constexpr milliseconds Fast{250};
} // namespace

class TestStatusPoller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_sandbox = TestSupport::startSandbox();
        m_client = std::make_unique<Api::EnrolmentClient>(
            &m_network, TestSupport::sandboxConnection(*m_sandbox));
    }
    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void reachesEachFinalStatus_data()
    {
        QTest::addColumn<QString>("directive");
        QTest::addColumn<int>("finalKind");
        QTest::addColumn<bool>("hasDecision");
        QTest::addColumn<int>("level");
        QTest::newRow("auto approved") << "sandbox:complete=HIGH@0.5" << int(Kind::AutoApproved)
                                       << true << int(Domain::Level::High);
        QTest::newRow("auto rejected") << "sandbox:complete=LOW@0.5" << int(Kind::AutoRejected)
                                       << true << int(Domain::Level::Low);
        QTest::newRow("manual approved")
            << "sandbox:status=MANUAL_APPROVED@0.5" << int(Kind::ManualApproved) << true
            << int(Domain::Level::High);
        QTest::newRow("manual rejected")
            << "sandbox:status=MANUAL_REJECTED@0.5" << int(Kind::ManualRejected) << true
            << int(Domain::Level::Low);
        QTest::newRow("expired") << "sandbox:complete=EXPIRED@0.5" << int(Kind::Expired) << false
                                 << 0;
    }
    void reachesEachFinalStatus()
    {
        QFETCH(QString, directive);
        QFETCH(int, finalKind);
        QFETCH(bool, hasDecision);
        QFETCH(int, level);
        const QString id = create(directive);
        Desk::StatusPoller poller(*m_client, id, {Fast, seconds(600)});
        QSignalSpy statuses(&poller, &Desk::StatusPoller::statusChanged);
        QSignalSpy decisions(&poller, &Desk::StatusPoller::decisionReady);
        QSignalSpy finished(&poller, &Desk::StatusPoller::finished);
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, TestSupport::EventTimeoutMs);
        QCOMPARE(int(finished.first().first().value<Domain::SessionStatus>().kind()), finalKind);
        QVERIFY(!poller.isRunning());
        QCOMPARE(decisions.count(), hasDecision ? 1 : 0);
        if (hasDecision)
            QCOMPARE(int(decisions.first().first().value<Domain::Decision>().level), level);
        // Nothing more is asked once the status is final.
        QVERIFY(!poller.isCheckScheduled());
        QVERIFY(!poller.isRequestInFlight());
    }

    void manualReviewGivesInterimResultsAndKeepsFollowing()
    {
        const QString id = create(QStringLiteral("sandbox:complete=MEDIUM@0"));
        Desk::StatusPoller poller(*m_client, id, {Fast, seconds(600)});
        QSignalSpy decisions(&poller, &Desk::StatusPoller::decisionReady);
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(decisions.count(), 1, TestSupport::EventTimeoutMs);
        QCOMPARE(decisions.first().first().value<Domain::Decision>().level, Domain::Level::Medium);
        QCOMPARE(poller.lastStatus()->kind(), Kind::WaitingForManualApprove);
        QVERIFY(poller.isRunning());
        // The interim results are read once per status, not at every check: two more checks.
        QSignalSpy checks(&poller, &Desk::StatusPoller::nextCheckScheduled);
        QTRY_VERIFY_WITH_TIMEOUT(checks.count() >= 2, TestSupport::EventTimeoutMs);
        QCOMPARE(decisions.count(), 1);
        QVERIFY(poller.isRunning());
    }

    void unknownStatusIsReportedRawAndFollowed()
    {
        const QString id = create(QStringLiteral("sandbox:status=FROZEN@0"));
        Desk::StatusPoller poller(*m_client, id, {Fast, seconds(600)});
        QSignalSpy statuses(&poller, &Desk::StatusPoller::statusChanged);
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(statuses.count(), 1, TestSupport::EventTimeoutMs);
        const auto status = statuses.first().first().value<Domain::SessionStatus>();
        QCOMPARE(status.kind(), Kind::Unknown);
        QCOMPARE(status.rawText(), QStringLiteral("FROZEN"));
        QVERIFY(!status.isFinal());
        QVERIFY(poller.isRunning());
    }

    void retryAfterSlowsTheNextCheck()
    {
        const QString id =
            create(QStringLiteral("sandbox:status-http=429@1 sandbox:retry-after=1"));
        Desk::StatusPoller poller(*m_client, id, {Fast, seconds(600)});
        const auto problems = recordProblems(poller);
        QSignalSpy scheduled(&poller, &Desk::StatusPoller::nextCheckScheduled);
        QSignalSpy statuses(&poller, &Desk::StatusPoller::statusChanged);
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(problems->size(), size_t(1), TestSupport::EventTimeoutMs);
        QCOMPARE(problems->at(0).first, 429);
        QCOMPARE(problems->at(0).second, milliseconds(1000));
        QCOMPARE(scheduled.last().first().value<milliseconds>(), milliseconds(1000));
        // After the platform's pause the session is followed again.
        QTRY_COMPARE_WITH_TIMEOUT(statuses.count(), 1, TestSupport::EventTimeoutMs);
        QCOMPARE(statuses.first().first().value<Domain::SessionStatus>().kind(), Kind::Pending);
    }

    void failuresBackOff()
    {
        const QString id = create(QStringLiteral("sandbox:status-http=500@2"));
        Desk::StatusPoller poller(*m_client, id, {Fast, seconds(600)});
        const auto problems = recordProblems(poller);
        QSignalSpy statuses(&poller, &Desk::StatusPoller::statusChanged);
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(problems->size(), size_t(2), TestSupport::EventTimeoutMs);
        QCOMPARE(problems->at(0).first, 500);
        QCOMPARE(problems->at(0).second, Fast);
        QCOMPARE(problems->at(1).second, 2 * Fast);
        QTRY_COMPARE_WITH_TIMEOUT(statuses.count(), 1, TestSupport::EventTimeoutMs);
    }

    void refusalStopsFollowing()
    {
        Desk::StatusPoller poller(*m_client, QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee"),
                                  {Fast, seconds(600)});
        std::optional<int> failedWith;
        connect(&poller, &Desk::StatusPoller::failed, this,
                [&failedWith](const Api::ApiError& error) { failedWith = error.httpStatus(); });
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(failedWith.has_value(), TestSupport::EventTimeoutMs);
        QCOMPARE(*failedWith, 404);
        QVERIFY(!poller.isRunning());
    }

    void checkNowAsksAtOnceButNeverTwice()
    {
        const QString id = create(QString());
        Desk::StatusPoller poller(*m_client, id, {seconds(60), seconds(600)});
        QSignalSpy statuses(&poller, &Desk::StatusPoller::statusChanged);
        QVERIFY(!poller.checkNow()); // not started
        poller.start();
        QVERIFY(poller.checkNow());
        QVERIFY(poller.isRequestInFlight());
        QVERIFY(!poller.checkNow()); // one request in flight at most
        QCOMPARE(m_client->pendingCount(), 1);
        QTRY_COMPARE(statuses.count(), 1);
        QVERIFY(!poller.isRequestInFlight());
        QVERIFY(poller.checkNow());
    }

    void stopCancelsAndSilences()
    {
        const QString id = create(QStringLiteral("sandbox:complete=HIGH@0"));
        Desk::StatusPoller poller(*m_client, id, {Fast, seconds(600)});
        QSignalSpy statuses(&poller, &Desk::StatusPoller::statusChanged);
        poller.start();
        QVERIFY(poller.checkNow());
        poller.stop();
        QCOMPARE(m_client->pendingCount(), 0);
        QVERIFY(!poller.isRequestInFlight());
        QVERIFY(!poller.isCheckScheduled());
        QCoreApplication::processEvents();
        QCOMPARE(statuses.count(), 0);
    }

private:
    // (HTTP status, delay before the next check) of each passing problem.
    using Problems = std::vector<std::pair<int, milliseconds>>;
    std::shared_ptr<Problems> recordProblems(Desk::StatusPoller& poller)
    {
        auto problems = std::make_shared<Problems>();
        connect(&poller, &Desk::StatusPoller::problem, this,
                [problems](const Api::ApiError& error, milliseconds retryIn) {
                    problems->emplace_back(error.httpStatus(), retryIn);
                });
        return problems;
    }

    QString create(const QString& externalId)
    {
        return TestSupport::createSandboxSession(*m_sandbox, externalId);
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Api::EnrolmentClient> m_client;
};

QTEST_GUILESS_MAIN(TestStatusPoller)
#include "tst_statuspoller.moc"
