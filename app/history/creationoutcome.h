#pragma once
// What a failed creation leaves in the history, and what staff are told about it: a session
// whose request left may exist on the platform (with the applicant's names), so it is kept and
// named, never silently forgotten.

#include "api/apierror.h"

#include <QString>

#include <optional>

namespace History {

// The Outcome constant for a creation that failed with error, or nothing when the request never
// left (then nothing exists on the platform and the record is forgotten).
std::optional<QString> outcomeOf(const Api::ApiError& error);

// The sentence that follows the error: the session id, and whether the history lists it.
QString mayExistNote(const QString& sessionId, const QString& outcome, bool recorded);

} // namespace History
