#include "sessionid.h"

#include <QUuid>

namespace Domain {

QString newSessionId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<QString> normalizeSessionId(const QString& text) {
    const QUuid uuid = QUuid::fromString(text.trimmed());
    if (uuid.isNull())
        return std::nullopt;
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace Domain
