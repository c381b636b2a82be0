#pragma once
// Text from outside (the platform, the command line) made safe to put in front of a person: no
// control or format character that a terminal or a layout would interpret, and no value so long
// that it floods a one-line message.

#include <QString>

namespace Domain {

// text with every control, format, line or paragraph separator character replaced by '?'.
QString printableText(const QString& text);

// printableText, cut to at most maxChars characters (an ellipsis marks the cut): how a message
// that already has its quotation marks names a value it refuses.
QString shownValue(const QString& text, int maxChars = 60);

// shownValue in quotation marks.
QString quotedForMessage(const QString& text, int maxChars = 60);

} // namespace Domain
