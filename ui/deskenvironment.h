#pragma once
// What the staff window is given from outside: settings, the password store, the process
// environment, whether this is the demo, and the date (so tests can fix "today").

#include "config/credentialstore.h"

#include <QDate>
#include <QProcessEnvironment>
#include <QSettings>

#include <functional>

namespace Ui {

struct DeskEnvironment {
    QSettings& settings;
    Config::CredentialStore& credentials;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    bool demo = false;
    std::function<QDate()> today = [] { return QDate::currentDate(); };
};

} // namespace Ui
