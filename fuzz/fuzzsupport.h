#pragma once
// What every fuzz target shares: a quiet Qt (warnings cost time and say nothing to libFuzzer),
// the two fixed link policies, and FUZZ_CHECK for properties that must hold for every input.

#include "api/linkpolicy.h"
#include "domain/linkoptions.h"
#include "domain/loopback.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// A property the code promises for every input; a violation is a finding like a crash.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: property violated: %s\n", __FILE__, __LINE__,             \
                         #condition);                                                              \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace Fuzz {

inline void quietQt()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
}

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// A production profile: the platform's API host, its enrolment host and a wildcard.
inline const Api::LinkPolicy& remotePolicy()
{
    static const Api::LinkPolicy policy{
        QUrl(QStringLiteral("https://api.trustmatic.example")),
        {QStringLiteral("enrol.trustmatic.example"), QStringLiteral("*.example.com")}};
    return policy;
}

// The local sandbox: plain http is allowed when both the API and the link are on loopback.
inline const Api::LinkPolicy& loopbackPolicy()
{
    static const Api::LinkPolicy policy{QUrl(QStringLiteral("http://127.0.0.1:8080")), {}};
    return policy;
}

// What the policy promises about a link it accepted, and that the text the applicant receives (the
// QR code and "Copy link" carry toString(QUrl::FullyEncoded), with the link options added) leads
// to the same host and passes the same check when read back.
inline void checkAcceptedLink(const Api::LinkPolicy& policy, const QUrl& link)
{
    FUZZ_CHECK(link.isValid() && !link.host().isEmpty() && link.userInfo().isEmpty());
    const QString scheme = link.scheme().toLower();
    FUZZ_CHECK(scheme == QLatin1String("https") ||
               (scheme == QLatin1String("http") && Domain::isLoopbackUrl(link) &&
                Domain::isLoopbackUrl(policy.apiBaseUrl)));

    const QUrl withOptions =
        Domain::applyLinkOptions(link, {QStringLiteral("de-DE"), /*onlyMobile=*/true});
    for (const QUrl& shown : {link, withOptions}) {
        const QUrl readBack(shown.toString(QUrl::FullyEncoded), QUrl::StrictMode);
        FUZZ_CHECK(readBack.isValid());
        FUZZ_CHECK(readBack.host().compare(link.host(), Qt::CaseInsensitive) == 0);
        FUZZ_CHECK(!policy.check(readBack).has_value());
    }
}

} // namespace Fuzz
