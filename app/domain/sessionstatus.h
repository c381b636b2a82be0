#pragma once
// The state of a session as GET /api/v1/data/{id}/status reports it (API.md section 2).

#include <QString>

namespace Domain {

class SessionStatus
{
public:
    enum class Kind {
        Pending,
        WaitingForManualApprove,
        AutoApproved,
        ManualApproved,
        AutoRejected,
        ManualRejected,
        Expired,
        Unknown, // a value the contract does not name; shown raw, never as a result
    };

    SessionStatus() = default;
    static SessionStatus fromWire(const QString& text);

    Kind kind() const { return m_kind; }
    const QString& rawText() const { return m_raw; }
    QString wireName() const;

    bool isFinal() const;
    // Decision results are readable (approved, rejected, or waiting for manual review).
    bool hasResults() const;
    bool isApproved() const;
    bool isRejected() const;

    // Staff-facing words, e.g. "Waiting for manual review"; "Unknown status: FOO" for Unknown.
    QString displayText() const;

    friend bool operator==(const SessionStatus& a, const SessionStatus& b)
    {
        return a.m_kind == b.m_kind && a.m_raw == b.m_raw;
    }

private:
    Kind m_kind = Kind::Pending;
    QString m_raw = QStringLiteral("PENDING");
};

} // namespace Domain
