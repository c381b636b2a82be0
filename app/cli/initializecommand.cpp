#include "api/enrolmentclient.h"
#include "await.h"
#include "commandhistory.h"
#include "commands.h"
#include "connectionresolver.h"
#include "domain/linkoptions.h"
#include "exitcodes.h"
#include "history/creationoutcome.h"
#include "history/sessionlog.h"
#include "output.h"
#include "qr/qrexport.h"
#include "qr/qrmatrix.h"
#include "stopsignals.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

#include <memory>

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
    const QString sessionId = validated.request->sessionId();

    // The session is in the history before its request leaves: whatever happens to the answer,
    // a session that may exist on the platform can be found, checked and deleted.
    std::unique_ptr<CommandHistory> history;
    bool recorded = false;
    if (command.recordHistory) {
        history = std::make_unique<CommandHistory>(CommandHistory::Open::CreatingIt);
        recorded = history->recordSending(sessionId, validated.request->externalId(),
                                          command.connection.profile, environment);
    }
    const auto finish = [&](const std::optional<QString>& outcome,
                            const std::optional<QDateTime>& expiresUtc) {
        if (history && recorded)
            history->recordOutcome(sessionId, outcome, expiresUtc, environment);
    };
    const auto fail = [&](const QString& message, const QString& outcome, int exitCode) {
        finish(outcome, std::nullopt);
        reportProblem(environment, CommandName,
                      message + QLatin1Char(' ') +
                          History::mayExistNote(sessionId, outcome, history && recorded));
        return exitCode;
    };

    Api::EnrolmentClient client(&environment.network, resolved->connection);
    std::optional<Api::Result<Domain::CreatedSession>> result;
    bool interrupted = false;
    {
        QEventLoop loop;
        // Ctrl+C while the platform answers: the request may have arrived, so it is recorded
        // as cancelled rather than lost from view.
        const StopSignals stop([&] {
            interrupted = true;
            client.cancelAll();
            loop.quit();
        });
        client.initialize(*validated.request, &loop,
                          [&](const Api::Result<Domain::CreatedSession>& answer) {
                              result = answer;
                              loop.quit();
                          });
        if (!result && !interrupted)
            loop.exec();
    }
    if (interrupted || !result)
        return fail(Text::tr("Interrupted before the platform answered."),
                    History::Outcome::Cancelled, Interrupted);
    if (!result->ok()) {
        const Api::ApiError& error = result->error();
        const auto outcome = History::outcomeOf(error);
        if (!outcome) {
            finish(std::nullopt, std::nullopt);
            reportProblem(environment, CommandName, error.userMessage());
            return exitCodeFor(error);
        }
        return fail(error.userMessage(), *outcome, exitCodeFor(error));
    }

    Domain::CreatedSession session = result->value();
    // A link that is already dead is no result (the platform's clock and ours disagree, or the
    // token is stale).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (session.expiresAt && *session.expiresAt <= now)
        return fail(Text::tr("The platform's link has already expired (at %1).")
                        .arg(session.expiresAt->toUTC().toString(
                            QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))),
                    History::Outcome::ReplyRejected, ReplyRejected);
    session.webEnrolmentUrl =
        Domain::applyLinkOptions(session.webEnrolmentUrl, {command.language, false});
    const QString link = session.webEnrolmentUrl.toString(QUrl::FullyEncoded);

    // The QR code is made before anything is printed: a link that cannot be one is no result.
    std::optional<Qr::QrMatrix> matrix;
    if (!command.qrPngPath.isEmpty() || command.qrTerminal) {
        QString qrProblem;
        matrix = Qr::QrMatrix::encode(link, &qrProblem);
        if (!matrix)
            return fail(qrProblem, History::Outcome::ReplyRejected, ReplyRejected);
    }

    if (command.json)
        environment.out << QString::fromUtf8(sessionJson(session));
    else
        environment.out << sessionText(session, now);
    // The result first: scripts read it before the history is written.
    environment.out.flush();
    finish(QString(), session.expiresAt);

    if (!matrix)
        return Success;
    if (command.qrTerminal)
        environment.out << Qt::endl << Qr::toTerminalText(*matrix);
    QString qrProblem;
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
