#pragma once
// Everything a headless command touches outside itself, injected so tests can swap each part
// (streams for buffers, a temporary settings file, a fixed date).

#include <QDate>
#include <QIODevice>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTextStream>

#include <functional>

class QNetworkAccessManager;

namespace Cli {

struct CliEnvironment {
    QTextStream& out; // results only
    QTextStream& err; // one clear line per problem, and progress
    QIODevice& in;    // --password-stdin reads its first line
    QProcessEnvironment variables;
    QSettings& settings;
    QNetworkAccessManager& network;
    std::function<QDate()> today = [] { return QDate::currentDate(); };
};

} // namespace Cli
