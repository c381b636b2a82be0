// `enrolment-desk check`: what an administrator runs after rolling out a configuration, and what
// monitoring calls. One line per check on standard output (settings readable, profile complete,
// keychain answers, platform reachable, credentials accepted by a harmless read), the first
// failure also on standard error, and the exit code every command uses. The harmless read asks
// the status of a session ID nobody created: 404 means the platform took the credentials.

#include "api/enrolmentclient.h"
#include "await.h"
#include "commands.h"
#include "config/profilecheck.h"
#include "config/profilestore.h"
#include "desk/profileconnection.h"
#include "exitcodes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QUuid>

#include <optional>

namespace Cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli::CheckCommand)
};

const QString CommandName = QStringLiteral("check");

// Prints the lines and remembers the first failure, whose code the command exits with.
class Report
{
public:
    explicit Report(CliEnvironment& environment)
        : m_environment(environment)
    {}

    void pass(const QString& check, const QString& text) { line(Text::tr("ok"), check, text); }
    void fail(const QString& check, const QString& text, ExitCode code)
    {
        line(Text::tr("FAIL"), check, text);
        if (m_code == Success) {
            m_code = code;
            m_problem = QStringLiteral("%1: %2").arg(check, text);
        }
    }
    void skip(const QString& check, const QString& why) { line(Text::tr("skip"), check, why); }

    bool failed() const { return m_code != Success; }
    int finish()
    {
        m_environment.out.flush();
        if (failed())
            reportProblem(m_environment, CommandName, m_problem);
        return m_code;
    }

private:
    void line(const QString& verdict, const QString& check, const QString& text)
    {
        m_environment.out << verdict.leftJustified(5) << ' ' << check << ": " << text << '\n';
    }

    CliEnvironment& m_environment;
    ExitCode m_code = Success;
    QString m_problem;
};

std::optional<Config::CredentialStore::ReadResult> readPassword(Config::CredentialStore& store,
                                                                const QString& profile)
{
    QEventLoop loop;
    std::optional<Config::CredentialStore::ReadResult> read;
    store.readPassword(profile, &loop, [&](const Config::CredentialStore::ReadResult& result) {
        read = result;
        loop.quit();
    });
    if (!read)
        loop.exec();
    return read;
}

} // namespace

Command parseCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("profile"),
                                        Text::tr("Check this profile instead of the active one."),
                                        QStringLiteral("NAME")));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(arguments))
        return UsageProblem{QStringLiteral("enrolment-desk check: %1").arg(parser.errorText())};
    if (parser.isSet(QStringLiteral("help"))) {
        QString table = parser.helpText();
        table = table.mid(std::max(0, int(table.indexOf(QLatin1Char('\n'))) + 1));
        return ShowText{
            Text::tr("Usage: enrolment-desk check [--profile NAME]\n"
                     "Checks what the desk needs, one line each: the settings can be read, the "
                     "profile is complete, the keychain holds its password (or "
                     "ENROLMENT_DESK_PASSWORD is set), the platform answers, and it accepts the "
                     "credentials for a harmless read. Exits with the first failure's code.\n") +
            table};
    }
    if (!parser.positionalArguments().isEmpty())
        return UsageProblem{Text::tr("enrolment-desk check: unexpected argument “%1”.")
                                .arg(parser.positionalArguments().constFirst().left(80))};
    if (parser.isSet(QStringLiteral("profile")) &&
        parser.value(QStringLiteral("profile")).isEmpty())
        return UsageProblem{Text::tr("enrolment-desk check: --profile needs a profile name.")};
    return CheckCommand{parser.value(QStringLiteral("profile"))};
}

