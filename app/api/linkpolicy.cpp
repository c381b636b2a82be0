#include "linkpolicy.h"

#include "domain/loopback.h"

#include <QCoreApplication>

namespace Api {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Api::LinkPolicy)
};

} // namespace

bool hostMatchesPattern(const QString& host, const QString& pattern)
{
    const QString wanted = pattern.trimmed().toLower();
    const QString actual = host.toLower();
    if (wanted.startsWith(QLatin1String("*."))) {
        const QString suffix = wanted.mid(1); // ".example.com"
        return actual.size() > suffix.size() && actual.endsWith(suffix);
    }
    return !wanted.isEmpty() && actual == wanted;
}

std::optional<QString> LinkPolicy::check(const QUrl& link) const
{
    if (!link.isValid() || link.isRelative() || link.host().isEmpty())
        return Text::tr("the enrolment link is not a valid absolute URL");
    if (!link.userInfo().isEmpty())
        return Text::tr("the enrolment link contains user credentials");

    const QString scheme = link.scheme().toLower();
    const bool loopbackPair = Domain::isLoopbackUrl(apiBaseUrl) && Domain::isLoopbackUrl(link);
    if (scheme != QLatin1String("https") && !(scheme == QLatin1String("http") && loopbackPair))
        return Text::tr("the enrolment link is not https (%1://%2)").arg(scheme, link.host());

    if (hostMatchesPattern(link.host(), apiBaseUrl.host()))
        return std::nullopt;
    for (const QString& pattern : allowedHosts) {
        if (hostMatchesPattern(link.host(), pattern))
            return std::nullopt;
    }
    return Text::tr(
               "the enrolment link points to %1, which is neither the platform's host nor one of "
               "the profile's allowed link hosts")
        .arg(link.host());
}

} // namespace Api
