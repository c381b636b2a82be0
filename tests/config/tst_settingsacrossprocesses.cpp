// Settings as users meet them: written by one process and read by the next start. Every key of
// every table (general, ui, window, profiles, kiosk) is written here through the desk's own
// writers and read back by settingsreader, a fresh process, so QSettings' per-process cache cannot
// hide what is really in the file. Also: the active profile stored by 0.1 is still found (and
// moved), and the README's settings examples are exactly what Qt writes.

#include "config/profilestore.h"
#include "config/settings.h"
#include "kiosk/kiosksettings.h"
#include "kiosk/pin.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Config::Settings;
using Key = Settings::Key;

namespace {

const QString Reader = QStringLiteral(ENROLMENT_SETTINGS_READER);
const QString Readme = QStringLiteral(ENROLMENT_SOURCE_DIR "/README.md");

Config::Profile fullProfile(const QString& name)
{
    Config::Profile profile;
    profile.name = name;
    profile.baseUrl = QUrl(QStringLiteral("https://platform.example:8443/tenant"));
    profile.username = QStringLiteral("bank-api");
    profile.returnUrl = QStringLiteral("https://bank.example/done?step=2");
    profile.themes = {QStringLiteral("white"), QStringLiteral("dark")};
    profile.allowedLinkHosts = {QStringLiteral("web.platform.example")};
    profile.pollIntervalSeconds = 45;
    profile.timeoutSeconds = 12;
    profile.caBundlePath = QStringLiteral("/etc/ssl/bank ca.pem");
    return profile;
}

QJsonObject profileJson(const Config::Profile& profile)
{
    return {
        {QStringLiteral("baseUrl"), profile.baseUrl.toString()},
        {QStringLiteral("username"), profile.username},
        {QStringLiteral("returnUrl"), profile.returnUrl},
        {QStringLiteral("themes"), QJsonArray::fromStringList(profile.themes)},
        {QStringLiteral("allowedLinkHosts"), QJsonArray::fromStringList(profile.allowedLinkHosts)},
        {QStringLiteral("pollIntervalSeconds"), profile.pollIntervalSeconds},
        {QStringLiteral("timeoutSeconds"), profile.timeoutSeconds},
        {QStringLiteral("caBundlePath"), profile.caBundlePath},
    };
}

// The settings file without comments and blank lines, one "[section] key=value" per line.
QStringList significantLines(const QString& text)
{
    QStringList lines;
    QString section = QStringLiteral("[General]");
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        // Qt's ini format knows only ';' comments: a '#' line is a format error.
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('[')))
            section = line;
        else
            lines.append(section + QLatin1Char(' ') + line);
    }
    lines.sort();
    return lines;
}

} // namespace

