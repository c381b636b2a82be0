#include "kiosksettings.h"

#include "pin.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <limits>
#include <optional>
#include <vector>

namespace Kiosk {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Kiosk::KioskSettings)
};

const QString Group = QStringLiteral("kiosk/");
const QString LockedKey = QStringLiteral("locked");
const QString Organization = QStringLiteral("EnrolmentDesk");
const QString Application = QStringLiteral("enrolment-desk");
constexpr int MaxShownLength = 40;

enum class Kind { Text, Flag, Seconds, Colour, PinHash };

struct Entry {
    const char* name;
    Kind kind;
    QVariant fallback;
    qint64 minimum = 0; // Seconds only
    qint64 maximum = 0;
};

// The one table of kiosk keys: name under kiosk/, kind, default, range.
const std::vector<Entry>& table()
{
    static const KioskConfig defaults;
    static const std::vector<Entry> entries = {
        {"profile", Kind::Text, defaults.profile},
        {"screen", Kind::Text, defaults.screen},
        {"collectApplicantData", Kind::Flag, defaults.collectApplicantData},
        {"idleOnFormSeconds", Kind::Seconds, qint64(defaults.idleOnForm.count()), 10, 3600},
        {"idleWithCodeSeconds", Kind::Seconds, qint64(defaults.idleWithCode.count()), 30, 3600},
        {"warningSeconds", Kind::Seconds, qint64(defaults.warning.count()), MinWarning.count(),
         600},
        {"thankYouSeconds", Kind::Seconds, qint64(defaults.thankYou.count()), 3, 300},
        {"background", Kind::Colour, defaults.background},
        {"accent", Kind::Colour, defaults.accent},
        {"pinHash", Kind::PinHash, defaults.pinHash},
    };
    return entries;
}

const Entry* entry(const QString& key)
{
    for (const Entry& candidate : table()) {
        if (key == QLatin1String(candidate.name))
            return &candidate;
    }
    return nullptr;
}

QString shortName(QString key)
{
    key = key.trimmed();
    return key.startsWith(Group) ? key.mid(Group.size()) : key;
}

// A stored value as a person would recognise it in the file: one line, cut short.
QString shown(const QVariant& value)
{
    QString text = value.userType() == QMetaType::QStringList
                       ? value.toStringList().join(QStringLiteral(", "))
                       : value.toString();
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char('?');
    }
    if (text.size() > MaxShownLength)
        text = text.left(MaxShownLength - 1) + QChar(0x2026);
    return QStringLiteral("“%1”").arg(text);
}

QString shownResult(const Entry& row, const QVariant& value)
{
    switch (row.kind) {
    case Kind::Flag:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Seconds:
        return QString::number(value.toLongLong());
    case Kind::PinHash:
        return value.toString().isEmpty()
                   ? Text::tr("no PIN (the kiosk cannot be left until 'enrolment-desk kiosk-pin "
                              "--set' stores one)")
                   : Text::tr("the system's PIN");
    case Kind::Text:
    case Kind::Colour:
        break;
    }
    //: A kiosk setting's value in a message when the setting is empty.
    return value.toString().isEmpty() ? Text::tr("none") : shown(value);
}

