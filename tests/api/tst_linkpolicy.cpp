// Which enrolment links may become a QR code (DESIGN.md, "Security model").

#include "api/linkpolicy.h"

#include <QTest>

using namespace Api;

namespace {

const QString Accepted; // an empty expected reason: the link is acceptable
const QString NotValid = QStringLiteral("not a valid absolute URL");
const QString Credentials = QStringLiteral("contains user credentials");
const QString NotHttps = QStringLiteral("is not https");
const QString ForeignHost = QStringLiteral("neither the platform's host");

} // namespace

class TestLinkPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostMatchesPattern_data();
    void hostMatchesPattern();
    void check_data();
    void check();
    void refusalNamesTheForeignHost();
};

void TestLinkPolicy::hostMatchesPattern_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("matches");

    const auto row = [](const char* name, const char* host, const char* pattern, bool matches) {
        QTest::newRow(name) << QString::fromLatin1(host) << QString::fromLatin1(pattern) << matches;
    };
    row("exact", "example.com", "example.com", true);
    row("host upper case", "EXAMPLE.COM", "example.com", true);
    row("pattern upper case and padded", "example.com", " Example.COM ", true);
    row("wildcard, one level", "web.example.com", "*.example.com", true);
    row("wildcard, two levels", "a.b.example.com", "*.example.com", true);
    row("wildcard upper case", "web.example.com", "*.EXAMPLE.com", true);
    row("wildcard does not match the domain itself", "example.com", "*.example.com", false);
    row("wildcard needs the dot boundary", "evilexample.com", "*.example.com", false);
    row("wildcard is a suffix, not a prefix", "example.com.evil.net", "*.example.com", false);
    row("wildcard does not match a bare dot", ".example.com", "*.example.com", false);
    row("exact does not match subdomain", "web.example.com", "example.com", false);
    row("exact does not match longer name", "evilexample.com", "example.com", false);
    row("exact does not match prefix", "example.co", "example.com", false);
    row("star without dot is literal", "example.com", "*example.com", false);
    row("lone star matches nothing", "example.com", "*", false);
    row("empty pattern matches nothing", "example.com", "", false);
    row("blank pattern matches nothing", "example.com", "   ", false);
    row("empty host, empty pattern", "", "", false);
    row("loopback address", "127.0.0.1", "127.0.0.1", true);
}

void TestLinkPolicy::hostMatchesPattern()
{
    QFETCH(QString, host);
    QFETCH(QString, pattern);
    QFETCH(bool, matches);
    QCOMPARE(Api::hostMatchesPattern(host, pattern), matches);
}

