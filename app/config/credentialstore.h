#pragma once
// Where a profile's API password lives. The desk's store is the OS keychain (QtKeychain); the
// demo and the tests use memory. Never settings, logs or history: DESIGN.md's security model.
// Calls are asynchronous because keychains are (they may prompt the user to unlock).

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Config {

class CredentialStore : public QObject
{
    Q_OBJECT

public:
    // password is empty when none is stored; problem is a sentence for staff when the store
    // itself failed (no keychain, locked, refused).
    struct ReadResult {
        std::optional<QString> password;
        QString problem;
    };
    using ReadCallback = std::function<void(const ReadResult&)>;
    // problem is empty on success.
    using WriteCallback = std::function<void(const QString& problem)>;

    using QObject::QObject;

    // Each call answers exactly once, unless context is destroyed first.
    virtual void readPassword(const QString& profile, QObject* context, ReadCallback done) = 0;
    virtual void writePassword(const QString& profile, const QString& password, QObject* context,
                               WriteCallback done) = 0;
    virtual void deletePassword(const QString& profile, QObject* context, WriteCallback done) = 0;
};

} // namespace Config
