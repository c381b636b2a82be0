#include "sandboxserver.h"

#include "domain/sessionid.h"
#include "sandboxjwt.h"
#include "sandboxpages.h"
#include "sandboxreply.h"
#include "sandboxresults.h"
#include "sandboxsessions.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>

Q_LOGGING_CATEGORY(lcSandbox, "enrolment.sandbox", QtInfoMsg)

namespace Sandbox {
namespace {

using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponder::StatusCode;

const QString DataPrefix = QStringLiteral("/api/v1/data/");

HttpReply htmlReply(const QByteArray& html, int status = 200)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = "text/html; charset=utf-8";
    reply.body = html;
    reply.headers = {{"Content-Security-Policy", PageSecurityPolicy},
                     {"Referrer-Policy", "no-referrer"},
                     {"Cache-Control", "no-store"}};
    return reply;
}

QString normalizedId(const QString& text)
{
    return Domain::normalizeSessionId(text).value_or(QString());
}

// At debug level Qt's HTTP server logs each request with its URL and headers: the Authorization
// header (Basic credentials) and the ?token= of enrolment links. Those lines stay off whatever
// the logging rules say; respond() logs the method, path and status instead.
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void keepRequestDumpsOff(QLoggingCategory* category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrcmp(category->categoryName(), "qt.httpserver") == 0)
        category->setEnabled(QtDebugMsg, false);
}

} // namespace

QHttpServerResponse SandboxServer::respond(const QHttpServerRequest& request,
                                           const HttpReply& reply)
{
    qCDebug(lcSandbox) << request.method() << request.url().path() << reply.status;
    QHttpServerResponse response(reply.contentType, reply.body, StatusCode(reply.status));
    for (const auto& [name, value] : reply.headers)
        response.addHeader(name, value);
    return response;
}

SandboxServer::SandboxServer(SandboxOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_http(new QHttpServer(this))
    , m_sessions(std::make_unique<SandboxSessions>(m_options.clock, m_options.sessionLifetime))
    , m_jwtSecret(newJwtSecret())
{
    static const bool filtered = [] {
        previousFilter = QLoggingCategory::installFilter(keepRequestDumpsOff);
        return true;
    }();
    Q_UNUSED(filtered)
    addRoutes();
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString* errorMessage)
{
    if (m_port != 0)
        return true;
    const bool tls = !m_options.tlsCertificate.isNull() || !m_options.tlsKey.isNull();
    if (tls && (m_options.tlsCertificate.isNull() || m_options.tlsKey.isNull())) {
        if (errorMessage)
            *errorMessage = QStringLiteral("The sandbox needs both a TLS certificate and its "
                                           "private key to serve HTTPS.");
        return false;
    }
    QTcpServer* tcp = nullptr;
    if (tls) {
        // QHttpServer 6.4's sslSetup() only applies to its own listen(); binding a QSslServer
        // keeps the address and error handling below the same for both schemes.
        auto* ssl = new QSslServer(m_http);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(m_options.tlsCertificate);
        configuration.setPrivateKey(m_options.tlsKey);
        ssl->setSslConfiguration(configuration);
        connect(ssl, &QSslServer::errorOccurred, this,
                [](QSslSocket* socket, QAbstractSocket::SocketError) {
                    qCInfo(lcSandbox) << "TLS connection failed:" << socket->errorString();
                });
        tcp = ssl;
    } else {
        tcp = new QTcpServer(m_http);
    }
    if (!tcp->listen(m_options.address, m_options.port)) {
        if (errorMessage) {
            const QString port = m_options.port == 0
                                     ? QStringLiteral("a free port")
                                     : QStringLiteral("port %1").arg(m_options.port);
            *errorMessage = QStringLiteral("The sandbox cannot listen on %1, %2: %3")
                                .arg(m_options.address.toString(), port, tcp->errorString());
        }
        delete tcp;
        return false;
    }
    serve(tcp);
    return true;
}

void SandboxServer::serve(QTcpServer* listening)
{
    listening->setParent(m_http);
    m_http->bind(listening);
    m_options.address = listening->serverAddress();
    m_port = listening->serverPort();
    listening->resumeAccepting();
}

namespace {

QUrl urlOf(QHostAddress host, quint16 port, bool tls)
{
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(port);
    return url;
}

} // namespace

QUrl SandboxServer::baseUrl() const
{
    if (m_port == 0)
        return {};
    return urlOf(m_options.address, m_port, !m_options.tlsCertificate.isNull());
}

QUrl SandboxServer::baseUrlFor(const QTcpServer& listening)
{
    return urlOf(listening.serverAddress(), listening.serverPort(), false);
}

bool SandboxServer::finishSession(const QString& sessionId, Outcome outcome)
{
    const QString id = normalizedId(sessionId);
    if (id.isEmpty() || !m_sessions->finish(id, outcome))
        return false;
    Q_EMIT sessionFinished(id, m_sessions->state(id).status);
    return true;
}

int SandboxServer::sessionCount() const
{
    return m_sessions->count();
}

void SandboxServer::addRoutes()
{
    m_http->route(QStringLiteral("/api/v1/enrolment/initialize"), Method::Post,
                  [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                      handleInitialize(request, std::move(responder));
                  });
    m_http->route(DataPrefix + QStringLiteral("session/list"), Method::Get,
                  [this](const QHttpServerRequest& request) { return sessionList(request); });
    m_http->route(DataPrefix + QStringLiteral("<arg>/status"), Method::Get,
                  [this](const QString& id, const QHttpServerRequest& request) {
                      return status(id, request);
                  });
    for (const char* kind : {"decision/results", "document/result", "face/result", "images"}) {
        const QString path = QLatin1String(kind);
        m_http->route(DataPrefix + QStringLiteral("<arg>/") + path, Method::Get,
                      [this, path](const QString& id, const QHttpServerRequest& request) {
                          return results(id, path, request);
                      });
    }
    m_http->route(DataPrefix + QStringLiteral("<arg>/images/<arg>"), Method::Get,
                  [this](const QString& id, const QString& name,
                         const QHttpServerRequest& request) { return image(id, name, request); });
    m_http->route(DataPrefix + QStringLiteral("<arg>"), Method::Delete,
                  [this](const QString& id, const QHttpServerRequest& request) {
                      return deleteSession(id, request);
                  });
    for (const QString& path :
         {QStringLiteral("/web-enrolment/"), QStringLiteral("/web-enrolment")}) {
        m_http->route(path, Method::Get,
                      [this](const QHttpServerRequest& request) { return enrolmentPage(request); });
    }
    m_http->route(QStringLiteral("/web-enrolment/finish"), Method::Post,
                  [this](const QHttpServerRequest& request) { return finishFromPage(request); });
    m_http->setMissingHandler(
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            missing(request, std::move(responder));
        });
}

