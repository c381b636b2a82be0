// `enrolment-desk kiosk-pin --set`: reads the kiosk's admin PIN from standard input and stores
// only its salted hash, in the user's settings, a given system file, or on standard output.

#include "commands.h"
#include "exitcodes.h"
#include "kiosk/kiosksettings.h"
#include "kiosk/pin.h"

#include <QCoreApplication>

namespace Cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli::KioskPinCommand)
};

const QString CommandName = QStringLiteral("kiosk-pin");
constexpr qint64 MaxLineLength = 1024;

// The first line of standard input without its line ending; the buffer is wiped after use.
QString readPin(QIODevice& in)
{
    QByteArray line = in.readLine(MaxLineLength);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    const QString pin = QString::fromUtf8(line);
    line.fill('\0');
    return pin;
}

} // namespace

int runKioskPin(const KioskPinCommand& command, CliEnvironment& environment)
{
    const QString pin = readPin(environment.in);
    if (pin.isEmpty()) {
        reportProblem(environment, CommandName,
                      Text::tr("no PIN: write it on the first line of standard input."));
        return UsageError;
    }
    if (const auto reason = Kiosk::checkPinFormat(pin)) {
        reportProblem(environment, CommandName, *reason);
        return UsageError;
    }
    const QString hash = Kiosk::hashPin(pin);
    const QString settingsLine = QStringLiteral("pinHash=%1").arg(hash);

    if (command.print) {
        environment.out << settingsLine << '\n';
        environment.out.flush();
        return Success;
    }

    QString problem;
    if (!command.systemFile.isEmpty()) {
        QSettings file(command.systemFile, QSettings::IniFormat);
        if (!Kiosk::KioskSettings(file, nullptr).setPinHash(hash, &problem)) {
            reportProblem(environment, CommandName, problem);
            return UsageError;
        }
        environment.out << Text::tr("Kiosk PIN stored in %1. List pinHash in kiosk/locked there "
                                    "so that users' own settings cannot replace it.")
                               .arg(file.fileName())
                        << '\n';
    } else {
        const auto system = Kiosk::KioskSettings::openSystemSettings();
        if (!Kiosk::KioskSettings(environment.settings, system.get()).setPinHash(hash, &problem)) {
            reportProblem(environment, CommandName, problem);
            return UsageError;
        }
        environment.out << Text::tr("Kiosk PIN stored in %1.").arg(environment.settings.fileName())
                        << '\n';
    }
    environment.out.flush();
    return Success;
}

} // namespace Cli
