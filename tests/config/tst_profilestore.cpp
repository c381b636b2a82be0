// Config::ProfileStore: a round trip of every field, names, removal, damaged values read from the
// ini file (defaults plus one sentence each), and the rules for profile names.

#include "config/profilestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Config::Profile;
using Config::ProfileStore;

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("desk.conf")); }
    std::unique_ptr<QSettings> openIni() const
    {
        return std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
    }

    static Profile sample()
    {
        Profile profile;
        profile.name = QStringLiteral("Branch 7.sandbox_2");
        profile.baseUrl = QUrl(QStringLiteral("https://platform.example.com/api/"));
        profile.username = QStringLiteral("desk-7");
        profile.returnUrl = QStringLiteral("https://bank.example/done?branch=7");
        profile.themes = {QStringLiteral("bank-blue"), QStringLiteral("bank.red")};
        profile.allowedLinkHosts = {QStringLiteral("*.links.example.com"),
                                    QStringLiteral("enrol.example.net")};
        profile.pollIntervalSeconds = 15;
        profile.timeoutSeconds = 90;
        profile.caBundlePath = QStringLiteral("/etc/ssl/corporate, proxy.pem");
        return profile;
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void roundTrip()
    {
        {
            auto ini = openIni();
            ProfileStore(*ini).save(sample());
        }
        auto ini = openIni();
        ProfileStore store(*ini);
        QStringList problems;
        const auto loaded = store.load(sample().name, &problems);
        QVERIFY(loaded);
        QCOMPARE(*loaded, sample());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void namesAreSortedAndRemovable()
    {
        auto ini = openIni();
        ProfileStore store(*ini);
        for (const char* name : {"production", "Sandbox", "branch 2"}) {
            Profile profile = sample();
            profile.name = QString::fromLatin1(name);
            store.save(profile);
        }
        QCOMPARE(store.names(),
                 (QStringList{QStringLiteral("branch 2"), QStringLiteral("production"),
                              QStringLiteral("Sandbox")}));
        store.remove(QStringLiteral("production"));
        QVERIFY(!store.contains(QStringLiteral("production")));
        QVERIFY(!store.load(QStringLiteral("production")));
        QCOMPARE(store.names().size(), 2);
    }

    void damagedValuesFallBackWithAProblem()
    {
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[profiles]\n"
                   "Broken\\baseUrl=https://platform.example.com\n"
                   "Broken\\username=desk\n"
                   "Broken\\pollIntervalSeconds=banana\n"
                   "Broken\\timeoutSeconds=9999\n"
                   "Broken\\themes=blue, , red\n");
        file.close();
        auto ini = openIni();
        ProfileStore store(*ini);
        QStringList problems;
        const auto loaded = store.load(QStringLiteral("Broken"), &problems);
        QVERIFY(loaded);
        QCOMPARE(loaded->pollIntervalSeconds, Profile().pollIntervalSeconds);
        QCOMPARE(loaded->timeoutSeconds, Profile().timeoutSeconds);
        QCOMPARE(loaded->username, QStringLiteral("desk"));
        QCOMPARE(loaded->themes, (QStringList{QStringLiteral("blue"), QStringLiteral("red")}));
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).contains(QLatin1String("pollIntervalSeconds")));
        QVERIFY(problems.at(0).contains(QLatin1String("Broken")));
        QVERIFY(problems.at(1).contains(QLatin1String("timeoutSeconds")));
    }

    void checkName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("Sandbox") << true;
        QTest::newRow("all allowed") << QStringLiteral("Branch 7.prod_2-b") << true;
        QTest::newRow("letters beyond ASCII") << QStringLiteral("Zürich Filiale") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << QStringLiteral("   ") << false;
        QTest::newRow("slash makes a group") << QStringLiteral("a/b") << false;
        QTest::newRow("backslash") << QStringLiteral("a\\b") << false;
        QTest::newRow("too long") << QString(65, QLatin1Char('a')) << false;
        QTest::newRow("64 is fine") << QString(64, QLatin1Char('a')) << true;
    }
    void checkName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const auto problem = ProfileStore::checkName(name);
        QCOMPARE(!problem.has_value(), valid);
        if (problem)
            QVERIFY(!problem->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
