#include "secretserviceprobe.h"

#include <QPointer>
#include <QTimer>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define ENROLMENT_FREEDESKTOP_SECRETS 1
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QLibrary>
#include <QMap>
#endif

#include <memory>

namespace Config {

#if defined(ENROLMENT_FREEDESKTOP_SECRETS)
namespace {

const QString Service = QStringLiteral("org.freedesktop.secrets");
const QString ServicePath = QStringLiteral("/org/freedesktop/secrets");
const QString DefaultCollectionPath = QStringLiteral("/org/freedesktop/secrets/aliases/default");

// The bus has nobody answering for the Secret Service, and cannot start one.
bool meansNoService(const QDBusError& error)
{
    switch (error.type()) {
    case QDBusError::ServiceUnknown:
    case QDBusError::NoServer:
    case QDBusError::Disconnected:
        return true;
    default:
        return error.name() == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner");
    }
}

// The second question: is the default collection (where new entries go) locked?
void readDefaultCollectionLock(const QDBusConnection& bus, const QPointer<QObject>& guard,
                               SecretServiceState state,
                               const std::shared_ptr<SecretServiceProbe::Callback>& done)
{
    QDBusMessage get = QDBusMessage::createMethodCall(
        Service, DefaultCollectionPath, QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(get, 10000), guard.data());
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, guard.data(),
                     [guard, state, done](QDBusPendingCallWatcher* call) mutable {
                         call->deleteLater();
                         const QDBusPendingReply<QDBusVariant> reply = *call;
                         if (!reply.isError())
                             state.defaultCollectionLocked = reply.value().variant().toBool();
                         if (guard)
                             (*done)(state);
                     });
}

} // namespace

void SecretServiceProbe::probe(const QString& user, QObject* context, Callback done)
{
    const QPointer<QObject> guard(context);
    auto callback = std::make_shared<Callback>(std::move(done));
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        QTimer::singleShot(0, context, [callback] {
            SecretServiceState state;
            state.service = SecretServiceState::Service::Missing;
            (*callback)(state);
        });
        return;
    }
    qDBusRegisterMetaType<QMap<QString, QString>>();
    QDBusMessage search = QDBusMessage::createMethodCall(
        Service, ServicePath, QStringLiteral("org.freedesktop.Secret.Service"),
        QStringLiteral("SearchItems"));
    search << QVariant::fromValue(QMap<QString, QString>{{QStringLiteral("user"), user}});
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(search, 10000), context);
    QObject::connect(
        watcher, &QDBusPendingCallWatcher::finished, context,
        [bus, guard, callback](QDBusPendingCallWatcher* call) {
            call->deleteLater();
            const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *call;
            SecretServiceState state;
            if (reply.isError()) {
                state.service = meansNoService(reply.error())
                                    ? SecretServiceState::Service::Missing
                                    : SecretServiceState::Service::Unknown;
                if (guard)
                    (*callback)(state);
                return;
            }
            state.service = SecretServiceState::Service::Running;
            state.itemUnlocked = !reply.argumentAt<0>().isEmpty();
            state.itemLocked = !reply.argumentAt<1>().isEmpty();
            if (guard)
                readDefaultCollectionLock(bus, guard, state, callback);
        });
}

bool SecretServiceProbe::libraryLoadable()
{
    QLibrary library(QStringLiteral("secret-1"), 0);
    return library.load(); // stays loaded: QtKeychain has it loaded already when it works
}

#else

void SecretServiceProbe::probe(const QString&, QObject* context, Callback done)
{
    QTimer::singleShot(0, context, [done = std::move(done)] { done(SecretServiceState{}); });
}

bool SecretServiceProbe::libraryLoadable()
{
    return true;
}

#endif

} // namespace Config
