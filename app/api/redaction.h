#pragma once
// Removes secrets from text that may be shown or logged: JWTs, link tokens, Basic credentials,
// passwords in JSON. Used for error excerpts and for the request inspector.

#include <QByteArray>
#include <QString>

namespace Api {

inline constexpr QLatin1String RedactedMarker{"[redacted]"};

QString redactSecrets(const QString& text);

// Removes one known password from text or bytes: as it is, as JSON and percent-encoding write
// it, and inside the Basic credentials of username and password. Nothing to do for an empty
// password.
QString scrubKnownSecrets(const QString& text, const QString& username, const QString& password);
QByteArray scrubKnownSecrets(const QByteArray& bytes, const QString& username,
                             const QString& password);

// At most maxChars characters of a reply body that are safe to show: secrets redacted, markup
// and control characters removed, white space folded. Empty for an empty body.
QString safeExcerpt(const QByteArray& body, int maxChars = 200);

} // namespace Api
