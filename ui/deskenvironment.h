#pragma once
// What the staff window is given from outside: settings, the password store, the process
// environment, whether this is the demo, the clock and the date (so tests move time instead of
// waiting for it) and where the session history is kept (the demo and tests keep theirs in a
// temporary folder), and where personal preferences go.

#include "config/credentialstore.h"

#include <QDate>
#include <QDateTime>
#include <QProcessEnvironment>
#include <QSettings>
#include <QString>

#include <functional>

namespace Ui {

struct DeskEnvironment {
    QSettings& settings;
    Config::CredentialStore& credentials;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    bool demo = false;
    std::function<QDate()> today = [] { return QDate::currentDate(); };
    QString historyPath = {}; // the SQLite file; empty: History::SessionLog::defaultPath()
    // The user's personal preferences (the UI language); null: settings. The demo's settings are
    // temporary, its preferences are the user's.
    QSettings* preferences = nullptr;
    // The countdown, the link's expiry and the history's times follow this clock.
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace Ui
