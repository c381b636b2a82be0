// The window program stopped by a signal (a service manager's SIGTERM, Ctrl+C) ends like a normal
// exit: code 0, and the demo's temporary folder (settings, history) is gone.

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

namespace {

QString windowProgram()
{
    return QFileInfo(TestSupport::desktopBinary())
        .dir()
        .filePath(QStringLiteral("enrolment-desk-gui"));
}

// Entries anywhere below folder, as paths relative to it.
QStringList entriesBelow(const QString& folder)
{
    QStringList found;
    QDir dir(folder);
    const QFileInfoList entries =
        dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QFileInfo& entry : entries) {
        found.append(dir.relativeFilePath(entry.filePath()));
        if (entry.isDir() && !entry.isSymLink()) {
            const QStringList inner = entriesBelow(entry.filePath());
            for (const QString& path : inner)
                found.append(entry.fileName() + QLatin1Char('/') + path);
        }
    }
    return found;
}

} // namespace

class TestSignalExit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoCleansUpOnSignal_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("signal");
        QTest::newRow("staff window, SIGTERM") << QStringList{QStringLiteral("--demo")} << SIGTERM;
        QTest::newRow("staff window, SIGINT") << QStringList{QStringLiteral("--demo")} << SIGINT;
        QTest::newRow("kiosk, SIGTERM")
            << QStringList{QStringLiteral("--kiosk"), QStringLiteral("--demo")} << SIGTERM;
    }

    void demoCleansUpOnSignal()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, signal);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString temporary = home.filePath(QStringLiteral("tmp"));
        QVERIFY(QDir().mkpath(temporary));
        QProcessEnvironment environment = TestSupport::isolatedEnvironment(home.path());
        environment.insert(QStringLiteral("TMPDIR"), temporary);
        const QString runtime = home.filePath(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(runtime));
        QVERIFY(
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

        QProcess window;
        window.setProcessEnvironment(environment);
        window.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        window.start(windowProgram(), arguments);
        QVERIFY2(window.waitForStarted(30000), qPrintable(window.errorString()));
        // The demo is up once its settings are written into its temporary folder.
        QTRY_VERIFY_WITH_TIMEOUT(
            entriesBelow(temporary).join(QLatin1Char(' ')).contains(QStringLiteral("demo.ini")),
            60000);

        QCOMPARE(::kill(pid_t(window.processId()), signal), 0);
        QVERIFY(window.waitForFinished(60000));
        QCOMPARE(window.exitStatus(), QProcess::NormalExit);
        QCOMPARE(window.exitCode(), 0);
        QCOMPARE(entriesBelow(temporary), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSignalExit)
#include "tst_signalexit.moc"
