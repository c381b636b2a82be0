// The password stores. MemoryCredentialStore: answers later (never inside the call), in order,
// and not at all once the context is gone. KeychainCredentialStore on this headless machine (no
// D-Bus session, no Secret Service): each call answers with a clear problem and never falls
// back to a plain-text file. The whole process runs with HOME and XDG_* in a temporary folder.

#include "config/keychaincredentialstore.h"
#include "config/memorycredentialstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

using Config::CredentialStore;
using Operation = Config::KeychainCredentialStore::Operation;
using Cause = Config::KeychainCredentialStore::Cause;

namespace {

QTemporaryDir* isolatedHome = nullptr;

const QString Secret = QStringLiteral("s3cret-Password-for-tests-91");

// Every file under the isolated home whose bytes hold the secret.
QStringList filesHoldingTheSecret()
{
    QStringList found;
    QDirIterator it(isolatedHome->path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(Secret.toUtf8()) || bytes.contains(Secret.toUtf8().toBase64()) ||
            bytes.contains(
                QByteArray(reinterpret_cast<const char*>(Secret.utf16()), Secret.size() * 2)))
            found.append(file.fileName());
    }
    return found;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoryAnswersLaterAndInOrder()
    {
        Config::MemoryCredentialStore store;
        QObject context;
        QStringList answers;
        store.writePassword(QStringLiteral("Sandbox"), Secret, &context,
                            [&answers](const QString& problem) {
                                answers.append(QStringLiteral("write:") + problem);
                            });
        store.readPassword(QStringLiteral("Sandbox"), &context,
                           [&answers](const CredentialStore::ReadResult& read) {
                               answers.append(QStringLiteral("read:") +
                                              read.password.value_or(QStringLiteral("?")));
                           });
        store.readPassword(QStringLiteral("Other"), &context,
                           [&answers](const CredentialStore::ReadResult& read) {
                               answers.append(QStringLiteral("other:") +
                                              read.password.value_or(QStringLiteral("?")));
                           });
        store.deletePassword(QStringLiteral("Sandbox"), &context,
                             [&answers](const QString& problem) {
                                 answers.append(QStringLiteral("delete:") + problem);
                             });
        QVERIFY(answers.isEmpty()); // like a keychain, never inside the call
        QTRY_COMPARE(answers.size(), 4);
        QCOMPARE(answers, (QStringList{QStringLiteral("write:"), QStringLiteral("read:") + Secret,
                                       QStringLiteral("other:"), QStringLiteral("delete:")}));
        QVERIFY(!store.contains(QStringLiteral("Sandbox")));
    }

    void memoryDropsAnswersForADestroyedContext()
    {
        Config::MemoryCredentialStore store;
        store.setPassword(QStringLiteral("Sandbox"), Secret);
        bool called = false;
        auto context = std::make_unique<QObject>();
        store.readPassword(QStringLiteral("Sandbox"), context.get(),
                           [&called](const CredentialStore::ReadResult&) { called = true; });
        context.reset();
        bool sentinel = false;
        QObject alive;
        store.readPassword(QStringLiteral("Sandbox"), &alive,
                           [&sentinel](const CredentialStore::ReadResult&) { sentinel = true; });
        QTRY_VERIFY(sentinel);
        QVERIFY(!called);
    }

    void memoryCanFailLikeAMissingKeychain()
    {
        Config::MemoryCredentialStore store;
        store.setPassword(QStringLiteral("Sandbox"), Secret);
        store.setProblem(QStringLiteral("No keychain."));
        std::optional<CredentialStore::ReadResult> read;
        std::optional<QString> written;
        QObject context;
        store.readPassword(QStringLiteral("Sandbox"), &context,
                           [&read](const CredentialStore::ReadResult& r) { read = r; });
        store.writePassword(QStringLiteral("Sandbox"), QStringLiteral("other"), &context,
                            [&written](const QString& problem) { written = problem; });
        QTRY_VERIFY(read && written);
        QVERIFY(!read->password);
        QCOMPARE(read->problem, QStringLiteral("No keychain."));
        QCOMPARE(*written, QStringLiteral("No keychain."));
        QCOMPARE(store.password(QStringLiteral("Sandbox")), Secret);
    }

