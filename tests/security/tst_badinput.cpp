// Bad input everywhere the desk reads from its surroundings: a settings file full of garbage
// (binary bytes, a value of the wrong type for every key, a profile whose URL is not one), a data
// folder that cannot be used, and a disk that fills up under the session history. The staff
// window and the command line both keep working and say what is wrong.

#include "config/memorycredentialstore.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "widgetsupport.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using State = Desk::SessionController::State;
using TestSupport::ProcessResult;
using TestSupport::runDesk;

namespace {

// The bytes of a string literal, NULs included.
template <std::size_t N> QByteArray raw(const char (&bytes)[N])
{
    return QByteArray(bytes, qsizetype(N - 1));
}

const QString GoodProfile = QStringLiteral("Sandbox");
const QString BrokenProfile = QStringLiteral("Broken");

// A settings file as a careless editor, a crashed disk or another program may leave it: bytes
// that are no text, lines that are no key, and every key the desk reads with a value of the wrong
// kind. Only the Sandbox profile's address and username are usable.
QByteArray garbageSettings(const QUrl& sandbox)
{
    QByteArray ini;
    ini += raw("\x00\x01\x02\xff\xfe\x7f binary junk without an equals sign\n");
    ini += "\xc3\x28\xa0\xa1=\xf0\x28\x8c\x28\n"; // invalid UTF-8 on both sides
    ini += "[General]\n";
    ini += "activeProfile=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x4junk)\n";
    ini += "[window]\n";
    ini += "geometry=not a geometry at all\n";
    ini += "state=@ByteArray(\\xff\\xfe\\0\\x1garbage)\n";
    ini += "[profiles]\n";
    ini += "Sandbox\\baseUrl=" + sandbox.toString().toUtf8() + "\n";
    ini += "Sandbox\\username=demo\n";
    ini += "Sandbox\\returnUrl=https://bank.example/done\n";
    ini += "Sandbox\\themes=@ByteArray(\\0\\x1\\x2)\n";
    ini += "Sandbox\\allowedLinkHosts=@Variant(\\0\\0\\0\\x2\\xff)\n";
    ini += "Sandbox\\pollIntervalSeconds=@ByteArray(\\x1\\x2)\n";
    ini += "Sandbox\\timeoutSeconds=banana\n";
    ini += "Sandbox\\caBundlePath=first, second\n";
    ini += "Broken\\baseUrl=http://[::zz]:99999/\\x1\n";
    ini += "Broken\\username=1, 2, 3\n";
    ini += "Broken\\returnUrl=@Variant(\\0)\n";
    ini += "Broken\\themes=@ByteArray(\\0\\0\\0)\n";
    ini += "Broken\\allowedLinkHosts=@Invalid()\n";
    ini += "Broken\\pollIntervalSeconds=-5\n";
    ini += "Broken\\timeoutSeconds=99999999999999999999999\n";
    ini += "Broken\\caBundlePath=@ByteArray(\\0\\0)\n";
    ini += "[kiosk]\n";
    for (const char* key :
         {"profile", "screen", "collectApplicantData", "idleOnForm", "idleWithCode", "warning",
          "thankYou", "background", "accent", "pinHash", "locked"})
        ini += QByteArray(key) + "=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x3bad)\n";
    ini += raw("[\x00unterminated section\n");
    ini += "=value without a key\n";
    ini += QByteArray(300, '\xff') + "\n";
    return ini;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QString text(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes);
}

// Fills the free space of the history that the desk has open through Qt Sql, after capping it at
// its current number of pages, so that its next write fails as on a full disk (SQLITE_FULL).
// SQLite's max_page_count is per connection and reaches exactly the desk's own, with no mount.
bool fillHistory(const QString& path, QString* problem)
{
    QSqlDatabase database;
    for (const QString& name : QSqlDatabase::connectionNames()) {
        const QSqlDatabase candidate = QSqlDatabase::database(name, false);
        if (QFileInfo(candidate.databaseName()) == QFileInfo(path))
            database = candidate;
    }
    if (!database.isOpen()) {
        *problem = QStringLiteral("the desk has no open connection to %1").arg(path);
        return false;
    }
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA page_count")) || !query.next()) {
        *problem = query.lastError().text();
        return false;
    }
    const int pages = query.value(0).toInt();
    if (!query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages))) {
        *problem = query.lastError().text();
        return false;
    }
    // Rows of shrinking size, until not even a row with no external ID fits any more.
    int row = 0;
    for (const int size : {400, 100, 20, 0}) {
        for (bool full = false; !full; ++row) {
            if (row > 5000) {
                *problem = QStringLiteral("the history never filled up");
                return false;
            }
            query.prepare(QStringLiteral("INSERT INTO sessions (session_id, external_id, "
                                         "profile, created_utc, last_status, updated_utc) VALUES "
                                         "(?, ?, 'f', '2000', 'PENDING', '2000')"));
            query.addBindValue(QString::number(row));
            query.addBindValue(size > 0 ? QVariant(QString(size, QLatin1Char('x'))) : QVariant());
            if (!query.exec()) {
                if (query.lastError().nativeErrorCode() != QLatin1String("13")) {
                    *problem = query.lastError().text();
                    return false;
                }
                full = true; // SQLITE_FULL: no row of this size fits any more
            }
        }
    }
    return true;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!TestSupport::desktopBinary().isEmpty(), "binary not set"); }
    void init()
    {
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
        m_sandbox = TestSupport::startSandbox();
        m_credentials.setPassword(GoodProfile, QStringLiteral("demo"));
        m_credentials.setPassword(BrokenProfile, QStringLiteral("demo"));
    }
    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_sandbox.reset();
        m_folder.reset();
    }

    void garbageSettingsStillGiveAWorkingWindow()
    {
        const QString path = m_folder->filePath(QStringLiteral("garbage.ini"));
        QVERIFY(writeFile(path, garbageSettings(m_sandbox->baseUrl())));
        openWindow(path, m_folder->filePath(QStringLiteral("data/history.sqlite")));

        // The profile with the broken address is there to choose and says no, in words.
        auto* profiles = m_window->findChild<QComboBox*>(QStringLiteral("profileSelector"));
        QVERIFY(profiles);
        QVERIFY2(profiles->findText(GoodProfile) >= 0, "the usable profile was lost");
        choose(profiles, BrokenProfile);
        fillApplicant();
        QTest::keyClick(field(QStringLiteral("externalId")), Qt::Key_Return);
        QTRY_VERIFY(!problemText().isEmpty());
        QCOMPARE(m_sandbox->sessionCount(), 0);

        // The usable one works, garbage in its other keys notwithstanding.
        choose(profiles, GoodProfile);
        QTest::keyClick(field(QStringLiteral("externalId")), Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(m_window->controller().state() == State::Showing,
                                  qPrintable(problemText()), TestSupport::EventTimeoutMs);
        QCOMPARE(m_sandbox->sessionCount(), 1);
    }

    void garbageSettingsStillGiveAWorkingCommandLine()
    {
        QProcessEnvironment environment = isolatedEnvironment();
        QVERIFY(writeFile(settingsFileIn(environment), garbageSettings(m_sandbox->baseUrl())));
        const ProcessResult result =
            runDesk({QStringLiteral("initialize"), QStringLiteral("--profile"), GoodProfile,
                     QStringLiteral("--json")},
                    environment);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(text(result.err).contains(QLatin1String("warning:")), result.err.constData());
        QVERIFY2(text(result.err).contains(QLatin1String("timeoutSeconds")),
                 result.err.constData());
        QCOMPARE(m_sandbox->sessionCount(), 1);

        const ProcessResult broken =
            runDesk({QStringLiteral("initialize"), QStringLiteral("--profile"), BrokenProfile,
                     QStringLiteral("--return-url"), QStringLiteral("https://bank.example/done")},
                    environment);
        QCOMPARE(broken.exitCode, 2);
        QVERIFY(!broken.crashed);
        QVERIFY2(text(broken.err).contains(QLatin1String("baseUrl")) ||
                     text(broken.err).contains(QLatin1String("URL")),
                 broken.err.constData());
        QCOMPARE(m_sandbox->sessionCount(), 1);

        const ProcessResult history = runDesk({QStringLiteral("history")}, environment);
        QVERIFY2(history.exitCode == 0, history.err.constData());
    }

    void unusableDataFolder_data()
    {
        QTest::addColumn<bool>("unreadableFolder");
        // Always possible: a "folder" that is a regular file can hold nothing, even for root.
        QTest::newRow("a regular file where the folder should be") << false;
        // Only where permissions bind: root (as in CI containers) reads and writes anyway.
        QTest::newRow("a folder without permissions (chmod 000)") << true;
    }
    void unusableDataFolder()
    {
        QFETCH(bool, unreadableFolder);
        const QString dataHome = unusableFolder(unreadableFolder);
        const auto unlock = qScopeGuard([&] {
            if (unreadableFolder && !dataHome.isEmpty())
                QFile::setPermissions(dataHome, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner);
        });
        if (dataHome.isEmpty())
            QSKIP("This user can read and write a folder without permissions (root or "
                  "CAP_DAC_OVERRIDE), so chmod 000 proves nothing; the regular-file row covers "
                  "the same path in the code.");
        const QString historyPath = dataHome + QStringLiteral("/EnrolmentDesk/history.sqlite");

        openWindow(m_folder->filePath(QStringLiteral("desk.ini")), historyPath, true);
        fillApplicant();
        QTest::keyClick(field(QStringLiteral("externalId")), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->controller().state(), State::Showing,
                                  TestSupport::EventTimeoutMs);
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(
            QLatin1String("Session history is off")));
        const QString message = m_window->statusBar()->currentMessage();
        QVERIFY2(message.contains(dataHome), qPrintable(message));

        QProcessEnvironment environment = isolatedEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        const ProcessResult result =
            runDesk(connectionArguments() << QStringLiteral("--json"), environment);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY2(text(result.err).contains(QLatin1String("session history")),
                 result.err.constData());
        QVERIFY2(text(result.err).contains(dataHome), result.err.constData());
        QCOMPARE(m_sandbox->sessionCount(), 2);
    }

    void fullDiskUnderTheWindowsHistory()
    {
        const QString historyPath = m_folder->filePath(QStringLiteral("data/history.sqlite"));
        openWindow(m_folder->filePath(QStringLiteral("desk.ini")), historyPath, true);
        fillApplicant();
        QTest::keyClick(field(QStringLiteral("externalId")), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->controller().state(), State::Showing,
                                  TestSupport::EventTimeoutMs);
        QVERIFY(!m_window->statusBar()->currentMessage().contains(QLatin1String("history")));

        QString problem;
        QVERIFY2(fillHistory(historyPath, &problem), qPrintable(problem));

        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        fillApplicant();
        QTest::keyClick(field(QStringLiteral("externalId")), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->controller().state(), State::Showing,
                                  TestSupport::EventTimeoutMs);
        QCOMPARE(m_sandbox->sessionCount(), 2);
        QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("full")),
                     qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(m_window->statusBar()->currentMessage().contains(
            QDir::toNativeSeparators(historyPath)));
    }

    void fullDiskUnderTheCommandLinesHistory()
    {
#ifdef Q_OS_LINUX
        // A real full file system: a 64 KiB tmpfs, filled up. Mounting needs root with
        // CAP_SYS_ADMIN, which a CI container may not grant; the window's test above covers the
        // same SQLITE_FULL path without a mount.
        const QString mountPoint = m_folder->filePath(QStringLiteral("tiny"));
        QVERIFY(QDir().mkpath(mountPoint));
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=64k"), QStringLiteral("tmpfs"), mountPoint});
        if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit ||
            mount.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("A tiny tmpfs cannot be mounted here (%1), so a full "
                                            "disk cannot be made for another process; "
                                            "fullDiskUnderTheWindowsHistory covers SQLITE_FULL.")
                                 .arg(text(mount.readAllStandardError()).trimmed())));
        const auto unmount = qScopeGuard(
            [&mountPoint] { QProcess::execute(QStringLiteral("umount"), {mountPoint}); });
        const QString dataHome = mountPoint + QStringLiteral("/data");
        QVERIFY(QDir().mkpath(dataHome + QStringLiteral("/EnrolmentDesk/enrolment-desk")));
        {
            QFile filler(mountPoint + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(1024, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        }
        QProcessEnvironment environment = isolatedEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        const ProcessResult result =
            runDesk(connectionArguments() << QStringLiteral("--json"), environment);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(m_sandbox->sessionCount(), 1);
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY2(text(result.err).contains(QLatin1String("full")), result.err.constData());
#else
        QSKIP("A full file system is only made on Linux (tmpfs).");
#endif
    }

private:
    void openWindow(const QString& settingsPath, const QString& historyPath,
                    bool withProfile = false)
    {
        m_settings = std::make_unique<QSettings>(settingsPath, QSettings::IniFormat);
        if (withProfile) {
            m_settings->setValue(QStringLiteral("profiles/Sandbox/baseUrl"),
                                 m_sandbox->baseUrl().toString());
            m_settings->setValue(QStringLiteral("profiles/Sandbox/username"),
                                 QStringLiteral("demo"));
            m_settings->setValue(QStringLiteral("profiles/Sandbox/returnUrl"),
                                 QStringLiteral("https://bank.example/done"));
            m_settings->setValue(QStringLiteral("profiles/Sandbox/pollIntervalSeconds"), 60);
            m_settings->setValue(QStringLiteral("profiles/Sandbox/timeoutSeconds"), 5);
        }
        m_window = std::make_unique<Ui::MainWindow>(
            Ui::DeskEnvironment{*m_settings, m_credentials, QProcessEnvironment(), false,
                                [] { return QDate::currentDate(); }, historyPath});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // A data folder that cannot be used; empty when this user can use it anyway.
    QString unusableFolder(bool unreadableFolder) const
    {
        if (!unreadableFolder) {
            const QString file = m_folder->filePath(QStringLiteral("a-file"));
            writeFile(file, "not a folder\n");
            return file + QStringLiteral("/data");
        }
        const QString folder = m_folder->filePath(QStringLiteral("locked"));
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFileDevice::Permissions());
        if (QFileInfo(folder).isWritable() || QDir(folder).mkdir(QStringLiteral("probe"))) {
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
            return QString();
        }
        return folder;
    }

    QProcessEnvironment isolatedEnvironment() const
    {
        QProcessEnvironment environment =
            TestSupport::isolatedEnvironment(m_folder->filePath(QStringLiteral("home")));
        environment.insert(QStringLiteral("ENROLMENT_DESK_PASSWORD"), QStringLiteral("demo"));
        return environment;
    }
    static QString settingsFileIn(const QProcessEnvironment& environment)
    {
        return environment.value(QStringLiteral("XDG_CONFIG_HOME")) +
               QStringLiteral("/EnrolmentDesk/enrolment-desk.conf");
    }
    QStringList connectionArguments() const
    {
        return {QStringLiteral("initialize"),
                QStringLiteral("--api-url"),
                m_sandbox->baseUrl().toString(),
                QStringLiteral("--username"),
                QStringLiteral("demo"),
                QStringLiteral("--return-url"),
                QStringLiteral("https://bank.example/done")};
    }

    // As staff do it: the arrow keys on the profile selector.
    static void choose(QComboBox* profiles, const QString& name)
    {
        const int wanted = profiles->findText(name);
        profiles->setFocus();
        for (int i = 0; i < profiles->count() && profiles->currentIndex() != wanted; ++i)
            QTest::keyClick(profiles,
                            profiles->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
    }
    QLineEdit* field(const QString& name) const
    {
        return TEST_CHILD(QLineEdit, m_window.get(), name);
    }
    void type(const QString& name, const QString& value)
    {
        field(name)->setFocus();
        QTest::keyClicks(field(name), value);
    }
    void fillApplicant()
    {
        type(QStringLiteral("firstName"), QStringLiteral("John"));
        type(QStringLiteral("lastName"), QStringLiteral("Doe"));
        type(QStringLiteral("dateOfBirth"), QStringLiteral("1990-04-23"));
        type(QStringLiteral("externalId"), QStringLiteral("case-1"));
    }
    QString problemText() const
    {
        auto* label = m_window->findChild<QLabel*>(QStringLiteral("problemText"));
        const QString shown = label && label->isVisible() ? label->text() : QString();
        const QString reason = m_window->findChild<QLabel*>(QStringLiteral("createReason"))->text();
        return shown + reason;
    }

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    Config::MemoryCredentialStore m_credentials;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Ui::MainWindow> m_window;
};

QTEST_MAIN(TestBadInput)
#include "tst_badinput.moc"
