#include "deskapplication.h"

#include "config/keychaincredentialstore.h"
#include "config/memorycredentialstore.h"
#include "config/profilestore.h"
#include "deskenvironment.h"
#include "mainwindow.h"
#include "quitwhenshown.h"
#include "sandbox/sandboxserver.h"

#include <QApplication>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace Ui {
namespace {

const QString DemoProfileName = QStringLiteral("Demo sandbox");

// The demo works on its own settings in a temporary folder, so it never touches the user's
// profiles, and on an in-memory password store.
struct DemoSetup {
    QTemporaryDir folder;
    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<QSettings> settings;
    Config::MemoryCredentialStore credentials;

    bool start(QString* problem)
    {
        if (!folder.isValid()) {
            *problem =
                QApplication::translate("DeskApplication", "No temporary folder for the demo: %1")
                    .arg(folder.errorString());
            return false;
        }
        sandbox = std::make_unique<Sandbox::SandboxServer>(Sandbox::SandboxOptions{});
        if (!sandbox->start(problem))
            return false;
        settings = std::make_unique<QSettings>(folder.filePath(QStringLiteral("demo.ini")),
                                               QSettings::IniFormat);
        Config::Profile profile;
        profile.name = DemoProfileName;
        profile.baseUrl = sandbox->baseUrl();
        profile.username = QStringLiteral("demo");
        profile.returnUrl = sandbox->baseUrl().toString() + QStringLiteral("/web-enrolment/done");
        profile.themes = {QStringLiteral("white"), QStringLiteral("dark")};
        profile.pollIntervalSeconds = 3;
        Config::ProfileStore profiles(*settings);
        profiles.save(profile);
        profiles.setActiveProfileName(profile.name);
        credentials.setPassword(profile.name, QStringLiteral("demo"));
        return true;
    }
};

} // namespace

int runDeskApplication(int& argc, char** argv, const DeskStartOptions& options)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EnrolmentDesk"));
    QApplication::setApplicationName(QStringLiteral("enrolment-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Enrolment Desk"));
    QApplication::setApplicationVersion(QStringLiteral(ENROLMENT_DESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("enrolment-desk"));
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    std::unique_ptr<DemoSetup> demo;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Config::KeychainCredentialStore> keychain;
    if (options.demo) {
        demo = std::make_unique<DemoSetup>();
        QString problem;
        if (!demo->start(&problem)) {
            QMessageBox::critical(
                nullptr, QApplication::translate("DeskApplication", "Enrolment Desk"),
                QApplication::translate("DeskApplication", "The demo sandbox could not start: %1")
                    .arg(problem));
            return 1;
        }
    } else {
        settings = std::make_unique<QSettings>();
        keychain = std::make_unique<Config::KeychainCredentialStore>();
    }

    MainWindow mainWindow(
        DeskEnvironment{demo ? *demo->settings : *settings,
                        demo ? static_cast<Config::CredentialStore&>(demo->credentials) : *keychain,
                        QProcessEnvironment::systemEnvironment(), options.demo});
    if (options.quitWhenShown)
        new QuitWhenShown(&mainWindow); // owned by the window
    mainWindow.show();
    return app.exec();
}

} // namespace Ui
