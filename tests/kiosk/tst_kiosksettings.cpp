// The kiosk settings: defaults, the user's values, system-wide values, keys the system locks,
// unusable values falling back with a sentence, the 20-second floor of the warning, the PIN hash
// writer, and where the system file is looked for.

#include "kiosk/kiosksettings.h"
#include "kiosk/pin.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiosk;
using namespace std::chrono_literals;

namespace {

// Writes an ini file by hand, as an administrator would, and opens it.
std::unique_ptr<QSettings> iniFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        QTest::qFail(qPrintable(QStringLiteral("cannot write ") + path), __FILE__, __LINE__);
    file.close();
    return std::make_unique<QSettings>(path, QSettings::IniFormat);
}

QString joined(const QStringList& problems)
{
    return problems.join(QLatin1Char('\n'));
}

} // namespace

class TestKioskSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void defaults()
    {
        const auto user = iniFile(userPath(), "");
        QStringList problems;
        const KioskConfig config = KioskSettings(*user, nullptr).load(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
        QVERIFY(config.profile.isEmpty());
        QVERIFY(config.screen.isEmpty());
        QVERIFY(!config.collectApplicantData);
        QCOMPARE(config.idleOnForm, 60s);
        QCOMPARE(config.idleWithCode, 180s);
        QCOMPARE(config.warning, 20s);
        QCOMPARE(config.thankYou, 15s);
        QCOMPARE(config.background, QStringLiteral("#f4f6f8"));
        QCOMPARE(config.accent, QStringLiteral("#0b4f8a"));
        QVERIFY(config.pinHash.isEmpty());
        QCOMPARE(KioskSettings::keys().size(), 10);
        QCOMPARE(KioskSettings::path(QStringLiteral("accent")), QStringLiteral("kiosk/accent"));
    }

    void userValues()
    {
        const QString hash = hashPin(QStringLiteral("1234"), MinPinIterations);
        const auto user = iniFile(userPath(), "[kiosk]\n"
                                              "profile=Branch 7\n"
                                              "screen=HDMI-2\n"
                                              "collectApplicantData=true\n"
                                              "idleOnFormSeconds=90\n"
                                              "idleWithCodeSeconds=300\n"
                                              "warningSeconds=45\n"
                                              "thankYouSeconds=8\n"
                                              "background=#FFFFFF\n"
                                              "accent=#a01010\n"
                                              "pinHash=" +
                                                  hash.toLatin1() + "\n");
        QStringList problems;
        const KioskConfig config = KioskSettings(*user, nullptr).load(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
        QCOMPARE(config.profile, QStringLiteral("Branch 7"));
        QCOMPARE(config.screen, QStringLiteral("HDMI-2"));
        QVERIFY(config.collectApplicantData);
        QCOMPARE(config.idleOnForm, 90s);
        QCOMPARE(config.idleWithCode, 300s);
        QCOMPARE(config.warning, 45s);
        QCOMPARE(config.thankYou, 8s);
        QCOMPARE(config.background, QStringLiteral("#ffffff")); // lower case
        QCOMPARE(config.accent, QStringLiteral("#a01010"));
        QCOMPARE(config.pinHash, hash);
    }

    void valuesSetInMemoryKeepTheirTypes()
    {
        QSettings user(userPath(), QSettings::IniFormat);
        user.setValue(QStringLiteral("kiosk/collectApplicantData"), true);
        user.setValue(QStringLiteral("kiosk/idleOnFormSeconds"), 75);
        user.setValue(QStringLiteral("kiosk/thankYouSeconds"), qint64(20));
        QStringList problems;
        const KioskConfig config = KioskSettings(user, nullptr).load(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
        QVERIFY(config.collectApplicantData);
        QCOMPARE(config.idleOnForm, 75s);
        QCOMPARE(config.thankYou, 20s);
    }

    void systemValuesApplyWhereTheUserSetNothing()
    {
        const auto user = iniFile(userPath(), "[kiosk]\naccent=#123456\n");
        const auto system = iniFile(systemPath(), "[kiosk]\n"
                                                  "accent=#654321\n"
                                                  "background=#000000\n"
                                                  "idleOnFormSeconds=120\n"
                                                  "profile=Fleet\n");
        QStringList problems;
        const KioskConfig config = KioskSettings(*user, system.get()).load(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
        QCOMPARE(config.accent, QStringLiteral("#123456")); // not locked: the user's
        QCOMPARE(config.background, QStringLiteral("#000000"));
        QCOMPARE(config.idleOnForm, 120s);
        QCOMPARE(config.profile, QStringLiteral("Fleet"));
        QCOMPARE(config.warning, 20s);
    }

    void lockedKeys_data()
    {
        QTest::addColumn<QByteArray>("locked");
        QTest::newRow("comma list") << QByteArray("locked=accent, pinHash,warningSeconds\n");
        QTest::newRow("quoted text") << QByteArray("locked=\"accent,pinHash, warningSeconds\"\n");
        QTest::newRow("with group") << QByteArray("locked=kiosk/accent, kiosk/pinHash, "
                                                  "warningSeconds\n");
    }
    void lockedKeys()
    {
        QFETCH(QByteArray, locked);
        const QString userHash = hashPin(QStringLiteral("1111"), MinPinIterations);
        const QString systemHash = hashPin(QStringLiteral("2222"), MinPinIterations);
        const auto user = iniFile(userPath(), "[kiosk]\naccent=#111111\nwarningSeconds=60\n"
                                              "background=#222222\npinHash=" +
                                                  userHash.toLatin1() + "\n");
        const auto system = iniFile(systemPath(), "[kiosk]\naccent=#999999\nwarningSeconds=30\n"
                                                  "background=#888888\npinHash=" +
                                                      systemHash.toLatin1() + "\n" + locked);
        const KioskSettings settings(*user, system.get());
        QCOMPARE(settings.lockedKeys(),
                 (QStringList{QStringLiteral("accent"), QStringLiteral("pinHash"),
                              QStringLiteral("warningSeconds")}));
        QVERIFY(settings.isLocked(QStringLiteral("pinHash")));
        QVERIFY(settings.isLocked(QStringLiteral("kiosk/pinHash")));
        QVERIFY(!settings.isLocked(QStringLiteral("background")));
        QStringList problems;
        const KioskConfig config = settings.load(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
        QCOMPARE(config.accent, QStringLiteral("#999999"));
        QCOMPARE(config.warning, 30s);
        QCOMPARE(config.pinHash, systemHash);
        QCOMPARE(config.background, QStringLiteral("#222222")); // not locked
    }

    void lockedWithoutSystemValueIsTheDefault()
    {
        const auto user = iniFile(userPath(), "[kiosk]\nthankYouSeconds=40\n");
        const auto system = iniFile(systemPath(), "[kiosk]\nlocked=thankYouSeconds\n");
        QCOMPARE(KioskSettings(*user, system.get()).load().thankYou, 15s);
    }

    void unknownLockedNameIsAProblem()
    {
        const auto user = iniFile(userPath(), "");
        const auto system = iniFile(systemPath(), "[kiosk]\nlocked=accent, colour\n");
        QStringList problems;
        KioskSettings(*user, system.get()).load(&problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.constFirst().contains(QStringLiteral("“colour”")),
                 qPrintable(problems.constFirst()));
    }

    void garbageFallsBack_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("expected");
        QTest::addColumn<QString>("problemPart");
        QTest::newRow("seconds text") << QByteArray("idleOnFormSeconds=soon") << "idleOnForm"
                                      << QVariant(qint64(60)) << "not a whole number";
        QTest::newRow("seconds fraction")
            << QByteArray("thankYouSeconds=2.5") << "thankYou" << QVariant(qint64(15)) << "“2.5”";
        QTest::newRow("seconds list") << QByteArray("idleWithCodeSeconds=1, 2") << "idleWithCode"
                                      << QVariant(qint64(180)) << "“1, 2”";
        QTest::newRow("seconds too many") << QByteArray("idleOnFormSeconds=999999") << "idleOnForm"
                                          << QVariant(qint64(3600)) << "more than 3600";
        QTest::newRow("seconds negative") << QByteArray("thankYouSeconds=-5") << "thankYou"
                                          << QVariant(qint64(3)) << "less than 3";
        QTest::newRow("flag") << QByteArray("collectApplicantData=yes") << "collect"
                              << QVariant(false) << "not true or false";
        QTest::newRow("colour name") << QByteArray("accent=red") << "accent"
                                     << QVariant(QStringLiteral("#0b4f8a")) << "#rrggbb";
        QTest::newRow("colour short") << QByteArray("background=#fff") << "background"
                                      << QVariant(QStringLiteral("#f4f6f8")) << "“#fff”";
        QTest::newRow("colour alpha") << QByteArray("background=#ff00ff00") << "background"
                                      << QVariant(QStringLiteral("#f4f6f8")) << "#rrggbb";
        QTest::newRow("colour not hex") << QByteArray("accent=#12345g") << "accent"
                                        << QVariant(QStringLiteral("#0b4f8a")) << "#rrggbb";
        QTest::newRow("profile list")
            << QByteArray("profile=a, b") << "profile" << QVariant(QString()) << "single text";
        QTest::newRow("pin hash plain")
            << QByteArray("pinHash=1234") << "pinHash" << QVariant(QString()) << "kiosk-pin";
        QTest::newRow("pin hash weak")
            << QByteArray("pinHash=pbkdf2-sha256$1$AAAAAAAAAAAAAAAAAAAAAA==$"
                          "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
            << "pinHash" << QVariant(QString()) << "kiosk-pin";
    }
    void garbageFallsBack()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, key);
        QFETCH(QVariant, expected);
        QFETCH(QString, problemPart);
        const auto user = iniFile(userPath(), "[kiosk]\n" + line + "\n");
        QStringList problems;
        const KioskConfig config = KioskSettings(*user, nullptr).load(&problems);
        QCOMPARE(problems.size(), 1);
        const QString& problem = problems.constFirst();
        QVERIFY2(problem.contains(problemPart), qPrintable(problem));
        QVERIFY2(problem.contains(user->fileName()), qPrintable(problem));
        QVERIFY2(!problem.contains(QLatin1Char('\n')), "one sentence");
        if (key == QLatin1String("pinHash"))
            QVERIFY2(!problem.contains(QLatin1String(line.mid(8))), "a hash is never shown");
        const QMap<QString, QVariant> actual{
            {QStringLiteral("idleOnForm"), qint64(config.idleOnForm.count())},
            {QStringLiteral("idleWithCode"), qint64(config.idleWithCode.count())},
            {QStringLiteral("thankYou"), qint64(config.thankYou.count())},
            {QStringLiteral("collect"), config.collectApplicantData},
            {QStringLiteral("accent"), config.accent},
            {QStringLiteral("background"), config.background},
            {QStringLiteral("profile"), config.profile},
            {QStringLiteral("pinHash"), config.pinHash},
        };
        QCOMPARE(actual.value(key), expected);
    }

    void garbageFromTheUserFallsBackToTheSystem()
    {
        const auto user = iniFile(userPath(), "[kiosk]\naccent=blue\n");
        const auto system = iniFile(systemPath(), "[kiosk]\naccent=#00ff00\n");
        QStringList problems;
        QCOMPARE(KioskSettings(*user, system.get()).load(&problems).accent,
                 QStringLiteral("#00ff00"));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.constFirst().contains(QStringLiteral("“#00ff00”")),
                 qPrintable(problems.constFirst()));
    }

    void warningBelowTwentyClamps_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expected");
        QTest::addColumn<bool>("problem");
        QTest::newRow("5") << QByteArray("5") << 20 << true;
        QTest::newRow("0") << QByteArray("0") << 20 << true;
        QTest::newRow("19") << QByteArray("19") << 20 << true;
        QTest::newRow("20") << QByteArray("20") << 20 << false;
        QTest::newRow("21") << QByteArray("21") << 21 << false;
    }
    void warningBelowTwentyClamps()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, expected);
        QFETCH(bool, problem);
        for (const bool fromSystem : {false, true}) {
            const QByteArray text = "[kiosk]\nwarningSeconds=" + value + "\n";
            const auto user = iniFile(userPath(), fromSystem ? QByteArray() : text);
            const auto system = iniFile(systemPath(), fromSystem ? text : QByteArray());
            QStringList problems;
            const KioskConfig config = KioskSettings(*user, system.get()).load(&problems);
            QCOMPARE(config.warning, std::chrono::seconds(expected));
            QCOMPARE(problems.size(), problem ? 1 : 0);
            if (problem)
                QVERIFY2(problems.constFirst().contains(QLatin1String("less than 20 seconds; "
                                                                      "using 20.")),
                         qPrintable(problems.constFirst()));
        }
    }

    void setPinHashWritesTheUserFile()
    {
        QSettings user(userPath(), QSettings::IniFormat);
        KioskSettings settings(user, nullptr);
        const QString hash = hashPin(QStringLiteral("4321"), MinPinIterations);
        QString problem;
        QVERIFY2(settings.setPinHash(hash, &problem), qPrintable(problem));
        QSettings reread(userPath(), QSettings::IniFormat);
        QCOMPARE(reread.value(QStringLiteral("kiosk/pinHash")).toString(), hash);
        QCOMPARE(settings.load().pinHash, hash);
        QVERIFY(!settings.setPinHash(QStringLiteral("4321"), &problem));
        QVERIFY(!problem.contains(QLatin1String("4321")));
        QCOMPARE(settings.load().pinHash, hash);
        QVERIFY2(settings.setPinHash(QString(), &problem), qPrintable(problem)); // removes it
        QVERIFY(
            !QSettings(userPath(), QSettings::IniFormat).contains(QStringLiteral("kiosk/pinHash")));
    }

    void setPinHashRefusedWhenLocked()
    {
        QSettings user(userPath(), QSettings::IniFormat);
        const auto system = iniFile(systemPath(), "[kiosk]\nlocked=pinHash\n");
        KioskSettings settings(user, system.get());
        QString problem;
        QVERIFY(!settings.setPinHash(hashPin(QStringLiteral("4321"), MinPinIterations), &problem));
        QVERIFY2(problem.contains(QLatin1String("locked")), qPrintable(problem));
        QVERIFY2(problem.contains(systemPath()), qPrintable(problem));
        QVERIFY(
            !QSettings(userPath(), QSettings::IniFormat).contains(QStringLiteral("kiosk/pinHash")));
    }

    void setPinHashIntoAnUnwritableFile()
    {
        QSettings user(m_dir->filePath(QStringLiteral("missing/folder/user.conf")),
                       QSettings::IniFormat);
        QFile blocker(m_dir->filePath(QStringLiteral("missing")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder would be
        blocker.close();
        QString problem;
        QVERIFY(!KioskSettings(user, nullptr)
                     .setPinHash(hashPin(QStringLiteral("4321"), MinPinIterations), &problem));
        QVERIFY2(problem.contains(QLatin1String("cannot be written")), qPrintable(problem));
    }

    void systemFileFollowsXdgConfigDirs()
    {
        const QByteArray saved = qgetenv("XDG_CONFIG_DIRS");
        const QString first = m_dir->filePath(QStringLiteral("first"));
        const QString second = m_dir->filePath(QStringLiteral("second"));
        QVERIFY(QDir().mkpath(second + QStringLiteral("/EnrolmentDesk")));
        iniFile(second + QStringLiteral("/EnrolmentDesk/enrolment-desk.conf"),
                "[kiosk]\nlocked=pinHash\n");
        qputenv("XDG_CONFIG_DIRS", (first + QLatin1Char(':') + second).toLocal8Bit());
        const auto found = KioskSettings::openSystemSettings();
        QCOMPARE(found->fileName(), second + QStringLiteral("/EnrolmentDesk/enrolment-desk.conf"));
        QCOMPARE(found->value(QStringLiteral("kiosk/locked")).toString(),
                 QStringLiteral("pinHash"));
        // No file in any folder: the first folder's (empty) file, never one outside the list.
        qputenv("XDG_CONFIG_DIRS", first.toLocal8Bit());
        QCOMPARE(KioskSettings::openSystemSettings()->fileName(),
                 first + QStringLiteral("/EnrolmentDesk/enrolment-desk.conf"));
        if (saved.isNull())
            qunsetenv("XDG_CONFIG_DIRS");
        else
            qputenv("XDG_CONFIG_DIRS", saved);
    }

    void colourNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("lower") << "#0b4f8a" << true;
        QTest::newRow("upper") << "#0B4F8A" << true;
        QTest::newRow("no hash") << "0b4f8a" << false;
        QTest::newRow("short") << "#0b4" << false;
        QTest::newRow("named") << "navy" << false;
        QTest::newRow("trailing text") << "#0b4f8a;" << false;
        QTest::newRow("newline") << "#0b4f8a\n" << false;
    }
    void colourNames()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(KioskSettings::isColourName(text), valid);
    }

private:
    QString userPath() const { return m_dir->filePath(QStringLiteral("user.conf")); }
    QString systemPath() const { return m_dir->filePath(QStringLiteral("system.conf")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestKioskSettings)
#include "tst_kiosksettings.moc"
