#pragma once
// The desk's password store: the operating system's keychain through QtKeychain (Secret Service
// or KWallet on Linux, Credential Manager on Windows, Keychain on macOS). It never falls back to
// a plain-text file: without a keychain every call answers with a sentence saying so. Creating
// it touches nothing; only a read, write or delete talks to the keychain.

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

    // Entries are "profile:<name>" under this service name.
    static QString serviceName();
    static QString keyFor(const QString& profile);

    // A null context means the store itself; a call whose store is destroyed never answers.
    void readPassword(const QString& profile, QObject* context, ReadCallback done) override;
    void writePassword(const QString& profile, const QString& password, QObject* context,
                       WriteCallback done) override;
    void deletePassword(const QString& profile, QObject* context, WriteCallback done) override;

    enum class Operation { Read, Write, Delete };
    // The sentence staff see for a QKeychain error (error is a QKeychain::Error); empty for
    // NoError and for EntryNotFound on read and delete, which are not problems.
    static QString problemText(int error, const QString& detail, Operation operation);

private:
    void configure(QKeychain::Job* job, const QString& profile);
};

} // namespace Config
