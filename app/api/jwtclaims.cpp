#include "jwtclaims.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>

namespace Api {

std::optional<QJsonObject> jwtPayload(const QString& token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3 || parts.at(1).isEmpty())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

std::optional<QDateTime> jwtExpiry(const QString& token)
{
    const auto payload = jwtPayload(token);
    if (!payload)
        return std::nullopt;
    const QJsonValue exp = payload->value(QStringLiteral("exp"));
    if (!exp.isDouble())
        return std::nullopt;
    const double seconds = exp.toDouble();
    // Unix seconds between 2000 and 2200; anything else is not a real expiry.
    constexpr double earliest = 946684800.0;
    constexpr double latest = 7258118400.0;
    if (!std::isfinite(seconds) || seconds < earliest || seconds > latest)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seconds), Qt::UTC);
}

} // namespace Api
