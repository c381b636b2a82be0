#include "profileconnection.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSslCertificate>

#include <utility>

namespace Desk {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Desk::ProfileConnection)
};

} // namespace

std::optional<Api::ApiConnection> connectionFromProfile(const Config::Profile& profile,
                                                        QString* problem)
{
    Api::ApiConnection connection;
    connection.baseUrl = profile.baseUrl;
    connection.username = profile.username;
    connection.allowedLinkHosts = profile.allowedLinkHosts;
    connection.timeout = std::chrono::seconds(profile.timeoutSeconds);
    if (!profile.caBundlePath.isEmpty()) {
        connection.extraCaCertificates = QSslCertificate::fromPath(profile.caBundlePath, QSsl::Pem);
        if (connection.extraCaCertificates.isEmpty()) {
            *problem = Text::tr("The profile's CA bundle “%1” could not be read or holds no PEM "
                                "certificate.")
                           .arg(profile.caBundlePath);
            return std::nullopt;
        }
    }
    return connection;
}

void resolveConnection(const Config::Profile& profile, Config::CredentialStore& credentials,
                       const QProcessEnvironment& variables, QObject* context,
                       std::function<void(const ResolvedConnection&)> done)
{
    QString problem;
    auto connection = connectionFromProfile(profile, &problem);
    if (!connection) {
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done), problem] {
                done({std::nullopt, problem});
            },
            Qt::QueuedConnection);
        return;
    }
    const QString variable = QString::fromLatin1(PasswordVariable);
    const QString fromEnvironment = variables.value(variable);
    credentials.readPassword(
        profile.name, context,
        [done = std::move(done), connection = *connection, fromEnvironment, variable,
         name = profile.name](const Config::CredentialStore::ReadResult& read) mutable {
            if (read.password && !read.password->isEmpty()) {
                connection.password = *read.password;
            } else if (!fromEnvironment.isEmpty()) {
                connection.password = fromEnvironment;
            } else {
                const QString reason =
                    read.problem.isEmpty()
                        ? Text::tr("No password is stored for the profile “%1”. Enter it in "
                                   "Settings > Profiles.")
                              .arg(name)
                        : read.problem;
                done({std::nullopt,
                      Text::tr("%1 For this run only, you can start the desk with %2 set.")
                          .arg(reason, variable)});
                return;
            }
            done({connection, QString()});
        });
}

} // namespace Desk
