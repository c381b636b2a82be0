// The kiosk under a service manager, as its Type=notify unit runs it: the built window program
// (--kiosk --demo, offscreen) with NOTIFY_SOCKET naming a test socket and a watchdog. It must
// report READY=1 with the status "serving" once its window is up, pet the watchdog from its
// event loop, and say STOPPING=1 when SIGTERM stops it (exit code 0).

#include "notifysocket.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

class TestKioskService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsReadyStatusWatchdogAndStopping()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QByteArray socketPath = home.filePath(QStringLiteral("notify")).toLocal8Bit();
        TestSupport::NotifySocket socket(socketPath);
        QVERIFY(socket.isBound());
        QProcessEnvironment environment = TestSupport::isolatedEnvironment(home.path());
        const QString runtime = home.filePath(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(runtime));
        QVERIFY(
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("NOTIFY_SOCKET"), QString::fromLocal8Bit(socketPath));
        environment.insert(QStringLiteral("WATCHDOG_USEC"), QStringLiteral("1000000"));

        QProcess kiosk;
        kiosk.setProcessEnvironment(environment);
        kiosk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        kiosk.start(QFileInfo(TestSupport::desktopBinary())
                        .dir()
                        .filePath(QStringLiteral("enrolment-desk-gui")),
                    {QStringLiteral("--kiosk"), QStringLiteral("--demo")});
        QVERIFY2(kiosk.waitForStarted(30000), qPrintable(kiosk.errorString()));

        QList<QByteArray> messages;
        QTRY_VERIFY_WITH_TIMEOUT((messages += socket.received()).count("WATCHDOG=1") >= 2, 60000);
        QCOMPARE(messages.value(0), QByteArray("READY=1\nSTATUS=serving"));
        for (const QByteArray& message : std::as_const(messages).mid(1))
            QCOMPARE(message, QByteArray("WATCHDOG=1"));

        QCOMPARE(::kill(pid_t(kiosk.processId()), SIGTERM), 0);
        QVERIFY(kiosk.waitForFinished(60000));
        QCOMPARE(kiosk.exitStatus(), QProcess::NormalExit);
        QCOMPARE(kiosk.exitCode(), 0);
        messages += socket.received();
        QCOMPARE(messages.last(), QByteArray("STOPPING=1"));
    }
};

QTEST_GUILESS_MAIN(TestKioskService)
#include "tst_kioskservice.moc"
