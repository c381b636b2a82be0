#include "api/enrolmentclient.h"
#include "await.h"
#include "commands.h"
#include "exitcodes.h"
#include "output.h"
#include "qr/qrexport.h"
#include "qr/qrmatrix.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>

namespace Cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli::DemoCommand)
};

const QString CommandName = QStringLiteral("demo");
constexpr std::chrono::seconds DemoPollInterval{2};

Domain::EnrolmentRequestInput demoApplicant(const QUrl& sandboxUrl, bool finishAutomatically)
{
    Domain::EnrolmentRequestInput input;
    input.returnUrl = sandboxUrl.toString() + QStringLiteral("/web-enrolment/done");
    input.externalId = QStringLiteral("DEMO-0001");
    if (finishAutomatically)
        input.externalId += QStringLiteral(" sandbox:complete=HIGH@3");
    input.theme = QStringLiteral("white");
    input.applicant = {QStringLiteral("Jane"), QStringLiteral("Sample"), QString(),
                       QStringLiteral("1990-04-23"), false};
    return input;
}

} // namespace

int runDemo(const DemoCommand& command, CliEnvironment& environment)
{
    Sandbox::SandboxServer server{Sandbox::SandboxOptions{}};
    QString problem;
    if (!server.start(&problem)) {
        reportProblem(environment, CommandName, problem);
        return NetworkError;
    }
    Api::ApiConnection connection;
    connection.baseUrl = server.baseUrl();
    connection.username = QStringLiteral("demo");
    connection.password = QStringLiteral("demo");
    Api::EnrolmentClient client(&environment.network, connection);

    const auto validated = Domain::EnrolmentRequest::create(
        demoApplicant(server.baseUrl(), command.finishAutomatically), environment.today());
    Q_ASSERT(validated.request);
    environment.err << Text::tr("DEMO - no real verification. A sandbox runs at %1.")
                           .arg(server.baseUrl().toString())
                    << Qt::endl;

    const auto created = await<Domain::CreatedSession>([&](QObject* context, auto callback) {
        client.initialize(*validated.request, context, callback);
    });
    if (!created) {
        reportProblem(environment, CommandName, created.error().userMessage());
        return exitCodeFor(created.error());
    }
    const Domain::CreatedSession& session = created.value();
    environment.out << sessionText(session, QDateTime::currentDateTimeUtc());
    if (const auto matrix =
            Qr::QrMatrix::encode(session.webEnrolmentUrl.toString(QUrl::FullyEncoded), &problem))
        environment.out << Qt::endl << Qr::toTerminalText(*matrix);
    environment.out << Qt::endl
                    << Text::tr("Open the link in a browser on this computer (the sandbox only "
                                "listens here) and choose an outcome. Waiting; Ctrl+C stops.")
                    << Qt::endl;

    QString lastStatus;
    for (;;) {
        const auto status = await<Domain::SessionStatus>([&](QObject* context, auto callback) {
            client.status(session.sessionId, context, callback);
        });
        if (!status) {
            reportProblem(environment, CommandName, status.error().userMessage());
            return exitCodeFor(status.error());
        }
        if (status.value().rawText() != lastStatus) {
            lastStatus = status.value().rawText();
            environment.out << Text::tr("Status: %1").arg(status.value().displayText()) << Qt::endl;
        }
        if (status.value().hasResults()) {
            const auto decision = await<Domain::Decision>([&](QObject* context, auto callback) {
                client.decisionResults(session.sessionId, context, callback);
            });
            if (!decision) {
                reportProblem(environment, CommandName, decision.error().userMessage());
                return exitCodeFor(decision.error());
            }
            environment.out << statusText(session.sessionId, status.value(), decision.value());
            environment.out.flush();
            return Success;
        }
        if (status.value().isFinal())
            return Success;
        pause(DemoPollInterval);
    }
}

} // namespace Cli
