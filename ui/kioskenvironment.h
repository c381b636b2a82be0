#pragma once
// What the kiosk is given from outside: settings (for the profiles), the password store, the
// process environment, whether this is the demo, the kiosk's configuration, and the clock and
// "today" (so tests can fix them). Nothing in here belongs to a customer.

#include "config/credentialstore.h"
#include "kiosk/kiosksettings.h"

#include <QDate>
#include <QDateTime>
#include <QProcessEnvironment>
#include <QSettings>
#include <QString>

#include <functional>

namespace Ui {

struct KioskEnvironment {
    QSettings& settings;
    Config::CredentialStore& credentials;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    bool demo = false;
    Kiosk::KioskConfig config;
    // Words added to the generated case number ("KIOSK-20261126-101500"), e.g. a sandbox script
    // such as "sandbox:complete=HIGH@0" for tests and the demo; empty in production.
    QString externalIdSuffix;
    // The language of the start screen and the web flow until a customer picks another; empty:
    // the system's, when it is a web language, else English.
    QString language;
    QString historyPath; // the SQLite session history; empty: History::SessionLog::defaultPath()
    std::function<QDate()> today = [] { return QDate::currentDate(); };
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace Ui
