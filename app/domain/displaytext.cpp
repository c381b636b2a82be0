#include "displaytext.h"

#include <QChar>

namespace Domain {

QString printableText(const QString& text)
{
    QString shown;
    shown.reserve(text.size());
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        char32_t cp = it->unicode();
        if (it->isHighSurrogate() && it + 1 != text.cend() && (it + 1)->isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(*it, *(it + 1));
            ++it;
        }
        switch (QChar::category(cp)) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            shown += QLatin1Char('?');
            break;
        default:
            shown += QString::fromUcs4(&cp, 1);
        }
    }
    return shown;
}

QString shownValue(const QString& text, int maxChars)
{
    QString shown = printableText(text.left(qMax(maxChars, 1) + 1));
    if (maxChars > 1 && (shown.size() > maxChars || text.size() > maxChars)) {
        shown.truncate(maxChars - 1);
        if (shown.back().isHighSurrogate())
            shown.chop(1);
        shown += QChar(0x2026);
    }
    return shown;
}

QString quotedForMessage(const QString& text, int maxChars)
{
    return QChar(0x201C) + shownValue(text, maxChars) + QChar(0x201D);
}

} // namespace Domain
