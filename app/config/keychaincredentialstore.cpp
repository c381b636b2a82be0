#include "keychaincredentialstore.h"

#include "secretserviceprobe.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

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

// Only what QtKeychain's text says about the backend goes to the log, never into a sentence.
void logFailure(const char* what, int error, const QString& detail)
{
    qCWarning(lcKeychain, "%s failed with QKeychain error %d: %s", what, error, qPrintable(detail));
}

} // namespace

QString KeychainCredentialStore::serviceNameFor(const QString& profile)
{
    return QStringLiteral("Enrolment Desk: ") + profile;
}

QString KeychainCredentialStore::legacyServiceName()
{
    return QStringLiteral("Enrolment Desk");
}

QString KeychainCredentialStore::keyFor(const QString& profile)
{
    return QStringLiteral("profile:") + profile;
}

QString KeychainCredentialStore::problemText(int error, Operation operation, Cause cause)
{
    if (error == QKeychain::NoError && cause != Cause::Locked)
        return {};
    switch (cause) {
    case Cause::Locked:
        return Text::tr("The system keychain is locked, %1. Unlock it when it asks (often with "
                        "your login password), then try again; if you cancelled the unlock, "
                        "try again and unlock it.")
            .arg(consequence(operation));
    case Cause::ServiceMissing:
        return Text::tr("The system keychain service is not running, %1. Log in to the desktop "
                        "again, or ask your IT support to start it (for example GNOME Keyring "
                        "or KWallet).")
            .arg(consequence(operation));
    case Cause::LibraryMissing:
        return Text::tr("The keychain library libsecret is not installed, %1. Ask your IT "
                        "support to install it (on Debian and Ubuntu: the package "
                        "libsecret-1-0).")
            .arg(consequence(operation));
    case Cause::Unknown:
        break;
    }
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
    return Text::tr("The system keychain could not be used, %1. Check that a keychain such as "
                    "GNOME Keyring or KWallet is running, or ask your IT support.")
        .arg(consequence(operation));
}

void KeychainCredentialStore::run(QKeychain::Job* job, const QString& key, QObject* receiver,
                                  JobDone done)
{
    job->setAutoDelete(true);
    job->setKey(key);
    // Never a plain-text file next to the settings: without a keychain, say so.
    job->setInsecureFallback(false);
    connect(
        job, &QKeychain::Job::finished, receiver,
        [guard = QPointer<QObject>(receiver), done = std::move(done)](QKeychain::Job* finished) {
            if (guard)
                done(finished, clarify(finished->error()));
        });
    job->start();
}

// The answer for an operation that QtKeychain finished with error (NoError and EntryNotFound
// included: a locked entry looks like those), after asking the Secret Service what it means.
void KeychainCredentialStore::explain(int error, Operation operation, const QString& key,
                                      QObject* receiver, WriteCallback done)
{
    const bool failed = error != QKeychain::NoError && error != QKeychain::EntryNotFound;
    if (error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented) {
        done(problemText(error, operation));
        return;
    }
    if (failed && !SecretServiceProbe::libraryLoadable()) {
        done(problemText(error, operation, Cause::LibraryMissing));
        return;
    }
    SecretServiceProbe::probe(
        key, receiver,
        [error, operation, failed, done = std::move(done)](const SecretServiceState& state) {
            Cause cause = Cause::Unknown;
            const bool lockedEntry = state.itemLocked && !state.itemUnlocked;
            if (failed && state.service == SecretServiceState::Service::Missing)
                cause = Cause::ServiceMissing;
            else if (lockedEntry || (failed && state.defaultCollectionLocked))
                cause = Cause::Locked;
            done(problemText(error, operation, cause));
        });
}

