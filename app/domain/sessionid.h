#pragma once
// The client-generated session GUID: lowercase 8-4-4-4-12 hex without braces (API.md section 1).

#include <QString>

#include <optional>

namespace Domain {

QString newSessionId();

// Accepts any form QUuid understands (braces, upper case) and returns the canonical form, or
// nothing when the text is not a GUID or is the nil GUID.
std::optional<QString> normalizeSessionId(const QString& text);

} // namespace Domain
