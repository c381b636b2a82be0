#include "sandboxreply.h"

#include "sandboxjwt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

namespace Sandbox {
namespace {

QUrl enrolmentLink(const SandboxSession& session, const QUrl& baseUrl)
{
    const SandboxScript& script = session.script;
    QUrl link = baseUrl;
    if (script.plainHttpLink)
        link = QUrl(QStringLiteral("http://links.sandbox.invalid"));
    else if (script.foreignLink)
        link = QUrl(QStringLiteral("https://foreign.invalid"));
    link.setPath(QStringLiteral("/web-enrolment/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("token"), session.referenceToken);
    link.setQuery(query);
    return link;
}

} // namespace

QString sandboxCustomerId()
{
    return QStringLiteral("5a1db0c5-7e57-4c0d-9e5b-000000000de5");
}

HttpReply jsonReply(const QJsonObject& object, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply jsonError(int status, const QString& message, const QString& field)
{
    QJsonObject body{{QStringLiteral("error"), message}};
    if (!field.isEmpty())
        body.insert(QStringLiteral("field"), field);
    return jsonReply(body, status);
}

HttpReply unauthorized()
{
    HttpReply reply = jsonError(401, QStringLiteral("Missing or wrong credentials: this endpoint "
                                                    "needs HTTP Basic authentication."));
    reply.addHeader("WWW-Authenticate", R"(Basic realm="Enrolment Desk sandbox")");
    return reply;
}

HttpReply sessionNotFound()
{
    return jsonError(404, QStringLiteral("No session with this id."));
}

HttpReply initializeReply(const SandboxSession& session, const QUrl& baseUrl,
                          const QByteArray& jwtSecret)
{
    const SandboxScript& script = session.script;
    HttpReply reply;
    if (script.retryAfterSeconds && script.httpStatus)
        reply.addHeader("Retry-After", QByteArray::number(*script.retryAfterSeconds));
    if (script.httpStatus) {
        HttpReply error = jsonError(
            *script.httpStatus,
            QStringLiteral("Sandbox: scripted HTTP %1 (sandbox:http).").arg(*script.httpStatus));
        error.headers = reply.headers;
        return error;
    }
    if (script.emptyBody)
        return reply;
    if (script.notJson) {
        reply.contentType = "text/html; charset=utf-8";
        reply.body = "<!DOCTYPE html><html><head><title>Gateway</title></head><body><h1>Service "
                     "temporarily unavailable</h1><p>Sandbox: sandbox:not-json.</p></body></html>";
        return reply;
    }

    QJsonObject body;
    if (!script.noToken) {
        const qint64 notBefore = session.created.toSecsSinceEpoch();
        const JwtClaims claims{session.id, sandboxCustomerId(), notBefore,
                               notBefore + session.created.secsTo(session.expires)};
        body.insert(QStringLiteral("accessToken"),
                    QString::fromLatin1(signAccessToken(claims, jwtSecret)));
    }
    body.insert(QStringLiteral("sessionId"),
                script.wrongSessionId ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                      : session.id);
    if (!script.missingLink)
        body.insert(QStringLiteral("webEnrolmentUrl"),
                    enrolmentLink(session, baseUrl).toString(QUrl::FullyEncoded));
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (script.malformedJson)
        reply.body.truncate(reply.body.size() / 2);
    return reply;
}

} // namespace Sandbox
