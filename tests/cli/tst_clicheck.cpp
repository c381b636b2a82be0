// `enrolment-desk check`: in process (Cli::runCheck over buffers, a memory password store, a
// sandbox on loopback) for every check and its exit code, and through the built binary, which
// runs it in the window program (the one holding the keychain) without a display.

#include "cli/clienvironment.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/exitcodes.h"
#include "config/memorycredentialstore.h"
#include "config/profilestore.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

struct Outcome {
    int code = -1;
    QStringList lines; // standard output
    QString err;
};

} // namespace

class TestCliCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_sandbox = TestSupport::startSandbox(); }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_settingsPath =
            m_home->filePath(QStringLiteral("config/EnrolmentDesk/enrolment-desk.conf"));
        QVERIFY(QDir().mkpath(QFileInfo(m_settingsPath).path()));
        m_store = std::make_unique<Config::MemoryCredentialStore>();
    }

    void parses()
    {
        const auto plain =
            Cli::parseCommandLine({QStringLiteral("enrolment-desk"), QStringLiteral("check")});
        QVERIFY(std::holds_alternative<Cli::CheckCommand>(plain));
        QCOMPARE(std::get<Cli::CheckCommand>(plain).profile, QString());
        const auto named =
            Cli::parseCommandLine({QStringLiteral("enrolment-desk"), QStringLiteral("check"),
                                   QStringLiteral("--profile"), QStringLiteral("QA")});
        QCOMPARE(std::get<Cli::CheckCommand>(named).profile, QStringLiteral("QA"));
        QVERIFY(std::holds_alternative<Cli::UsageProblem>(Cli::parseCommandLine(
            {QStringLiteral("enrolment-desk"), QStringLiteral("check"), QStringLiteral("extra")})));
        QVERIFY(std::holds_alternative<Cli::UsageProblem>(
            Cli::parseCommandLine({QStringLiteral("enrolment-desk"), QStringLiteral("check"),
                                   QStringLiteral("--profile=")})));
        QVERIFY(std::holds_alternative<Cli::ShowText>(
            Cli::parseCommandLine({QStringLiteral("enrolment-desk"), QStringLiteral("check"),
                                   QStringLiteral("--help")})));
    }

    void everythingWorks()
    {
        saveProfile(m_sandbox->baseUrl(), QStringLiteral("demo"));
        m_store->setPassword(QStringLiteral("QA"), QStringLiteral("demo"));
        const Outcome outcome = check(QStringLiteral("QA"));
        QCOMPARE(outcome.code, int(Cli::Success));
        QCOMPARE(outcome.lines.size(), 5);
        QVERIFY2(outcome.lines.at(0).startsWith(QLatin1String("ok    settings: ")),
                 qPrintable(outcome.lines.at(0)));
        QCOMPARE(outcome.lines.at(1), QStringLiteral("ok    profile: “QA” is complete (%1 as demo)")
                                          .arg(m_sandbox->baseUrl().toDisplayString()));
        QCOMPARE(outcome.lines.at(2), QStringLiteral("ok    keychain: holds the password of “QA”"));
        QCOMPARE(outcome.lines.at(3), QStringLiteral("ok    platform: %1 answers")
                                          .arg(m_sandbox->baseUrl().toDisplayString()));
        QCOMPARE(outcome.lines.at(4),
                 QStringLiteral(
                     "ok    credentials: accepted (HTTP 404 for a session that does not exist)"));
        QCOMPARE(outcome.err, QString());
        // The password is checked, never shown.
        QVERIFY(!outcome.lines.join(QLatin1Char('\n')).contains(QLatin1String("demo\n")));
    }

    void activeProfileIsTheDefault()
    {
        saveProfile(m_sandbox->baseUrl(), QStringLiteral("demo"));
        {
            QSettings settings(m_settingsPath, QSettings::IniFormat);
            Config::ProfileStore(settings).setActiveProfileName(QStringLiteral("QA"));
        }
        m_store->setPassword(QStringLiteral("QA"), QStringLiteral("demo"));
        QCOMPARE(check(QString()).code, int(Cli::Success));
    }

    void noProfile()
    {
        const Outcome outcome = check(QString());
        QCOMPARE(outcome.code, int(Cli::UsageError));
        QVERIFY2(outcome.lines.value(1).startsWith(QLatin1String("FAIL  profile: none is active")),
                 qPrintable(outcome.lines.value(1)));
        QCOMPARE(outcome.lines.value(4),
                 QStringLiteral("skip  credentials: not asked while a check above fails"));
        QVERIFY2(
            outcome.err.startsWith(QLatin1String("enrolment-desk check: profile: none is active")),
            qPrintable(outcome.err));
    }

    void unknownAndIncompleteProfiles()
    {
        QCOMPARE(check(QStringLiteral("Missing")).lines.value(1),
                 QStringLiteral("FAIL  profile: “Missing” is not in the settings"));
        saveProfile(QUrl(QStringLiteral("http://platform.example")), QStringLiteral("demo"));
        const Outcome outcome = check(QStringLiteral("QA"));
        QCOMPARE(outcome.code, int(Cli::UsageError));
        QVERIFY2(outcome.lines.value(1).startsWith(
                     QStringLiteral("FAIL  profile: “QA” is incomplete: ")),
                 qPrintable(outcome.lines.value(1)));
    }

    void settingsFileNotWrittenYet()
    {
        const Outcome outcome = check(QStringLiteral("QA"));
        QCOMPARE(
            outcome.lines.value(0),
            QStringLiteral("ok    settings: %1 does not exist; only system-wide settings apply")
                .arg(m_settingsPath));
        QCOMPARE(outcome.lines.value(1),
                 QStringLiteral("FAIL  profile: “QA” is not in the settings"));
    }

    void keychainWithoutPasswordOrFailing()
    {
        saveProfile(m_sandbox->baseUrl(), QStringLiteral("demo"));
        Outcome outcome = check(QStringLiteral("QA"));
        QCOMPARE(outcome.code, int(Cli::UsageError));
        QVERIFY2(outcome.lines.value(2).startsWith(
                     QStringLiteral("FAIL  keychain: no password is stored for “QA”")),
                 qPrintable(outcome.lines.value(2)));
        QCOMPARE(outcome.lines.value(3),
                 QStringLiteral("skip  platform: not asked while a check above fails"));

        m_store->setProblem(QStringLiteral("The system keychain is locked."));
        outcome = check(QStringLiteral("QA"));
        QCOMPARE(outcome.code, int(Cli::UsageError));
        QCOMPARE(outcome.lines.value(2),
                 QStringLiteral("FAIL  keychain: The system keychain is locked."));
    }

    void environmentVariableInsteadOfTheKeychain()
    {
        saveProfile(m_sandbox->baseUrl(), QStringLiteral("demo"));
        m_store->setProblem(QStringLiteral("never asked"));
        QProcessEnvironment variables;
        variables.insert(QStringLiteral("ENROLMENT_DESK_PASSWORD"), QStringLiteral("demo"));
        const Outcome outcome = check(QStringLiteral("QA"), variables);
        QCOMPARE(outcome.code, int(Cli::Success));
        QCOMPARE(outcome.lines.value(2),
                 QStringLiteral("skip  keychain: not asked: ENROLMENT_DESK_PASSWORD gives the "
                                "password for this run"));
    }

    void credentialsRefused()
    {
        saveProfile(m_sandbox->baseUrl(), QStringLiteral("demo"));
        m_store->setPassword(QStringLiteral("QA"), QStringLiteral("wrong"));
        const Outcome outcome = check(QStringLiteral("QA"));
        QCOMPARE(outcome.code, int(Cli::AuthRefused));
        QVERIFY(outcome.lines.value(3).startsWith(QLatin1String("ok    platform: ")));
        QVERIFY2(outcome.lines.value(4).startsWith(QLatin1String("FAIL  credentials: ")),
                 qPrintable(outcome.lines.value(4)));
        QVERIFY(outcome.lines.value(4).contains(QLatin1String("401")));
    }

    void platformUnreachable()
    {
        // A loopback port that was free a moment ago: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl closed(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();
        saveProfile(closed, QStringLiteral("demo"));
        m_store->setPassword(QStringLiteral("QA"), QStringLiteral("demo"));
        const Outcome outcome = check(QStringLiteral("QA"));
        QCOMPARE(outcome.code, int(Cli::NetworkError));
        QVERIFY2(outcome.lines.value(3).startsWith(QLatin1String("FAIL  platform: ")),
                 qPrintable(outcome.lines.value(3)));
        QCOMPARE(outcome.lines.value(4),
                 QStringLiteral("skip  credentials: the platform cannot be reached"));
    }

    void asAProcess_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("lastLine");
        QTest::newRow("accepted")
            << QStringLiteral("demo") << int(Cli::Success)
            << QStringLiteral(
                   "ok    credentials: accepted (HTTP 404 for a session that does not exist)");
        QTest::newRow("refused") << QStringLiteral("wrong") << int(Cli::AuthRefused)
                                 << QStringLiteral("FAIL  credentials: ");
        // No session bus here: the keychain answers that there is none, and nothing is sent.
        QTest::newRow("keychain, none here")
            << QString() << int(Cli::UsageError) << QStringLiteral("skip  credentials: ");
    }
    void asAProcess()
    {
        QFETCH(QString, password);
        QFETCH(int, code);
        QFETCH(QString, lastLine);
        saveProfile(m_sandbox->baseUrl(), QStringLiteral("demo"));
        QProcessEnvironment environment = TestSupport::isolatedEnvironment(m_home->path());
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"),
                           m_home->filePath(QStringLiteral("none")));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        if (!password.isEmpty())
            environment.insert(QStringLiteral("ENROLMENT_DESK_PASSWORD"), password);
        const auto result = TestSupport::runDesk(
            {QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("QA")},
            environment);
        QVERIFY(!result.crashed && !result.timedOut);
        QVERIFY2(result.exitCode == code, (result.out + result.err).constData());
        const QStringList lines =
            QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.last().startsWith(lastLine), qPrintable(lines.last()));
        if (password.isEmpty())
            QVERIFY2(lines.at(2).startsWith(
                         QLatin1String("FAIL  keychain: No system keychain is available")),
                     qPrintable(lines.at(2)));
        const QStringList errors =
            QString::fromUtf8(result.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (code == int(Cli::Success))
            QCOMPARE(errors.filter(QStringLiteral("enrolment-desk check:")), QStringList());
        else
            QCOMPARE(errors.filter(QStringLiteral("enrolment-desk check:")).size(), 1);
    }

private:
    void saveProfile(const QUrl& baseUrl, const QString& username)
    {
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        Config::Profile profile;
        profile.name = QStringLiteral("QA");
        profile.baseUrl = baseUrl;
        profile.username = username;
        profile.returnUrl = QStringLiteral("https://bank.example/done");
        profile.timeoutSeconds = 30;
        Config::ProfileStore(settings).save(profile);
    }

    Outcome check(const QString& profile, const QProcessEnvironment& variables = {})
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QBuffer in;
        in.open(QIODevice::ReadOnly);
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        QNetworkAccessManager network;
        Cli::CliEnvironment environment{outStream, errStream, in, variables, settings, network};
        Outcome outcome;
        outcome.code = Cli::runCheck(Cli::CheckCommand{profile}, environment, m_store.get());
        outStream.flush();
        errStream.flush();
        outcome.lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        outcome.err = err;
        return outcome;
    }

    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<Config::MemoryCredentialStore> m_store;
    QString m_settingsPath;
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_clicheck.moc"
