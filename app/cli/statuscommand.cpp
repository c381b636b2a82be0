#include "api/enrolmentclient.h"
#include "await.h"
#include "commandhistory.h"
#include "commands.h"
#include "connectionresolver.h"
#include "domain/displaytext.h"
#include "exitcodes.h"
#include "output.h"

#include <QCoreApplication>

namespace Cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli::StatusCommand)
};

const QString CommandName = QStringLiteral("status");

struct Reading {
    Domain::SessionStatus status;
    std::optional<Domain::Decision> decision;
};

// One status request, and the decision when the status says results are readable.
Api::Result<Reading> readOnce(Api::EnrolmentClient& client, const QString& sessionId)
{
    const auto status = await<Domain::SessionStatus>(
        [&](QObject* context, auto callback) { client.status(sessionId, context, callback); });
    if (!status)
        return status.error();
    Reading reading{status.value(), std::nullopt};
    if (!reading.status.hasResults())
        return reading;
    const auto decision = await<Domain::Decision>([&](QObject* context, auto callback) {
        client.decisionResults(sessionId, context, callback);
    });
    if (!decision)
        return decision.error();
    reading.decision = decision.value();
    return reading;
}

} // namespace

int runStatus(const StatusCommand& command, CliEnvironment& environment)
{
    QString problem;
    const auto resolved = resolveConnection(command.connection, environment, &problem);
    if (!resolved) {
        reportProblem(environment, CommandName, problem);
        return UsageError;
    }
    Api::EnrolmentClient client(&environment.network, resolved->connection);
    const std::chrono::seconds interval(command.intervalSeconds);

    QString lastReported;
    for (;;) {
        const auto reading = readOnce(client, command.sessionId);
        if (!reading) {
            const Api::ApiError& error = reading.error();
            if (!command.wait || !error.isTransient()) {
                reportProblem(environment, CommandName, error.userMessage());
                return exitCodeFor(error);
            }
            // While waiting, a passing failure is reported and the next request waits longer
            // when the platform asks for it.
            environment.err << Text::tr("warning: %1 Asking again later.").arg(error.userMessage())
                            << Qt::endl;
            const std::chrono::seconds retryAfter(error.retryAfterSeconds().value_or(0));
            pause(std::max(interval, retryAfter));
            continue;
        }
        const Reading& value = reading.value();
        if (!command.wait || value.status.isFinal()) {
            environment.out << (command.json
                                    ? QString::fromUtf8(statusJson(command.sessionId, value.status,
                                                                   value.decision))
                                    : statusText(command.sessionId, value.status, value.decision));
            environment.out.flush();
            CommandHistory(CommandHistory::Open::OnlyIfPresent)
                .recordStatus(command.sessionId, value.status, value.decision, environment);
            return Success;
        }
        if (value.status.rawText() != lastReported) {
            lastReported = value.status.rawText();
            environment.err << Text::tr("%1: %2; asking again every %n second(s).", nullptr,
                                        command.intervalSeconds)
                                   .arg(Domain::shownValue(value.status.rawText(), 200),
                                        Domain::printableText(value.status.displayText()))
                            << Qt::endl;
        }
        pause(interval);
    }
}

} // namespace Cli