void TestLinkPolicy::check_data()
{
    QTest::addColumn<QString>("apiBase");
    QTest::addColumn<QStringList>("allowedHosts");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("reason"); // a part of the refusal; empty when accepted

    const QString api = QStringLiteral("https://api.trustmatic.example");
    const QStringList none;
    const QStringList enrol{QStringLiteral("enrol.trustmatic.example")};
    const QStringList wildcard{QStringLiteral("*.example.com")};

    // Accepted.
    QTest::newRow("API host") << api << none
                              << QStringLiteral(
                                     "https://api.trustmatic.example/web-enrolment/?token=abc")
                              << Accepted;
    QTest::newRow("API host, other port")
        << api << none << QStringLiteral("https://api.trustmatic.example:8443/web-enrolment/")
        << Accepted;
    QTest::newRow("API host, upper case")
        << api << none << QStringLiteral("https://API.Trustmatic.EXAMPLE/web-enrolment/")
        << Accepted;
    QTest::newRow("allowed host") << api << enrol
                                  << QStringLiteral("https://enrol.trustmatic.example/?token=abc")
                                  << Accepted;
    QTest::newRow("second allowed host")
        << api
        << QStringList{QStringLiteral("other.test"), QStringLiteral("enrol.trustmatic.example")}
        << QStringLiteral("https://enrol.trustmatic.example/") << Accepted;
    QTest::newRow("wildcard subdomain")
        << api << wildcard << QStringLiteral("https://web.example.com/?token=abc") << Accepted;
    QTest::newRow("wildcard deep subdomain")
        << api << wildcard << QStringLiteral("https://a.b.example.com/") << Accepted;
    QTest::newRow("http on loopback pair (127.0.0.1)")
        << QStringLiteral("http://127.0.0.1:8080") << none
        << QStringLiteral("http://127.0.0.1:8080/web-enrolment/?token=abc") << Accepted;
    QTest::newRow("http on loopback pair (localhost)")
        << QStringLiteral("http://localhost:8080") << none
        << QStringLiteral("http://localhost:9000/web-enrolment/") << Accepted;
    QTest::newRow("http on loopback pair (::1)")
        << QStringLiteral("http://[::1]:8080") << none
        << QStringLiteral("http://[::1]:8080/web-enrolment/") << Accepted;
    QTest::newRow("http loopback link to other loopback name, allowed")
        << QStringLiteral("http://localhost:8080") << QStringList{QStringLiteral("127.0.0.1")}
        << QStringLiteral("http://127.0.0.1:8080/web-enrolment/") << Accepted;
    QTest::newRow("https link with loopback API")
        << QStringLiteral("http://localhost:8080") << none
        << QStringLiteral("https://localhost:8443/web-enrolment/") << Accepted;

    // Not https.
    QTest::newRow("http link, https API, same host")
        << api << none << QStringLiteral("http://api.trustmatic.example/web-enrolment/?token=abc")
        << NotHttps;
    QTest::newRow("http loopback link, https API elsewhere")
        << api << QStringList{QStringLiteral("localhost")}
        << QStringLiteral("http://localhost:8080/web-enrolment/") << NotHttps;
    QTest::newRow("http foreign link, loopback API")
        << QStringLiteral("http://localhost:8080") << QStringList{QStringLiteral("evil.test")}
        << QStringLiteral("http://evil.test/web-enrolment/") << NotHttps;
    QTest::newRow("http loopback-looking name")
        << QStringLiteral("http://localhost:8080")
        << QStringList{QStringLiteral("127.0.0.1.nip.io")}
        << QStringLiteral("http://127.0.0.1.nip.io/web-enrolment/") << NotHttps;
    QTest::newRow("ftp") << api << none << QStringLiteral("ftp://api.trustmatic.example/file")
                         << NotHttps;
    QTest::newRow("wss") << api << none << QStringLiteral("wss://api.trustmatic.example/")
                         << NotHttps;

    // Foreign host.
    QTest::newRow("foreign host") << api << enrol
                                  << QStringLiteral("https://evil.test/web-enrolment/?token=abc")
                                  << ForeignHost;
    QTest::newRow("wildcard does not match the domain itself")
        << api << wildcard << QStringLiteral("https://example.com/") << ForeignHost;
    QTest::newRow("wildcard needs the dot boundary")
        << api << wildcard << QStringLiteral("https://evilexample.com/") << ForeignHost;
    QTest::newRow("allowed host as prefix of a foreign one")
        << api << enrol << QStringLiteral("https://enrol.trustmatic.example.evil.test/")
        << ForeignHost;
    QTest::newRow("API host as subdomain of a foreign one")
        << api << none << QStringLiteral("https://api.trustmatic.example.evil.test/")
        << ForeignHost;
    QTest::newRow("allowed host only in the fragment")
        << api << enrol << QStringLiteral("https://evil.test/#enrol.trustmatic.example")
        << ForeignHost;
    QTest::newRow("allowed host only in the path")
        << api << enrol << QStringLiteral("https://evil.test/enrol.trustmatic.example/")
        << ForeignHost;
    QTest::newRow("empty allowed pattern")
        << api << QStringList{QString()} << QStringLiteral("https://evil.test/") << ForeignHost;
    QTest::newRow("lone star pattern") << api << QStringList{QStringLiteral("*")}
                                       << QStringLiteral("https://evil.test/") << ForeignHost;
    QTest::newRow("no API base, no allowed hosts")
        << QString() << none << QStringLiteral("https://evil.test/") << ForeignHost;

    // User info.
    QTest::newRow("user and password")
        << api << none << QStringLiteral("https://user:secret@api.trustmatic.example/")
        << Credentials;
    QTest::newRow("user only") << api << none
                               << QStringLiteral("https://user@api.trustmatic.example/")
                               << Credentials;
    QTest::newRow("allowed host disguised as user info")
        << api << enrol << QStringLiteral("https://enrol.trustmatic.example@evil.test/")
        << Credentials;

    // Not a URL.
    QTest::newRow("empty") << api << none << QString() << NotValid;
    QTest::newRow("relative") << api << none << QStringLiteral("/web-enrolment/?token=abc")
                              << NotValid;
    QTest::newRow("scheme only") << api << none << QStringLiteral("https://") << NotValid;
    QTest::newRow("javascript") << api << none << QStringLiteral("javascript:alert(1)") << NotValid;
    QTest::newRow("data") << api << none << QStringLiteral("data:text/html,<b>hi</b>") << NotValid;
    QTest::newRow("mailto") << api << none << QStringLiteral("mailto:someone@example.com")
                            << NotValid;
    QTest::newRow("space in host")
        << api << none << QStringLiteral("https://api.trustmatic .example/") << NotValid;
}

void TestLinkPolicy::check()
{
    QFETCH(QString, apiBase);
    QFETCH(QStringList, allowedHosts);
    QFETCH(QString, link);
    QFETCH(QString, reason);

    LinkPolicy policy;
    policy.apiBaseUrl = QUrl(apiBase);
    policy.allowedHosts = allowedHosts;
    const std::optional<QString> refusal = policy.check(QUrl(link, QUrl::StrictMode));
    if (reason.isEmpty()) {
        QVERIFY2(!refusal.has_value(), qPrintable(refusal.value_or(QString())));
    } else {
        QVERIFY2(refusal.has_value(), "the link was accepted");
        QVERIFY2(refusal->contains(reason), qPrintable(*refusal));
    }
}

void TestLinkPolicy::refusalNamesTheForeignHost()
{
    LinkPolicy policy;
    policy.apiBaseUrl = QUrl(QStringLiteral("https://api.trustmatic.example"));
    const auto refusal = policy.check(
        QUrl(QStringLiteral("https://evil.test/web-enrolment/?token=SECRETREFERENCE")));
    QVERIFY(refusal.has_value());
    QVERIFY2(refusal->contains(QLatin1String("evil.test")), qPrintable(*refusal));
    // The refusal is shown and logged: the link token must not be part of it.
    QVERIFY2(!refusal->contains(QLatin1String("SECRETREFERENCE")), qPrintable(*refusal));
}

QTEST_GUILESS_MAIN(TestLinkPolicy)
#include "tst_linkpolicy.moc"
