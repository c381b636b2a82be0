#include "fallbackcredentialstore.h"

#include <QPointer>

namespace Config {

FallbackCredentialStore::FallbackCredentialStore(CredentialStore& keychain, QObject* parent)
    : CredentialStore(parent)
    , m_keychain(keychain)
{}

void FallbackCredentialStore::readPassword(const QString& profile, QObject* context,
                                           ReadCallback done)
{
    if (m_memory.contains(profile))
        return m_memory.readPassword(profile, context, std::move(done));
    m_keychain.readPassword(profile, context, std::move(done));
}

void FallbackCredentialStore::writePassword(const QString& profile, const QString& password,
                                            QObject* context, WriteCallback done)
{
    m_keychain.writePassword(profile, password, context,
                             [guard = QPointer<FallbackCredentialStore>(this), profile, password,
                              done = std::move(done)](const QString& problem) {
                                 if (guard) {
                                     if (problem.isEmpty())
                                         guard->m_memory.deletePassword(profile, nullptr,
                                                                        [](const QString&) {});
                                     else
                                         guard->m_memory.setPassword(profile, password);
                                 }
                                 done(problem);
                             });
}

void FallbackCredentialStore::deletePassword(const QString& profile, QObject* context,
                                             WriteCallback done)
{
    m_memory.deletePassword(profile, nullptr, [](const QString&) {});
    m_keychain.deletePassword(profile, context, std::move(done));
}

} // namespace Config
