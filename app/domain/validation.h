#pragma once
// Field rules for what staff (or a script) type about an applicant and a session. Every rule
// returns a message that names the field, so the form, the CLI and the sandbox say the same thing.

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Domain {

enum class Field {
    FirstName,
    LastName,
    AdditionalNames,
    DateOfBirth,
    ExternalId,
    Theme,
    SessionId,
    ReturnUrl,
    Language,
};

// The field's name as staff see it, e.g. "First name".
QString fieldLabel(Field field);

struct ValidationError {
    Field field;
    QString message;

    friend bool operator==(const ValidationError& a, const ValidationError& b)
    {
        return a.field == b.field && a.message == b.message;
    }
};
using ValidationErrors = QList<ValidationError>;

inline constexpr int MaxNameLength = 100;
inline constexpr int MaxExternalIdLength = 512;
inline constexpr int MaxThemeLength = 64;

// Each check takes the value as typed (it trims where the rule says so) and returns the reason it
// is refused, or nothing when it is acceptable. Empty optional fields are acceptable.
std::optional<ValidationError> checkName(Field field, const QString& value, bool required);
// The date as YYYY-MM-DD when typed the local way: 14.07.1985 (day first, 1 or 2 digits for day
// and month) or 19850714; any other text trimmed and otherwise unchanged.
QString normalizeDate(const QString& typed);
// YYYY-MM-DD only, as the platform's contract says (the sandbox checks requests with it too);
// EnrolmentRequest::create() applies normalizeDate() to what staff typed first.
std::optional<ValidationError> checkDateOfBirth(const QString& value, QDate today);
std::optional<ValidationError> checkExternalId(const QString& value);
std::optional<ValidationError> checkTheme(const QString& value);
std::optional<ValidationError> checkReturnUrl(const QString& value);

// Length in Unicode code points, the unit the rules count in.
int codePointCount(const QString& text);

// "U+1F600 “😀”" for a printable character, "U+0000" for one that is not.
QString describeCodePoint(char32_t codePoint);

} // namespace Domain
