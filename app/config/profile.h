#pragma once
// A connection profile (sandbox, production, ...): where the platform is and how the desk uses
// it. The password is not part of it; it lives in the OS keychain or the environment.

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Config {

struct Profile {
    QString name;
    QUrl baseUrl;
    QString username;
    QString returnUrl;
    QStringList themes;
    QStringList allowedLinkHosts;
    int pollIntervalSeconds = 60;
    int timeoutSeconds = 30;
    QString caBundlePath; // extra CAs in PEM, for corporate TLS inspection

    friend bool operator==(const Profile& a, const Profile& b)
    {
        return a.name == b.name && a.baseUrl == b.baseUrl && a.username == b.username &&
               a.returnUrl == b.returnUrl && a.themes == b.themes &&
               a.allowedLinkHosts == b.allowedLinkHosts &&
               a.pollIntervalSeconds == b.pollIntervalSeconds &&
               a.timeoutSeconds == b.timeoutSeconds && a.caBundlePath == b.caBundlePath;
    }
};

inline constexpr int MinPollIntervalSeconds = 1;
inline constexpr int MaxPollIntervalSeconds = 3600;
inline constexpr int MinTimeoutSeconds = 1;
inline constexpr int MaxTimeoutSeconds = 600;

} // namespace Config
