// KeychainCredentialStore against a real Secret Service: gnome-keyring-daemon, started by this
// test on a D-Bus session bus of its own (dbus-run-session with tests/support/privatebus.conf,
// which activates nothing), with HOME and XDG_* in a temporary folder. Store, read in a fresh
// process, change, delete, an absent entry, the labels a keyring shows, a locked keyring (the
// daemon has no prompter here, so every unlock it asks for is dismissed, as when the user presses
// Cancel), a restarted daemon and a stopped one. The test re-runs itself under dbus-run-session.

#include "config/keychaincredentialstore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <qt6keychain/keychain.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <unistd.h>
#include <vector>

using Config::CredentialStore;
using Config::KeychainCredentialStore;

namespace {

const char* const PrivateBusVariable = "ENROLMENT_TEST_PRIVATE_BUS";
const QString KeyringPassword = QStringLiteral("login-password-of-the-test");
const QString Secret = QStringLiteral("s3cret-Password-for-tests-91");
const QString SecretsService = QStringLiteral("org.freedesktop.secrets");

QTemporaryDir* isolatedHome = nullptr;

struct Items {
    QList<QDBusObjectPath> unlocked;
    QList<QDBusObjectPath> locked;
};

// The Secret Service's own view of the entries of a profile.
Items itemsOf(const QString& profile)
{
    qDBusRegisterMetaType<QMap<QString, QString>>();
    QDBusMessage search = QDBusMessage::createMethodCall(
        SecretsService, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    search << QVariant::fromValue(
        QMap<QString, QString>{{QStringLiteral("user"), KeychainCredentialStore::keyFor(profile)}});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(search, QDBus::Block, 30000);
    Items items;
    if (reply.type() == QDBusMessage::ReplyMessage && reply.arguments().size() == 2) {
        items.unlocked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0));
        items.locked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1));
    }
    return items;
}

