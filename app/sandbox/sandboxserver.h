#pragma once
// The local sandbox: a faithful implementation of the enrolment API (API.md sections 1 to 4) on
// QHttpServer, with the web-enrolment page a tester finishes sessions on and the scripted
// outcomes and faults of docs/sandbox.md. State lives in memory only.

#include "sandboxoutcome.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;
QT_END_NAMESPACE

namespace Sandbox {

class SandboxSessions;
struct HttpReply;

struct SandboxOptions {
    QHostAddress address = QHostAddress::LocalHost; // binds to loopback unless told otherwise
    quint16 port = 0;                               // 0: a free port
    QString username = QStringLiteral("demo");
    QString password = QStringLiteral("demo");
    std::chrono::seconds sessionLifetime{3600};
    std::function<QDateTime()> clock; // empty: QDateTime::currentDateTimeUtc
    // HTTPS instead of plain http when set (both are needed): baseUrl() and the enrolment links
    // then say https. Clients must trust the certificate's issuer; nothing is ignored.
    // Initialised explicitly: QSslCertificate's default constructor is explicit, and clang
    // (rightly) refuses `SandboxOptions{}` without it.
    QSslCertificate tlsCertificate = QSslCertificate();
    QSslKey tlsKey;
};

class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxOptions options, QObject* parent = nullptr);
    ~SandboxServer() override;

    // Starts listening; false with a message naming the address and the reason (port taken...).
    bool start(QString* errorMessage);
    // Serves plain http on a server that already listens (owned from here on): the demo opens its
    // port at once, so its profile knows the address, and builds the sandbox once the window is
    // on screen. Connections waiting meanwhile (pauseAccepting()) are answered.
    void serve(QTcpServer* listening);
    bool isListening() const { return m_port != 0; }
    // e.g. http://127.0.0.1:8123, or https:// with TLS (no trailing slash); empty before start().
    QUrl baseUrl() const;
    // The base URL a plain-http sandbox serving that listening server will report (serve()).
    static QUrl baseUrlFor(const QTcpServer& listening);

    // What the web page does: finishes a PENDING session; false if unknown or not pending.
    bool finishSession(const QString& sessionId, Outcome outcome);
    int sessionCount() const;

Q_SIGNALS:
    void sessionCreated(const QString& sessionId);
    // Emitted when a tester finishes a session (web page or finishSession), with its new status.
    void sessionFinished(const QString& sessionId, const QString& status);

private:
    void addRoutes();
    void handleInitialize(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    HttpReply initialize(const QHttpServerRequest& request, double* delaySeconds);
    QHttpServerResponse status(const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse results(const QString& id, const QString& kind,
                                const QHttpServerRequest& request);
    QHttpServerResponse image(const QString& id, const QString& name,
                              const QHttpServerRequest& request);
    QHttpServerResponse sessionList(const QHttpServerRequest& request);
    QHttpServerResponse deleteSession(const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse enrolmentPage(const QHttpServerRequest& request);
    QHttpServerResponse finishFromPage(const QHttpServerRequest& request);
    void missing(const QHttpServerRequest& request, QHttpServerResponder&& responder);

    // Logs the request's method, path and status (never the query or body) and builds the response.
    static QHttpServerResponse respond(const QHttpServerRequest& request, const HttpReply& reply);

    bool isAuthorized(const QHttpServerRequest& request) const;
    // Checks auth and that the session exists; the error reply when not.
    std::optional<HttpReply> refuse(const QString& id, const QHttpServerRequest& request) const;

    SandboxOptions m_options;
    QHttpServer* m_http;
    std::unique_ptr<SandboxSessions> m_sessions;
    QByteArray m_jwtSecret;
    quint16 m_port = 0;
};

} // namespace Sandbox
