#pragma once
// What the staff window is given from outside: settings, the password store, the process
// environment, whether this is the demo, the date (so tests can fix "today") and where the
// session history is kept (the demo and tests keep theirs in a temporary folder).

#include "config/credentialstore.h"

#include <QDate>
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
};

} // namespace Ui
