// Desk::HistoryRecorder with a SessionController against the sandbox: nothing is opened before
// the first session; a session with names and a date of birth is recorded and followed to its
// decision, and no column and no byte of the file holds a name, the date of birth, the link or a
// token; an unusable file is reported once while the controller works on, and opening is tried
// again at the next session.

#include "desk/historyrecorder.h"
#include "desk/sessioncontroller.h"
#include "history/sessionlog.h"
#include "historyprobe.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using State = Desk::SessionController::State;

namespace {

const QString Profile = QStringLiteral("Branch 7");

Domain::EnrolmentRequest request(const QString& externalId, bool withApplicant = false)
{
    Domain::EnrolmentRequestInput input;
    input.returnUrl = QStringLiteral("https://bank.example/done");
    input.externalId = externalId;
    if (withApplicant) {
        input.applicant.firstName = QStringLiteral("Zebediah");
        input.applicant.lastName = QStringLiteral("Quartermaine");
        input.applicant.additionalNames = QStringLiteral("Ottoline Marguerite");
        input.applicant.dateOfBirth = QStringLiteral("1987-06-05");
    }
    return *Domain::EnrolmentRequest::create(input, QDate(2026, 1, 1)).request;
}

} // namespace

class TestHistoryRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_sandbox = TestSupport::startSandbox();
        useClient(TestSupport::sandboxConnection(*m_sandbox));
    }
    void cleanup()
    {
        m_recorder.reset();
        m_controller.reset();
        m_client.reset();
        m_proxy.reset();
        m_sandbox.reset();
        m_dir.reset();
    }

    void nothingIsOpenedBeforeTheFirstSession()
    {
        const QString path = m_dir->filePath(QStringLiteral("data/desk/history.sqlite"));
        makeRecorder(path);
        QSignalSpy unavailable(m_recorder.get(), &Desk::HistoryRecorder::unavailable);
        QCoreApplication::processEvents();
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("data"))));

        m_recorder->setSessionDetails(Profile, QStringLiteral("CASE-1"));
        m_controller->create(request(QStringLiteral("CASE-1")), {});
        QCOMPARE(m_controller->state(), State::Creating);
        // Recorded before the request leaves: the session may exist whatever the answer.
        QVERIFY(QFileInfo::exists(path));
        const auto sending = find(m_controller->requestedSessionId());
        QVERIFY(sending);
        QCOMPARE(sending->outcome, History::Outcome::Sending);
        QTRY_COMPARE(m_controller->state(), State::Showing);
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(unavailable.isEmpty());

        const auto record = find(m_controller->session()->sessionId);
        QVERIFY(record);
        QCOMPARE(record->externalId, QStringLiteral("CASE-1"));
        QCOMPARE(record->profile, Profile);
        QCOMPARE(record->lastStatus, QStringLiteral("PENDING"));
        QVERIFY(record->decisionLevel.isEmpty());
        QVERIFY(qAbs(record->createdUtc.secsTo(QDateTime::currentDateTimeUtc())) < 30);
        QVERIFY(record->expiresUtc);
        QCOMPARE(record->expiresUtc->toSecsSinceEpoch(),
                 m_controller->session()->expiresAt->toSecsSinceEpoch());
        QVERIFY(!record->deletedUtc);
        QVERIFY(record->outcome.isEmpty());
    }

    // Issue 13 item 5: sessions that may exist on the platform are never missing.
    void failedCreationsStayInTheHistory_data()
    {
        QTest::addColumn<QString>("externalId");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("5xx") << QStringLiteral("sandbox:http=500") << History::Outcome::Refused;
        QTest::newRow("rejected reply")
            << QStringLiteral("sandbox:wrong-session-id") << History::Outcome::ReplyRejected;
        QTest::newRow("malformed reply")
            << QStringLiteral("sandbox:malformed-json") << History::Outcome::ReplyRejected;
    }
    void failedCreationsStayInTheHistory()
    {
        QFETCH(QString, externalId);
        QFETCH(QString, outcome);
        makeRecorder(m_dir->filePath(QStringLiteral("history.sqlite")));
        m_recorder->setSessionDetails(Profile, externalId);
        m_controller->create(request(externalId), {});
        const QString sessionId = m_controller->requestedSessionId();
        QTRY_COMPARE(m_controller->state(), State::Failed);
        const auto record = find(sessionId);
        QVERIFY(record);
        QCOMPARE(record->outcome, outcome);
        QCOMPARE(record->externalId, externalId);
        // The window's message names the session and where to find it.
        const QString message = m_controller->failureMessage();
        QVERIFY2(message.contains(sessionId), qPrintable(message));
        QVERIFY2(message.contains(History::outcomeText(outcome)), qPrintable(message));

        // Try again is a new session; the failed one stays.
        m_controller->create(request(QStringLiteral("CASE-2")), {});
        QVERIFY(m_controller->requestedSessionId() != sessionId);
        QTRY_COMPARE(m_controller->state(), State::Showing);
        QVERIFY(find(sessionId));
        QVERIFY(find(m_controller->session()->sessionId));
    }

    void cancelledCreationStaysInTheHistory()
    {
        makeRecorder(m_dir->filePath(QStringLiteral("history.sqlite")));
        m_recorder->setSessionDetails(Profile, QStringLiteral("sandbox:slow=30"));
        m_controller->create(request(QStringLiteral("sandbox:slow=30")), {});
        const QString sessionId = m_controller->requestedSessionId();
        QCOMPARE(m_controller->state(), State::Creating);
        m_controller->cancel(); // Escape during a slow reply
        const auto record = find(sessionId);
        QVERIFY(record);
        QCOMPARE(record->outcome, History::Outcome::Cancelled);
    }

    void creationRefusedBeforeSendingLeavesNothing()
    {
        Api::ApiConnection connection = TestSupport::sandboxConnection(*m_sandbox);
        connection.username = QStringLiteral("desk:admin"); // refused locally, never sent
        useClient(connection);
        makeRecorder(m_dir->filePath(QStringLiteral("history.sqlite")));
        m_recorder->setSessionDetails(Profile, QStringLiteral("CASE-1"));
        QSignalSpy unavailable(m_recorder.get(), &Desk::HistoryRecorder::unavailable);
        m_controller->create(request(QStringLiteral("CASE-1")), {});
        const QString sessionId = m_controller->requestedSessionId();
        QVERIFY(find(sessionId)); // recorded before the client refused it
        QTRY_COMPARE(m_controller->state(), State::Failed);
        QVERIFY(!find(sessionId));
        QVERIFY(unavailable.isEmpty());
        QVERIFY(!m_controller->failureMessage().contains(sessionId));
    }

    void aStatusReadClearsTheOutcome()
    {
        makeRecorder(m_dir->filePath(QStringLiteral("history.sqlite")));
        m_recorder->setSessionDetails(Profile, QString());
        m_controller->create(request(QStringLiteral("sandbox:malformed-json")), {});
        const QString sessionId = m_controller->requestedSessionId();
        QTRY_COMPARE(m_controller->state(), State::Failed);
        // "Check status" from the history view: the platform knows it, so it exists.
        QVERIFY(m_recorder->recordStatus(
            sessionId, Domain::SessionStatus::fromWire(QStringLiteral("PENDING")), std::nullopt));
        const auto record = find(sessionId);
        QVERIFY(record);
        QVERIFY(record->outcome.isEmpty());
    }

    void recordsTheDecisionAndNothingPersonal()
    {
        m_proxy = std::make_unique<HistoryProbe::RecordingProxy>(m_sandbox->baseUrl());
        Api::ApiConnection connection = TestSupport::sandboxConnection(*m_sandbox);
        connection.baseUrl = m_proxy->baseUrl();
        useClient(connection);
        const QString path = m_dir->filePath(QStringLiteral("history.sqlite"));
        makeRecorder(path);
        QSignalSpy changed(m_recorder.get(), &Desk::HistoryRecorder::changed);

        const QString externalId = QStringLiteral("CASE-4711 sandbox:complete=HIGH@1");
        m_recorder->setSessionDetails(Profile, externalId);
        m_controller->create(request(externalId, true), {QStringLiteral("de"), false});
        QTRY_COMPARE(m_controller->state(), State::Showing);
        const QString sessionId = m_controller->session()->sessionId;
        const QString link = m_controller->link().toString(QUrl::FullyEncoded);
        const auto created = find(sessionId);
        QVERIFY(created);
        QCOMPARE(created->lastStatus, QStringLiteral("PENDING"));

        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), State::Finished,
                                  TestSupport::EventTimeoutMs);
        const auto finished = find(sessionId);
        QVERIFY(finished);
        QCOMPARE(finished->lastStatus, QStringLiteral("AUTO_APPROVED"));
        QCOMPARE(finished->decisionLevel, QStringLiteral("HIGH"));
        QVERIFY(finished->updatedUtc > created->updatedUtc);
        QCOMPARE(finished->externalId, externalId);
        QVERIFY(changed.count() >= 3); // created, status, decision

        const QJsonObject initialized =
            QJsonDocument::fromJson(m_proxy->replyBodies.constFirst()).object();
        const QString accessToken = initialized.value(QStringLiteral("accessToken")).toString();
        QCOMPARE(accessToken.count(QLatin1Char('.')), 2);
        const QString linkToken =
            QUrlQuery(QUrl(link)).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
        QVERIFY(!linkToken.isEmpty());

        QStringList secrets = {QStringLiteral("Zebediah"),
                               QStringLiteral("Quartermaine"),
                               QStringLiteral("Ottoline"),
                               QStringLiteral("Marguerite"),
                               QStringLiteral("1987-06-05"),
                               QStringLiteral("19870605"),
                               QStringLiteral("05.06.1987"),
                               QStringLiteral("06/05/1987"),
                               link,
                               initialized.value(QStringLiteral("webEnrolmentUrl")).toString(),
                               linkToken,
                               accessToken,
                               QStringLiteral("web-enrolment"),
                               QStringLiteral("token")};
        secrets += accessToken.split(QLatin1Char('.'));
        const QStringList values = HistoryProbe::everyValue(path);
        QVERIFY(values.contains(sessionId));
        QVERIFY(values.contains(externalId));
        const QByteArray bytes = HistoryProbe::everyByte(m_dir->path());
        QVERIFY(bytes.contains(sessionId.toUtf8()));
        for (const QString& secret : std::as_const(secrets)) {
            for (const QString& value : values)
                QVERIFY2(!value.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
            QVERIFY2(!bytes.toLower().contains(secret.toLower().toUtf8()), qPrintable(secret));
        }
    }

    void unusableFileIsReportedOnceAndTheDeskWorksOn_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("problemPart");
        QTest::newRow("damaged") << "damaged"
                                 << "damaged";
        QTest::newRow("no folder") << "folder"
                                   << "cannot be created";
    }
    void unusableFileIsReportedOnceAndTheDeskWorksOn()
    {
        QFETCH(QString, kind);
        QFETCH(QString, problemPart);
        QString path = m_dir->filePath(QStringLiteral("history.sqlite"));
        if (kind == QLatin1String("damaged")) {
            writeFile(path, QByteArray(4096, 'x'));
        } else {
            // The folder's place is taken by a file: the folder cannot be made.
            writeFile(m_dir->filePath(QStringLiteral("taken")), "not a folder");
            path = m_dir->filePath(QStringLiteral("taken/history.sqlite"));
        }
        makeRecorder(path);
        QSignalSpy unavailable(m_recorder.get(), &Desk::HistoryRecorder::unavailable);

        m_recorder->setSessionDetails(Profile, QStringLiteral("CASE-1"));
        m_controller->create(request(QStringLiteral("CASE-1 sandbox:complete=LOW@0")), {});
        QTRY_COMPARE(unavailable.count(), 1);
        const QString problem = unavailable.constFirst().constFirst().toString();
        QVERIFY2(problem.contains(problemPart), qPrintable(problem));
        // It names the file, or the folder that could not be made for it.
        QVERIFY2(problem.contains(QDir::toNativeSeparators(
                     kind == QLatin1String("damaged") ? path : QFileInfo(path).absolutePath())),
                 qPrintable(problem));
        QCOMPARE(m_recorder->openProblem(), problem);
        // Following and the decision are not held up by the history.
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), State::Finished,
                                  TestSupport::EventTimeoutMs);
        QVERIFY(m_controller->decision());
        QCOMPARE(m_controller->decision()->level, Domain::Level::Low);

        // The next session tries again, and says nothing new about the same problem.
        m_controller->reset();
        m_controller->create(request(QStringLiteral("CASE-2")), {});
        QTRY_COMPARE(m_controller->state(), State::Showing);
        QCoreApplication::processEvents();
        QCOMPARE(unavailable.count(), 1);
        if (kind == QLatin1String("damaged")) {
            QCOMPARE(QFile(path).size(), 4096); // a damaged file is left as it was
            QVERIFY(QFile::remove(path));       // staff moved it aside
            m_controller->reset();
            m_controller->create(request(QStringLiteral("CASE-3")), {});
            QTRY_COMPARE(m_controller->state(), State::Showing);
            QVERIFY(find(m_controller->session()->sessionId));
            QVERIFY(m_recorder->openProblem().isEmpty());
        }
        QCOMPARE(unavailable.count(), 1);
    }

    void statusAndDeletionFromTheHistoryView()
    {
        const QString path = m_dir->filePath(QStringLiteral("history.sqlite"));
        makeRecorder(path);
        m_recorder->setSessionDetails(Profile, QString());
        m_controller->create(request(QString()), {});
        QTRY_COMPARE(m_controller->state(), State::Showing);
        const QString id = m_controller->session()->sessionId;
        QVERIFY(find(id)->externalId.isEmpty());
        m_controller->reset();

        QSignalSpy changed(m_recorder.get(), &Desk::HistoryRecorder::changed);
        Domain::Decision decision;
        decision.level = Domain::Level::Medium;
        QVERIFY(m_recorder->recordStatus(
            id, Domain::SessionStatus::fromWire(QStringLiteral("WAITING_FOR_MANUAL_APPROVE")),
            decision));
        QCOMPARE(find(id)->decisionLevel, QStringLiteral("MEDIUM"));
        QVERIFY(m_recorder->recordDeleted(id));
        QVERIFY(find(id)->deletedUtc);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.constFirst().constFirst().toString(), id);
    }

private:
    void useClient(const Api::ApiConnection& connection)
    {
        m_client = std::make_unique<Api::EnrolmentClient>(&m_network, connection);
        m_controller = std::make_unique<Desk::SessionController>();
        m_controller->setClient(m_client.get());
        m_controller->setPollSchedule({std::chrono::milliseconds(200), std::chrono::seconds(2)});
    }
    void makeRecorder(const QString& path)
    {
        m_recorder = std::make_unique<Desk::HistoryRecorder>(*m_controller, path);
    }
    std::optional<History::SessionRecord> find(const QString& sessionId)
    {
        QString problem;
        History::SessionLog* log = m_recorder->log(&problem);
        if (!log) {
            qWarning() << problem;
            return std::nullopt;
        }
        return log->find(sessionId, &problem);
    }
    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<HistoryProbe::RecordingProxy> m_proxy;
    QNetworkAccessManager m_network;
    std::unique_ptr<Api::EnrolmentClient> m_client;
    std::unique_ptr<Desk::SessionController> m_controller;
    std::unique_ptr<Desk::HistoryRecorder> m_recorder;
};

QTEST_MAIN(TestHistoryRecorder)
#include "tst_historyrecorder.moc"
