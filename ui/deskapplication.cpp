#include "deskapplication.h"

#include "cli/stopsignals.h"
#include "config/applicationidentity.h"
#include "config/keychaincredentialstore.h"
#include "config/memorycredentialstore.h"
#include "config/profilestore.h"
#include "config/settings.h"
#include "config/uilanguage.h"
#include "deskenvironment.h"
#include "firstpaint.h"
#include "kiosk/kioskhealth.h"
#include "kiosk/kiosksettings.h"
#include "kiosk/pin.h"
#include "kioskshell.h"
#include "mainwindow.h"
#include "sandbox/sandboxserver.h"
#include "system/servicenotifier.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace Ui {
namespace {

const QString DemoProfileName = QStringLiteral("Demo sandbox");

// The demo works on its own settings in a temporary folder, so it never touches the user's
// profiles, and on an in-memory password store. Its loopback port opens at start, so the demo
// profile knows the address; the sandbox itself (QHttpServer, which loads the TLS backend: about
// 7 ms) is built after the window's first frame, by serve().
struct DemoSetup {
    QTemporaryDir folder;
    std::unique_ptr<QTcpServer> port; // until serve() hands it to the sandbox
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
        port = std::make_unique<QTcpServer>();
        if (!port->listen(QHostAddress::LocalHost)) {
            *problem = QApplication::translate("DeskApplication",
                                               "No loopback port for the demo sandbox: %1")
                           .arg(port->errorString());
            return false;
        }
        port->pauseAccepting(); // until the sandbox serves it
        const QUrl baseUrl = Sandbox::SandboxServer::baseUrlFor(*port);
        settings = std::make_unique<QSettings>(folder.filePath(QStringLiteral("demo.ini")),
                                               QSettings::IniFormat);
        Config::Profile profile;
        profile.name = DemoProfileName;
        profile.baseUrl = baseUrl;
        profile.username = QStringLiteral("demo");
        profile.returnUrl = baseUrl.toString() + QStringLiteral("/web-enrolment/done");
        profile.themes = {QStringLiteral("white"), QStringLiteral("dark")};
        profile.pollIntervalSeconds = 3;
        Config::ProfileStore profiles(*settings);
        profiles.save(profile);
        profiles.setActiveProfileName(profile.name);
        credentials.setPassword(profile.name, QStringLiteral("demo"));
        return true;
    }

    void serve()
    {
        if (sandbox)
            return;
        sandbox = std::make_unique<Sandbox::SandboxServer>(Sandbox::SandboxOptions{});
        sandbox->serve(port.release());
    }
};

// Once the window is on screen: the caller's whenShown, then the demo's sandbox. A window that is
// never exposed (started minimised) still gets its sandbox a second later.
void afterFirstFrame(QWidget* window, DemoSetup* demo, const DeskStartOptions& options)
{
    if (demo)
        QTimer::singleShot(1000, window, [demo] { demo->serve(); });
    if (!demo && !options.whenShown)
        return;
    new AfterFirstPaint(window, [demo, whenShown = options.whenShown] { // owned by the window
        if (whenShown)
            whenShown();
        if (demo)
            demo->serve();
    });
}

// The demo kiosk's PIN, printed on standard error at start; only its hash is kept.
const QString DemoKioskPin = QStringLiteral("2468");
// Nobody's phone reaches a sandbox on this computer's loopback, so the demo kiosk's sessions finish
// by themselves, to show the whole path.
const QString DemoKioskScript = QStringLiteral("sandbox:complete=HIGH@45");

// The kiosk under a service manager (its unit is Type=notify with a watchdog): ready once the
// window is painted, its health as the status line, the watchdog petted from the event loop (so
// a hung kiosk is restarted). Going out of service is an error in the log, for the fleet's alerts.
void reportToServiceManager(KioskShell& shell, System::ServiceNotifier& notifier,
                            Kiosk::KioskHealth& health)
{
    if (!notifier.isActive())
        return;
    auto update = [&notifier, &health](bool changed) {
        if (!changed)
            return;
        notifier.setStatus(health.statusLine());
        if (health.serving())
            qCInfo(lcKiosk, "serving again");
        else
            qCCritical(lcKiosk, "%s", qPrintable(health.statusLine()));
    };
    Desk::SessionController& controller = shell.controller();
    QObject::connect(
        &controller, &Desk::SessionController::stateChanged, &shell,
        [&controller, &health, update](Desk::SessionController::State state) {
            if (state == Desk::SessionController::State::Showing)
                update(health.sessionCreated());
            else if (state == Desk::SessionController::State::Failed && controller.lastError())
                update(health.sessionFailed(Kiosk::KioskHealth::reasonFor(*controller.lastError()),
                                            QDateTime::currentDateTime()));
        });
    QObject::connect(&shell.session(), &KioskSession::failedToStart, &shell, [&health, update] {
        update(health.sessionFailed(QStringLiteral("no session can be started (see the log)"),
                                    QDateTime::currentDateTime()));
    });
    new AfterFirstPaint(&shell, [&notifier, &health] { // owned by the window
        notifier.ready(health.statusLine());
        notifier.startWatchdog();
    });
}