QVariant itemProperty(const QDBusObjectPath& item, const QString& name)
{
    QDBusMessage get = QDBusMessage::createMethodCall(
        SecretsService, item.path(), QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Item") << name;
    const QDBusReply<QDBusVariant> reply = QDBusConnection::sessionBus().call(get);
    return reply.isValid() ? reply.value().variant() : QVariant();
}

QString attributeOf(const QDBusObjectPath& item, const QString& name)
{
    const QVariant attributes = itemProperty(item, QStringLiteral("Attributes"));
    return qdbus_cast<QMap<QString, QString>>(attributes).value(name);
}

bool lockDefaultCollection()
{
    QDBusMessage alias = QDBusMessage::createMethodCall(
        SecretsService, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    alias << QStringLiteral("default");
    const QDBusReply<QDBusObjectPath> collection = QDBusConnection::sessionBus().call(alias);
    if (!collection.isValid() || collection.value().path() == QLatin1String("/"))
        return false;
    QDBusMessage lock = QDBusMessage::createMethodCall(
        SecretsService, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
    lock << QVariant::fromValue(QList<QDBusObjectPath>{collection.value()});
    return QDBusConnection::sessionBus().call(lock).type() == QDBusMessage::ReplyMessage;
}

bool serviceRunning()
{
    return QDBusConnection::sessionBus().interface()->isServiceRegistered(SecretsService);
}

// Every file under the isolated home whose bytes hold the secret in the clear.
QStringList filesHoldingTheSecret()
{
    QStringList found;
    QDirIterator it(isolatedHome->path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(Secret.toUtf8()))
            found.append(file.fileName());
    }
    return found;
}

std::optional<CredentialStore::ReadResult> readWith(KeychainCredentialStore& store,
                                                    const QString& profile)
{
    QObject context;
    std::optional<CredentialStore::ReadResult> read;
    store.readPassword(profile, &context,
                       [&read](const CredentialStore::ReadResult& result) { read = result; });
    (void)QTest::qWaitFor([&read] { return read.has_value(); }, 60000);
    return read;
}

std::optional<QString> writeWith(KeychainCredentialStore& store, const QString& profile,
                                 const QString& password)
{
    QObject context;
    std::optional<QString> written;
    store.writePassword(profile, password, &context,
                        [&written](const QString& problem) { written = problem; });
    (void)QTest::qWaitFor([&written] { return written.has_value(); }, 60000);
    return written;
}

std::optional<QString> deleteWith(KeychainCredentialStore& store, const QString& profile)
{
    QObject context;
    std::optional<QString> deleted;
    store.deletePassword(profile, &context,
                         [&deleted](const QString& problem) { deleted = problem; });
    (void)QTest::qWaitFor([&deleted] { return deleted.has_value(); }, 60000);
    return deleted;
}

// The child process of readInFreshProcess: reads once and prints what it got.
int readAndPrint(const QString& profile)
{
    KeychainCredentialStore store;
    const auto read = readWith(store, profile);
    if (!read)
        std::printf("no answer\n");
    else if (read->password)
        std::printf("password:%s\n", qPrintable(*read->password));
    else
        std::printf("problem:%s\n", qPrintable(read->problem));
    return 0;
}

} // namespace

class TestRealKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "no private session bus: the test must run under dbus-run-session");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty(),
                 "gnome-keyring-daemon is missing: run scripts/install-deps");
        startDaemon();
    }

    void cleanupTestCase() { stopDaemon(); }

    void absentEntryIsNoPasswordAndNoProblem()
    {
        KeychainCredentialStore store;
        const auto read = readWith(store, QStringLiteral("Never stored"));
        QVERIFY(read);
        QCOMPARE(read->problem, QString());
        QVERIFY(read->password);
        QCOMPARE(*read->password, QString());
    }

    void storedPasswordIsReadByAFreshProcess()
    {
        KeychainCredentialStore store;
        QCOMPARE(writeWith(store, QStringLiteral("Production"), Secret), QString());
        QCOMPARE(readInFreshProcess(QStringLiteral("Production")),
                 QStringLiteral("password:") + Secret);
        QCOMPARE(itemsOf(QStringLiteral("Production")).unlocked.size(), 1);
        // Only the keyring holds it, encrypted: no file under the home has it in the clear.
        QCOMPARE(filesHoldingTheSecret(), QStringList());
    }

    void labelsTellTheProfilesApart()
    {
        KeychainCredentialStore store;
        QCOMPARE(writeWith(store, QStringLiteral("Branch A"), Secret), QString());
        QCOMPARE(writeWith(store, QStringLiteral("Branch B"), Secret), QString());
        const Items a = itemsOf(QStringLiteral("Branch A"));
        const Items b = itemsOf(QStringLiteral("Branch B"));
        QCOMPARE(a.unlocked.size(), 1);
        QCOMPARE(b.unlocked.size(), 1);
        QCOMPARE(itemProperty(a.unlocked.first(), QStringLiteral("Label")).toString(),
                 QStringLiteral("Enrolment Desk: Branch A"));
        QCOMPARE(itemProperty(b.unlocked.first(), QStringLiteral("Label")).toString(),
                 QStringLiteral("Enrolment Desk: Branch B"));
    }

    void changedPasswordReplacesTheOld()
    {
        KeychainCredentialStore store;
        QCOMPARE(writeWith(store, QStringLiteral("Changing"), QStringLiteral("first-one")),
                 QString());
        QCOMPARE(writeWith(store, QStringLiteral("Changing"), QStringLiteral("second-one")),
                 QString());
        QCOMPARE(readInFreshProcess(QStringLiteral("Changing")),
                 QStringLiteral("password:second-one"));
        QCOMPARE(itemsOf(QStringLiteral("Changing")).unlocked.size(), 1);
    }

    void deletedPasswordIsGone()
    {
        KeychainCredentialStore store;
        QCOMPARE(writeWith(store, QStringLiteral("Leaving"), Secret), QString());
        QCOMPARE(deleteWith(store, QStringLiteral("Leaving")), QString());
        QCOMPARE(itemsOf(QStringLiteral("Leaving")).unlocked.size(), 0);
        QCOMPARE(readInFreshProcess(QStringLiteral("Leaving")), QStringLiteral("password:"));
        // Deleting what is not there is no problem either.
        QCOMPARE(deleteWith(store, QStringLiteral("Leaving")), QString());
    }

    void entryOfTheFirstReleaseMovesUnderItsProfile()
    {
        // 0.1.0 kept every profile under the one service "Enrolment Desk".
        auto* legacy =
            new QKeychain::WritePasswordJob(KeychainCredentialStore::legacyServiceName());
        legacy->setKey(KeychainCredentialStore::keyFor(QStringLiteral("Old")));
        legacy->setTextData(Secret);
        bool written = false;
        connect(legacy, &QKeychain::Job::finished, this, [&written] { written = true; });
        legacy->start();
        QTRY_VERIFY_WITH_TIMEOUT(written, 60000);
        QCOMPARE(itemsOf(QStringLiteral("Old")).unlocked.size(), 1);

        KeychainCredentialStore store;
        const auto read = readWith(store, QStringLiteral("Old"));
        QVERIFY(read && read->password);
        QCOMPARE(*read->password, Secret);
        // Moved: one entry, under the profile's own service and label.
        QTRY_COMPARE_WITH_TIMEOUT(
            attributeOf(itemsOf(QStringLiteral("Old")).unlocked.value(0), QStringLiteral("server")),
            QStringLiteral("Enrolment Desk: Old"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(itemsOf(QStringLiteral("Old")).unlocked.size(), 1, 60000);
        QCOMPARE(readInFreshProcess(QStringLiteral("Old")), QStringLiteral("password:") + Secret);
    }

    void lockedKeyringIsNamedAsSuch()
    {
        KeychainCredentialStore store;
        QCOMPARE(writeWith(store, QStringLiteral("Locked"), Secret), QString());
        QVERIFY(lockDefaultCollection());
        QCOMPARE(itemsOf(QStringLiteral("Locked")).locked.size(), 1);

        // The unlock the read asks for is dismissed (no prompter: a user's Cancel looks the same
        // to libsecret), and QtKeychain then reports "not found".
        const auto read = readWith(store, QStringLiteral("Locked"));
        QVERIFY(read);
        QVERIFY(!read->password);
        QVERIFY2(read->problem.startsWith(QLatin1String(
                     "The system keychain is locked, so the stored password cannot be read.")),
                 qPrintable(read->problem));
        QCOMPARE(readInFreshProcess(QStringLiteral("Locked")),
                 QStringLiteral("problem:") + read->problem);

        const auto written = writeWith(store, QStringLiteral("Locked"), QStringLiteral("other"));
        QVERIFY(written);
        QVERIFY2(written->startsWith(QLatin1String(
                     "The system keychain is locked, so the password cannot be saved.")),
                 qPrintable(*written));

        // libsecret says a delete from a locked keyring succeeded; the entry is still there.
        const auto deleted = deleteWith(store, QStringLiteral("Locked"));
        QVERIFY(deleted);
        QVERIFY2(deleted->startsWith(QLatin1String(
                     "The system keychain is locked, so the stored password cannot be removed.")),
                 qPrintable(*deleted));
        QCOMPARE(itemsOf(QStringLiteral("Locked")).locked.size(), 1);
    }

    void restartedDaemonStillHoldsThePassword()
    {
        stopDaemon();
        startDaemon(); // unlocks the login keyring with its password, as a desktop login does
        QCOMPARE(readInFreshProcess(QStringLiteral("Production")),
                 QStringLiteral("password:") + Secret);
        QCOMPARE(readInFreshProcess(QStringLiteral("Locked")),
                 QStringLiteral("password:") + Secret);
    }

    void stoppedServiceIsNamedWithoutADBusError()
    {
        stopDaemon();
        const QString expectedRead = QStringLiteral(
            "problem:The system keychain service is not running, so the stored password cannot "
            "be read.");
        const QString answer = readInFreshProcess(QStringLiteral("Production"));
        QVERIFY2(answer.startsWith(expectedRead), qPrintable(answer));

        KeychainCredentialStore store;
        const auto written = writeWith(store, QStringLiteral("Production"), Secret);
        QVERIFY(written);
        QVERIFY2(written->startsWith(QLatin1String(
                     "The system keychain service is not running, so the password cannot be "
                     "saved.")),
                 qPrintable(*written));
        const auto deleted = deleteWith(store, QStringLiteral("Production"));
        QVERIFY(deleted);
        QVERIFY2(deleted->startsWith(QLatin1String(
                     "The system keychain service is not running, so the stored password cannot "
                     "be removed.")),
                 qPrintable(*deleted));
        for (const QString& text : {answer, *written, *deleted}) {
            QVERIFY2(!text.contains(QLatin1String("org.freedesktop")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("DBus")), qPrintable(text));
        }
        QCOMPARE(filesHoldingTheSecret(), QStringList());
    }

private:
    void startDaemon()
    {
        m_daemon = std::make_unique<QProcess>();
        m_daemon->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // --unlock reads the login keyring's password from standard input (creating the keyring
        // the first time), as the PAM module does at a desktop login.
        m_daemon->start(QStringLiteral("gnome-keyring-daemon"),
                        {QStringLiteral("--foreground"), QStringLiteral("--components=secrets"),
                         QStringLiteral("--unlock")});
        QVERIFY2(m_daemon->waitForStarted(30000), qPrintable(m_daemon->errorString()));
        m_daemon->write(KeyringPassword.toUtf8());
        m_daemon->closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(serviceRunning(), 60000);
    }

    void stopDaemon()
    {
        if (!m_daemon)
            return;
        m_daemon->terminate();
        QVERIFY(m_daemon->waitForFinished(60000));
        m_daemon.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!serviceRunning(), 60000);
    }

    // What a new process of the desk reads for the profile: "password:..." or "problem:...".
    QString readInFreshProcess(const QString& profile)
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--read"), profile});
        if (!child.waitForFinished(60000))
            return QStringLiteral("child did not finish");
        return QString::fromLocal8Bit(child.readAllStandardOutput()).trimmed();
    }

    std::unique_ptr<QProcess> m_daemon;
};

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty(PrivateBusVariable)) {
        // A bus of our own, which dies with the test, and gnome-keyring's files in a home of ours.
        qputenv(PrivateBusVariable, "1");
        std::vector<char*> command{const_cast<char*>("dbus-run-session"),
                                   const_cast<char*>("--config-file=" ENROLMENT_PRIVATE_BUS_CONFIG),
                                   const_cast<char*>("--")};
        for (int i = 0; i < argc; ++i)
            command.push_back(argv[i]);
        command.push_back(nullptr);
        ::execvp(command.front(), command.data());
        std::perror("tst_realkeychain: dbus-run-session (package dbus-daemon)");
        return 1;
    }
    if (argc == 3 && qstrcmp(argv[1], "--read") == 0) {
        QCoreApplication app(argc, argv);
        return readAndPrint(QString::fromLocal8Bit(argv[2]));
    }
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    isolatedHome = &home;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toLocal8Bit());
    const QString runtime = home.path() + QStringLiteral("/runtime");
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    // QtKeychain picks its backend from the desktop: the Secret Service through libsecret.
    qunsetenv("XDG_CURRENT_DESKTOP");
    qunsetenv("KDE_SESSION_VERSION");
    QCoreApplication app(argc, argv);
    TestRealKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_realkeychain.moc"
