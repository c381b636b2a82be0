// Log lines with journal priorities: the prefix for each Qt message type, the JOURNAL_STREAM
// check, and the built enrolment-desk writing "<4>" before a warning when its standard error is
// the stream JOURNAL_STREAM names (as under systemd), and nothing when it is not.

#include "system/journallog.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QByteArray streamOf(const QString& path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return {};
    return QByteArray::number(qulonglong(status.st_dev)) + ':' +
           QByteArray::number(qulonglong(status.st_ino));
}

} // namespace

class TestJournalLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void priorities_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("debug") << int(QtDebugMsg) << QByteArray("<7>a\n");
        QTest::newRow("info") << int(QtInfoMsg) << QByteArray("<6>a\n");
        QTest::newRow("warning") << int(QtWarningMsg) << QByteArray("<4>a\n");
        QTest::newRow("critical") << int(QtCriticalMsg) << QByteArray("<3>a\n");
        QTest::newRow("fatal") << int(QtFatalMsg) << QByteArray("<2>a\n");
    }
    void priorities()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, expected);
        QCOMPARE(System::journalLines(QtMsgType(type), QStringLiteral("a")), expected);
    }

    void everyLineOfAMessageKeepsItsPriority()
    {
        QCOMPARE(System::journalLines(QtWarningMsg, QStringLiteral("first\nsecond")),
                 QByteArray("<4>first\n<4>second\n"));
    }

    void journalStreamIsRecognisedByDeviceAndInode()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("stream"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QFile other(folder.filePath(QStringLiteral("other")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        QVERIFY(System::isJournalStream(file.handle(), streamOf(path)));
        QVERIFY(!System::isJournalStream(other.handle(), streamOf(path)));
        QVERIFY(!System::isJournalStream(file.handle(), QByteArray()));
        QVERIFY(!System::isJournalStream(file.handle(), QByteArray("12")));
        QVERIFY(!System::isJournalStream(file.handle(), QByteArray("x:y")));
    }

    void programWritesPrioritiesIntoTheJournalStream_data()
    {
        QTest::addColumn<bool>("journal");
        QTest::newRow("standard error is the journal") << true;
        QTest::newRow("standard error is a file") << false;
    }
    void programWritesPrioritiesIntoTheJournalStream()
    {
        QFETCH(bool, journal);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        // A value of the wrong type: the settings warn about it on every start.
        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral("config/EnrolmentDesk"))));
        QFile settings(home.filePath(QStringLiteral("config/EnrolmentDesk/enrolment-desk.conf")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[ui]\nlanguage=de, sk\n");
        settings.close();
        const QString errors = home.filePath(QStringLiteral("stderr"));
        QFile(errors).open(QIODevice::WriteOnly);

        QProcessEnvironment environment = TestSupport::isolatedEnvironment(home.path());
        if (journal)
            environment.insert(QStringLiteral("JOURNAL_STREAM"),
                               QString::fromLatin1(streamOf(errors)));
        else
            environment.remove(QStringLiteral("JOURNAL_STREAM"));
        QProcess desk;
        desk.setProcessEnvironment(environment);
        desk.setStandardErrorFile(errors, QIODevice::Append);
        desk.start(TestSupport::desktopBinary(), {QStringLiteral("--version")});
        QVERIFY(desk.waitForFinished(60000));
        QCOMPARE(desk.exitCode(), 0);

        QFile written(errors);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        const QByteArray warning =
            "enrolment.config: ui/language is not a QString; using the default\n";
        QVERIFY2(text.contains(warning), text.constData());
        QCOMPARE(text.contains("<4>" + warning), journal);
    }
};

QTEST_GUILESS_MAIN(TestJournalLog)
#include "tst_journallog.moc"
