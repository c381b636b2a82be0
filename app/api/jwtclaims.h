#pragma once
// Reads claims from the access token's payload without verifying its signature: the desk only
// needs to know when the session ends, and the platform verifies the token, not us.

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Api {

// The decoded payload of a compact JWT, or nothing if the text is not one.
std::optional<QJsonObject> jwtPayload(const QString& token);

// The `exp` claim as a UTC time, or nothing when absent, not a number, or implausible.
std::optional<QDateTime> jwtExpiry(const QString& token);

} // namespace Api
