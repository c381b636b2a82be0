#pragma once
// The desk's password store: the operating system's keychain through QtKeychain (Secret Service
// or KWallet on Linux, Credential Manager on Windows, Keychain on macOS). It never falls back to
// a plain-text file: without a keychain every call answers with a sentence saying so. Creating
// it touches nothing; only a read, write or delete talks to the keychain. Where QtKeychain's
// answer hides the cause (a locked keyring read as "not found", a stopped Secret Service), the
// Secret Service itself is asked (secretserviceprobe.h) so that the sentence names it.

#include "credentialstore.h"

namespace QKeychain {
class Job;
}

namespace Config {

class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;

    // Each profile's entry is "profile:<name>" under the service "Enrolment Desk: <name>", which
    // is also the label a keychain shows, so its user can tell the profiles apart. Entries of
    // version 0.1.0, all under the one service "Enrolment Desk", are moved on first read.
    static QString serviceNameFor(const QString& profile);
    static QString legacyServiceName();
    static QString keyFor(const QString& profile);

    // A null context means the store itself; a call whose store is destroyed never answers.
    void readPassword(const QString& profile, QObject* context, ReadCallback done) override;
    void writePassword(const QString& profile, const QString& password, QObject* context,
                       WriteCallback done) override;
    void deletePassword(const QString& profile, QObject* context, WriteCallback done) override;

    enum class Operation { Read, Write, Delete };
    // What the Secret Service said when asked after a failure (or a read that found nothing).
    enum class Cause { Unknown, ServiceMissing, LibraryMissing, Locked };
    // The sentence staff see for a QKeychain error (error is a QKeychain::Error); empty for
    // NoError and for EntryNotFound on read and delete, which are not problems, unless cause
    // says the entry is behind a lock. Never QtKeychain's own text: it may be a raw D-Bus error.
    static QString problemText(int error, Operation operation, Cause cause = Cause::Unknown);

private:
    // error is the job's QKeychain::Error, clarified; the job is deleted after the call.
    using JobDone = std::function<void(QKeychain::Job* job, int error)>;
    void run(QKeychain::Job* job, const QString& key, QObject* receiver, JobDone done);
    void explain(int error, Operation operation, const QString& key, QObject* receiver,
                 WriteCallback done);
    void moveLegacyEntry(const QString& profile, const QString& password);
};

} // namespace Config
