// Config's profile rules, data-driven: the base URL (https, plain http only to loopback), link
// hosts, the CA bundle, list splitting, and a whole profile's problems naming their fields.

#include "config/profilecheck.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Config::ProfileField;

class TestProfileCheck : public QObject
{
    Q_OBJECT

private:
    static Config::Profile valid()
    {
        Config::Profile profile;
        profile.name = QStringLiteral("Sandbox");
        profile.baseUrl = QUrl(QStringLiteral("https://platform.example.com"));
        profile.username = QStringLiteral("desk");
        profile.returnUrl = QStringLiteral("https://bank.example/done");
        return profile;
    }

private Q_SLOTS:
    void baseUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << QStringLiteral("https://platform.example.com") << true;
        QTest::newRow("https with path and port")
            << QStringLiteral("https://platform.example.com:8443/enrol/") << true;
        QTest::newRow("http to localhost") << QStringLiteral("http://localhost:8123") << true;
        QTest::newRow("http to 127.0.0.1") << QStringLiteral("http://127.0.0.1:8123") << true;
        QTest::newRow("http to 127.4.5.6") << QStringLiteral("http://127.4.5.6") << true;
        QTest::newRow("http to ::1") << QStringLiteral("http://[::1]:8123") << true;
        QTest::newRow("http elsewhere") << QStringLiteral("http://platform.example.com") << false;
        QTest::newRow("http to a lookalike")
            << QStringLiteral("http://localhost.example.com") << false;
        QTest::newRow("http to 128.0.0.1") << QStringLiteral("http://128.0.0.1") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://platform.example.com") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no scheme") << QStringLiteral("platform.example.com") << false;
        QTest::newRow("user info")
            << QStringLiteral("https://desk:pw@platform.example.com") << false;
        QTest::newRow("query") << QStringLiteral("https://platform.example.com/?a=b") << false;
        QTest::newRow("broken") << QStringLiteral("https://exa mple.com") << false;
    }
    void baseUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        const auto problem =
            Config::checkBaseUrl(url.isEmpty() ? QUrl() : QUrl(url, QUrl::StrictMode));
        QCOMPARE(!problem.has_value(), valid);
        if (problem)
            QVERIFY(problem->contains(QLatin1String("base URL")));
    }

    void linkHost_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("valid");
        QTest::newRow("host") << QStringLiteral("links.example.com") << true;
        QTest::newRow("subdomains") << QStringLiteral("*.example.com") << true;
        QTest::newRow("address") << QStringLiteral("192.0.2.7") << true;
        QTest::newRow("bare star") << QStringLiteral("*") << false;
        QTest::newRow("star inside") << QStringLiteral("links.*.example.com") << false;
        QTest::newRow("url") << QStringLiteral("https://links.example.com") << false;
        QTest::newRow("path") << QStringLiteral("links.example.com/x") << false;
        QTest::newRow("user") << QStringLiteral("a@links.example.com") << false;
    }
    void linkHost()
    {
        QFETCH(QString, host);
        QFETCH(bool, valid);
        QCOMPARE(!Config::checkLinkHost(host).has_value(), valid);
    }

    void splitList()
    {
        QCOMPARE(Config::splitList(QStringLiteral(" blue,red\n\n green ,, \tgrey ")),
                 (QStringList{QStringLiteral("blue"), QStringLiteral("red"),
                              QStringLiteral("green"), QStringLiteral("grey")}));
        QVERIFY(Config::splitList(QStringLiteral(" , \n")).isEmpty());
    }

    void caBundleMustHoldACertificate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.pem"));
        QVERIFY(Config::checkCaBundle(path)); // missing
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate\n");
        file.close();
        QVERIFY(Config::checkCaBundle(path));
    }

    void validProfileHasNoProblem() { QVERIFY(Config::checkProfile(valid()).isEmpty()); }

    void eachProblemNamesItsField()
    {
        Config::Profile profile = valid();
        profile.name = QStringLiteral("a/b");
        profile.baseUrl = QUrl(QStringLiteral("http://platform.example.com"));
        profile.username.clear();
        profile.returnUrl = QStringLiteral("ftp://bank.example");
        profile.themes = {QStringLiteral("blue"), QStringLiteral("réd")};
        profile.allowedLinkHosts = {QStringLiteral("https://links.example.com")};
        profile.pollIntervalSeconds = 0;
        profile.timeoutSeconds = 601;
        profile.caBundlePath = QStringLiteral("/nonexistent/bundle.pem");
        const QList<Config::ProfileProblem> problems = Config::checkProfile(profile);
        const QList<ProfileField> expected{
            ProfileField::Name,         ProfileField::BaseUrl, ProfileField::Username,
            ProfileField::ReturnUrl,    ProfileField::Themes,  ProfileField::AllowedLinkHosts,
            ProfileField::PollInterval, ProfileField::Timeout, ProfileField::CaBundle};
        QCOMPARE(problems.size(), expected.size());
        for (qsizetype i = 0; i < problems.size(); ++i) {
            QCOMPARE(problems.at(i).field, expected.at(i));
            QVERIFY(!problems.at(i).message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestProfileCheck)
#include "tst_profilecheck.moc"
