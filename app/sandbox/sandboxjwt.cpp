#include "sandboxjwt.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace Sandbox {
namespace {

constexpr auto UrlOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray signature(const QByteArray& signingInput, const QByteArray& secret)
{
    return QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256);
}

QByteArray header()
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    return QJsonDocument(header).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray encodeBase64Url(const QByteArray& data)
{
    return data.toBase64(UrlOptions);
}

QByteArray newJwtSecret()
{
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(secret.begin(), secret.end());
    return secret;
}

QByteArray signAccessToken(const JwtClaims& claims, const QByteArray& secret)
{
    const QJsonObject payload{{QStringLiteral("sessionId"), claims.sessionId},
                              {QStringLiteral("customer"), claims.customer},
                              {QStringLiteral("nbf"), claims.notBefore},
                              {QStringLiteral("exp"), claims.expires}};
    const QByteArray signingInput =
        encodeBase64Url(header()) + '.' +
        encodeBase64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return signingInput + '.' + encodeBase64Url(signature(signingInput, secret));
}

std::optional<QJsonObject> verifyAccessToken(const QByteArray& token, const QByteArray& secret)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    const auto decode = [](const QByteArray& part) {
        return QByteArray::fromBase64Encoding(part,
                                              UrlOptions | QByteArray::AbortOnBase64DecodingErrors);
    };
    const auto sent = decode(parts.at(2));
    if (!sent || *sent != signature(signingInput, secret))
        return std::nullopt;
    const auto headerJson = decode(parts.at(0));
    const auto payloadJson = decode(parts.at(1));
    if (!headerJson || !payloadJson)
        return std::nullopt;
    const QJsonObject sentHeader = QJsonDocument::fromJson(*headerJson).object();
    if (sentHeader.value(QStringLiteral("alg")).toString() != QLatin1String("HS256"))
        return std::nullopt;
    const QJsonDocument payload = QJsonDocument::fromJson(*payloadJson);
    if (!payload.isObject())
        return std::nullopt;
    return payload.object();
}

} // namespace Sandbox