int runKiosk(QApplication& app, const DeskStartOptions& options, DemoSetup* demo, QSettings& user,
             Config::CredentialStore& credentials)
{
    // The kiosk's look and behaviour come from the user's settings and the system-wide file,
    // also for the demo (which only reads them, to preview what a fleet will get).
    const std::unique_ptr<QSettings> system = Kiosk::KioskSettings::openSystemSettings();
    QStringList problems;
    Kiosk::KioskConfig config = Kiosk::KioskSettings(user, system.get()).load(&problems);
    for (const QString& problem : problems)
        std::fprintf(stderr, "enrolment-desk: kiosk settings: %s\n", qPrintable(problem));

    KioskEnvironment environment{demo ? *demo->settings : user,
                                 credentials,
                                 QProcessEnvironment::systemEnvironment(),
                                 options.demo,
                                 config,
                                 QString(),
                                 QString(),
                                 QString()};
    if (demo) {
        environment.config.profile = DemoProfileName;
        environment.config.pinHash = Kiosk::hashPin(DemoKioskPin);
        environment.externalIdSuffix = DemoKioskScript;
        environment.historyPath = demo->folder.filePath(QStringLiteral("history.sqlite"));
        std::fprintf(stderr,
                     "Demo kiosk: the admin PIN is %s (the Staff button at the top right, or "
                     "Ctrl+Alt+Shift+L). Each session finishes by itself 45 s after its code "
                     "appears, as the sandbox is told to.\n",
                     qPrintable(DemoKioskPin));
    } else if (config.pinHash.isEmpty()) {
        std::fprintf(stderr, "enrolment-desk: no kiosk PIN is set, so the kiosk cannot be left "
                             "from the screen. Set one with: enrolment-desk kiosk-pin --set\n");
    }
    // Before the shell, which may still signal while it is destroyed.
    System::ServiceNotifier notifier(QProcessEnvironment::systemEnvironment());
    Kiosk::KioskHealth health;
    KioskShell shell(std::move(environment));
    afterFirstFrame(&shell, demo, options);
    reportToServiceManager(shell, notifier, health);
    shell.showOnConfiguredScreen();
    const int code = app.exec();
    notifier.stopping();
    return code;
}

} // namespace

int runDeskApplication(int& argc, char** argv, const DeskStartOptions& options)
{
    // The menu bar stays in the window, also under a desktop with a global menu: the desk looks
    // the same at every branch, and start-up does not ask the session bus for a menu service.
    QApplication::setAttribute(Qt::AA_DontUseNativeMenuBar);
    QApplication app(argc, argv);
    Config::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Enrolment Desk"));
    // The application id, the name of the installed launcher (packaging/<id>.desktop), and the
    // icon of that name (the SVG is only read when a window first needs it).
    QApplication::setDesktopFileName(QStringLiteral("org.enrolmentdesk.EnrolmentDesk"));
    QApplication::setWindowIcon(
        QIcon(QStringLiteral(":/icons/org.enrolmentdesk.EnrolmentDesk.svg")));
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // The user's own settings: the profiles when this is not the demo, and the preferences
    // (the language) in either case.
    // SIGTERM (a service manager's stop, a logout) and Ctrl+C end the event loop like a normal
    // exit, so the destructors run: the demo's temporary folder goes, the window's geometry is
    // saved. The kiosk refuses to close, so the loop is left directly, with 0: a requested stop.
    const Cli::StopSignals stop([] {
        QApplication::closeAllWindows();
        QCoreApplication::exit(0);
    });
    QSettings userSettings;
    Config::installConfiguredTranslations(Config::Settings(userSettings).uiLanguage());

    std::unique_ptr<DemoSetup> demo;
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
        keychain = std::make_unique<Config::KeychainCredentialStore>();
    }

    if (options.kiosk)
        return runKiosk(app, options, demo.get(), userSettings,
                        demo ? static_cast<Config::CredentialStore&>(demo->credentials)
                             : *keychain);

    // The demo's sessions are not the user's: its history lives and dies with its folder.
    const QString historyPath =
        demo ? demo->folder.filePath(QStringLiteral("history.sqlite")) : QString();
    DeskEnvironment environment{demo ? *demo->settings : userSettings,
                                demo ? static_cast<Config::CredentialStore&>(demo->credentials)
                                     : *keychain,
                                QProcessEnvironment::systemEnvironment(),
                                options.demo,
                                [] { return QDate::currentDate(); },
                                historyPath,
                                &userSettings};
    MainWindow mainWindow(std::move(environment));
    afterFirstFrame(&mainWindow, demo.get(), options);
    mainWindow.show();
    // Without a window manager nothing else gives the window the keyboard, and its shortcuts
    // would do nothing until it is clicked; with one, this is what a starting program asks for.
    mainWindow.activateWindow();
    return app.exec();
}

} // namespace Ui
