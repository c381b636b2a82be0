#include "sessionid.h"

#include <QUuid>

namespace Domain {

QString newSessionId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<QString> normalizeSessionId(const QString& text)
{
    const QString given = text.trimmed();
    const QUuid uuid = QUuid::fromString(given);
    if (uuid.isNull())
        return std::nullopt;
    // QUuid::fromString ignores whatever follows the characters it reads ("...24eeX", a missing
    // closing brace): accept only the exact forms, with or without braces, in any case.
    const QString canonical = uuid.toString(QUuid::WithoutBraces);
    if (given.compare(canonical, Qt::CaseInsensitive) != 0 &&
        given.compare(uuid.toString(QUuid::WithBraces), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return canonical;
}

} // namespace Domain
