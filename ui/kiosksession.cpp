#include "kiosksession.h"

#include "api/enrolmentclient.h"
#include "config/profilestore.h"
#include "desk/profileconnection.h"
#include "domain/linkoptions.h"
#include "history/sessionlog.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>

Q_LOGGING_CATEGORY(lcKiosk, "enrolment.kiosk", QtInfoMsg)

namespace Ui {
namespace {

// For the log: what kind of problem, never its details (a reply's excerpt could quote a name).
const char* kindName(Api::ApiError::Kind kind)
{
    switch (kind) {
    case Api::ApiError::Kind::InvalidInput:
        return "invalid input";
    case Api::ApiError::Kind::AuthRefused:
        return "credentials refused";
    case Api::ApiError::Kind::Http:
        return "HTTP error";
    case Api::ApiError::Kind::Network:
        return "network";
    case Api::ApiError::Kind::Tls:
        return "TLS";
    case Api::ApiError::Kind::Timeout:
        return "timeout";
    case Api::ApiError::Kind::InvalidReply:
        return "invalid reply";
    }
    return "unknown";
}

} // namespace

QString systemWebLanguage()
{
    const QString name = QLocale::system().name(); // "de_AT"
    const QString exact = QString(name).replace(QLatin1Char('_'), QLatin1Char('-'));
    if (Domain::isWebLanguage(exact))
        return exact;
    const QString language = name.section(QLatin1Char('_'), 0, 0) + QLatin1Char('-');
    for (const Domain::WebLanguage& candidate : Domain::webLanguages()) {
        if (candidate.code.startsWith(language))
            return candidate.code;
    }
    return QStringLiteral("en-US");
}

KioskSession::KioskSession(KioskEnvironment& environment, QObject* parent)
    : QObject(parent)
    , m_environment(environment)
    , m_history(m_controller, environment.historyPath.isEmpty() ? History::SessionLog::defaultPath()
                                                                : environment.historyPath)
{
    m_controller.setClock(environment.now);
    connect(&m_history, &Desk::HistoryRecorder::unavailable, this,
            [](const QString& problem) { qCWarning(lcKiosk) << "history:" << problem; });
    // Staff read the details in the log; the customer only hears that it did not work.
    connect(&m_controller, &Desk::SessionController::stateChanged, this, [this](auto state) {
        const auto& error = m_controller.lastError();
        if (state == Desk::SessionController::State::Failed && error)
            qCWarning(lcKiosk).nospace()
                << "creating session " << m_controller.requestedSessionId()
                << " failed: " << kindName(error->kind()) << ", HTTP " << error->httpStatus();
    });
    connect(&m_controller, &Desk::SessionController::followingProblem, this,
            [this](const Api::ApiError& error) {
                const auto& session = m_controller.session();
                qCWarning(lcKiosk).nospace()
                    << "following session " << (session ? session->sessionId : QString())
                    << " had a problem: " << kindName(error.kind()) << ", HTTP "
                    << error.httpStatus();
            });
}

KioskSession::~KioskSession() = default;

void KioskSession::start(const std::optional<Domain::ApplicantInput>& applicant,
                         const QString& language)
{
    reset();
    Config::ProfileStore profiles(m_environment.settings);
    const QString name = m_environment.config.profile.isEmpty() ? profiles.activeProfileName()
                                                                : m_environment.config.profile;
    const std::optional<Config::Profile> profile = profiles.load(name);
    if (!profile) {
        qCWarning(lcKiosk) << "no profile named" << name << "- set kiosk/profile or an active one";
        failLater();
        return;
    }
    // A case number staff can find in the history; it says when, never who.
    m_caseNumber = QStringLiteral("KIOSK-") +
                   m_environment.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    Domain::EnrolmentRequestInput input;
    input.externalId = m_environment.externalIdSuffix.isEmpty()
                           ? m_caseNumber
                           : m_caseNumber + QLatin1Char(' ') + m_environment.externalIdSuffix;
    input.returnUrl = profile->returnUrl;
    input.theme = profile->themes.value(0);
    if (applicant)
        input.applicant = *applicant;
    const auto validated = Domain::EnrolmentRequest::create(input, m_environment.today());
    if (!validated.request) {
        // Field names only: the messages may quote what the customer typed.
        QStringList fields;
        for (const Domain::ValidationError& error : validated.errors)
            fields << Domain::fieldLabel(error.field);
        qCWarning(lcKiosk) << "the request was refused before sending; fields:" << fields;
        failLater();
        return;
    }
    m_request = validated.request;
    m_linkOptions = Domain::LinkOptions{language, false};
    m_profileName = profile->name;
    m_pollSeconds = profile->pollIntervalSeconds;
    const quint64 generation = m_generation;
    Desk::resolveConnection(*profile, m_environment.credentials, m_environment.variables, this,
                            [this, generation](const Desk::ResolvedConnection& resolved) {
                                if (generation != m_generation || !m_request)
                                    return; // reset meanwhile
                                if (!resolved.connection) {
                                    qCWarning(lcKiosk)
                                        << "no password for the profile:" << resolved.problem;
                                    m_request.reset();
                                    Q_EMIT failedToStart();
                                    return;
                                }
                                startWithConnection(*resolved.connection);
                            });
}

void KioskSession::startWithConnection(const Api::ApiConnection& connection)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    if (!m_client) {
        m_client = std::make_unique<Api::EnrolmentClient>(m_network.get(), connection);
        m_controller.setClient(m_client.get());
    } else {
        m_client->setConnection(connection);
    }
    m_controller.setPollSchedule({std::chrono::seconds(m_pollSeconds), std::chrono::seconds(600)});
    m_history.setSessionDetails(m_profileName, m_request->externalId());
    const Domain::EnrolmentRequest request = *m_request;
    m_request.reset(); // the controller keeps it until its reset()
    m_controller.create(request, m_linkOptions);
}

void KioskSession::reset()
{
    ++m_generation;
    m_request.reset();
    m_linkOptions = {};
    m_caseNumber.clear();
    m_controller.reset();
    m_history.setSessionDetails(QString(), QString());
}

int KioskSession::pendingReplies() const
{
    return m_client ? m_client->pendingCount() : 0;
}

void KioskSession::failLater()
{
    // Always after start() has returned, as the controller's answers are.
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            Q_EMIT failedToStart();
    });
}

} // namespace Ui
