#include "validation.h"

#include "loopback.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringView>
#include <QUrl>

namespace Domain {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Domain::Validation)
};

ValidationError error(Field field, const QString& message)
{
    return {field, message};
}

bool isAllowedInName(char32_t cp)
{
    switch (QChar::category(cp)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        break;
    }
    return cp == U' ' || cp == U'-' || cp == U'\'' || cp == U'\u2019' || cp == U'.';
}

bool isControl(char32_t cp)
{
    return QChar::category(cp) == QChar::Other_Control;
}

bool isInvisibleOrReordering(char32_t cp)
{
    switch (QChar::category(cp)) {
    case QChar::Other_Format: // U+200B..U+200F, U+202A..U+202E, U+2066..U+2069, U+FEFF...
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Surrogate:
        return true;
    default:
        return false;
    }
}

} // namespace

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::FirstName:
        return Text::tr("First name");
    case Field::LastName:
        return Text::tr("Last name");
    case Field::AdditionalNames:
        return Text::tr("Additional names");
    case Field::DateOfBirth:
        return Text::tr("Date of birth");
    case Field::ExternalId:
        return Text::tr("External ID");
    case Field::Theme:
        return Text::tr("Web theme");
    case Field::SessionId:
        return Text::tr("Session ID");
    case Field::ReturnUrl:
        return Text::tr("Return URL");
    case Field::Language:
        return Text::tr("Language");
    }
    return {};
}

int codePointCount(const QString& text)
{
    int count = 0;
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        if (!(it->isLowSurrogate() && it != text.cbegin() && (it - 1)->isHighSurrogate()))
            ++count;
    }
    return count;
}

QString describeCodePoint(char32_t codePoint)
{
    // The one character staff type by mistake most often, in words rather than as a code.
    if (codePoint == U' ')
        return Text::tr("a space");
    const QString hex =
        QStringLiteral("U+%1").arg(uint(codePoint), 4, 16, QLatin1Char('0')).toUpper();
    const QChar::Category category = QChar::category(codePoint);
    const bool printable =
        category != QChar::Other_Control && category != QChar::Other_Format &&
        category != QChar::Other_Surrogate && category != QChar::Other_NotAssigned &&
        category != QChar::Separator_Line && category != QChar::Separator_Paragraph;
    if (!printable)
        return hex;
    const QString glyph = QString::fromUcs4(&codePoint, 1);
    return QStringLiteral("“%1” (%2)").arg(glyph, hex);
}

std::optional<ValidationError> checkName(Field field, const QString& value, bool required)
{
    const QString name = value.trimmed();
    const QString label = fieldLabel(field);
    if (name.isEmpty()) {
        if (required)
            return error(field, Text::tr("%1 is required.").arg(label));
        return std::nullopt;
    }
    if (codePointCount(name) > MaxNameLength)
        return error(field,
                     Text::tr("%1 is longer than %2 characters.").arg(label).arg(MaxNameLength));
    bool hasLetter = false;
    for (const char32_t cp : name.toUcs4()) {
        if (QChar::isDigit(cp))
            return error(field, Text::tr("%1 contains the digit %2; names cannot contain digits.")
                                    .arg(label, describeCodePoint(cp)));
        if (!isAllowedInName(cp))
            return error(field, Text::tr("%1 contains %2, which is not allowed in a name.")
                                    .arg(label, describeCodePoint(cp)));
        hasLetter = hasLetter || QChar::isLetter(cp);
    }
    if (!hasLetter)
        return error(field, Text::tr("%1 must contain at least one letter.").arg(label));
    return std::nullopt;
}

