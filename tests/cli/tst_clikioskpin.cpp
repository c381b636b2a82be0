// `enrolment-desk kiosk-pin --set` through the real binary: the PIN comes from standard input and
// only a hash that verifies reaches the user's settings, a system file, or standard output; bad
// PINs, PINs given as arguments and a PIN locked by the system are refused with exit code 2, and
// the PIN never appears in a file or in the output.

#include "kiosk/pin.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::ProcessResult;
using TestSupport::runDesk;

namespace {

const QString Pin = QStringLiteral("48291375");

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString storedHash(const QString& path)
{
    return QSettings(path, QSettings::IniFormat).value(QStringLiteral("kiosk/pinHash")).toString();
}

} // namespace

class TestCliKioskPin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!TestSupport::desktopBinary().isEmpty(), "binary not set"); }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_environment = TestSupport::isolatedEnvironment(m_home->path());
        // The system-wide file is looked for here, never in the machine's /etc/xdg.
        m_environment.insert(QStringLiteral("XDG_CONFIG_DIRS"), systemFolder());
    }

    void setStoresAHashThatVerifies()
    {
        const ProcessResult result = setPin(Pin.toLatin1() + "\n");
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.err.isEmpty());
        QVERIFY(QString::fromUtf8(result.out).contains(userFile()));
        const QString hash = storedHash(userFile());
        QVERIFY2(hash.startsWith(QLatin1String("pbkdf2-sha256$")), qPrintable(hash));
        QVERIFY(Kiosk::verifyPin(Pin, hash));
        QVERIFY(!Kiosk::verifyPin(QStringLiteral("48291376"), hash));
        QVERIFY(!contents(userFile()).contains(Pin.toLatin1()));
        QVERIFY(!(result.out + result.err).contains(Pin.toLatin1()));
    }

    void windowsLineEndingAndFurtherLines()
    {
        const ProcessResult result = setPin(Pin.toLatin1() + "\r\nsomething else\n");
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(Kiosk::verifyPin(Pin, storedHash(userFile())));
    }

    void setReplacesTheHash()
    {
        QCOMPARE(setPin("1111\n").exitCode, 0);
        const QString first = storedHash(userFile());
        QCOMPARE(setPin("2222\n").exitCode, 0);
        const QString second = storedHash(userFile());
        QVERIFY(first != second);
        QVERIFY(Kiosk::verifyPin(QStringLiteral("2222"), second));
        QVERIFY(!Kiosk::verifyPin(QStringLiteral("1111"), second));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("messagePart");
        const QString set = QStringLiteral("--set");
        QTest::newRow("letter") << QStringList{set} << QByteArray("12a4\n") << "digits";
        QTest::newRow("too short") << QStringList{set} << QByteArray("123\n") << "4 to 12";
        QTest::newRow("too long") << QStringList{set} << QByteArray("1234567890123\n") << "4 to 12";
        QTest::newRow("space") << QStringList{set} << QByteArray(" 1234\n") << "digits";
        QTest::newRow("no input") << QStringList{set} << QByteArray() << "standard input";
        QTest::newRow("empty line")
            << QStringList{set} << QByteArray("\n1234\n") << "standard input";
        QTest::newRow("pin as argument")
            << QStringList{set, QStringLiteral("4829")} << QByteArray("4829\n") << "never from";
        QTest::newRow("pin flag") << QStringList{set, QStringLiteral("--pin"),
                                                 QStringLiteral("4829")}
                                  << QByteArray("4829\n") << "never from";
        QTest::newRow("pin= flag") << QStringList{set, QStringLiteral("--pin=4829")}
                                   << QByteArray("4829\n") << "never from";
        QTest::newRow("no --set") << QStringList{} << QByteArray("4829\n") << "--set";
        QTest::newRow("print and system file")
            << QStringList{set, QStringLiteral("--print"), QStringLiteral("--system-file"),
                           QStringLiteral("x.conf")}
            << QByteArray("4829\n") << "cannot be combined";
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QString, messagePart);
        const ProcessResult result =
            runDesk(QStringList{QStringLiteral("kiosk-pin")} + arguments, m_environment, input);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY2(QString::fromUtf8(result.err).contains(messagePart), result.err.constData());
        QVERIFY2(!result.err.contains("4829") && !result.err.contains("12a4"),
                 "the PIN is never repeated");
        QVERIFY(storedHash(userFile()).isEmpty());
    }

    void printWritesNothing()
    {
        const ProcessResult result = runDesk(
            {QStringLiteral("kiosk-pin"), QStringLiteral("--set"), QStringLiteral("--print")},
            m_environment, Pin.toLatin1() + "\n");
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.out.startsWith("pinHash=pbkdf2-sha256$"));
        QVERIFY(result.out.endsWith('\n'));
        QCOMPARE(result.out.count('\n'), 1);
        QVERIFY(!result.out.contains(Pin.toLatin1()));
        const QString hash = QString::fromLatin1(result.out.trimmed().mid(8));
        QVERIFY(Kiosk::verifyPin(Pin, hash));
        QVERIFY(!QFile::exists(userFile()));
        // The line is usable as it is in a settings file.
        const QString pasted = m_home->filePath(QStringLiteral("pasted.conf"));
        QFile file(pasted);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[kiosk]\n" + result.out);
        file.close();
        QCOMPARE(storedHash(pasted), hash);
    }

    void systemFileReceivesTheHash()
    {
        const QString path = systemFolder() + QStringLiteral("/EnrolmentDesk/enrolment-desk.conf");
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const ProcessResult result = runDesk({QStringLiteral("kiosk-pin"), QStringLiteral("--set"),
                                              QStringLiteral("--system-file"), path},
                                             m_environment, Pin.toLatin1() + "\n");
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(Kiosk::verifyPin(Pin, storedHash(path)));
        QVERIFY(!contents(path).contains(Pin.toLatin1()));
        QVERIFY(!QFile::exists(userFile()));
        QVERIFY(QString::fromUtf8(result.out).contains(QLatin1String("kiosk/locked")));
    }

    void unwritableSystemFileIsExitTwo()
    {
        const QString blocker = m_home->filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const ProcessResult result =
            runDesk({QStringLiteral("kiosk-pin"), QStringLiteral("--set"),
                     QStringLiteral("--system-file"), blocker + QStringLiteral("/x.conf")},
                    m_environment, Pin.toLatin1() + "\n");
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("cannot be written"), result.err.constData());
    }

    void lockedBySystemIsRefused()
    {
        const QString path = systemFolder() + QStringLiteral("/EnrolmentDesk/enrolment-desk.conf");
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[kiosk]\nlocked=pinHash, accent\n");
        file.close();
        const ProcessResult result = setPin(Pin.toLatin1() + "\n");
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("locked"), result.err.constData());
        QVERIFY2(QString::fromUtf8(result.err).contains(path), result.err.constData());
        QVERIFY(storedHash(userFile()).isEmpty());
    }

private:
    ProcessResult setPin(const QByteArray& input)
    {
        return runDesk({QStringLiteral("kiosk-pin"), QStringLiteral("--set")}, m_environment,
                       input);
    }
    QString userFile() const
    {
        return m_home->filePath(QStringLiteral("config/EnrolmentDesk/enrolment-desk.conf"));
    }
    QString systemFolder() const { return m_home->filePath(QStringLiteral("xdg-system")); }

    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_environment;
};

QTEST_GUILESS_MAIN(TestCliKioskPin)
#include "tst_clikioskpin.moc"
