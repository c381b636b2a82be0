#pragma once
// What the sandbox answers, as plain data: the initialize reply with the session's scripted
// faults applied, and the JSON error body every endpoint uses. The server turns these into
// QHttpServer responses.

#include "sandboxsessions.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Sandbox {

struct HttpReply {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    void addHeader(const QByteArray& name, const QByteArray& value)
    {
        headers.append(qMakePair(name, value));
    }
};

// The "customer" claim of every sandbox token.
QString sandboxCustomerId();

HttpReply jsonReply(const QJsonObject& object, int status = 200);
// {"error": message, "field": field}; "field" is left out when empty.
HttpReply jsonError(int status, const QString& message, const QString& field = QString());

// 401 with a Basic challenge.
HttpReply unauthorized();
// 404 for an unknown (or deleted) session id.
HttpReply sessionNotFound();

// The reply to a successful initialize for `session` (already stored), faults applied.
HttpReply initializeReply(const SandboxSession& session, const QUrl& baseUrl,
                          const QByteArray& jwtSecret);

} // namespace Sandbox