void KeychainCredentialStore::readPassword(const QString& profile, QObject* context,
                                           ReadCallback done)
{
    QObject* receiver = context ? context : this;
    const QString key = keyFor(profile);
    auto shared = std::make_shared<ReadCallback>(std::move(done));
    // Nothing readable: none stored, or behind a lock (which libsecret reports as nothing).
    auto nothingFound = [this, key, receiver, shared](int error) {
        explain(error, Operation::Read, key, receiver, [shared](const QString& problem) {
            ReadResult result;
            if (problem.isEmpty())
                result.password = QString();
            result.problem = problem;
            (*shared)(result);
        });
    };
    auto failedWith = [this, key, receiver, shared](QKeychain::Job* job, int error) {
        logFailure("reading a password", error, job->errorString());
        explain(error, Operation::Read, key, receiver, [shared](const QString& problem) {
            (*shared)(ReadResult{std::nullopt, problem});
        });
    };
    run(new QKeychain::ReadPasswordJob(serviceNameFor(profile), this), key, receiver,
        [this, profile, key, receiver, shared, nothingFound, failedWith](QKeychain::Job* job,
                                                                         int error) {
            if (error == QKeychain::NoError) {
                (*shared)({static_cast<QKeychain::ReadPasswordJob*>(job)->textData(), {}});
                return;
            }
            if (error != QKeychain::EntryNotFound) {
                failedWith(job, error);
                return;
            }
            // Not under the profile's own service: perhaps still where 0.1.0 kept it.
            run(new QKeychain::ReadPasswordJob(legacyServiceName(), this), key, receiver,
                [this, profile, shared, nothingFound, failedWith](QKeychain::Job* legacy,
                                                                  int legacyError) {
                    if (legacyError == QKeychain::EntryNotFound) {
                        nothingFound(legacyError);
                    } else if (legacyError != QKeychain::NoError) {
                        failedWith(legacy, legacyError);
                    } else {
                        const QString password =
                            static_cast<QKeychain::ReadPasswordJob*>(legacy)->textData();
                        moveLegacyEntry(profile, password);
                        (*shared)({password, {}});
                    }
                });
        });
}

// The entry moves under the profile's own service (and label); the old one goes only once the
// new one is stored. Nobody waits for this: a failure leaves the old entry, read next time.
void KeychainCredentialStore::moveLegacyEntry(const QString& profile, const QString& password)
{
    const QString key = keyFor(profile);
    auto* write = new QKeychain::WritePasswordJob(serviceNameFor(profile), this);
    write->setTextData(password);
    run(write, key, this, [this, key](QKeychain::Job* job, int error) {
        if (error != QKeychain::NoError) {
            logFailure("moving a password to its profile's entry", error, job->errorString());
            return;
        }
        run(new QKeychain::DeletePasswordJob(legacyServiceName(), this), key, this,
            [](QKeychain::Job* removed, int removeError) {
                if (removeError != QKeychain::NoError && removeError != QKeychain::EntryNotFound)
                    logFailure("removing a moved password", removeError, removed->errorString());
            });
    });
}

void KeychainCredentialStore::writePassword(const QString& profile, const QString& password,
                                            QObject* context, WriteCallback done)
{
    QObject* receiver = context ? context : this;
    const QString key = keyFor(profile);
    auto* job = new QKeychain::WritePasswordJob(serviceNameFor(profile), this);
    job->setTextData(password);
    run(job, key, receiver,
        [this, key, receiver, done = std::move(done)](QKeychain::Job* finished, int error) {
            if (error == QKeychain::NoError) {
                // The profile's entry replaces any left from 0.1.0 (which showed no profile).
                run(new QKeychain::DeletePasswordJob(legacyServiceName(), this), key, this,
                    [](QKeychain::Job*, int) {});
                done(QString());
                return;
            }
            logFailure("saving a password", error, finished->errorString());
            explain(error, Operation::Write, key, receiver, done);
        });
}

void KeychainCredentialStore::deletePassword(const QString& profile, QObject* context,
                                             WriteCallback done)
{
    QObject* receiver = context ? context : this;
    const QString key = keyFor(profile);
    auto shared = std::make_shared<WriteCallback>(std::move(done));
    run(new QKeychain::DeletePasswordJob(serviceNameFor(profile), this), key, receiver,
        [this, key, receiver, shared](QKeychain::Job* job, int error) {
            if (error != QKeychain::NoError && error != QKeychain::EntryNotFound) {
                logFailure("removing a password", error, job->errorString());
                explain(error, Operation::Delete, key, receiver, *shared);
                return;
            }
            run(new QKeychain::DeletePasswordJob(legacyServiceName(), this), key, receiver,
                [this, key, receiver, shared](QKeychain::Job* legacy, int legacyError) {
                    if (legacyError != QKeychain::NoError &&
                        legacyError != QKeychain::EntryNotFound) {
                        logFailure("removing a password", legacyError, legacy->errorString());
                        explain(legacyError, Operation::Delete, key, receiver, *shared);
                        return;
                    }
                    // libsecret reports a delete from a locked keyring as done: look.
                    explain(legacyError, Operation::Delete, key, receiver, *shared);
                });
        });
}

} // namespace Config
