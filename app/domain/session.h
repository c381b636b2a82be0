#pragma once
// A session the platform created: what the client keeps of the initialize reply. The access
// token is deliberately not part of it: it is a bearer credential the desk never needs.

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace Domain {

struct CreatedSession {
    QString sessionId;
    QUrl webEnrolmentUrl;
    std::optional<QDateTime> expiresAt; // UTC, from the token's exp claim; unknown without a token
};

} // namespace Domain
