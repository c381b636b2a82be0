#include "api/enrolmentclient.h"
#include "await.h"
#include "commandhistory.h"
#include "commands.h"
#include "connectionresolver.h"
#include "domain/linkoptions.h"
#include "exitcodes.h"
#include "history/sessionlog.h"
#include "output.h"
#include "qr/qrexport.h"
#include "qr/qrmatrix.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace Cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli::InitializeCommand)
};

const QString CommandName = QStringLiteral("initialize");
constexpr int PngModulePixels = 8; // 8 px modules: a crisp code when printed or shown

// Checked before anything is sent, so a bad path never costs a session.
std::optional<QString> checkPngTarget(const QString& path)
{
    const QFileInfo target(path);
    const QFileInfo directory(target.absolutePath());
    if (!directory.isDir())
        return Text::tr("--qr-png: the folder “%1” does not exist.").arg(directory.filePath());
    if (!directory.isWritable() || (target.exists() && !target.isWritable()))
        return Text::tr("--qr-png: “%1” cannot be written.").arg(target.filePath());
    if (target.isDir())
        return Text::tr("--qr-png: “%1” is a folder, not a file name.").arg(target.filePath());
    return std::nullopt;
}

} // namespace

void reportProblem(CliEnvironment& environment, const QString& command, const QString& message)
{
    environment.err << QStringLiteral("enrolment-desk %1: %2").arg(command, message) << Qt::endl;
}

int runInitialize(const InitializeCommand& command, CliEnvironment& environment)
{
    if (!command.qrPngPath.isEmpty()) {
        if (const auto problem = checkPngTarget(command.qrPngPath)) {
            reportProblem(environment, CommandName, *problem);
            return UsageError;
        }
    }

    QString problem;
    const auto resolved = resolveConnection(command.connection, environment, &problem);
    if (!resolved) {
        reportProblem(environment, CommandName, problem);
        return UsageError;
    }

    Domain::EnrolmentRequestInput input = command.request;
    if (input.returnUrl.isEmpty())
        input.returnUrl = resolved->profileReturnUrl;
    const auto validated = Domain::EnrolmentRequest::create(input, environment.today());
    if (!validated.request) {
        QStringList messages;
        for (const Domain::ValidationError& error : validated.errors)
            messages.append(error.message);
        reportProblem(environment, CommandName, messages.join(QLatin1Char(' ')));
        return UsageError;
    }

    Api::EnrolmentClient client(&environment.network, resolved->connection);
    const auto result = await<Domain::CreatedSession>([&](QObject* context, auto callback) {
        client.initialize(*validated.request, context, callback);
        // While the request travels (the network stack sends it from its own thread), the SQLite
        // driver of the history loads: on loopback that takes about as long as the answer.
        if (command.recordHistory)
            QTimer::singleShot(0, context, &History::SessionLog::preloadDriver);
    });
    if (!result) {
        reportProblem(environment, CommandName, result.error().userMessage());
        return exitCodeFor(result.error());
    }

    Domain::CreatedSession session = result.value();
    session.webEnrolmentUrl =
        Domain::applyLinkOptions(session.webEnrolmentUrl, {command.language, false});
    const QString link = session.webEnrolmentUrl.toString(QUrl::FullyEncoded);

    if (command.json)
        environment.out << QString::fromUtf8(sessionJson(session));
    else
        environment.out << sessionText(session, QDateTime::currentDateTimeUtc());
    // The result first: scripts read it before the history is written.
    environment.out.flush();
    if (command.recordHistory)
        CommandHistory(CommandHistory::Open::CreatingIt)
            .recordCreated(session.sessionId, session.expiresAt, validated.request->externalId(),
                           command.connection.profile, environment);

    if (command.qrPngPath.isEmpty() && !command.qrTerminal)
        return Success;
    QString qrProblem;
    const auto matrix = Qr::QrMatrix::encode(link, &qrProblem);
    if (!matrix) {
        reportProblem(environment, CommandName, qrProblem);
        return ReplyRejected;
    }
    if (command.qrTerminal)
        environment.out << Qt::endl << Qr::toTerminalText(*matrix);
    if (!command.qrPngPath.isEmpty() &&
        !Qr::savePng(*matrix, command.qrPngPath, PngModulePixels, &qrProblem)) {
        reportProblem(environment, CommandName,
                      Text::tr("the session was created, but the QR code could not be saved: %1")
                          .arg(qrProblem));
        return UsageError;
    }
    environment.out.flush();
    return Success;
}

} // namespace Cli
