#include "settings.h"

#include <QLoggingCategory>

#include <limits>
#include <optional>
#include <vector>

namespace Config {
namespace {

Q_LOGGING_CATEGORY(lcSettings, "enrolment.config", QtWarningMsg)

using Key = Settings::Key;

struct Entry {
    Key key;
    const char* path;
    QMetaType::Type type;
    QVariant fallback;
    // Where earlier versions stored the value; read when path holds nothing, moved to path once.
    std::vector<const char*> legacyPaths = {};
};

// The one table of general settings: key, storage path, type, default.
//
// No path may start with a group called "general" in any case: Qt's ini format writes that group
// as [%General], which a new process reads back as "General", so the value is lost at the next
// start. A key without a group lives in the file's [General] section, which every spelling of
// [general] reads back as the same top-level key.
const std::vector<Entry>& table()
{
    static const std::vector<Entry> entries = {
        {Key::ActiveProfile,
         "activeProfile",
         QMetaType::QString,
         QString(),
         // Until 0.1: "general/activeProfile", read back from [%General] by a new process as
         // "General/activeProfile" (and as written by the native formats of Windows and macOS).
         {"General/activeProfile", "general/activeProfile"}},
        {Key::MainWindowGeometry, "window/geometry", QMetaType::QByteArray, QByteArray()},
        {Key::MainWindowState, "window/state", QMetaType::QByteArray, QByteArray()},
        {Key::UiLanguage, "ui/language", QMetaType::QString, QString()},
    };
    return entries;
}

const Entry& entry(Key key)
{
    for (const Entry& candidate : table()) {
        if (candidate.key == key)
            return candidate;
    }
    // A key without a row is a programming error that tst_settings catches.
    qFatal("Config::Settings: key %d has no row in the table", static_cast<int>(key));
}

// value as the table's type, or nothing when it is of another kind. QSettings' ini format reads
// numbers and booleans back as text, so those are parsed strictly.
std::optional<QVariant> coerce(const QVariant& value, QMetaType::Type type)
{
    if (!value.isValid())
        return std::nullopt;
    const int actual = value.userType();
    if (actual == type)
        return value;
    const QString text = actual == QMetaType::QString ? value.toString().trimmed() : QString();
    switch (type) {
    case QMetaType::Bool:
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return QVariant(true);
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return QVariant(false);
        return std::nullopt;
    case QMetaType::Int: {
        bool ok = false;
        int number = 0;
        if (actual == QMetaType::QString)
            number = text.toInt(&ok);
        else if (actual == QMetaType::LongLong || actual == QMetaType::UInt ||
                 actual == QMetaType::ULongLong) {
            const qlonglong wide = value.toLongLong(&ok);
            ok = ok && wide >= std::numeric_limits<int>::min() &&
                 wide <= std::numeric_limits<int>::max();
            number = static_cast<int>(wide);
        }
        return ok ? std::optional<QVariant>(number) : std::nullopt;
    }
    case QMetaType::QStringList:
        if (actual == QMetaType::QString) // a one-item list, as the ini format stores it
            return QVariant(QStringList{value.toString()});
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

// The stored value of row, at its path or else at the first legacy path that holds one.
QVariant storedValue(const QSettings& settings, const Entry& row)
{
    QVariant stored = settings.value(QString::fromLatin1(row.path));
    for (auto legacy = row.legacyPaths.cbegin();
         !stored.isValid() && legacy != row.legacyPaths.cend(); ++legacy)
        stored = settings.value(QString::fromLatin1(*legacy));
    return stored;
}

void removeLegacy(QSettings& settings, const Entry& row)
{
    for (const char* legacy : row.legacyPaths)
        settings.remove(QString::fromLatin1(legacy));
}

} // namespace

Settings::Settings(QSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    migrateLegacyPaths();
}

void Settings::migrateLegacyPaths()
{
    if (!m_settings.isWritable())
        return; // read through storedValue() instead
    for (const Entry& row : table()) {
        if (row.legacyPaths.empty())
            continue;
        const QVariant stored = storedValue(m_settings, row);
        if (stored.isValid() && !m_settings.contains(QString::fromLatin1(row.path)))
            m_settings.setValue(QString::fromLatin1(row.path), stored);
        if (stored.isValid())
            removeLegacy(m_settings, row);
    }
}

QVariant Settings::value(Key key) const
{
    const Entry& row = entry(key);
    const QVariant stored = storedValue(m_settings, row);
    if (!stored.isValid())
        return row.fallback;
    if (auto usable = coerce(stored, row.type))
        return *usable;
    // The path and the expected type only: a value is never logged.
    qCWarning(lcSettings, "%s is not a %s; using the default", row.path,
              QMetaType(row.type).name());
    return row.fallback;
}

bool Settings::setValue(Key key, const QVariant& value)
{
    const Entry& row = entry(key);
    const auto usable = coerce(value, row.type);
    if (!usable) {
        qCWarning(lcSettings, "refused to store a %s in %s, which holds a %s",
                  value.metaType().name(), row.path, QMetaType(row.type).name());
        return false;
    }
    const QVariant before = this->value(key);
    m_settings.setValue(QString::fromLatin1(row.path), *usable);
    removeLegacy(m_settings, row);
    if (before != *usable)
        Q_EMIT changed(key);
    return true;
}

void Settings::reset(Key key)
{
    const QVariant before = value(key);
    m_settings.remove(path(key));
    removeLegacy(m_settings, entry(key));
    if (before != defaultValue(key))
        Q_EMIT changed(key);
}

QString Settings::activeProfile() const
{
    return value(Key::ActiveProfile).toString();
}

void Settings::setActiveProfile(const QString& name)
{
    setValue(Key::ActiveProfile, name);
}

QByteArray Settings::mainWindowGeometry() const
{
    return value(Key::MainWindowGeometry).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray& geometry)
{
    setValue(Key::MainWindowGeometry, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return value(Key::MainWindowState).toByteArray();
}

void Settings::setMainWindowState(const QByteArray& state)
{
    setValue(Key::MainWindowState, state);
}

QString Settings::uiLanguage() const
{
    return value(Key::UiLanguage).toString();
}

void Settings::setUiLanguage(const QString& code)
{
    setValue(Key::UiLanguage, code);
}

QList<Settings::Key> Settings::keys()
{
    QList<Key> result;
    for (const Entry& row : table())
        result.append(row.key);
    return result;
}

QString Settings::path(Key key)
{
    return QString::fromLatin1(entry(key).path);
}

QMetaType::Type Settings::type(Key key)
{
    return entry(key).type;
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).fallback;
}

} // namespace Config
