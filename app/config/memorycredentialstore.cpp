#include "memorycredentialstore.h"

#include <QPointer>

namespace Config {

void MemoryCredentialStore::answer(QObject* context, std::function<void()> call)
{
    QObject* receiver = context ? context : this;
    QMetaObject::invokeMethod(
        receiver,
        [guard = QPointer<QObject>(receiver), call = std::move(call)] {
            if (guard)
                call();
        },
        Qt::QueuedConnection);
}

void MemoryCredentialStore::readPassword(const QString& profile, QObject* context,
                                         ReadCallback done)
{
    ReadResult result;
    if (m_problem.isEmpty())
        result.password = m_passwords.value(profile);
    else
        result.problem = m_problem;
    answer(context, [done = std::move(done), result] { done(result); });
}

void MemoryCredentialStore::writePassword(const QString& profile, const QString& password,
                                          QObject* context, WriteCallback done)
{
    if (m_problem.isEmpty())
        m_passwords.insert(profile, password);
    answer(context, [done = std::move(done), problem = m_problem] { done(problem); });
}

void MemoryCredentialStore::deletePassword(const QString& profile, QObject* context,
                                           WriteCallback done)
{
    if (m_problem.isEmpty())
        m_passwords.remove(profile);
    answer(context, [done = std::move(done), problem = m_problem] { done(problem); });
}

void MemoryCredentialStore::setPassword(const QString& profile, const QString& password)
{
    m_passwords.insert(profile, password);
}

} // namespace Config
