#pragma once
// The sandbox's web-enrolment pages: the page the applicant's link opens, where a tester picks the
// outcome, and the pages shown after it. Self-contained HTML (no external resources).

#include <QByteArray>
#include <QString>

namespace Sandbox {

// The page for a pending session; its buttons POST token and outcome to /web-enrolment/finish.
QByteArray enrolmentPage(const QString& token, const QString& sessionId);
// Shown after a finish; `status` is the session's new wire status.
QByteArray thankYouPage(const QString& status);
QByteArray linkNotValidPage();
QByteArray badRequestPage(const QString& message);

// Headers every page is sent with: the page must not leak its URL (it holds the token).
inline constexpr const char* PageSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'";

} // namespace Sandbox
