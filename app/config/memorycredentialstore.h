#pragma once
// Passwords in memory, answering asynchronously like the keychain does: for the demo, for "use
// the environment variable for this run", and for tests (which can also make it fail, as a
// missing keychain would).

#include "credentialstore.h"

#include <QHash>

namespace Config {

class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;

    // Answers are queued to context (the store itself when null) and dropped if it is destroyed
    // first. Writes and deletes take effect at once; only the answer waits.
    void readPassword(const QString& profile, QObject* context, ReadCallback done) override;
    void writePassword(const QString& profile, const QString& password, QObject* context,
                       WriteCallback done) override;
    void deletePassword(const QString& profile, QObject* context, WriteCallback done) override;

    // Immediate access, for seeding (demo, environment variable) and for tests.
    void setPassword(const QString& profile, const QString& password);
    bool contains(const QString& profile) const { return m_passwords.contains(profile); }
    QString password(const QString& profile) const { return m_passwords.value(profile); }

    // While set, every call fails with this sentence and changes nothing (empty: works again).
    void setProblem(const QString& problem) { m_problem = problem; }

private:
    void answer(QObject* context, std::function<void()> call);

    QHash<QString, QString> m_passwords;
    QString m_problem;
};

} // namespace Config
