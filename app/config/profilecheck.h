#pragma once
// The rules a profile must meet before it is saved, as sentences for staff that name the field:
// the profile editor shows them inline, and they hold for profiles typed anywhere else too.

#include "profile.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Config {

enum class ProfileField {
    Name,
    BaseUrl,
    Username,
    ReturnUrl,
    Themes,
    AllowedLinkHosts,
    PollInterval,
    Timeout,
    CaBundle,
};

struct ProfileProblem {
    ProfileField field;
    QString message;
};

// Every rule the profile breaks, in the order of the fields (the name's uniqueness among other
// profiles is the caller's to check).
QList<ProfileProblem> checkProfile(const Profile& profile);

// https, or plain http only to loopback (the local sandbox): Basic credentials never cross the
// network in clear text. No user info, query or fragment.
std::optional<QString> checkBaseUrl(const QUrl& url);
// A host name or address, or "*.example.com" for its subdomains.
std::optional<QString> checkLinkHost(const QString& pattern);
// Readable, and holds at least one PEM certificate.
std::optional<QString> checkCaBundle(const QString& path);

// Splits what staff typed into a list: commas, line breaks and spaces separate the items.
QStringList splitList(const QString& text);

} // namespace Config
