#pragma once
// Finds a name that occurs twice in one JSON object. Qt keeps the last of them, another reader
// (a proxy, a log viewer, the platform's own tools) may keep the first: a reply read two ways is
// refused rather than guessed at (RFC 8259 section 4).

#include <QByteArray>
#include <QString>

#include <optional>

namespace Api {

// The first repeated name, decoded; nothing when every object's names are distinct. json must
// already have parsed as valid JSON.
std::optional<QString> duplicateKey(const QByteArray& json);

} // namespace Api
