// Config::Settings: every key has a row, defaults, a round trip through the ini file, values of
// the wrong type (written straight into the file) falling back to the default, and changed().

#include "config/profilestore.h"
#include "config/settings.h"

#include <QFile>
#include <QMetaEnum>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Config::Settings;
using Key = Settings::Key;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("desk.conf")); }
    std::unique_ptr<QSettings> openIni() const
    {
        return std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
    }
    void writeIni(const QByteArray& text) const
    {
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void everyKeyHasOneRow()
    {
        const QMetaEnum keys = QMetaEnum::fromType<Key>();
        QCOMPARE(Settings::keys().size(), keys.keyCount());
        QSet<QString> paths;
        for (int i = 0; i < keys.keyCount(); ++i) {
            const auto key = static_cast<Key>(keys.value(i));
            QVERIFY2(Settings::keys().contains(key), keys.key(i));
            QVERIFY(!Settings::path(key).isEmpty());
            paths.insert(Settings::path(key));
            QCOMPARE(Settings::defaultValue(key).userType(), int(Settings::type(key)));
        }
        QCOMPARE(paths.size(), keys.keyCount());
    }

    void defaultsWhenNothingIsStored()
    {
        auto ini = openIni();
        Settings settings(*ini);
        for (const Key key : Settings::keys())
            QCOMPARE(settings.value(key), Settings::defaultValue(key));
        QCOMPARE(settings.activeProfile(), QString());
        QCOMPARE(settings.mainWindowGeometry(), QByteArray());
        QCOMPARE(settings.mainWindowState(), QByteArray());
    }

    void roundTripThroughTheFile()
    {
        const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03\x00\x00\n=[x]\\", 13);
        const QByteArray state = QByteArray::fromHex("000000ff00000000fd00000001");
        {
            auto ini = openIni();
            Settings settings(*ini);
            settings.setActiveProfile(QStringLiteral("Sandbox, Branch 2"));
            settings.setMainWindowGeometry(geometry);
            settings.setMainWindowState(state);
            ini->sync();
            QCOMPARE(ini->status(), QSettings::NoError);
        }
        auto ini = openIni();
        Settings settings(*ini);
        QCOMPARE(settings.activeProfile(), QStringLiteral("Sandbox, Branch 2"));
        QCOMPARE(settings.mainWindowGeometry(), geometry);
        QCOMPARE(settings.mainWindowState(), state);
        QCOMPARE(settings.value(Key::ActiveProfile), QVariant(QStringLiteral("Sandbox, Branch 2")));
    }

    void wrongTypesFallBackToTheDefault()
    {
        // A list where text belongs, and text where bytes belong.
        writeIni("[General]\nactiveProfile=one, two\n\n[window]\ngeometry=banana\n"
                 "state=@Variant(\\0\\0\\0\\x2\\0\\0\\0*)\n");
        auto ini = openIni();
        Settings settings(*ini);
        QCOMPARE(settings.activeProfile(), QString());
        QCOMPARE(settings.mainWindowGeometry(), QByteArray());
        QCOMPARE(settings.mainWindowState(), QByteArray());
    }

    void storingAWrongTypeIsRefused()
    {
        auto ini = openIni();
        Settings settings(*ini);
        QSignalSpy changed(&settings, &Settings::changed);
        QVERIFY(!settings.setValue(Key::MainWindowGeometry, QVariant(42)));
        QVERIFY(!settings.setValue(Key::ActiveProfile, QVariant(QStringList{QStringLiteral("a")})));
        QVERIFY(!ini->contains(Settings::path(Key::MainWindowGeometry)));
        QVERIFY(!ini->contains(Settings::path(Key::ActiveProfile)));
        QCOMPARE(changed.count(), 0);
        QVERIFY(settings.setValue(Key::ActiveProfile, QStringLiteral("Sandbox")));
        QCOMPARE(settings.activeProfile(), QStringLiteral("Sandbox"));
    }

    void changedIsEmittedOncePerChange()
    {
        auto ini = openIni();
        Settings settings(*ini);
        QSignalSpy changed(&settings, &Settings::changed);
        settings.setActiveProfile(QStringLiteral("Sandbox"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.takeFirst().at(0).value<Key>(), Key::ActiveProfile);
        settings.setActiveProfile(QStringLiteral("Sandbox"));
        QCOMPARE(changed.count(), 0);
        settings.setMainWindowGeometry(QByteArray("geometry"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.takeFirst().at(0).value<Key>(), Key::MainWindowGeometry);
        settings.reset(Key::ActiveProfile);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(settings.activeProfile(), QString());
        settings.reset(Key::ActiveProfile);
        QCOMPARE(changed.count(), 1);
    }

    void profileStoreSharesTheActiveProfileKey()
    {
        auto ini = openIni();
        Settings settings(*ini);
        Config::ProfileStore profiles(*ini);
        profiles.setActiveProfileName(QStringLiteral("Production"));
        QCOMPARE(settings.activeProfile(), QStringLiteral("Production"));
        settings.setActiveProfile(QStringLiteral("Sandbox"));
        QCOMPARE(profiles.activeProfileName(), QStringLiteral("Sandbox"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
