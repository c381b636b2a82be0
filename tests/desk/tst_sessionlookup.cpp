// Desk::SessionLookup against the sandbox, by profile name: a finished session's status and
// decision, a pending one without results, deleting a session's data (reading it afterwards is a
// 404), a profile that no longer exists, a missing password, the environment variable, and an
// answer dropped when its context is gone.

#include "config/memorycredentialstore.h"
#include "config/profilestore.h"
#include "desk/sessionlookup.h"
#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString ProfileName = QStringLiteral("Sandbox");

template <typename T> struct Answer {
    std::optional<Api::Result<T>> result;
    int calls = 0;
};

// The error's message, for a failed check's output (QVERIFY2 builds it even on success).
template <typename T> QByteArray problemOf(const std::optional<Api::Result<T>>& result)
{
    return result && !result->ok() ? result->error().userMessage().toUtf8() : QByteArray();
}

} // namespace

class TestSessionLookup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("desk.ini")),
                                                 QSettings::IniFormat);
        m_sandbox = TestSupport::startSandbox();
        Config::Profile profile;
        profile.name = ProfileName;
        profile.baseUrl = m_sandbox->baseUrl();
        profile.username = QStringLiteral("demo");
        profile.returnUrl = QStringLiteral("https://bank.example/done");
        profile.timeoutSeconds = 30; // a busy machine may be slow; nothing here times out
        Config::ProfileStore(*m_settings).save(profile);
        m_credentials = std::make_unique<Config::MemoryCredentialStore>();
        m_credentials->setPassword(ProfileName, QStringLiteral("demo"));
        m_lookup = std::make_unique<Desk::SessionLookup>(*m_settings, *m_credentials,
                                                         QProcessEnvironment());
    }
    void cleanup()
    {
        m_lookup.reset();
        m_credentials.reset();
        m_sandbox.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void readsAFinishedSessionsStatusAndDecision()
    {
        const QString id = createSession(QStringLiteral("CASE-1 sandbox:complete=HIGH@0"));
        QSignalSpy exchanges(m_lookup.get(), &Desk::SessionLookup::exchangeFinished);
        const auto answer = read(ProfileName, id);
        QVERIFY2(answer.result->ok(), problemOf(answer.result).constData());
        const Desk::SessionLookup::Reading& reading = answer.result->value();
        QCOMPARE(reading.status.wireName(), QStringLiteral("AUTO_APPROVED"));
        QVERIFY(reading.decision);
        QCOMPARE(reading.decision->level, Domain::Level::High);
        QCOMPARE(reading.decision->score, std::optional<int>(94));
        QVERIFY(!reading.decision->factors.isEmpty());
        QVERIFY(!reading.decisionProblem);
        QCOMPARE(exchanges.count(), 2); // status, then decision/results
        QTRY_COMPARE(m_lookup->pendingCount(), 0);
    }

    void aPendingSessionHasNoDecision()
    {
        const QString id = createSession(QStringLiteral("CASE-2"));
        const auto answer = read(ProfileName, id);
        QVERIFY(answer.result->ok());
        QCOMPARE(answer.result->value().status.kind(), Domain::SessionStatus::Kind::Pending);
        QVERIFY(!answer.result->value().decision);
    }

    void deletedDataIsGone()
    {
        const QString id = createSession(QStringLiteral("CASE-3 sandbox:complete=LOW@0"));
        Answer<Api::Done> deleted;
        m_lookup->deleteData(ProfileName, id, this, [&deleted](const Api::Result<Api::Done>& r) {
            deleted.result = r;
            ++deleted.calls;
        });
        QTRY_VERIFY(deleted.result);
        QVERIFY2(deleted.result->ok(), problemOf(deleted.result).constData());
        QCOMPARE(deleted.calls, 1);

        const auto after = read(ProfileName, id);
        QVERIFY(!after.result->ok());
        QCOMPARE(after.result->error().httpStatus(), 404);
    }

    void aProfileThatNoLongerExistsIsNamed()
    {
        const QString id = createSession(QStringLiteral("CASE-4"));
        const auto answer = read(QStringLiteral("Old branch"), id);
        QVERIFY(!answer.result->ok());
        QCOMPARE(answer.result->error().kind(), Api::ApiError::Kind::InvalidInput);
        const QString message = answer.result->error().userMessage();
        QVERIFY2(message.contains(QStringLiteral("“Old branch”")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("no longer exists")), qPrintable(message));
        QCOMPARE(m_lookup->pendingCount(), 0);
    }

    void aMissingPasswordIsExplained()
    {
        m_credentials->setPassword(ProfileName, QString());
        const auto answer = read(ProfileName, createSession(QStringLiteral("CASE-5")));
        QVERIFY(!answer.result->ok());
        QCOMPARE(answer.result->error().kind(), Api::ApiError::Kind::InvalidInput);
        const QString message = answer.result->error().userMessage();
        QVERIFY2(message.contains(ProfileName), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("ENROLMENT_DESK_PASSWORD")), qPrintable(message));
    }

    void theEnvironmentVariableServesForThisRun()
    {
        m_credentials->setProblem(QStringLiteral("No keychain is available."));
        QProcessEnvironment variables;
        variables.insert(QStringLiteral("ENROLMENT_DESK_PASSWORD"), QStringLiteral("demo"));
        m_lookup = std::make_unique<Desk::SessionLookup>(*m_settings, *m_credentials, variables);
        const auto answer = read(ProfileName, createSession(QStringLiteral("CASE-6")));
        QVERIFY2(answer.result->ok(), problemOf(answer.result).constData());
    }

    void noAnswerAfterTheContextIsGone()
    {
        const QString id = createSession(QStringLiteral("CASE-7"));
        auto context = std::make_unique<QObject>();
        int calls = 0;
        m_lookup->readStatus(
            ProfileName, id, context.get(),
            [&calls](const Api::Result<Desk::SessionLookup::Reading>&) { ++calls; });
        context.reset();
        QTRY_COMPARE(m_lookup->pendingCount(), 0);
        QCoreApplication::processEvents(); // a late answer would already be queued
        QCOMPARE(calls, 0);
    }

private:
    QString createSession(const QString& externalId)
    {
        return TestSupport::createSandboxSession(*m_sandbox, externalId);
    }
    Answer<Desk::SessionLookup::Reading> read(const QString& profile, const QString& sessionId)
    {
        Answer<Desk::SessionLookup::Reading> answer;
        m_lookup->readStatus(profile, sessionId, this,
                             [&answer](const Api::Result<Desk::SessionLookup::Reading>& r) {
                                 answer.result = r;
                                 ++answer.calls;
                             });
        if (!QTest::qWaitFor([&answer] { return answer.result.has_value(); },
                             TestSupport::EventTimeoutMs)) {
            QTest::qFail("no answer from the lookup", __FILE__, __LINE__);
            answer.result = Api::ApiError::timeout(QStringLiteral("test"), 0);
            return answer;
        }
        // A second answer would already be queued.
        QCoreApplication::processEvents();
        if (answer.calls != 1)
            QTest::qFail(qPrintable(QStringLiteral("answered %1 times").arg(answer.calls)),
                         __FILE__, __LINE__);
        return answer;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Config::MemoryCredentialStore> m_credentials;
    std::unique_ptr<Desk::SessionLookup> m_lookup;
};

QTEST_MAIN(TestSessionLookup)
#include "tst_sessionlookup.moc"
