#include "keychaincredentialstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace Config {
namespace {

Q_LOGGING_CATEGORY(lcKeychain, "enrolment.config.keychain", QtWarningMsg)

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Config::KeychainCredentialStore)
};

using Operation = KeychainCredentialStore::Operation;

QString consequence(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return Text::tr("so the stored password cannot be read");
    case Operation::Write:
        return Text::tr("so the password cannot be saved");
    case Operation::Delete:
        return Text::tr("so the stored password cannot be removed");
    }
    return {};
}

// QtKeychain reports a missing Secret Service or KWallet on Linux as OtherError ("Unknown
// error") when it cannot even reach a session bus; say what it means. Only asked after a call
// failed, so start-up never looks.
int clarify(int error)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    if (error == QKeychain::OtherError && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (runtime.isEmpty() || !QFileInfo::exists(runtime + QStringLiteral("/bus")))
            return QKeychain::NoBackendAvailable;
    }
#endif
    return error;
}

} // namespace

QString KeychainCredentialStore::serviceName()
{
    return QStringLiteral("Enrolment Desk");
}

QString KeychainCredentialStore::keyFor(const QString& profile)
{
    return QStringLiteral("profile:") + profile;
}

QString KeychainCredentialStore::problemText(int error, const QString& detail, Operation operation)
{
    switch (static_cast<QKeychain::Error>(error)) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        if (operation != Operation::Write)
            return {};
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Text::tr("No system keychain is available on this computer, %1. Ask your IT "
                        "support to set one up (for example GNOME Keyring or KWallet on Linux).")
            .arg(consequence(operation));
    case QKeychain::AccessDeniedByUser:
        return Text::tr("Access to the system keychain was refused, %1. Allow Enrolment Desk to "
                        "use the keychain when it asks, then try again.")
            .arg(consequence(operation));
    case QKeychain::AccessDenied:
        return Text::tr("The system keychain denied access, %1. It may be locked: unlock it "
                        "(often by logging in again), then try again.")
            .arg(consequence(operation));
    case QKeychain::CouldNotDeleteEntry:
        return Text::tr("The system keychain could not remove the stored password.");
    case QKeychain::OtherError:
        break;
    }
    // QtKeychain's own description names the backend's failure; it never holds the secret.
    const QString reason = detail.trimmed().isEmpty() ? Text::tr("unknown error") : detail;
    return Text::tr("The system keychain could not be used (%1), %2. Check that a keychain such "
                    "as GNOME Keyring or KWallet is running, or ask your IT support.")
        .arg(reason, consequence(operation));
}

void KeychainCredentialStore::configure(QKeychain::Job* job, const QString& profile)
{
    job->setAutoDelete(true);
    job->setKey(keyFor(profile));
    // Never a plain-text file next to the settings: without a keychain, say so.
    job->setInsecureFallback(false);
}

void KeychainCredentialStore::readPassword(const QString& profile, QObject* context,
                                           ReadCallback done)
{
    auto* job = new QKeychain::ReadPasswordJob(serviceName(), this);
    configure(job, profile);
    QObject* receiver = context ? context : this;
    connect(
        job, &QKeychain::Job::finished, receiver,
        [guard = QPointer<QObject>(receiver), done = std::move(done)](QKeychain::Job* finished) {
            if (!guard)
                return;
            ReadResult result;
            const int error = clarify(finished->error());
            if (error == QKeychain::NoError) {
                result.password = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
            } else if (error == QKeychain::EntryNotFound) {
                result.password = QString();
            } else {
                qCWarning(lcKeychain, "reading a password failed with QKeychain error %d", error);
                result.problem = problemText(error, finished->errorString(), Operation::Read);
            }
            done(result);
        });
    job->start();
}

void KeychainCredentialStore::writePassword(const QString& profile, const QString& password,
                                            QObject* context, WriteCallback done)
{
    auto* job = new QKeychain::WritePasswordJob(serviceName(), this);
    configure(job, profile);
    job->setTextData(password);
    QObject* receiver = context ? context : this;
    connect(
        job, &QKeychain::Job::finished, receiver,
        [guard = QPointer<QObject>(receiver), done = std::move(done)](QKeychain::Job* finished) {
            if (!guard)
                return;
            const int error = clarify(finished->error());
            if (error != QKeychain::NoError)
                qCWarning(lcKeychain, "saving a password failed with QKeychain error %d", error);
            done(problemText(error, finished->errorString(), Operation::Write));
        });
    job->start();
}

void KeychainCredentialStore::deletePassword(const QString& profile, QObject* context,
                                             WriteCallback done)
{
    auto* job = new QKeychain::DeletePasswordJob(serviceName(), this);
    configure(job, profile);
    QObject* receiver = context ? context : this;
    connect(
        job, &QKeychain::Job::finished, receiver,
        [guard = QPointer<QObject>(receiver), done = std::move(done)](QKeychain::Job* finished) {
            if (!guard)
                return;
            const int error = clarify(finished->error());
            if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
                qCWarning(lcKeychain, "removing a password failed with QKeychain error %d", error);
            done(problemText(error, finished->errorString(), Operation::Delete));
        });
    job->start();
}

} // namespace Config
