#include "connectionresolver.h"

#include "api/enrolmentclient.h"
#include "config/profilestore.h"
#include "desk/profileconnection.h"
#include "domain/displaytext.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli::ConnectionResolver)
};

// The longest password line read from standard input; a longer line is refused, never cut.
constexpr qint64 MaxPasswordBytes = 64 * 1024 - 1;

std::optional<QString> readPassword(const ConnectionOptions& options, CliEnvironment& environment,
                                    QString* problem)
{
    if (options.passwordFromStdin) {
        // One byte more than allowed (and the line break): a longer line is seen, not cut.
        QByteArray line = environment.in.readLine(MaxPasswordBytes + 3);
        const bool ended = line.endsWith('\n') || environment.in.atEnd();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            *problem = Text::tr("--password-stdin was given but standard input had no password "
                                "on its first line.");
            return std::nullopt;
        }
        if (!ended || line.size() > MaxPasswordBytes) {
            *problem = Text::tr("--password-stdin: the password is longer than %1 bytes; it is "
                                "refused rather than cut.")
                           .arg(MaxPasswordBytes);
            return std::nullopt;
        }
        if (line.contains('\0')) {
            *problem = Text::tr("--password-stdin: the password contains a NUL byte, which cannot "
                                "be sent.");
            return std::nullopt;
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString password = decoder.decode(line);
        if (decoder.hasError()) {
            *problem = Text::tr("--password-stdin: the password is not valid UTF-8; it is "
                                "refused rather than changed.");
            return std::nullopt;
        }
        return password;
    }
    const QString variable = QString::fromLatin1(Desk::PasswordVariable);
    if (environment.variables.contains(variable) &&
        !environment.variables.value(variable).isEmpty())
        return environment.variables.value(variable);
    *problem = Text::tr("No API password: pass --password-stdin and write it to standard input, "
                        "or set %1.")
                   .arg(variable);
    return std::nullopt;
}

} // namespace

std::optional<ResolvedConnection> resolveConnection(const ConnectionOptions& options,
                                                    CliEnvironment& environment, QString* problem)
{
    ResolvedConnection resolved;
    Api::ApiConnection& connection = resolved.connection;

    if (!options.profile.isEmpty()) {
        Config::ProfileStore store(environment.settings);
        QStringList profileProblems;
        const auto profile = store.load(options.profile, &profileProblems);
        if (!profile) {
            const QStringList known = store.names();
            *problem = known.isEmpty()
                           ? Text::tr("There is no profile named “%1”, and no profiles are set up.")
                                 .arg(options.profile)
                           : Text::tr("There is no profile named “%1”; known profiles: %2.")
                                 .arg(options.profile, known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        for (const QString& line : profileProblems)
            environment.err << Text::tr("warning: %1").arg(line) << Qt::endl;
        const auto fromProfile = Desk::connectionFromProfile(*profile, problem);
        if (!fromProfile)
            return std::nullopt;
        connection = *fromProfile;
        resolved.profileReturnUrl = profile->returnUrl;
        resolved.profilePollIntervalSeconds = profile->pollIntervalSeconds;
    }

    if (!options.apiUrl.isEmpty())
        connection.baseUrl = QUrl(options.apiUrl.trimmed(), QUrl::StrictMode);
    if (!options.username.isEmpty())
        connection.username = options.username;
    connection.allowedLinkHosts += options.allowedLinkHosts;
    if (options.timeoutSeconds)
        connection.timeout = std::chrono::seconds(*options.timeoutSeconds);

    const QUrl& base = connection.baseUrl;
    if (base.isEmpty()) {
        *problem = Text::tr("No API address: pass --api-url URL or --profile NAME.");
        return std::nullopt;
    }
    if (!base.isValid() || base.host().isEmpty() ||
        (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http"))) {
        // Echoed without user info, and shortened: the text may be anything.
        QUrl shown(options.apiUrl.isEmpty() ? base.toString() : options.apiUrl.trimmed());
        shown.setUserInfo(QString());
        *problem = Text::tr("The API address “%1” is not an http(s) URL such as "
                            "https://platform.example.com.")
                       .arg(Domain::shownValue(
                           shown.isValid() ? shown.toString() : QStringLiteral("?"), 100));
        return std::nullopt;
    }
    if (connection.username.isEmpty()) {
        *problem = Text::tr("No API username: pass --username NAME or use a profile that has one.");
        return std::nullopt;
    }
    const auto password = readPassword(options, environment, problem);
    if (!password)
        return std::nullopt;
    connection.password = *password;
    // User info, a query or a fragment in the address, a username with a colon: refused here,
    // before anything is recorded or sent.
    if (const auto refusal = Api::connectionProblem(connection)) {
        *problem = refusal->userMessage();
        return std::nullopt;
    }
    return resolved;
}

} // namespace Cli
