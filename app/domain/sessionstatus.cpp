#include "sessionstatus.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Domain {
namespace {

using Kind = SessionStatus::Kind;

constexpr std::array<std::pair<Kind, const char*>, 7> wireNames{{
    {Kind::Pending, "PENDING"},
    {Kind::WaitingForManualApprove, "WAITING_FOR_MANUAL_APPROVE"},
    {Kind::AutoApproved, "AUTO_APPROVED"},
    {Kind::ManualApproved, "MANUAL_APPROVED"},
    {Kind::AutoRejected, "AUTO_REJECTED"},
    {Kind::ManualRejected, "MANUAL_REJECTED"},
    {Kind::Expired, "EXPIRED"},
}};

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Domain::SessionStatus)
};

} // namespace

SessionStatus SessionStatus::fromWire(const QString& text)
{
    SessionStatus status;
    status.m_raw = text;
    status.m_kind = Kind::Unknown;
    for (const auto& [kind, name] : wireNames) {
        if (text == QLatin1String(name))
            status.m_kind = kind;
    }
    return status;
}

QString SessionStatus::wireName() const
{
    for (const auto& [kind, name] : wireNames) {
        if (kind == m_kind)
            return QLatin1String(name);
    }
    return m_raw;
}

bool SessionStatus::isFinal() const
{
    return isApproved() || isRejected() || m_kind == Kind::Expired;
}

bool SessionStatus::hasResults() const
{
    return isApproved() || isRejected() || m_kind == Kind::WaitingForManualApprove;
}

bool SessionStatus::isApproved() const
{
    return m_kind == Kind::AutoApproved || m_kind == Kind::ManualApproved;
}

bool SessionStatus::isRejected() const
{
    return m_kind == Kind::AutoRejected || m_kind == Kind::ManualRejected;
}

QString SessionStatus::displayText() const
{
    switch (m_kind) {
    case Kind::Pending:
        return Text::tr("Waiting for the applicant");
    case Kind::WaitingForManualApprove:
        return Text::tr("Waiting for manual review");
    case Kind::AutoApproved:
        return Text::tr("Approved automatically");
    case Kind::ManualApproved:
        return Text::tr("Approved by a reviewer");
    case Kind::AutoRejected:
        return Text::tr("Rejected automatically");
    case Kind::ManualRejected:
        return Text::tr("Rejected by a reviewer");
    case Kind::Expired:
        return Text::tr("Expired: the applicant did not finish in time");
    case Kind::Unknown:
        break;
    }
    return Text::tr("Unknown status: %1").arg(m_raw);
}

} // namespace Domain
