#include "sessionlookup.h"

#include "config/profilestore.h"
#include "profileconnection.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>

#include <utility>

Q_LOGGING_CATEGORY(lcLookup, "enrolment.desk.lookup", QtWarningMsg)

namespace Desk {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Desk::SessionLookup)
};

QString missingProfileProblem(const QString& profile)
{
    if (profile.isEmpty())
        return Text::tr("The history does not say which profile created this session, so the "
                        "desk does not know where to ask.");
    return Text::tr("The profile “%1” that created this session no longer exists. Create a "
                    "profile of that name for the same platform (Settings > Profiles) to reach "
                    "the session again.")
        .arg(profile);
}

} // namespace

SessionLookup::SessionLookup(QSettings& settings, Config::CredentialStore& credentials,
                             const QProcessEnvironment& variables, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_variables(variables)
{}

SessionLookup::~SessionLookup()
{
    // The clients' replies belong to the network manager: they go first.
    qDeleteAll(findChildren<Api::EnrolmentClient*>(Qt::FindDirectChildrenOnly));
}

void SessionLookup::readStatus(const QString& profile, const QString& sessionId, QObject* context,
                               Callback<Reading> done)
{
    const QPointer<QObject> guard(context);
    auto answer = [guard, done = std::move(done)](const Api::Result<Reading>& result) {
        if (guard)
            done(result);
    };
    withClient(profile, answer, [this, sessionId, answer](Api::EnrolmentClient* client) {
        client->status(
            sessionId, client,
            [this, client, sessionId, answer](const Api::Result<Domain::SessionStatus>& status) {
                if (!status || !status.value().hasResults()) {
                    finish(client);
                    answer(status ? Api::Result<Reading>(Reading{status.value(), {}, {}})
                                  : Api::Result<Reading>(status.error()));
                    return;
                }
                client->decisionResults(sessionId, client,
                                        [this, client, answer, status = status.value()](
                                            const Api::Result<Domain::Decision>& decision) {
                                            finish(client);
                                            Reading reading{status, {}, {}};
                                            if (decision)
                                                reading.decision = decision.value();
                                            else
                                                reading.decisionProblem = decision.error();
                                            answer(reading);
                                        });
            });
    });
}

void SessionLookup::deleteData(const QString& profile, const QString& sessionId, QObject* context,
                               Callback<Api::Done> done)
{
    const QPointer<QObject> guard(context);
    auto answer = [guard, done = std::move(done)](const Api::Result<Api::Done>& result) {
        if (guard)
            done(result);
    };
    withClient(profile, answer, [this, sessionId, answer](Api::EnrolmentClient* client) {
        qCInfo(lcLookup) << "deleting the data of session" << sessionId;
        client->deleteSession(sessionId, client,
                              [this, client, sessionId, answer](const Api::Result<Api::Done>& r) {
                                  finish(client);
                                  if (r)
                                      qCInfo(lcLookup) << "session" << sessionId << "deleted";
                                  answer(r);
                              });
    });
}

void SessionLookup::withClient(const QString& profile,
                               std::function<void(const Api::ApiError&)> fail, WithClient work)
{
    ++m_pending;
    const auto loaded = Config::ProfileStore(m_settings).load(profile);
    if (!loaded) {
        QMetaObject::invokeMethod(
            this,
            [this, fail = std::move(fail), problem = missingProfileProblem(profile)] {
                --m_pending;
                fail(Api::ApiError::invalidInput(problem));
            },
            Qt::QueuedConnection);
        return;
    }
    resolveConnection(
        *loaded, m_credentials, m_variables, this,
        [this, fail = std::move(fail), work = std::move(work)](const ResolvedConnection& resolved) {
            if (!resolved.connection) {
                --m_pending;
                fail(Api::ApiError::invalidInput(resolved.problem));
                return;
            }
            if (!m_network)
                m_network = std::make_unique<QNetworkAccessManager>();
            auto* client = new Api::EnrolmentClient(m_network.get(), *resolved.connection, this);
            connect(client, &Api::EnrolmentClient::exchangeFinished, this,
                    &SessionLookup::exchangeFinished);
            work(client);
        });
}

void SessionLookup::finish(Api::EnrolmentClient* client)
{
    --m_pending;
    client->deleteLater();
}

} // namespace Desk
