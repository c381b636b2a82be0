#pragma once
// The sandbox's access tokens: HS256 JWTs with the claims the platform's tokens carry
// (sessionId, customer, nbf, exp), signed with a secret that lives only in the running server.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Sandbox {

struct JwtClaims {
    QString sessionId;
    QString customer;
    qint64 notBefore = 0; // unix seconds
    qint64 expires = 0;   // unix seconds
};

// base64url without padding, as JWTs use it.
QByteArray encodeBase64Url(const QByteArray& data);

// A fresh random secret for signing.
QByteArray newJwtSecret();

QByteArray signAccessToken(const JwtClaims& claims, const QByteArray& secret);

// The payload of a well-formed HS256 token with a valid signature for `secret`, else nothing.
std::optional<QJsonObject> verifyAccessToken(const QByteArray& token, const QByteArray& secret);

} // namespace Sandbox
