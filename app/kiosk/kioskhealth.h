#pragma once
// Whether the kiosk is serving customers, as one line for its service manager's status
// (`systemctl status`: "serving", or "out of service since 09:12: platform unreachable") and the
// moments it changes, for the log. Out of service from the first failed start of a session until
// the next session is created. In English, like log lines: it is for the fleet's administrators.

#include "api/apierror.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Kiosk {

class KioskHealth
{
public:
    // Each returns whether the status line changed.
    bool sessionCreated();
    bool sessionFailed(const QString& reason, const QDateTime& now);

    bool serving() const { return !m_outSince.has_value(); }
    QString statusLine() const;

    // The reason for an error of the platform, in a few words ("platform unreachable").
    static QString reasonFor(const Api::ApiError& error);

private:
    std::optional<QDateTime> m_outSince; // local time of the first failure
    QString m_reason;
};

} // namespace Kiosk
