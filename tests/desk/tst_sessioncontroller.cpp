// SessionController against the sandbox: its states, the countdown with an injected clock, expiry,
// recreate with a new id, cancel and reset.

#include "desk/sessioncontroller.h"
#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using State = Desk::SessionController::State;

namespace {

Domain::EnrolmentRequest request(const QString& externalId = QString())
{
    Domain::EnrolmentRequestInput input;
    input.returnUrl = QStringLiteral("https://bank.example/done");
    input.externalId = externalId;
    return *Domain::EnrolmentRequest::create(input, QDate(2026, 1, 1)).request;
}

} // namespace

class TestSessionController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_sandbox = TestSupport::startSandbox();
        m_client = std::make_unique<Api::EnrolmentClient>(
            &m_network, TestSupport::sandboxConnection(*m_sandbox));
        m_controller = std::make_unique<Desk::SessionController>();
        m_controller->setClient(m_client.get());
    }
    void cleanup()
    {
        m_controller.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void createsAndShowsTheLinkWithOptions()
    {
        QSignalSpy states(m_controller.get(), &Desk::SessionController::stateChanged);
        m_controller->create(request(), {QStringLiteral("sk-SK"), false});
        QCOMPARE(m_controller->state(), State::Creating);
        QTRY_COMPARE(m_controller->state(), State::Showing);
        QCOMPARE(states.count(), 2);
        QVERIFY(m_controller->link().query().contains(QLatin1String("lang=sk-SK")));
        QVERIFY(m_controller->link().query().contains(QLatin1String("token=")));
        const auto left = m_controller->secondsLeft();
        QVERIFY(left && *left > 3500 && *left <= 3600);
    }

    void countdownFollowsTheClockAndExpires()
    {
        QDateTime now = QDateTime::currentDateTimeUtc();
        m_controller->setClock([&now] { return now; });
        m_controller->create(request(), {});
        QTRY_COMPARE(m_controller->state(), State::Showing);
        QSignalSpy ticks(m_controller.get(), &Desk::SessionController::secondsLeftChanged);
        now = now.addSecs(3000);
        QTRY_VERIFY(!ticks.isEmpty());
        QVERIFY(ticks.last().at(0).toLongLong() <= 600);
        now = now.addSecs(700);
        QTRY_COMPARE(m_controller->state(), State::Expired);
        QVERIFY(m_controller->link().isEmpty());
        QCOMPARE(m_controller->secondsLeft(), std::optional<qint64>(0));
    }

    void noTokenMeansNoCountdown()
    {
        m_controller->create(request(QStringLiteral("sandbox:no-token")), {});
        QTRY_COMPARE(m_controller->state(), State::Showing);
        QVERIFY(!m_controller->secondsLeft().has_value());
    }

    void recreateUsesANewSessionId()
    {
        const Domain::EnrolmentRequest first = request();
        m_controller->create(first, {});
        QTRY_COMPARE(m_controller->state(), State::Showing);
        m_controller->recreate();
        QTRY_COMPARE(m_controller->state(), State::Showing);
        QVERIFY(m_controller->session()->sessionId != first.sessionId());
        QCOMPARE(m_sandbox->sessionCount(), 2);
    }

    void failureKeepsTheError()
    {
        m_controller->create(request(QStringLiteral("sandbox:http=500")), {});
        QTRY_COMPARE(m_controller->state(), State::Failed);
        QVERIFY(m_controller->lastError().has_value());
        QCOMPARE(m_controller->lastError()->httpStatus(), 500);
        QVERIFY(m_controller->link().isEmpty());
    }

    void cancelAndResetForgetTheSession()
    {
        const Domain::EnrolmentRequest cancelled = request();
        m_controller->create(cancelled, {});
        m_controller->cancel();
        QCOMPARE(m_controller->state(), State::Idle);
        QCOMPARE(m_client->pendingCount(), 0);
        QVERIFY(!m_controller->session().has_value());

        // Whatever became of the cancelled request, the next session is the one shown.
        const Domain::EnrolmentRequest next = request();
        m_controller->create(next, {});
        QTRY_COMPARE(m_controller->state(), State::Showing);
        QCOMPARE(m_controller->session()->sessionId, next.sessionId());
        QVERIFY(m_controller->session()->sessionId != cancelled.sessionId());
        m_controller->reset();
        QCOMPARE(m_controller->state(), State::Idle);
        QVERIFY(!m_controller->session().has_value());
        m_controller->recreate(); // nothing to recreate after a reset
        QCOMPARE(m_controller->state(), State::Idle);
    }

    void followsTheSessionToTheDecision()
    {
        m_controller->setPollSchedule({std::chrono::milliseconds(200), std::chrono::seconds(600)});
        m_controller->create(request(QStringLiteral("sandbox:complete=HIGH@0")), {});
        QTRY_COMPARE(m_controller->state(), State::Finished);
        QCOMPARE(m_controller->sessionStatus()->kind(), Domain::SessionStatus::Kind::AutoApproved);
        QCOMPARE(m_controller->decision()->level, Domain::Level::High);
        QVERIFY(!m_controller->isFollowing());
        QVERIFY(m_controller->link().isEmpty()); // the code is no longer shown
    }

    void manualReviewShowsInterimResultsAndKeepsFollowing()
    {
        m_controller->setPollSchedule({std::chrono::milliseconds(200), std::chrono::seconds(600)});
        m_controller->create(request(QStringLiteral("sandbox:complete=MEDIUM@0")), {});
        QTRY_COMPARE(m_controller->state(), State::Reviewing);
        QCOMPARE(m_controller->decision()->level, Domain::Level::Medium);
        QVERIFY(m_controller->isFollowing());
    }

    void linkExpiryEndsAPendingSessionButNotAReview()
    {
        QDateTime now = QDateTime::currentDateTimeUtc();
        m_controller->setClock([&now] { return now; });
        m_controller->setPollSchedule({std::chrono::milliseconds(200), std::chrono::seconds(600)});

        m_controller->create(request(), {});
        QTRY_COMPARE(m_controller->state(), State::Showing);
        now = now.addSecs(3700);
        QTRY_COMPARE(m_controller->state(), State::Expired);
        QVERIFY(!m_controller->isFollowing());
        QVERIFY(!m_controller->checkNow());

        now = QDateTime::currentDateTimeUtc();
        m_controller->create(request(QStringLiteral("sandbox:complete=MEDIUM@0")), {});
        QTRY_COMPARE(m_controller->state(), State::Reviewing);
        QSignalSpy ticks(m_controller.get(), &Desk::SessionController::secondsLeftChanged);
        now = now.addSecs(3700);
        // The tick that sees the link's time up has come, and the review goes on.
        QTRY_VERIFY_WITH_TIMEOUT(!ticks.isEmpty() && ticks.last().at(0).toLongLong() == 0,
                                 TestSupport::EventTimeoutMs);
        QCOMPARE(m_controller->state(), State::Reviewing);
        QVERIFY(m_controller->isFollowing());
    }

    void refusedFollowingIsReportedAndCheckNowRestartsIt()
    {
        m_controller->setPollSchedule({std::chrono::milliseconds(200), std::chrono::seconds(600)});
        std::vector<std::optional<std::chrono::milliseconds>> problems;
        connect(m_controller.get(), &Desk::SessionController::followingProblem, this,
                [&problems](const Api::ApiError&, std::optional<std::chrono::milliseconds> retry) {
                    problems.push_back(retry);
                });
        m_controller->create(request(QStringLiteral("sandbox:status-http=401@1")), {});
        QTRY_COMPARE(problems.size(), size_t(1));
        QVERIFY(!problems.front().has_value()); // 401: following stopped
        QVERIFY(!m_controller->isFollowing());
        QCOMPARE(m_controller->state(), State::Showing);
        QVERIFY(m_controller->checkNow());
        QTRY_VERIFY(m_controller->sessionStatus().has_value());
        QVERIFY(m_controller->isFollowing());
    }

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Api::EnrolmentClient> m_client;
    std::unique_ptr<Desk::SessionController> m_controller;
};

QTEST_GUILESS_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