    void keychainProblemSentences_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("operation");
        QTest::addColumn<int>("cause");
        QTest::addColumn<QString>("expected"); // start of the sentence; empty: no problem
        const auto write = int(Operation::Write);
        const auto read = int(Operation::Read);
        const auto remove = int(Operation::Delete);
        const auto unknown = int(Cause::Unknown);
        QTest::newRow("no backend, write")
            << int(QKeychain::NoBackendAvailable) << write << unknown
            << QStringLiteral("No system keychain is available on this computer, so the password "
                              "cannot be saved. ");
        QTest::newRow("no backend, read")
            << int(QKeychain::NoBackendAvailable) << read << unknown
            << QStringLiteral("No system keychain is available on this computer, so the stored "
                              "password cannot be read.");
        QTest::newRow("refused by the user")
            << int(QKeychain::AccessDeniedByUser) << write << unknown
            << QStringLiteral("Access to the system keychain");
        QTest::newRow("denied") << int(QKeychain::AccessDenied) << read << unknown
                                << QStringLiteral("The system keychain denied access");
        QTest::newRow("not found on read is no problem")
            << int(QKeychain::EntryNotFound) << read << unknown << QString();
        QTest::newRow("not found on delete is no problem")
            << int(QKeychain::EntryNotFound) << remove << unknown << QString();
        // QtKeychain's own text (often a raw D-Bus error) never reaches the sentence.
        QTest::newRow("other") << int(QKeychain::OtherError) << write << unknown
                               << QStringLiteral("The system keychain could not be used, so the "
                                                 "password cannot be saved. Check that");
        QTest::newRow("no error") << int(QKeychain::NoError) << write << unknown << QString();
        // What the Secret Service said when asked afterwards.
        QTest::newRow("not found, but locked")
            << int(QKeychain::EntryNotFound) << read << int(Cause::Locked)
            << QStringLiteral("The system keychain is locked, so the stored password cannot be "
                              "read. Unlock it when it asks");
        QTest::newRow("deleted, but locked")
            << int(QKeychain::NoError) << remove << int(Cause::Locked)
            << QStringLiteral("The system keychain is locked, so the stored password cannot be "
                              "removed.");
        QTest::newRow("service stopped")
            << int(QKeychain::OtherError) << read << int(Cause::ServiceMissing)
            << QStringLiteral("The system keychain service is not running, so the stored "
                              "password cannot be read.");
        QTest::newRow("libsecret missing")
            << int(QKeychain::OtherError) << write << int(Cause::LibraryMissing)
            << QStringLiteral("The keychain library libsecret is not installed, so the password "
                              "cannot be saved. Ask your IT support to install it (on Debian and "
                              "Ubuntu: the package libsecret-1-0).");
    }
    void keychainProblemSentences()
    {
        QFETCH(int, error);
        QFETCH(int, operation);
        QFETCH(int, cause);
        QFETCH(QString, expected);
        const QString text = Config::KeychainCredentialStore::problemText(
            error, static_cast<Operation>(operation), static_cast<Cause>(cause));
        if (expected.isEmpty())
            QVERIFY2(text.isEmpty(), qPrintable(text));
        else
            QVERIFY2(text.startsWith(expected), qPrintable(text));
    }

    void keychainCreationTouchesNothing()
    {
        Config::KeychainCredentialStore store;
        QCoreApplication::processEvents();
        QVERIFY(store.children().isEmpty()); // no job until a call
        QCOMPARE(Config::KeychainCredentialStore::keyFor(QStringLiteral("Sandbox")),
                 QStringLiteral("profile:Sandbox"));
    }

    void keychainWithoutBackendSaysSoAndNeverWritesAFile()
    {
        Config::KeychainCredentialStore store;
        QObject context;
        std::optional<QString> written;
        store.writePassword(QStringLiteral("Sandbox"), Secret, &context,
                            [&written](const QString& problem) { written = problem; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 30000);
        qInfo("write answered: %s", qPrintable(*written));
        QVERIFY2(written->startsWith(QLatin1String("No system keychain is available on this "
                                                   "computer, so the password cannot be saved.")),
                 qPrintable(*written));
        QVERIFY(!written->contains(Secret));

        std::optional<CredentialStore::ReadResult> read;
        store.readPassword(QStringLiteral("Sandbox"), &context,
                           [&read](const CredentialStore::ReadResult& r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
        qInfo("read answered: %s", qPrintable(read->problem));
        QVERIFY2(read->problem.startsWith(QLatin1String("No system keychain is available")),
                 qPrintable(read->problem));
        QVERIFY(!read->password); // not an empty password that looks like "none stored"

        std::optional<QString> deleted;
        store.deletePassword(QStringLiteral("Sandbox"), &context,
                             [&deleted](const QString& problem) { deleted = problem; });
        QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 30000);
        QVERIFY(!deleted->isEmpty());

        QCOMPARE(filesHoldingTheSecret(), QStringList());
        QTRY_VERIFY(store.children().isEmpty()); // the jobs deleted themselves
    }

    void keychainDropsAnswersForADestroyedContext()
    {
        Config::KeychainCredentialStore store;
        bool called = false;
        auto context = std::make_unique<QObject>();
        store.writePassword(QStringLiteral("Sandbox"), Secret, context.get(),
                            [&called](const QString&) { called = true; });
        context.reset();
        // The jobs run one after the other, so the second answering means the first is done.
        bool sentinel = false;
        QObject alive;
        store.readPassword(QStringLiteral("Sandbox"), &alive,
                           [&sentinel](const CredentialStore::ReadResult&) { sentinel = true; });
        QTRY_VERIFY_WITH_TIMEOUT(sentinel, 30000);
        QVERIFY(!called);
        QCOMPARE(filesHoldingTheSecret(), QStringList());
    }
};

int main(int argc, char** argv)
{
    // Before anything reads the environment: a home of our own, and no session bus to find.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    isolatedHome = &home;
    const QByteArray path = home.path().toUtf8();
    qputenv("HOME", path);
    qputenv("XDG_CONFIG_HOME", path + "/config");
    qputenv("XDG_DATA_HOME", path + "/data");
    qputenv("XDG_CACHE_HOME", path + "/cache");
    qputenv("XDG_STATE_HOME", path + "/state");
    qputenv("XDG_RUNTIME_DIR", path + "/runtime");
    for (const char* folder : {"/config", "/data", "/cache", "/state", "/runtime"})
        QDir().mkpath(home.path() + QLatin1String(folder));
    QFile::setPermissions(home.path() + QStringLiteral("/runtime"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    for (const char* name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY",
                             "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION"})
        qunsetenv(name);
    QCoreApplication app(argc, argv);
    TestCredentialStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
