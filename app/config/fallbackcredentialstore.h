#pragma once
// The staff window's password store for one run: the system keychain first, and in memory, until
// the desk closes, a password the keychain refused to store, so that a password typed in the
// Profiles dialog still works today. Nothing goes to a file.

#include "credentialstore.h"
#include "memorycredentialstore.h"

namespace Config {

class FallbackCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit FallbackCredentialStore(CredentialStore& keychain, QObject* parent = nullptr);

    // A password kept for this run answers first: it is the one typed last.
    void readPassword(const QString& profile, QObject* context, ReadCallback done) override;
    // When the keychain refuses, the password is kept for this run and the keychain's problem is
    // still the answer, so that staff hear it.
    void writePassword(const QString& profile, const QString& password, QObject* context,
                       WriteCallback done) override;
    void deletePassword(const QString& profile, QObject* context, WriteCallback done) override;

    // True when the profile's password is only in memory, for this run.
    bool keepsForThisRun(const QString& profile) const { return m_memory.contains(profile); }

private:
    CredentialStore& m_keychain;
    MemoryCredentialStore m_memory;
};

} // namespace Config