QString normalizeDate(const QString& typed)
{
    const QString text = typed.trimmed();
    // Day first with dots is how dates are written where the desk is used, and never month first;
    // slashes are left alone, as 03/04/1990 means two dates.
    static const QRegularExpression dotted(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    const auto pad = [](const QString& part) { return part.rightJustified(2, QLatin1Char('0')); };
    if (const auto match = dotted.match(text); match.hasMatch())
        return QStringLiteral("%1-%2-%3")
            .arg(match.captured(3), pad(match.captured(2)), pad(match.captured(1)));
    if (const auto match = compact.match(text); match.hasMatch())
        return QStringLiteral("%1-%2-%3")
            .arg(match.captured(1), match.captured(2), match.captured(3));
    return text;
}

std::optional<ValidationError> checkDateOfBirth(const QString& value, QDate today)
{
    const QString text = value.trimmed();
    const QString label = fieldLabel(Field::DateOfBirth);
    if (text.isEmpty())
        return error(Field::DateOfBirth, Text::tr("%1 is required.").arg(label));
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return error(Field::DateOfBirth,
                     Text::tr("%1 must be written YYYY-MM-DD, for example 1990-04-23.").arg(label));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return error(Field::DateOfBirth,
                     Text::tr("%1 %2 is not a real calendar date.").arg(label, text));
    if (date < QDate(1900, 1, 1))
        return error(Field::DateOfBirth, Text::tr("%1 cannot be before 1900-01-01.").arg(label));
    if (date > today)
        return error(Field::DateOfBirth, Text::tr("%1 cannot be in the future.").arg(label));
    return std::nullopt;
}

std::optional<ValidationError> checkExternalId(const QString& value)
{
    const QString text = value.trimmed();
    const QString label = fieldLabel(Field::ExternalId);
    if (codePointCount(text) > MaxExternalIdLength)
        return error(
            Field::ExternalId,
            Text::tr("%1 is longer than %2 characters.").arg(label).arg(MaxExternalIdLength));
    for (const char32_t cp : text.toUcs4()) {
        if (isControl(cp))
            return error(Field::ExternalId, Text::tr("%1 contains the control character %2.")
                                                .arg(label, describeCodePoint(cp)));
        // Bidirectional controls, zero-width and line separators change what a case number
        // looks like ("CASE-1\u202Eexe.cod" shows as "CASE-1doc.exe", CVE-2021-42574).
        if (isInvisibleOrReordering(cp))
            return error(Field::ExternalId,
                         Text::tr("%1 contains the invisible or reordering character %2, which "
                                  "would change how it is displayed.")
                             .arg(label, describeCodePoint(cp)));
    }
    return std::nullopt;
}

std::optional<ValidationError> checkTheme(const QString& value)
{
    const QString text = value.trimmed();
    const QString label = fieldLabel(Field::Theme);
    if (codePointCount(text) > MaxThemeLength)
        return error(Field::Theme,
                     Text::tr("%1 is longer than %2 characters.").arg(label).arg(MaxThemeLength));
    for (const char32_t cp : text.toUcs4()) {
        const bool allowed = (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') ||
                             (cp >= U'0' && cp <= U'9') || cp == U'_' || cp == U'.' || cp == U'-';
        if (!allowed)
            return error(Field::Theme,
                         Text::tr("%1 contains %2; use only letters A-Z, digits, '_', '.' and '-'.")
                             .arg(label, describeCodePoint(cp)));
    }
    return std::nullopt;
}

std::optional<ValidationError> checkReturnUrl(const QString& value)
{
    const QString text = value.trimmed();
    const QString label = fieldLabel(Field::ReturnUrl);
    if (text.isEmpty())
        return error(
            Field::ReturnUrl,
            Text::tr("%1 is required: the page the applicant's phone shows after finishing.")
                .arg(label));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return error(Field::ReturnUrl, Text::tr("%1 is not a valid absolute URL.").arg(label));
    const QString scheme = url.scheme().toLower();
    const bool plainLoopback = scheme == QLatin1String("http") && isLoopbackUrl(url);
    if (scheme != QLatin1String("https") && !plainLoopback)
        return error(Field::ReturnUrl, Text::tr("%1 must start with https://.").arg(label));
    // "https://bank.example@evil.example/" goes to evil.example: a return URL has no user info.
    if (!url.userInfo().isEmpty())
        return error(Field::ReturnUrl,
                     Text::tr("%1 contains a user name before “@”, which would send the "
                              "applicant to %2.")
                         .arg(label, url.host()));
    return std::nullopt;
}

} // namespace Domain
