#pragma once
// Reads and writes profiles in QSettings under "profiles/<name>/". One table names every key
// with its default; a stored value of the wrong type or out of range falls back to the default
// and is reported, so a damaged settings file never stops the desk.

#include "profile.h"

#include <QSettings>
#include <QStringList>

#include <optional>

namespace Config {

class ProfileStore
{
public:
    explicit ProfileStore(QSettings& settings)
        : m_settings(settings)
    {}

    QStringList names() const;
    bool contains(const QString& name) const;
    // problems receives one sentence for each value that was unusable and replaced.
    std::optional<Profile> load(const QString& name, QStringList* problems = nullptr) const;
    void save(const Profile& profile);
    void remove(const QString& name);

    // The same value as Config::Settings::activeProfile() (one key, in Settings' table); prefer
    // Settings, which also signals the change.
    QString activeProfileName() const;
    void setActiveProfileName(const QString& name);

    // A profile name may be used as a settings group: letters, digits, space, '-', '_', '.'.
    static std::optional<QString> checkName(const QString& name);

private:
    QSettings& m_settings;
};

} // namespace Config
