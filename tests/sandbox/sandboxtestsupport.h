#pragma once
// Helpers for the sandbox tests: a small synchronous HTTP client (plain QNetworkAccessManager
// requests with Basic auth, so the tests depend on nothing but the server under test) and a
// fixture that runs a SandboxServer on a free loopback port with an injectable clock.

#include "sandbox/sandboxserver.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <memory>
#include <optional>

struct TestReply {
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    QByteArray wwwAuthenticate;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJsonObject() const { return QJsonDocument::fromJson(body).isObject(); }
};

class TestHttp
{
public:
    explicit TestHttp(QUrl base, QByteArray username = "desk", QByteArray password = "secret")
        : m_base(std::move(base))
        , m_authorization("Basic " + (username + ':' + password).toBase64())
    {}

    QUrl url(const QString& path) const
    {
        QUrl url = m_base;
        const qsizetype query = path.indexOf(QLatin1Char('?'));
        url.setPath(query < 0 ? path : path.left(query));
        if (query >= 0)
            url.setQuery(path.mid(query + 1));
        return url;
    }

    // `authorization`: the header to send; an empty value sends none.
    TestReply send(const QByteArray& verb, const QString& path, const QByteArray& body = {},
                   const QByteArray& contentType = "application/json",
                   std::optional<QByteArray> authorization = std::nullopt,
                   const QByteArray& accept = "application/json")
    {
        QNetworkReply* reply = start(verb, path, body, contentType, authorization, accept);
        return finish(reply);
    }

    QNetworkReply* start(const QByteArray& verb, const QString& path, const QByteArray& body = {},
                         const QByteArray& contentType = "application/json",
                         std::optional<QByteArray> authorization = std::nullopt,
                         const QByteArray& accept = "application/json")
    {
        QNetworkRequest request(url(path));
        const QByteArray auth = authorization.value_or(m_authorization);
        if (!auth.isEmpty())
            request.setRawHeader("Authorization", auth);
        if (!accept.isEmpty())
            request.setRawHeader("Accept", accept);
        if (!body.isEmpty() || verb == "POST")
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return m_manager.sendCustomRequest(request, verb, body);
    }

    static TestReply finish(QNetworkReply* reply)
    {
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(15000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        TestReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.contentType = reply->rawHeader("Content-Type");
        result.retryAfter = reply->rawHeader("Retry-After");
        result.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
        reply->deleteLater();
        return result;
    }

    TestReply get(const QString& path) { return send("GET", path); }
    TestReply del(const QString& path) { return send("DELETE", path); }
    TestReply postJson(const QJsonObject& body)
    {
        return send("POST", QStringLiteral("/api/v1/enrolment/initialize"),
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    TestReply status(const QString& id)
    {
        return get(QStringLiteral("/api/v1/data/%1/status").arg(id));
    }

    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    static QJsonObject minimalRequest(const QString& id, const QString& externalId = {})
    {
        QJsonObject body{
            {QStringLiteral("sessionId"), id},
            {QStringLiteral("returnUrl"), QStringLiteral("https://bank.example/done")}};
        if (!externalId.isEmpty())
            body.insert(QStringLiteral("externalId"), externalId);
        return body;
    }

private:
    QUrl m_base;
    QByteArray m_authorization;
    QNetworkAccessManager m_manager;
};

class SandboxFixture
{
public:
    // Starts a server accepting desk/secret; with a fake clock its time is `now`, which tests move.
    // Returns an error message, empty on success.
    QString start(bool fakeClock = true)
    {
        Sandbox::SandboxOptions options;
        options.username = QStringLiteral("desk");
        options.password = QStringLiteral("secret");
        if (fakeClock)
            options.clock = [this] { return now; };
        server = std::make_unique<Sandbox::SandboxServer>(options);
        QString error;
        if (!server->start(&error))
            return error.isEmpty() ? QStringLiteral("start() failed without a message") : error;
        http = std::make_unique<TestHttp>(server->baseUrl());
        return {};
    }

    void stop()
    {
        http.reset();
        server.reset();
    }

    TestReply create(const QString& id, const QString& externalId = {})
    {
        return http->postJson(TestHttp::minimalRequest(id, externalId));
    }
    QString statusOf(const QString& id)
    {
        return http->status(id).json().value(QStringLiteral("status")).toString();
    }
    // "/web-enrolment/?token=..." from an initialize reply.
    static QString pagePath(const TestReply& created)
    {
        const QUrl link(created.json().value(QStringLiteral("webEnrolmentUrl")).toString());
        return link.path() + QLatin1Char('?') + link.query();
    }
    // The decoded header (0) or payload (1) of a JWT; empty when it is not base64url JSON.
    static QJsonObject jwtPart(const QString& token, int index)
    {
        const QList<QByteArray> parts = token.toLatin1().split('.');
        if (parts.size() != 3)
            return {};
        const auto decoded = QByteArray::fromBase64Encoding(
            parts.at(index), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                 QByteArray::AbortOnBase64DecodingErrors);
        return decoded ? QJsonDocument::fromJson(decoded.decoded).object() : QJsonObject();
    }
    static QJsonObject applicantForm(bool skipIntegrityCheck = false)
    {
        return {{QStringLiteral("firstName"), QStringLiteral("Zoë")},
                {QStringLiteral("lastName"), QStringLiteral("O'Brien-Smith")},
                {QStringLiteral("additionalNames"), QStringLiteral("Marie")},
                {QStringLiteral("dateOfBirth"), QStringLiteral("1990-04-23")},
                {QStringLiteral("skipIntegrityCheck"), skipIntegrityCheck}};
    }

    QDateTime now = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    std::unique_ptr<Sandbox::SandboxServer> server;
    std::unique_ptr<TestHttp> http;
};
