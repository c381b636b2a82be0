// ServiceNotifier against a test socket standing in for systemd's: a Unix datagram socket bound
// in a temporary folder (and one in the abstract namespace), named by NOTIFY_SOCKET.

#include "notifysocket.h"
#include "system/servicenotifier.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using System::ServiceNotifier;
using namespace std::chrono_literals;

namespace {

QProcessEnvironment notifyEnvironment(const QByteArray& socket, const QString& watchdogUsec = {},
                                      const QString& watchdogPid = {})
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("NOTIFY_SOCKET"), QString::fromLocal8Bit(socket));
    if (!watchdogUsec.isEmpty())
        environment.insert(QStringLiteral("WATCHDOG_USEC"), watchdogUsec);
    if (!watchdogPid.isEmpty())
        environment.insert(QStringLiteral("WATCHDOG_PID"), watchdogPid);
    return environment;
}

} // namespace

class TestServiceNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_folder.isValid());
        m_path = m_folder.filePath(QStringLiteral("notify")).toLocal8Bit();
        ::unlink(m_path.constData());
    }

    void sendsReadyStatusWatchdogAndStopping()
    {
        TestSupport::NotifySocket socket(m_path);
        QVERIFY(socket.isBound());
        ServiceNotifier notifier(notifyEnvironment(m_path, QStringLiteral("30000000")));
        QVERIFY(notifier.isActive());
        QVERIFY(notifier.ready(QStringLiteral("serving")));
        QVERIFY(
            notifier.setStatus(QStringLiteral("out of service since 09:12: platform unreachable")));
        QVERIFY(notifier.petWatchdog());
        QVERIFY(notifier.stopping());
        QCOMPARE(socket.received(),
                 (QList<QByteArray>{"READY=1\nSTATUS=serving",
                                    "STATUS=out of service since 09:12: platform unreachable",
                                    "WATCHDOG=1", "STOPPING=1"}));
    }

    void statusIsOneLine()
    {
        QCOMPARE(ServiceNotifier::statusLine(QStringLiteral("two\nlines\r")),
                 QByteArray("STATUS=two lines "));
    }

    void abstractSocketName()
    {
        const QByteArray name =
            "@enrolment-desk-test-" + QByteArray::number(QCoreApplication::applicationPid());
        TestSupport::NotifySocket socket(name);
        QVERIFY(socket.isBound());
        ServiceNotifier notifier(notifyEnvironment(name));
        QVERIFY(notifier.ready(QStringLiteral("serving")));
        QCOMPARE(socket.received(), (QList<QByteArray>{"READY=1\nSTATUS=serving"}));
    }

    void watchdogIntervalIsHalfTheTimeout()
    {
        ServiceNotifier notifier(notifyEnvironment(m_path, QStringLiteral("30000000")));
        QCOMPARE(notifier.watchdogInterval(), std::optional<std::chrono::milliseconds>(15000ms));
    }

    void watchdogOfAnotherProcessIsNotOurs()
    {
        TestSupport::NotifySocket socket(m_path);
        ServiceNotifier notifier(
            notifyEnvironment(m_path, QStringLiteral("30000000"),
                              QString::number(QCoreApplication::applicationPid() + 1)));
        QVERIFY(!notifier.watchdogInterval());
        QVERIFY(!notifier.petWatchdog());
        notifier.startWatchdog();
        QCOMPARE(socket.received(), QList<QByteArray>());
    }

    void watchdogIsPettedFromTheEventLoop()
    {
        TestSupport::NotifySocket socket(m_path);
        // A 200 ms timeout: pets every 100 ms while the event loop runs.
        ServiceNotifier notifier(notifyEnvironment(
            m_path, QStringLiteral("200000"), QString::number(QCoreApplication::applicationPid())));
        QCOMPARE(notifier.watchdogInterval(), std::optional<std::chrono::milliseconds>(100ms));
        notifier.startWatchdog();
        QList<QByteArray> pets = socket.received(); // the first one at once
        QCOMPARE(pets, QList<QByteArray>{"WATCHDOG=1"});
        QTRY_VERIFY_WITH_TIMEOUT((pets += socket.received()).size() >= 3, 60000);
        for (const QByteArray& message : std::as_const(pets))
            QCOMPARE(message, QByteArray("WATCHDOG=1"));
    }

    void inactiveWithoutNotifySocket()
    {
        ServiceNotifier notifier{QProcessEnvironment()};
        QVERIFY(!notifier.isActive());
        QVERIFY(!notifier.ready(QStringLiteral("serving")));
        QVERIFY(!notifier.watchdogInterval());
    }

    void unreachableSocketIsNoCrash()
    {
        ServiceNotifier notifier(notifyEnvironment(m_path)); // nobody bound it
        QVERIFY(notifier.isActive());
        QVERIFY(!notifier.ready(QStringLiteral("serving")));
    }

private:
    QTemporaryDir m_folder;
    QByteArray m_path;
};

QTEST_GUILESS_MAIN(TestServiceNotifier)
#include "tst_servicenotifier.moc"
