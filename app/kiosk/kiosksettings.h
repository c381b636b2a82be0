#pragma once
// The kiosk's settings, under the "kiosk/" group. Each can be set by the user or, for a fleet,
// system-wide (EnrolmentDesk/enrolment-desk.conf in $XDG_CONFIG_DIRS, default /etc/xdg, on
// Linux; QSettings' system scope elsewhere); a key named in the system file's kiosk/locked list
// takes the system value whatever the user set.

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <chrono>
#include <memory>

namespace Kiosk {

inline constexpr std::chrono::seconds MinWarning{20}; // WCAG 2.2.1: at least 20 s to react

struct KioskConfig {
    QString profile;                   // empty: the active profile
    QString screen;                    // QScreen::name(); empty: the primary screen
    bool collectApplicantData = false; // the customer types names and date of birth
    std::chrono::seconds idleOnForm{60};
    std::chrono::seconds idleWithCode{180};
    std::chrono::seconds warning{20};  // never less than MinWarning
    std::chrono::seconds thankYou{15}; // how long the end screen stays
    // Colours as "#rrggbb" (lower case); the UI makes QColors of them (core has no Qt Gui).
    QString background = QStringLiteral("#f4f6f8");
    QString accent = QStringLiteral("#0b4f8a");
    QString pinHash; // "pbkdf2-sha256$ITERATIONS$SALT_BASE64$HASH_BASE64"; empty: no PIN set
};

class KioskSettings
{
public:
    // user: the user's settings; system: the system-wide file, or nullptr for none (tests).
    // Both must outlive this object.
    KioskSettings(QSettings& user, QSettings* system);

    // Every value read, checked and, when unusable, replaced by the next source's (system, then
    // the default) with a sentence in problems. Numbers out of range are clamped to it.
    KioskConfig load(QStringList* problems = nullptr) const;
    // The keys (short names such as "pinHash") whose system value is locked against the user's:
    // the system file's kiosk/locked, a list or one comma-separated text.
    QStringList lockedKeys() const;
    bool isLocked(const QString& key) const; // "pinHash" or "kiosk/pinHash"
    // Writes to the user's settings (an empty hash removes the PIN); false with *problem when the
    // key is locked by the system, the hash is not one hashPin() writes, or the file cannot be
    // written.
    bool setPinHash(const QString& hash, QString* problem);

    // The short key names, and their place in a settings file ("kiosk/" + name).
    static QStringList keys();
    static QString path(const QString& key);
    // "#rrggbb" (either case).
    static bool isColourName(const QString& text);

    // The system-wide settings of this installation, read-only in practice.
    static std::unique_ptr<QSettings> openSystemSettings();

private:
    QVariant value(const QString& key, QStringList* problems) const;

    QSettings& m_user;
    QSettings* m_system;
};

} // namespace Kiosk