std::optional<qint64> wholeNumber(const QVariant& value)
{
    bool ok = false;
    qint64 number = 0;
    switch (value.userType()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        number = value.toLongLong(&ok);
        break;
    case QMetaType::ULongLong:
        ok = value.toULongLong() <= quint64(std::numeric_limits<qint64>::max());
        number = value.toLongLong();
        break;
    case QMetaType::QString:
        number = value.toString().trimmed().toLongLong(&ok);
        break;
    default:
        break;
    }
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

struct Checked {
    std::optional<QVariant> value; // nothing: unusable
    QString reason;                // why unusable, or why changed (clamped)
};

Checked check(const Entry& row, const QVariant& raw)
{
    const bool isText = raw.userType() == QMetaType::QString;
    switch (row.kind) {
    case Kind::Text:
        if (isText)
            return {raw.toString().trimmed(), {}};
        return {std::nullopt, Text::tr("is not a single text")};
    case Kind::Flag:
        if (raw.userType() == QMetaType::Bool)
            return {raw.toBool(), {}};
        if (isText &&
            raw.toString().trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return {true, {}};
        if (isText &&
            raw.toString().trimmed().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return {false, {}};
        return {std::nullopt, Text::tr("is %1, not true or false").arg(shown(raw))};
    case Kind::Seconds: {
        const auto number = wholeNumber(raw);
        if (!number)
            return {std::nullopt, Text::tr("is %1, not a whole number of seconds").arg(shown(raw))};
        if (*number < row.minimum)
            return {row.minimum, Text::tr("is %1, less than %2 seconds")
                                     .arg(QString::number(*number), QString::number(row.minimum))};
        if (*number > row.maximum)
            return {row.maximum, Text::tr("is %1, more than %2 seconds")
                                     .arg(QString::number(*number), QString::number(row.maximum))};
        return {*number, {}};
    }
    case Kind::Colour:
        if (isText && KioskSettings::isColourName(raw.toString().trimmed()))
            return {raw.toString().trimmed().toLower(), {}};
        return {std::nullopt, Text::tr("is %1, not a colour written as #rrggbb").arg(shown(raw))};
    case Kind::PinHash:
        // Never shown: even a damaged hash is nobody's business in a log.
        if (isText && (raw.toString().isEmpty() || isPinHashReadable(raw.toString())))
            return {raw.toString(), {}};
        return {std::nullopt, Text::tr("is not a PIN hash written by 'enrolment-desk kiosk-pin'")};
    }
    return {};
}

QString whereUser(const QSettings& settings)
{
    return Text::tr("your settings (%1)").arg(settings.fileName());
}

QString whereSystem(const QSettings& settings)
{
    return Text::tr("the system settings (%1)").arg(settings.fileName());
}

std::chrono::seconds secondsOf(const QVariant& value)
{
    return std::chrono::seconds(value.toLongLong());
}

} // namespace

KioskSettings::KioskSettings(QSettings& user, QSettings* system)
    : m_user(user)
    , m_system(system)
{}

QVariant KioskSettings::value(const QString& key, QStringList* problems) const
{
    const Entry* row = entry(key);
    Q_ASSERT(row);
    if (!row)
        return {};
    struct Source {
        QSettings* settings;
        QString where;
    };
    std::vector<Source> sources;
    if (!isLocked(key))
        sources.push_back({&m_user, whereUser(m_user)});
    if (m_system)
        sources.push_back({m_system, whereSystem(*m_system)});

    QStringList reasons;
    QVariant result = row->fallback;
    for (const Source& source : sources) {
        const QVariant raw = source.settings->value(path(key));
        if (!raw.isValid())
            continue;
        const Checked checked = check(*row, raw);
        if (!checked.reason.isEmpty())
            reasons.append(Text::tr("%1 in %2 %3").arg(path(key), source.where, checked.reason));
        if (checked.value) {
            result = *checked.value;
            break;
        }
    }
    if (problems) {
        for (const QString& reason : std::as_const(reasons))
            problems->append(Text::tr("%1; using %2.").arg(reason, shownResult(*row, result)));
    }
    return result;
}

KioskConfig KioskSettings::load(QStringList* problems) const
{
    if (problems && m_system) {
        const QString where = whereSystem(*m_system);
        for (const QString& name : lockedKeys()) {
            if (!entry(name))
                problems->append(Text::tr("%1 in %2 names %3, which is not a kiosk setting; it "
                                          "is ignored.")
                                     .arg(path(LockedKey), where, shown(name)));
        }
    }
    auto get = [&](const char* key) { return value(QString::fromLatin1(key), problems); };
    KioskConfig config;
    config.profile = get("profile").toString();
    config.screen = get("screen").toString();
    config.collectApplicantData = get("collectApplicantData").toBool();
    config.idleOnForm = secondsOf(get("idleOnFormSeconds"));
    config.idleWithCode = secondsOf(get("idleWithCodeSeconds"));
    config.warning = secondsOf(get("warningSeconds"));
    config.thankYou = secondsOf(get("thankYouSeconds"));
    config.background = get("background").toString();
    config.accent = get("accent").toString();
    config.pinHash = get("pinHash").toString();
    return config;
}

QStringList KioskSettings::lockedKeys() const
{
    if (!m_system)
        return {};
    const QVariant raw = m_system->value(path(LockedKey));
    // The ini format reads "a, b" as a list and "a" as a text; either may hold commas.
    const QStringList items =
        raw.userType() == QMetaType::QStringList ? raw.toStringList() : QStringList{raw.toString()};
    QStringList names;
    for (const QString& item : items) {
        for (const QString& part : item.split(QLatin1Char(','))) {
            const QString name = shortName(part);
            if (!name.isEmpty() && !names.contains(name))
                names.append(name);
        }
    }
    return names;
}

bool KioskSettings::isLocked(const QString& key) const
{
    return lockedKeys().contains(shortName(key));
}

bool KioskSettings::setPinHash(const QString& hash, QString* problem)
{
    const QString key = QStringLiteral("pinHash");
    if (isLocked(key)) {
        *problem = Text::tr("The kiosk PIN is locked by the system administrator (%1 lists "
                            "pinHash in %2); it cannot be changed in your settings.")
                       .arg(path(LockedKey), m_system->fileName());
        return false;
    }
    if (!hash.isEmpty() && !isPinHashReadable(hash)) {
        *problem = Text::tr("That is not a PIN hash written by 'enrolment-desk kiosk-pin'.");
        return false;
    }
    if (hash.isEmpty())
        m_user.remove(path(key));
    else
        m_user.setValue(path(key), hash);
    m_user.sync();
    if (m_user.status() != QSettings::NoError || !m_user.isWritable()) {
        *problem = Text::tr("The settings file %1 cannot be written.").arg(m_user.fileName());
        return false;
    }
    return true;
}

QStringList KioskSettings::keys()
{
    QStringList names;
    for (const Entry& row : table())
        names.append(QString::fromLatin1(row.name));
    return names;
}

QString KioskSettings::path(const QString& key)
{
    return Group + shortName(key);
}

bool KioskSettings::isColourName(const QString& text)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("#[0-9A-Fa-f]{6}")));
    return pattern.match(text).hasMatch();
}

std::unique_ptr<QSettings> KioskSettings::openSystemSettings()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Qt's system scope is fixed when Qt is built (/etc/xdg); the XDG base directory
    // specification lets $XDG_CONFIG_DIRS name the folders, most important first.
    QStringList folders = QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation);
    folders.removeAll(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    const QString file = QStringLiteral("/%1/%2.conf").arg(Organization, Application);
    for (const QString& folder : std::as_const(folders)) {
        if (QFileInfo::exists(folder + file))
            return std::make_unique<QSettings>(folder + file, QSettings::IniFormat);
    }
    if (!folders.isEmpty())
        return std::make_unique<QSettings>(folders.constFirst() + file, QSettings::IniFormat);
#endif
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::SystemScope, Organization,
                                       Application);
}

} // namespace Kiosk