int runCheck(const CheckCommand& command, CliEnvironment& environment,
             Config::CredentialStore* keychain)
{
    Report report(environment);
    const QString settingsCheck = Text::tr("settings");
    const QString profileCheck = Text::tr("profile");
    const QString keychainCheck = Text::tr("keychain");
    const QString platformCheck = Text::tr("platform");
    const QString credentialsCheck = Text::tr("credentials");

    // Settings: the user's file (and the system-wide one, which QSettings reads beneath it).
    QSettings& settings = environment.settings;
    settings.sync();
    const QString file = settings.fileName();
    if (settings.status() == QSettings::FormatError)
        report.fail(settingsCheck, Text::tr("%1 is not a settings file that can be read").arg(file),
                    UsageError);
    else if (settings.status() == QSettings::AccessError ||
             (QFileInfo::exists(file) && !QFileInfo(file).isReadable()))
        report.fail(settingsCheck, Text::tr("%1 cannot be read").arg(file), UsageError);
    else if (!QFileInfo::exists(file))
        report.pass(settingsCheck,
                    Text::tr("%1 does not exist; only system-wide settings apply").arg(file));
    else
        report.pass(settingsCheck, Text::tr("%1 can be read").arg(file));

    // Profile: named, stored, every rule met, its CA bundle usable.
    Config::ProfileStore profiles(settings);
    const QString name = command.profile.isEmpty() ? profiles.activeProfileName() : command.profile;
    std::optional<Api::ApiConnection> connection;
    std::optional<Config::Profile> profile;
    if (report.failed()) {
        report.skip(profileCheck, Text::tr("the settings cannot be read"));
    } else if (name.isEmpty()) {
        report.fail(profileCheck,
                    Text::tr("none is active; name one with --profile NAME or choose one in the "
                             "staff window"),
                    UsageError);
    } else if (!(profile = profiles.load(name))) {
        report.fail(profileCheck, Text::tr("“%1” is not in the settings").arg(name), UsageError);
    } else if (const auto problems = Config::checkProfile(*profile); !problems.isEmpty()) {
        report.fail(profileCheck,
                    Text::tr("“%1” is incomplete: %2").arg(name, problems.constFirst().message),
                    UsageError);
    } else {
        QString problem;
        connection = Desk::connectionFromProfile(*profile, &problem);
        if (!connection)
            report.fail(profileCheck, Text::tr("“%1”: %2").arg(name, problem), UsageError);
        else
            report.pass(profileCheck,
                        Text::tr("“%1” is complete (%2 as %3)")
                            .arg(name, profile->baseUrl.toDisplayString(), profile->username));
    }

    // Keychain: the profile's password, unless the environment gives it for this run.
    const QString variable = QString::fromLatin1(Desk::PasswordVariable);
    if (connection) {
        const QString fromEnvironment = environment.variables.value(variable);
        if (!fromEnvironment.isEmpty()) {
            connection->password = fromEnvironment;
            report.skip(keychainCheck,
                        Text::tr("not asked: %1 gives the password for this run").arg(variable));
        } else if (!keychain) {
            report.fail(keychainCheck, Text::tr("this program cannot reach the keychain"),
                        UsageError);
        } else {
            const auto read = readPassword(*keychain, name);
            if (!read || !read->problem.isEmpty())
                report.fail(keychainCheck, read ? read->problem : QString(), UsageError);
            else if (!read->password || read->password->isEmpty())
                report.fail(keychainCheck,
                            Text::tr("no password is stored for “%1”; enter it in Settings > "
                                     "Profiles, or set %2")
                                .arg(name, variable),
                            UsageError);
            else {
                connection->password = *read->password;
                report.pass(keychainCheck, Text::tr("holds the password of “%1”").arg(name));
            }
        }
    } else {
        report.skip(keychainCheck, Text::tr("no usable profile"));
    }

    // Platform and credentials: one status read for a session ID nobody created.
    if (report.failed()) {
        report.skip(platformCheck, Text::tr("not asked while a check above fails"));
        report.skip(credentialsCheck, Text::tr("not asked while a check above fails"));
        return report.finish();
    }
    Api::EnrolmentClient client(&environment.network, *connection);
    const QString unknownSession = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto answer = await<Domain::SessionStatus>(
        [&](QObject* context, auto callback) { client.status(unknownSession, context, callback); });
    const QString url = connection->baseUrl.toDisplayString();
    if (answer) {
        report.pass(platformCheck, Text::tr("%1 answers").arg(url));
        report.pass(credentialsCheck, Text::tr("accepted (a status read answered)"));
        return report.finish();
    }
    const Api::ApiError& error = answer.error();
    switch (error.kind()) {
    case Api::ApiError::Kind::Network:
    case Api::ApiError::Kind::Tls:
    case Api::ApiError::Kind::Timeout:
    case Api::ApiError::Kind::InvalidInput:
        report.fail(platformCheck, error.userMessage(), exitCodeFor(error));
        report.skip(credentialsCheck, Text::tr("the platform cannot be reached"));
        break;
    case Api::ApiError::Kind::AuthRefused:
        report.pass(platformCheck, Text::tr("%1 answers").arg(url));
        report.fail(credentialsCheck, error.userMessage(), exitCodeFor(error));
        break;
    case Api::ApiError::Kind::Http:
        if (error.httpStatus() == 404) {
            report.pass(platformCheck, Text::tr("%1 answers").arg(url));
            report.pass(credentialsCheck,
                        Text::tr("accepted (HTTP 404 for a session that does not exist)"));
            break;
        }
        report.fail(platformCheck, error.userMessage(), exitCodeFor(error));
        report.skip(credentialsCheck, Text::tr("the platform answers with an error"));
        break;
    case Api::ApiError::Kind::InvalidReply:
        report.fail(platformCheck, error.userMessage(), exitCodeFor(error));
        report.skip(credentialsCheck, Text::tr("the platform's reply cannot be used"));
        break;
    }
    return report.finish();
}

} // namespace Cli
