// Soak benchmark of the kiosk: the real KioskShell (offscreen) against the in-process sandbox,
// one create/reset cycle after another: Start, the customer's form filled in, the code shown, then
// the reset that wipes it all. Resident memory is read after a warm-up and at the end; the growth
// in between must stay under 2 MiB, and no API reply may be left pending.
//
//   kiosk-soak [--api-url URL] [CYCLES [WARMUP]]      (default 1000 and 50)
//
// The in-process sandbox keeps every session it created in memory, as a platform would: that is
// part of the figure. --api-url uses a sandbox in another process instead (enrolment-desk
// sandbox, user and password demo), so the figure is the kiosk's alone.
// Linux: the resident size is VmRSS from /proc/self/status.

#include "config/memorycredentialstore.h"
#include "config/profilestore.h"
#include "kiosk/kiosksettings.h"
#include "kioskshell.h"
#include "sandbox/sandboxserver.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

constexpr double BudgetMiB = 2.0;

std::optional<double> residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return std::nullopt;
}

bool waitFor(const std::function<bool()>& done, int milliseconds)
{
    QDeadlineTimer deadline(milliseconds);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return done();
}

// Lets queued work, deferred deletions included, finish before memory is read.
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

template <typename T> T* child(QWidget& root, const char* name)
{
    T* found = root.findChild<T*>(QLatin1String(name));
    if (!found) {
        std::fprintf(stderr, "kiosk-soak: no widget %s\n", name);
        std::exit(2);
    }
    return found;
}

// A different name for every customer: letters only, as names are.
QString lettersFor(int number)
{
    QString name = QStringLiteral("Jane");
    do {
        name += QChar(u'a' + number % 26);
        number /= 26;
    } while (number > 0);
    return name;
}

// One customer: Start, the form, the code on screen, then the reset. False when the code did
// not appear in time.
bool cycle(Ui::KioskShell& shell, int number)
{
    child<QPushButton>(shell, "startButton")->click();
    child<QLineEdit>(shell, "kioskFirstName")->setText(lettersFor(number));
    child<QLineEdit>(shell, "kioskLastName")->setText(QStringLiteral("Sample"));
    child<QLineEdit>(shell, "kioskDay")->setText(QStringLiteral("23"));
    child<QLineEdit>(shell, "kioskMonth")->setText(QStringLiteral("04"));
    child<QLineEdit>(shell, "kioskYear")->setText(QStringLiteral("1990"));
    child<QPushButton>(shell, "formContinueButton")->click();
    const bool shown =
        waitFor([&shell] { return shell.page() == Ui::KioskShell::Page::Code; }, 10000);
    shell.reset();
    return shown;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QUrl apiUrl;
    if (arguments.size() >= 2 && arguments.first() == QLatin1String("--api-url")) {
        apiUrl = QUrl(arguments.at(1));
        arguments = arguments.mid(2);
    }
    const int cycles = arguments.size() > 0 ? arguments.at(0).toInt() : 1000;
    const int warmup = arguments.size() > 1 ? arguments.at(1).toInt() : 50;
    if (cycles <= 0 || warmup < 0 || (!apiUrl.isEmpty() && !apiUrl.isValid())) {
        std::fprintf(stderr, "usage: kiosk-soak [--api-url URL] [CYCLES [WARMUP]]\n");
        return 2;
    }

    QTemporaryDir folder;
    Sandbox::SandboxServer sandbox{Sandbox::SandboxOptions{}};
    QString problem;
    if (!folder.isValid() || (apiUrl.isEmpty() && !sandbox.start(&problem))) {
        std::fprintf(stderr, "kiosk-soak: %s\n", qPrintable(problem));
        return 2;
    }
    QSettings settings(folder.filePath(QStringLiteral("soak.ini")), QSettings::IniFormat);
    Config::Profile profile;
    profile.name = QStringLiteral("Soak sandbox");
    profile.baseUrl = apiUrl.isEmpty() ? sandbox.baseUrl() : apiUrl;
    profile.username = QStringLiteral("demo");
    profile.returnUrl = QStringLiteral("https://bank.example/done");
    profile.pollIntervalSeconds = 60;
    Config::ProfileStore(settings).save(profile);
    Config::ProfileStore(settings).setActiveProfileName(profile.name);
    Config::MemoryCredentialStore credentials;
    credentials.setPassword(profile.name, QStringLiteral("demo"));

    Kiosk::KioskConfig config;
    config.collectApplicantData = true;
    Ui::KioskEnvironment environment{settings,
                                     credentials,
                                     QProcessEnvironment(),
                                     false,
                                     config,
                                     QString(),
                                     QStringLiteral("en-US"),
                                     folder.filePath(QStringLiteral("history.sqlite"))};
    Ui::KioskShell shell(std::move(environment));
    shell.showOnConfiguredScreen();

    QElapsedTimer clock;
    for (int i = 0; i < warmup; ++i) {
        if (!cycle(shell, i)) {
            std::fprintf(stderr, "kiosk-soak: no code shown in warm-up cycle %d\n", i + 1);
            return 1;
        }
    }
    settle();
    const std::optional<double> before = residentMiB();
    clock.start();
    int failed = 0;
    for (int i = 0; i < cycles; ++i)
        failed += cycle(shell, warmup + i) ? 0 : 1;
    const qint64 elapsed = clock.elapsed();
    settle();
    const std::optional<double> after = residentMiB();
    const int pending = shell.session().pendingReplies();

    std::printf("kiosk soak: %d create/reset cycles after %d warm-up ones, KioskShell (%s) "
                "against %s, %.1f ms per cycle\n",
                cycles, warmup, qPrintable(QGuiApplication::platformName()),
                apiUrl.isEmpty() ? "the in-process sandbox" : "a sandbox in another process",
                double(elapsed) / cycles);
    if (!before || !after) {
        std::printf("resident memory: unknown (no /proc/self/status)\n");
    } else {
        const double growth = *after - *before;
        std::printf("resident memory after warm-up: %.2f MiB, after %d cycles: %.2f MiB\n", *before,
                    cycles, *after);
        std::printf("growth: %.2f MiB (budget %.1f MiB): %s\n", growth, BudgetMiB,
                    growth < BudgetMiB ? "within" : "OVER");
#if defined(__GLIBC__)
        // Diagnostic: what is left once the allocator returns its free pages to the system.
        malloc_trim(0);
        if (const auto trimmed = residentMiB())
            std::printf("diagnostic: after malloc_trim %.2f MiB (%+.2f MiB against warm-up)\n",
                        *trimmed, *trimmed - *before);
#endif
    }
    std::printf("pending replies at the end: %d (must be 0); cycles without a code: %d\n", pending,
                failed);
    const bool grewTooMuch = before && after && *after - *before >= BudgetMiB;
    return pending == 0 && failed == 0 && !grewTooMuch ? 0 : 1;
}