class TestSettingsAcrossProcesses : public QObject
{
    Q_OBJECT

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("enrolment-desk.conf")); }

    // What a fresh process reads from the file; a null object after a recorded failure.
    QJsonObject readInFreshProcess()
    {
        QProcess reader;
        reader.start(Reader, {iniPath()});
        if (!reader.waitForFinished(60000) || reader.exitStatus() != QProcess::NormalExit ||
            reader.exitCode() != 0) {
            QTest::qFail(qPrintable(QStringLiteral("settingsreader failed: %1 %2")
                                        .arg(reader.errorString(),
                                             QString::fromUtf8(reader.readAllStandardError()))),
                         __FILE__, __LINE__);
            return {};
        }
        return QJsonDocument::fromJson(reader.readAllStandardOutput()).object();
    }

    QByteArray fileText() const
    {
        QFile file(iniPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void writeFile(const QByteArray& text) const
    {
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(text), text.size());
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void everyKeyWrittenIsReadByTheNextStart()
    {
        const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03\x00\x00\n=[x]\\", 13);
        const QByteArray state = QByteArray::fromHex("000000ff00000000fd00000001");
        // Names that a settings format could mangle: Qt's special group, a space, non-ASCII.
        const QList<Config::Profile> profiles = {
            fullProfile(QStringLiteral("Production")), fullProfile(QStringLiteral("General")),
            fullProfile(QStringLiteral("general")),
            fullProfile(QString::fromUtf8("Zürich Branch-2_b.1"))};
        const QString pinHash = Kiosk::hashPin(QStringLiteral("2468"));
        const QJsonObject kiosk{
            {QStringLiteral("profile"), QStringLiteral("General")},
            {QStringLiteral("screen"), QStringLiteral("HDMI-1")},
            {QStringLiteral("collectApplicantData"), true},
            {QStringLiteral("idleOnFormSeconds"), 75},
            {QStringLiteral("idleWithCodeSeconds"), 240},
            {QStringLiteral("warningSeconds"), 30},
            {QStringLiteral("thankYouSeconds"), 9},
            {QStringLiteral("background"), QStringLiteral("#101820")},
            {QStringLiteral("accent"), QStringLiteral("#7a1f3d")},
            {QStringLiteral("pinHash"), pinHash},
        };
        {
            QSettings file(iniPath(), QSettings::IniFormat);
            Settings settings(file);
            QVERIFY(
                settings.setValue(Key::ActiveProfile, QString::fromUtf8("Zürich Branch-2_b.1")));
            QVERIFY(settings.setValue(Key::MainWindowGeometry, geometry));
            QVERIFY(settings.setValue(Key::MainWindowState, state));
            QVERIFY(settings.setValue(Key::UiLanguage, QStringLiteral("sk")));
            Config::ProfileStore store(file);
            for (const Config::Profile& profile : profiles)
                store.save(profile);
            // The kiosk's keys as an administrator's tools write them: typed values.
            for (auto it = kiosk.constBegin(); it != kiosk.constEnd(); ++it) {
                if (it.key() != QLatin1String("pinHash"))
                    file.setValue(Kiosk::KioskSettings::path(it.key()), it.value().toVariant());
            }
            QString problem;
            QVERIFY2(Kiosk::KioskSettings(file, nullptr).setPinHash(pinHash, &problem),
                     qPrintable(problem));
            file.sync();
            QCOMPARE(file.status(), QSettings::NoError);
        }
        // Every key of every table is covered above: a new key must be added here too.
        QCOMPARE(Settings::keys().size(), 4);
        QCOMPARE(Kiosk::KioskSettings::keys().size(), kiosk.size());

        const QJsonObject read = readInFreshProcess();
        QVERIFY(!read.isEmpty());
        QCOMPARE(read.value(QStringLiteral("problems")).toArray(), QJsonArray());
        const QJsonObject general = read.value(QStringLiteral("general")).toObject();
        QCOMPARE(general.value(QStringLiteral("ActiveProfile")).toString(),
                 QString::fromUtf8("Zürich Branch-2_b.1"));
        QCOMPARE(general.value(QStringLiteral("MainWindowGeometry")).toString(),
                 QString::fromLatin1(geometry.toBase64()));
        QCOMPARE(general.value(QStringLiteral("MainWindowState")).toString(),
                 QString::fromLatin1(state.toBase64()));
        QCOMPARE(general.value(QStringLiteral("UiLanguage")).toString(), QStringLiteral("sk"));
        const QJsonObject readProfiles = read.value(QStringLiteral("profiles")).toObject();
        QCOMPARE(readProfiles.keys().size(), profiles.size());
        for (const Config::Profile& profile : profiles)
            QCOMPARE(readProfiles.value(profile.name).toObject(), profileJson(profile));
        QCOMPARE(read.value(QStringLiteral("kiosk")).toObject(), kiosk);
    }

    // 0.1 stored the active profile as "general/activeProfile": Qt wrote it as [%General], which
    // every later start read back as "General/activeProfile" and missed.
    void theActiveProfileOf01IsFoundAndMoved()
    {
        {
            QSettings file(iniPath(), QSettings::IniFormat);
            file.setValue(QStringLiteral("general/activeProfile"), QStringLiteral("Branch 7"));
            Config::ProfileStore(file).save(fullProfile(QStringLiteral("Branch 7")));
            file.sync();
        }
        QVERIFY2(fileText().contains("[%General]\nactiveProfile=Branch 7"), fileText().constData());

        QJsonObject read = readInFreshProcess();
        QCOMPARE(
            read.value(QStringLiteral("general")).toObject().value(QStringLiteral("ActiveProfile")),
            QJsonValue(QStringLiteral("Branch 7")));
        // The first start moved it to where it round-trips, and the next start finds it there.
        QVERIFY2(!fileText().contains("%General"), fileText().constData());
        QVERIFY2(fileText().contains("[General]\nactiveProfile=Branch 7"), fileText().constData());
        read = readInFreshProcess();
        QCOMPARE(
            read.value(QStringLiteral("general")).toObject().value(QStringLiteral("ActiveProfile")),
            QJsonValue(QStringLiteral("Branch 7")));
    }

    void aReadOnlyFileOf01IsStillRead()
    {
        writeFile("[%General]\nactiveProfile=Branch 7\n");
        QVERIFY(QFile::setPermissions(iniPath(), QFile::ReadOwner));
        QSettings file(iniPath(), QSettings::IniFormat);
        QCOMPARE(Settings(file).activeProfile(), QStringLiteral("Branch 7"));
        QCOMPARE(Config::ProfileStore(file).activeProfileName(), QStringLiteral("Branch 7"));
    }

    void handWrittenGeneralSectionsAreRead_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("as Qt writes it") << QByteArray("[General]\nactiveProfile=QA\n");
        QTest::newRow("lower case") << QByteArray("[general]\nactiveProfile=QA\n");
        QTest::newRow("before any section") << QByteArray("activeProfile=QA\n[ui]\nlanguage=de\n");
    }
    void handWrittenGeneralSectionsAreRead()
    {
        QFETCH(QByteArray, text);
        writeFile(text);
        const QJsonObject read = readInFreshProcess();
        QCOMPARE(
            read.value(QStringLiteral("general")).toObject().value(QStringLiteral("ActiveProfile")),
            QJsonValue(QStringLiteral("QA")));
    }

    // Every settings example in the README is what Qt itself writes for the same values, so an
    // administrator who copies one gets what the desk would have stored, read the same way.
    void theReadmeExamplesAreWhatQtWrites()
    {
        QFile readme(Readme);
        QVERIFY2(readme.open(QIODevice::ReadOnly), qPrintable(Readme));
        const QString text = QString::fromUtf8(readme.readAll());
        static const QRegularExpression block(QStringLiteral("```ini\n(.*?)```"),
                                              QRegularExpression::DotMatchesEverythingOption);
        int examples = 0;
        for (auto match = block.globalMatch(text); match.hasNext();) {
            const QString example = match.next().captured(1);
            ++examples;
            writeFile(example.toUtf8());
            const QString rewritten = m_dir->filePath(QStringLiteral("rewritten.conf"));
            QFile::remove(rewritten);
            {
                QSettings parsed(iniPath(), QSettings::IniFormat);
                QSettings copy(rewritten, QSettings::IniFormat);
                for (const QString& key : parsed.allKeys())
                    copy.setValue(key, parsed.value(key));
                copy.sync();
            }
            QFile qtWrote(rewritten);
            QVERIFY(qtWrote.open(QIODevice::ReadOnly));
            QCOMPARE(significantLines(QString::fromUtf8(qtWrote.readAll())),
                     significantLines(example));
            const QJsonObject read = readInFreshProcess();
            QVERIFY(!read.isEmpty());
        }
        QVERIFY2(examples >= 2, "the README shows the profile and the kiosk settings");
    }
};

QTEST_GUILESS_MAIN(TestSettingsAcrossProcesses)
#include "tst_settingsacrossprocesses.moc"
