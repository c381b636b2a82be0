#pragma once
// Where and as whom the client talks to the platform. Built from a profile or the command line;
// the password lives only in memory here, never in settings.

#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace Api {

struct ApiConnection {
    QUrl baseUrl; // the paths of API.md are appended to its path
    QString username;
    QString password;
    // Hosts the enrolment link may point to besides the API host; "*.example.com" matches
    // any subdomain of example.com.
    QStringList allowedLinkHosts;
    std::chrono::milliseconds timeout{std::chrono::seconds(30)};
    // Extra certificate authorities trusted besides the system's (corporate TLS inspection).
    QList<QSslCertificate> extraCaCertificates;
    // Retries of idempotent reads (status, decision) after a transient failure; 0 disables.
    int readRetries = 2;
    std::chrono::milliseconds retryBaseDelay{std::chrono::seconds(1)};
};

} // namespace Api
