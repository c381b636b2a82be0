// The window program: the staff desk or the self-service kiosk (--kiosk), optionally against an
// in-process sandbox (--demo).
// Started by enrolment-desk for its window commands, or directly by a desktop launcher. This file
// only reads the command line; Ui::runDeskApplication (deskapplication.cpp) does the rest. It also
// runs `check`, headless, which needs the OS keychain that only this program links.

#include "cli/clienvironment.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "config/applicationidentity.h"
#include "config/keychaincredentialstore.h"
#include "config/settings.h"
#include "config/uilanguage.h"
#include "deskapplication.h"
#include "system/journallog.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

namespace {

// `enrolment-desk check` runs here, headless, because this program holds the OS keychain.
int runCheck(const Cli::CheckCommand& command, QSettings& settings)
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    QNetworkAccessManager network;
    Config::KeychainCredentialStore keychain;
    Cli::CliEnvironment environment{out,      err,    in, QProcessEnvironment::systemEnvironment(),
                                    settings, network};
    return Cli::runCheck(command, environment, &keychain);
}

} // namespace

int main(int argc, char* argv[])
{
    System::installJournalPriorities();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    Cli::Command command = Cli::parseCommandLine(arguments);
    if (!std::holds_alternative<Cli::GuiCommand>(command)) {
        // Help and usage problems in the user's language: the window loads its translations with
        // its QApplication, so only this path needs them here.
        QCoreApplication app(argc, argv);
        Config::setApplicationIdentity();
        QSettings settings;
        Config::installConfiguredTranslations(Config::Settings(settings).uiLanguage());
        command = Cli::parseCommandLine(arguments);
        if (const auto* check = std::get_if<Cli::CheckCommand>(&command))
            return runCheck(*check, settings);
    }
    if (const auto* text = std::get_if<Cli::ShowText>(&command)) {
        std::fputs(text->text.toLocal8Bit().constData(), stdout);
        return 0;
    }
    const auto* window = std::get_if<Cli::GuiCommand>(&command);
    if (!window) {
        const auto* problem = std::get_if<Cli::UsageProblem>(&command);
        std::fprintf(stderr, "%s\n",
                     problem ? problem->message.toLocal8Bit().constData()
                             : "enrolment-desk-gui: only the window options are accepted here; "
                               "run enrolment-desk for the other commands.");
        return 2;
    }

    Ui::DeskStartOptions options;
    options.demo = window->demo;
    options.kiosk = window->kiosk;
    return Ui::runDeskApplication(argc, argv, options);
}
