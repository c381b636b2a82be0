#pragma once
// The outcomes a tester can give a sandbox session (web page buttons, finishSession, the
// sandbox:complete directive) and the session status each one leads to.

#include <QString>

#include <optional>

namespace Sandbox {

enum class Outcome { High, Medium, Low, Expire };

// "HIGH", "MEDIUM", "LOW", "EXPIRE" (and "EXPIRED"), case-insensitive.
std::optional<Outcome> outcomeFromName(const QString& name);
QString outcomeName(Outcome outcome);

// HIGH -> AUTO_APPROVED, MEDIUM -> WAITING_FOR_MANUAL_APPROVE, LOW -> AUTO_REJECTED,
// EXPIRE -> EXPIRED.
QString statusForOutcome(Outcome outcome);

// The decision level results are shown with for a status that has results (approved: HIGH,
// waiting: MEDIUM, rejected: LOW); nothing for any other status, known or not.
std::optional<Outcome> resultLevelForStatus(const QString& rawStatus);

} // namespace Sandbox
