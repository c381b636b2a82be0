#pragma once
// What the staff window is given from outside: settings, the password store, the process
// environment, whether this is the demo, the clock and the date (so tests move time instead of
// waiting for it), where the session history is kept (the demo and tests keep theirs in a
// temporary folder), where personal preferences go, and how a link is opened in the browser.

#include "config/credentialstore.h"

#include <QDate>
#include <QDateTime>
#include <QDesktopServices>
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
    // Opens a link in the desktop's browser; false when none could be started.
    std::function<bool(const QUrl&)> openUrl = [](const QUrl& url) {
        return QDesktopServices::openUrl(url);
    };
};

} // namespace Ui
