#pragma once
// Removes secrets from text that may be shown or logged: JWTs, link tokens, Basic credentials,
// passwords in JSON. Used for error excerpts and for the request inspector.

#include <QByteArray>
#include <QString>

namespace Api {

inline constexpr QLatin1String RedactedMarker{"[redacted]"};

QString redactSecrets(const QString& text);

// At most maxChars characters of a reply body that are safe to show: secrets redacted, markup
// and control characters removed, white space folded. Empty for an empty body.
QString safeExcerpt(const QByteArray& body, int maxChars = 200);

} // namespace Api
