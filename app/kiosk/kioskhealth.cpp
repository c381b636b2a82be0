#include "kioskhealth.h"

namespace Kiosk {

bool KioskHealth::sessionCreated()
{
    if (serving())
        return false;
    m_outSince.reset();
    m_reason.clear();
    return true;
}

bool KioskHealth::sessionFailed(const QString& reason, const QDateTime& now)
{
    const QString before = statusLine();
    if (!m_outSince)
        m_outSince = now.toLocalTime();
    m_reason = reason;
    return statusLine() != before;
}

QString KioskHealth::statusLine() const
{
    if (serving())
        return QStringLiteral("serving");
    return QStringLiteral("out of service since %1: %2")
        .arg(m_outSince->toString(QStringLiteral("HH:mm")), m_reason);
}

QString KioskHealth::reasonFor(const Api::ApiError& error)
{
    switch (error.kind()) {
    case Api::ApiError::Kind::Network:
    case Api::ApiError::Kind::Timeout:
        return QStringLiteral("platform unreachable");
    case Api::ApiError::Kind::Tls:
        return QStringLiteral("platform's certificate refused");
    case Api::ApiError::Kind::AuthRefused:
        return QStringLiteral("credentials refused (HTTP %1)").arg(error.httpStatus());
    case Api::ApiError::Kind::Http:
        return QStringLiteral("platform error (HTTP %1)").arg(error.httpStatus());
    case Api::ApiError::Kind::InvalidReply:
        return QStringLiteral("platform's reply rejected");
    case Api::ApiError::Kind::InvalidInput:
        return QStringLiteral("request refused before sending");
    }
    return QStringLiteral("session could not be created");
}

} // namespace Kiosk
