// Parses the command line first, then runs a headless command under QCoreApplication, or starts
// the window program for the staff window. This binary never loads Qt Gui or Widgets.

#include "cli/clienvironment.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/exitcodes.h"
#include "config/applicationidentity.h"
#include "config/settings.h"
#include "config/uilanguage.h"
#include "guilauncher.h"
#include "system/journallog.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <variant>

namespace {

template <class... Ts> struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

QStringList argumentsOf(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

int runHeadless(QSettings& settings, const Cli::Command& command)
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        err << "enrolment-desk: standard input cannot be read" << Qt::endl;
    }
    QNetworkAccessManager network;
    Cli::CliEnvironment environment{out,      err,    in, QProcessEnvironment::systemEnvironment(),
                                    settings, network};

    return std::visit(
        Overloaded{
            [&](const Cli::InitializeCommand& c) { return Cli::runInitialize(c, environment); },
            [&](const Cli::StatusCommand& c) { return Cli::runStatus(c, environment); },
            [&](const Cli::HistoryCommand& c) { return Cli::runHistory(c, environment); },
            [&](const Cli::SandboxCommand& c) { return Cli::runSandbox(c, environment); },
            [&](const Cli::DemoCommand& c) { return Cli::runDemo(c, environment); },
            [&](const Cli::KioskPinCommand& c) { return Cli::runKioskPin(c, environment); },
            [](const auto&) { return int(Cli::UsageError); },
        },
        command);
}

} // namespace

int main(int argc, char* argv[])
{
    System::installJournalPriorities();
    const QStringList arguments = argumentsOf(argc, argv);
    QCoreApplication app(argc, argv);
    Config::setApplicationIdentity();
    // The messages, --help included, are in the user's language.
    QSettings settings;
    Config::installConfiguredTranslations(Config::Settings(settings).uiLanguage());

    const Cli::Command command = Cli::parseCommandLine(arguments);
    if (const auto* text = std::get_if<Cli::ShowText>(&command)) {
        std::fputs(text->text.toLocal8Bit().constData(), stdout);
        return Cli::Success;
    }
    if (const auto* problem = std::get_if<Cli::UsageProblem>(&command)) {
        std::fprintf(stderr, "%s\n", problem->message.toLocal8Bit().constData());
        return Cli::UsageError;
    }
    // check asks the OS keychain, which only the window program links.
    if (std::holds_alternative<Cli::GuiCommand>(command) ||
        std::holds_alternative<Cli::CheckCommand>(command))
        return GuiLauncher::runWindowProgram(arguments.mid(1));
    return runHeadless(settings, command);
}
