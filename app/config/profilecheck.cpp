#include "profilecheck.h"

#include "domain/loopback.h"
#include "domain/validation.h"
#include "profilestore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSslCertificate>

namespace Config {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Config::ProfileCheck)
};

} // namespace

std::optional<QString> checkBaseUrl(const QUrl& url)
{
    if (url.isEmpty())
        return Text::tr("The base URL is required, for example https://platform.example.com.");
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return Text::tr("The base URL is not a valid address such as "
                        "https://platform.example.com.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") && !Domain::isLoopbackHost(url.host()))
        return Text::tr("The base URL must start with https://: over plain http the password "
                        "would travel unencrypted. Plain http is only for the local sandbox "
                        "(localhost or 127.0.0.1).");
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return Text::tr("The base URL must start with https://.");
    if (!url.userInfo().isEmpty())
        return Text::tr("The base URL must not contain a user name or password; use the "
                        "Username and Password fields.");
    if (url.hasQuery() || url.hasFragment())
        return Text::tr("The base URL must not contain '?' or '#'.");
    return std::nullopt;
}

std::optional<QString> checkLinkHost(const QString& pattern)
{
    QString host = pattern;
    if (host.startsWith(QLatin1String("*.")))
        host = host.mid(2);
    static const QRegularExpression forbidden(QStringLiteral("[/:@?#\\\\*\\s]"));
    QUrl probe;
    probe.setHost(host, QUrl::StrictMode);
    if (host.isEmpty() || host.contains(forbidden) || !probe.isValid() || probe.host().isEmpty())
        return Text::tr("Allowed link hosts: “%1” is not a host name such as links.example.com, "
                        "or *.example.com for its subdomains.")
            .arg(pattern);
    return std::nullopt;
}

std::optional<QString> checkCaBundle(const QString& path)
{
    if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty())
        return Text::tr("The CA bundle “%1” cannot be read or holds no PEM certificate.").arg(path);
    return std::nullopt;
}

QStringList splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QList<ProfileProblem> checkProfile(const Profile& profile)
{
    QList<ProfileProblem> problems;
    if (const auto problem = ProfileStore::checkName(profile.name))
        problems.append({ProfileField::Name, *problem});
    if (const auto problem = checkBaseUrl(profile.baseUrl))
        problems.append({ProfileField::BaseUrl, *problem});
    if (profile.username.trimmed().isEmpty())
        problems.append({ProfileField::Username,
                         Text::tr("The username is required: the platform asks for it with the "
                                  "password.")});
    if (const auto problem = Domain::checkReturnUrl(profile.returnUrl))
        problems.append({ProfileField::ReturnUrl, problem->message});
    for (const QString& theme : profile.themes) {
        if (const auto problem = Domain::checkTheme(theme)) {
            problems.append({ProfileField::Themes, problem->message});
            break;
        }
    }
    for (const QString& host : profile.allowedLinkHosts) {
        if (const auto problem = checkLinkHost(host)) {
            problems.append({ProfileField::AllowedLinkHosts, *problem});
            break;
        }
    }
    if (profile.pollIntervalSeconds < MinPollIntervalSeconds ||
        profile.pollIntervalSeconds > MaxPollIntervalSeconds)
        problems.append({ProfileField::PollInterval,
                         Text::tr("The poll interval must be from %1 to %2 seconds.")
                             .arg(MinPollIntervalSeconds)
                             .arg(MaxPollIntervalSeconds)});
    if (profile.timeoutSeconds < MinTimeoutSeconds || profile.timeoutSeconds > MaxTimeoutSeconds)
        problems.append(
            {ProfileField::Timeout, Text::tr("The timeout must be from %1 to %2 seconds.")
                                        .arg(MinTimeoutSeconds)
                                        .arg(MaxTimeoutSeconds)});
    if (!profile.caBundlePath.isEmpty()) {
        if (const auto problem = checkCaBundle(profile.caBundlePath))
            problems.append({ProfileField::CaBundle, *problem});
    }
    return problems;
}

} // namespace Config
