// SandboxServer's read and delete endpoints for existing sessions (API.md sections 2 to 4).

#include "domain/sessionid.h"
#include "sandboxreply.h"
#include "sandboxresults.h"
#include "sandboxserver.h"
#include "sandboxsessions.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QUrlQuery>

namespace Sandbox {
namespace {

std::optional<int> queryNumber(const QUrlQuery& query, const QString& key, int fallback,
                               int maximum)
{
    if (!query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const int value = query.queryItemValue(key).toInt(&ok);
    if (!ok || value < 1 || value > maximum)
        return std::nullopt;
    return value;
}

HttpReply noResultsYet(const QString& status)
{
    return jsonError(409, QStringLiteral("The session has no results (status %1); results are "
                                         "readable once it is approved, rejected or waiting for "
                                         "manual approval.")
                              .arg(status));
}

} // namespace

std::optional<HttpReply> SandboxServer::refuse(const QString& id,
                                               const QHttpServerRequest& request) const
{
    if (!isAuthorized(request))
        return unauthorized();
    if (id.isEmpty() || !m_sessions->find(id))
        return sessionNotFound();
    return std::nullopt;
}

QHttpServerResponse SandboxServer::status(const QString& rawId, const QHttpServerRequest& request)
{
    const QString id = Domain::normalizeSessionId(rawId).value_or(QString());
    if (const auto refusal = refuse(id, request))
        return respond(request, *refusal);
    const SandboxSession& session = *m_sessions->find(id);
    if (const auto code = m_sessions->takeStatusFault(id)) {
        HttpReply reply = jsonError(*code, QStringLiteral("Sandbox: scripted HTTP %1 "
                                                          "(sandbox:status-http).")
                                               .arg(*code));
        if (session.script.retryAfterSeconds)
            reply.addHeader("Retry-After", QByteArray::number(*session.script.retryAfterSeconds));
        return respond(request, reply);
    }
    const QJsonObject body{{QStringLiteral("status"), m_sessions->state(session).status}};
    return respond(request, jsonReply(body));
}

QHttpServerResponse SandboxServer::results(const QString& rawId, const QString& kind,
                                           const QHttpServerRequest& request)
{
    const QString id = Domain::normalizeSessionId(rawId).value_or(QString());
    if (const auto refusal = refuse(id, request))
        return respond(request, *refusal);
    const SandboxSession& session = *m_sessions->find(id);
    const QString currentStatus = m_sessions->state(session).status;
    const auto level = resultLevelForStatus(currentStatus);
    if (!level)
        return respond(request, noResultsYet(currentStatus));
    if (kind == QLatin1String("decision/results"))
        return respond(request, jsonReply(decisionResults(*level, session)));
    if (kind == QLatin1String("document/result"))
        return respond(request, jsonReply(documentResult(*level, session)));
    if (kind == QLatin1String("face/result"))
        return respond(request, jsonReply(faceResult(*level)));
    return respond(request, jsonReply(imageList()));
}

QHttpServerResponse SandboxServer::image(const QString& rawId, const QString& name,
                                         const QHttpServerRequest& request)
{
    const QString id = Domain::normalizeSessionId(rawId).value_or(QString());
    if (const auto refusal = refuse(id, request))
        return respond(request, *refusal);
    const QString currentStatus = m_sessions->state(id).status;
    if (!resultLevelForStatus(currentStatus))
        return respond(request, noResultsYet(currentStatus));
    if (!isImageName(name))
        return respond(request, jsonError(404, QStringLiteral("No image with this name.")));
    HttpReply reply;
    reply.contentType = "image/jpeg";
    reply.body = sampleJpeg(name);
    if (reply.body.isEmpty())
        reply = jsonError(500, QStringLiteral("The sandbox cannot encode JPEG images here."));
    return respond(request, reply);
}

QHttpServerResponse SandboxServer::sessionList(const QHttpServerRequest& request)
{
    if (!isAuthorized(request))
        return respond(request, unauthorized());
    const QUrlQuery query = request.query();
    const auto pageNumber = queryNumber(query, QStringLiteral("pageNumber"), 1, 1000000);
    if (!pageNumber)
        return respond(request, jsonError(400,
                                          QStringLiteral("pageNumber must be a whole number "
                                                         "from 1."),
                                          QStringLiteral("pageNumber")));
    const auto pageSize = queryNumber(query, QStringLiteral("pageSize"), 20, 100);
    if (!pageSize)
        return respond(request, jsonError(400,
                                          QStringLiteral("pageSize must be a whole number "
                                                         "from 1 to 100."),
                                          QStringLiteral("pageSize")));
    const QList<const SandboxSession*> sessions = m_sessions->newestFirst();
    QJsonArray data;
    const qsizetype first = qsizetype(*pageNumber - 1) * *pageSize;
    for (qsizetype i = first; i < sessions.size() && i < first + *pageSize; ++i) {
        const SandboxSession& session = *sessions.at(i);
        data.append(sessionListEntry(session, m_sessions->state(session)));
    }
    const QJsonObject body{{QStringLiteral("pageNumber"), *pageNumber},
                           {QStringLiteral("pageSize"), *pageSize},
                           {QStringLiteral("totalRecords"), sessions.size()},
                           {QStringLiteral("data"), data}};
    return respond(request, jsonReply(body));
}

QHttpServerResponse SandboxServer::deleteSession(const QString& rawId,
                                                 const QHttpServerRequest& request)
{
    const QString id = Domain::normalizeSessionId(rawId).value_or(QString());
    if (const auto refusal = refuse(id, request))
        return respond(request, *refusal);
    m_sessions->remove(id);
    return respond(
        request, jsonReply({{QStringLiteral("sessionId"), id}, {QStringLiteral("deleted"), true}}));
}

} // namespace Sandbox
