#pragma once
// Decides whether an enrolment link from the platform may be shown to an applicant: a hostile or
// broken reply must never become a QR code that sends a customer somewhere else.

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Api {

struct LinkPolicy {
    QUrl apiBaseUrl;
    QStringList allowedHosts; // exact host names, or "*.example.com" for its subdomains

    // The reason the link is refused, or nothing when it is acceptable: https (plain http only
    // when both the API and the link are on loopback), no user info, and a host that is the
    // API's or an allowed one.
    std::optional<QString> check(const QUrl& link) const;
};

bool hostMatchesPattern(const QString& host, const QString& pattern);

} // namespace Api
