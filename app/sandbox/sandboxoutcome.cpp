#include "sandboxoutcome.h"

#include "domain/sessionstatus.h"

namespace Sandbox {

std::optional<Outcome> outcomeFromName(const QString& name)
{
    const QString upper = name.toUpper();
    if (upper == QLatin1String("HIGH"))
        return Outcome::High;
    if (upper == QLatin1String("MEDIUM"))
        return Outcome::Medium;
    if (upper == QLatin1String("LOW"))
        return Outcome::Low;
    if (upper == QLatin1String("EXPIRE") || upper == QLatin1String("EXPIRED"))
        return Outcome::Expire;
    return std::nullopt;
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::High:
        return QStringLiteral("HIGH");
    case Outcome::Medium:
        return QStringLiteral("MEDIUM");
    case Outcome::Low:
        return QStringLiteral("LOW");
    case Outcome::Expire:
        break;
    }
    return QStringLiteral("EXPIRE");
}

QString statusForOutcome(Outcome outcome)
{
    switch (outcome) {
    case Outcome::High:
        return QStringLiteral("AUTO_APPROVED");
    case Outcome::Medium:
        return QStringLiteral("WAITING_FOR_MANUAL_APPROVE");
    case Outcome::Low:
        return QStringLiteral("AUTO_REJECTED");
    case Outcome::Expire:
        break;
    }
    return QStringLiteral("EXPIRED");
}

std::optional<Outcome> resultLevelForStatus(const QString& rawStatus)
{
    const auto status = Domain::SessionStatus::fromWire(rawStatus);
    if (status.isApproved())
        return Outcome::High;
    if (status.isRejected())
        return Outcome::Low;
    if (status.kind() == Domain::SessionStatus::Kind::WaitingForManualApprove)
        return Outcome::Medium;
    return std::nullopt;
}

} // namespace Sandbox