void SandboxServer::handleInitialize(const QHttpServerRequest& request,
                                     QHttpServerResponder&& responder)
{
    double delaySeconds = 0;
    const HttpReply reply = initialize(request, &delaySeconds);
    if (delaySeconds <= 0) {
        respond(request, reply).write(std::move(responder));
        return;
    }
    // Answer later without blocking the event loop; the socket may be gone by then.
    const auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = kept->socket();
    QHttpServerResponse response = respond(request, reply);
    const auto pending = std::make_shared<QHttpServerResponse>(std::move(response));
    // A precise timer: a coarse one may fire up to 5% early, and "slow=2" promises 2 s at least.
    QTimer::singleShot(std::chrono::milliseconds(std::llround(delaySeconds * 1000)),
                       Qt::PreciseTimer, this, [kept, socket, pending]() {
                           if (socket && socket->state() == QAbstractSocket::ConnectedState)
                               pending->write(std::move(*kept));
                       });
}

HttpReply SandboxServer::initialize(const QHttpServerRequest& request, double* delaySeconds)
{
    if (!isAuthorized(request))
        return unauthorized();
    const QByteArray contentType = request.value("Content-Type").toLower();
    if (!contentType.startsWith("application/json"))
        return jsonError(415, QStringLiteral("The body must be sent as Content-Type: "
                                             "application/json."));
    RequestError error;
    const auto parsed = parseInitializeRequest(request.body(), m_sessions->now().date(), &error);
    if (!parsed)
        return jsonError(400, error.message, error.field);
    *delaySeconds = parsed->script.slowSeconds.value_or(0);
    if (m_sessions->wasUsed(parsed->sessionId))
        return jsonError(409,
                         QStringLiteral("A session with this sessionId already exists: "
                                        "generate a new GUID for every session."),
                         QStringLiteral("sessionId"));
    const SandboxSession& session = m_sessions->create(*parsed);
    Q_EMIT sessionCreated(session.id);
    return initializeReply(session, baseUrl(), m_jwtSecret);
}

QHttpServerResponse SandboxServer::enrolmentPage(const QHttpServerRequest& request)
{
    const QString token = request.query().queryItemValue(QStringLiteral("token"));
    const QString id = m_sessions->idForToken(token);
    if (token.isEmpty() || id.isEmpty() || m_sessions->state(id).status != QLatin1String("PENDING"))
        return respond(request, htmlReply(linkNotValidPage(), 404));
    return respond(request, htmlReply(Sandbox::enrolmentPage(token, id)));
}

QHttpServerResponse SandboxServer::finishFromPage(const QHttpServerRequest& request)
{
    const QUrlQuery form(QString::fromUtf8(request.body()));
    const QString token = form.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    const QString outcomeText = form.queryItemValue(QStringLiteral("outcome"));
    const auto outcome = outcomeFromName(outcomeText);
    if (!outcome)
        return respond(
            request,
            htmlReply(badRequestPage(QStringLiteral("Choose one of the outcome buttons.")), 400));
    const QString id = m_sessions->idForToken(token);
    if (token.isEmpty() || id.isEmpty() || !m_sessions->finish(id, *outcome))
        return respond(request, htmlReply(linkNotValidPage(), 404));
    const QString newStatus = m_sessions->state(id).status;
    Q_EMIT sessionFinished(id, newStatus);
    return respond(request, htmlReply(thankYouPage(newStatus)));
}

void SandboxServer::missing(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    const QString path = request.url().path();
    HttpReply reply;
    if (path.startsWith(QLatin1String("/web-enrolment")))
        reply = htmlReply(linkNotValidPage(), 404);
    else if (path.startsWith(QLatin1String("/api/")) && !isAuthorized(request))
        reply = unauthorized();
    else
        reply = jsonError(404, QStringLiteral("No such endpoint: %1").arg(path));
    respond(request, reply).write(std::move(responder));
}

bool SandboxServer::isAuthorized(const QHttpServerRequest& request) const
{
    const QByteArray header = request.value("Authorization").trimmed();
    if (!header.toLower().startsWith("basic "))
        return false;
    const QByteArray encoded = header.mid(6).trimmed();
    // The documentation insists on padded base64; refusing unpadded text catches clients that
    // would fail against the platform.
    if (encoded.isEmpty() || encoded.size() % 4 != 0)
        return false;
    const auto decoded =
        QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QByteArray& credentials = decoded.decoded;
    const qsizetype colon = credentials.indexOf(':');
    if (colon < 0)
        return false;
    return credentials.left(colon) == m_options.username.toUtf8() &&
           credentials.mid(colon + 1) == m_options.password.toUtf8();
}

} // namespace Sandbox
