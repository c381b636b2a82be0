#include "profilestore.h"

#include "domain/validation.h"
#include "settings.h"

#include <QCoreApplication>

#include <algorithm>

namespace Config {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Config::ProfileStore)
};

const QString GroupPrefix = QStringLiteral("profiles/");

// The one table of profile keys.
namespace Key {
const QString BaseUrl = QStringLiteral("baseUrl");
const QString Username = QStringLiteral("username");
const QString ReturnUrl = QStringLiteral("returnUrl");
const QString Themes = QStringLiteral("themes");
const QString AllowedLinkHosts = QStringLiteral("allowedLinkHosts");
const QString PollInterval = QStringLiteral("pollIntervalSeconds");
const QString Timeout = QStringLiteral("timeoutSeconds");
const QString CaBundle = QStringLiteral("caBundlePath");
} // namespace Key

QString readString(const QSettings& settings, const QString& key, const QString& name,
                   QStringList* problems)
{
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return {};
    if (!value.canConvert<QString>() || value.userType() == QMetaType::QStringList) {
        if (problems)
            problems->append(
                Text::tr("Profile “%1”: %2 is not text; it was ignored.").arg(name, key));
        return {};
    }
    return value.toString().trimmed();
}

QStringList readList(const QSettings& settings, const QString& key)
{
    const QVariant value = settings.value(key);
    QStringList items = value.userType() == QMetaType::QStringList
                            ? value.toStringList()
                            : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& item : items)
        item = item.trimmed();
    items.removeAll(QString());
    return items;
}

int readInt(const QSettings& settings, const QString& key, int fallback, int minimum, int maximum,
            const QString& name, QStringList* problems)
{
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return fallback;
    bool ok = false;
    const int number = value.toString().trimmed().toInt(&ok);
    if (ok && number >= minimum && number <= maximum)
        return number;
    if (problems)
        problems->append(Text::tr("Profile “%1”: %2 must be a whole number from %3 to %4; "
                                  "using %5.")
                             .arg(name, key)
                             .arg(minimum)
                             .arg(maximum)
                             .arg(fallback));
    return fallback;
}

} // namespace

QStringList ProfileStore::names() const
{
    m_settings.beginGroup(QStringLiteral("profiles"));
    QStringList groups = m_settings.childGroups();
    m_settings.endGroup();
    groups.sort(Qt::CaseInsensitive);
    return groups;
}

bool ProfileStore::contains(const QString& name) const
{
    return names().contains(name);
}

std::optional<Profile> ProfileStore::load(const QString& name, QStringList* problems) const
{
    if (!contains(name))
        return std::nullopt;
    const Profile defaults;
    Profile profile;
    profile.name = name;
    m_settings.beginGroup(GroupPrefix + name);
    const QString url = readString(m_settings, Key::BaseUrl, name, problems);
    profile.baseUrl = QUrl(url, QUrl::StrictMode);
    if (!url.isEmpty() && !profile.baseUrl.isValid() && problems)
        problems->append(
            Text::tr("Profile “%1”: %2 “%3” is not a valid URL.").arg(name, Key::BaseUrl, url));
    profile.username = readString(m_settings, Key::Username, name, problems);
    profile.returnUrl = readString(m_settings, Key::ReturnUrl, name, problems);
    profile.themes = readList(m_settings, Key::Themes);
    // A theme the platform cannot take (a damaged value) would block every session of the
    // profile, as the form offers the first theme: it is dropped, with a word.
    const auto unusable = [](const QString& theme) {
        return Domain::checkTheme(theme).has_value();
    };
    if (std::any_of(profile.themes.cbegin(), profile.themes.cend(), unusable)) {
        profile.themes.removeIf(unusable);
        if (problems)
            problems->append(Text::tr("Profile “%1”: %2 holds values that are not theme names; "
                                      "they were ignored.")
                                 .arg(name, Key::Themes));
    }
    profile.allowedLinkHosts = readList(m_settings, Key::AllowedLinkHosts);
    profile.pollIntervalSeconds =
        readInt(m_settings, Key::PollInterval, defaults.pollIntervalSeconds, MinPollIntervalSeconds,
                MaxPollIntervalSeconds, name, problems);
    profile.timeoutSeconds = readInt(m_settings, Key::Timeout, defaults.timeoutSeconds,
                                     MinTimeoutSeconds, MaxTimeoutSeconds, name, problems);
    profile.caBundlePath = readString(m_settings, Key::CaBundle, name, problems);
    m_settings.endGroup();
    return profile;
}

void ProfileStore::save(const Profile& profile)
{
    m_settings.beginGroup(GroupPrefix + profile.name);
    m_settings.setValue(Key::BaseUrl, profile.baseUrl.toString());
    m_settings.setValue(Key::Username, profile.username);
    m_settings.setValue(Key::ReturnUrl, profile.returnUrl);
    m_settings.setValue(Key::Themes, profile.themes);
    m_settings.setValue(Key::AllowedLinkHosts, profile.allowedLinkHosts);
    m_settings.setValue(Key::PollInterval, profile.pollIntervalSeconds);
    m_settings.setValue(Key::Timeout, profile.timeoutSeconds);
    m_settings.setValue(Key::CaBundle, profile.caBundlePath);
    m_settings.endGroup();
}

void ProfileStore::remove(const QString& name)
{
    m_settings.remove(GroupPrefix + name);
}

QString ProfileStore::activeProfileName() const
{
    return Settings(m_settings).activeProfile();
}

void ProfileStore::setActiveProfileName(const QString& name)
{
    Settings(m_settings).setActiveProfile(name);
}

std::optional<QString> ProfileStore::checkName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return Text::tr("A profile needs a name.");
    if (name.size() > 64)
        return Text::tr("A profile name can have at most 64 characters.");
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char(' ') || c == QLatin1Char('-') ||
              c == QLatin1Char('_') || c == QLatin1Char('.')))
            return Text::tr("A profile name can contain letters, digits, spaces, '-', '_' and "
                            "'.', not “%1”.")
                .arg(c);
    }
    return std::nullopt;
}

} // namespace Config
