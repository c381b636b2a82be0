// The session history through the real binary: `initialize` records a session and nothing
// personal (every column of every table and the raw bytes are searched), `status` updates it,
// `history` prints it as a table or one JSON object, and a damaged file is one clear line.

#include "history/sessionlog.h"
#include "historyprobe.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using TestSupport::ProcessResult;
using TestSupport::runDesk;

namespace {

QString text(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

class TestCliHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!TestSupport::desktopBinary().isEmpty(), "binary not set"); }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_environment = TestSupport::isolatedEnvironment(m_home->path());
        m_environment.insert(QStringLiteral("ENROLMENT_DESK_PASSWORD"), QStringLiteral("demo"));
        m_sandbox = TestSupport::startSandbox();
    }
    void cleanup() { m_sandbox.reset(); }

    void nothingPersonalIsRecorded()
    {
        HistoryProbe::RecordingProxy proxy(m_sandbox->baseUrl());
        const QStringList personal = {QStringLiteral("Zebediah"), QStringLiteral("Quartermaine"),
                                      QStringLiteral("Ottoline Marguerite")};
        const ProcessResult result = runDesk(
            {QStringLiteral("initialize"), QStringLiteral("--api-url"), proxy.baseUrl().toString(),
             QStringLiteral("--username"), QStringLiteral("demo"), QStringLiteral("--return-url"),
             QStringLiteral("https://bank.example/done"), QStringLiteral("--first-name"),
             personal.at(0), QStringLiteral("--last-name"), personal.at(1),
             QStringLiteral("--additional-names"), personal.at(2),
             QStringLiteral("--date-of-birth"), QStringLiteral("1987-06-05"),
             QStringLiteral("--external-id"), QStringLiteral("CASE-4711"),
             QStringLiteral("--json")},
            m_environment);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.err.isEmpty());
        // The platform did receive the personal data, so the desk had it in hand.
        QVERIFY(text(proxy.requestBodies.value(0)).contains(personal.at(0)));

        const QJsonObject printed = QJsonDocument::fromJson(result.out).object();
        const QString sessionId = printed.value(QStringLiteral("sessionId")).toString();
        const QString link = printed.value(QStringLiteral("webEnrolmentUrl")).toString();
        const QString linkToken =
            QUrlQuery(QUrl(link)).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
        const QString accessToken = QJsonDocument::fromJson(proxy.replyBodies.value(0))
                                        .object()
                                        .value(QStringLiteral("accessToken"))
                                        .toString();
        QVERIFY(!linkToken.isEmpty());
        QCOMPARE(accessToken.count(QLatin1Char('.')), 2);

        // Follow it once too, so every path that writes the history has run.
        QVERIFY(runDesk({QStringLiteral("status"), sessionId, QStringLiteral("--api-url"),
                         m_sandbox->baseUrl().toString(), QStringLiteral("--username"),
                         QStringLiteral("demo")},
                        m_environment)
                    .exitCode == 0);

        QStringList secrets = personal + accessToken.split(QLatin1Char('.'));
        secrets << QStringLiteral("1987-06-05") << QStringLiteral("19870605")
                << QStringLiteral("05.06.1987") << QStringLiteral("06/05/1987") << link << linkToken
                << accessToken << QStringLiteral("web-enrolment") << QStringLiteral("Ottoline")
                << QStringLiteral("Marguerite");

        const QStringList values = HistoryProbe::everyValue(historyPath());
        QVERIFY(values.contains(sessionId)); // the session is there
        QVERIFY(values.contains(QStringLiteral("CASE-4711")));
        const QByteArray bytes = HistoryProbe::everyByte(m_home->filePath(QStringLiteral("data")));
        QVERIFY(bytes.contains(sessionId.toUtf8()));
        for (const QString& secret : std::as_const(secrets)) {
            for (const QString& value : values)
                QVERIFY2(!value.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
            QVERIFY2(!bytes.toLower().contains(secret.toLower().toUtf8()), qPrintable(secret));
        }
    }

    void historyJsonShape()
    {
        const QString first = createSession(
            {QStringLiteral("--external-id"), QStringLiteral("CASE-1 sandbox:no-token")});
        const QString second =
            createSession({QStringLiteral("--external-id"), QStringLiteral("CASE-2")});
        const ProcessResult result =
            runDesk({QStringLiteral("history"), QStringLiteral("--json")}, m_environment);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());
        QCOMPARE(result.out.count('\n'), 1);
        QJsonParseError error{};
        const QJsonObject object = QJsonDocument::fromJson(result.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.keys(), QStringList{QStringLiteral("sessions")});
        const QJsonArray sessions = object.value(QStringLiteral("sessions")).toArray();
        QCOMPARE(sessions.size(), 2);
        const QJsonObject newest = sessions.at(0).toObject();
        QCOMPARE(newest.keys(),
                 QStringList({QStringLiteral("created"), QStringLiteral("decision"),
                              QStringLiteral("deleted"), QStringLiteral("expires"),
                              QStringLiteral("externalId"), QStringLiteral("outcome"),
                              QStringLiteral("profile"), QStringLiteral("sessionId"),
                              QStringLiteral("status"), QStringLiteral("updated")}));
        QCOMPARE(newest.value(QStringLiteral("sessionId")).toString(), second);
        QCOMPARE(newest.value(QStringLiteral("externalId")).toString(), QStringLiteral("CASE-2"));
        QCOMPARE(newest.value(QStringLiteral("profile")).toString(),
                 QStringLiteral("command line"));
        QCOMPARE(newest.value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
        QVERIFY(newest.value(QStringLiteral("decision")).isNull());
        QVERIFY(newest.value(QStringLiteral("deleted")).isNull());
        QVERIFY(newest.value(QStringLiteral("outcome")).isNull()); // created
        for (const char* key : {"created", "updated", "expires"}) {
            const QString time = newest.value(QLatin1String(key)).toString();
            QVERIFY2(time.endsWith(QLatin1Char('Z')), key);
            QVERIFY(QDateTime::fromString(time, Qt::ISODate).isValid());
        }
        const QJsonObject oldest = sessions.at(1).toObject();
        QCOMPARE(oldest.value(QStringLiteral("sessionId")).toString(), first);
        QVERIFY(oldest.value(QStringLiteral("expires")).isNull()); // no token: expiry unknown

        const auto count = [&](const QStringList& arguments) {
            const ProcessResult filtered = runDesk(
                QStringList{QStringLiteral("history"), QStringLiteral("--json")} + arguments,
                m_environment);
            return QJsonDocument::fromJson(filtered.out)
                .object()
                .value(QStringLiteral("sessions"))
                .toArray()
                .size();
        };
        QCOMPARE(count({QStringLiteral("--external-id"), QStringLiteral("case-1")}), 1);
        QCOMPARE(count({QStringLiteral("--limit"), QStringLiteral("1")}), 1);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(count({QStringLiteral("--from"), today, QStringLiteral("--to"), today}), 2);
        QCOMPARE(count({QStringLiteral("--to"), QStringLiteral("2000-01-01")}), 0);
    }

    void historyAsATable()
    {
        const QString id =
            createSession({QStringLiteral("--external-id"), QStringLiteral("CASE-9")});
        {
            // Written by another program version or a damaged tool: text with a terminal escape.
            QString problem;
            const auto log = History::SessionLog::open(historyPath(), &problem);
            QVERIFY2(log, qPrintable(problem));
            History::SessionRecord record;
            record.sessionId = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");
            record.externalId = QStringLiteral("CASE-\x1b[31mred");
            record.profile = QStringLiteral("qa");
            record.createdUtc = QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC);
            record.lastStatus = QStringLiteral("AUTO_APPROVED");
            record.decisionLevel = QStringLiteral("HIGH");
            record.deletedUtc = QDateTime(QDate(2024, 5, 2), QTime(8, 0), Qt::UTC);
            QVERIFY(log->recordCreated(record, &problem));
        }
        const ProcessResult result = runDesk({QStringLiteral("history")}, m_environment);
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = text(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(QLatin1String("Created (UTC)")), result.out.constData());
        QVERIFY(lines.at(1).contains(id)); // newest first
        QVERIFY(lines.at(1).contains(QLatin1String("PENDING")));
        QVERIFY(lines.at(1).contains(QLatin1String("command line")));
        QVERIFY(lines.at(1).contains(QLatin1String("CASE-9")));
        QVERIFY(lines.at(2).startsWith(QLatin1String("2024-05-01 09:30")));
        QVERIFY(lines.at(2).contains(QLatin1String("data deleted 2024-05-02 08:00")));
        QVERIFY(!result.out.contains('\x1b')); // no terminal escapes from stored text
    }

    void noHistoryIsAnEmptyList()
    {
        ProcessResult result =
            runDesk({QStringLiteral("history"), QStringLiteral("--json")}, m_environment);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("{\"sessions\":[]}\n"));
        result = runDesk({QStringLiteral("history")}, m_environment);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(text(result.out).contains(QLatin1String("No sessions")));
        QVERIFY(!QFile::exists(historyPath())); // reading never creates the file
    }

    void noHistoryFlagWritesNothing()
    {
        const ProcessResult result = runDesk(
            {QStringLiteral("initialize"), QStringLiteral("--api-url"),
             m_sandbox->baseUrl().toString(), QStringLiteral("--username"), QStringLiteral("demo"),
             QStringLiteral("--return-url"), QStringLiteral("https://bank.example/done"),
             QStringLiteral("--no-history"), QStringLiteral("--json")},
            m_environment);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(m_sandbox->sessionCount(), 1);
        QVERIFY(!QFile::exists(historyPath()));
    }

    void damagedHistory()
    {
        QVERIFY(QDir().mkpath(QFileInfo(historyPath()).absolutePath()));
        QFile file(historyPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x7f'));
        file.close();

        const ProcessResult history =
            runDesk({QStringLiteral("history"), QStringLiteral("--json")}, m_environment);
        QCOMPARE(history.exitCode, 2);
        QVERIFY(history.out.isEmpty());
        QCOMPARE(history.err.count('\n'), 1);
        QVERIFY2(text(history.err).startsWith(QLatin1String("enrolment-desk history: ")),
                 history.err.constData());
        QVERIFY(text(history.err).contains(QLatin1String("damaged")));
        QVERIFY(text(history.err).contains(historyPath()));

        // Creating a session still works: the result matters, the history is one warning.
        const ProcessResult created = initialize({QStringLiteral("--json")});
        QCOMPARE(created.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(created.out).isObject());
        QCOMPARE(created.err.count('\n'), 1);
        QVERIFY(text(created.err).contains(QLatin1String("warning")));
    }

    void statusUpdatesTheRecord()
    {
        const QString id = createSession({});
        QVERIFY(m_sandbox->finishSession(id, Sandbox::Outcome::High));
        const ProcessResult status =
            runDesk({QStringLiteral("status"), id, QStringLiteral("--api-url"),
                     m_sandbox->baseUrl().toString(), QStringLiteral("--username"),
                     QStringLiteral("demo"), QStringLiteral("--json")},
                    m_environment);
        QCOMPARE(status.exitCode, 0);
        QVERIFY(status.err.isEmpty());
        const QJsonObject record = onlyRecord();
        QCOMPARE(record.value(QStringLiteral("sessionId")).toString(), id);
        QCOMPARE(record.value(QStringLiteral("status")).toString(),
                 QStringLiteral("AUTO_APPROVED"));
        QCOMPARE(record.value(QStringLiteral("decision")).toString(), QStringLiteral("HIGH"));
        QVERIFY(record.value(QStringLiteral("updated")).toString() >=
                record.value(QStringLiteral("created")).toString());

        // Elsewhere (another user's data folder) the session is unknown: no file appears.
        QTemporaryDir other;
        QProcessEnvironment elsewhere = TestSupport::isolatedEnvironment(other.path());
        elsewhere.insert(QStringLiteral("ENROLMENT_DESK_PASSWORD"), QStringLiteral("demo"));
        QCOMPARE(runDesk({QStringLiteral("status"), id, QStringLiteral("--api-url"),
                          m_sandbox->baseUrl().toString(), QStringLiteral("--username"),
                          QStringLiteral("demo")},
                         elsewhere)
                     .exitCode,
                 0);
        QVERIFY(!QFile::exists(
            other.filePath(QStringLiteral("data/EnrolmentDesk/enrolment-desk/history.sqlite"))));
    }

private:
    QString historyPath() const
    {
        return m_home->filePath(QStringLiteral("data/EnrolmentDesk/enrolment-desk/history.sqlite"));
    }
    ProcessResult initialize(const QStringList& extra)
    {
        return runDesk(QStringList{QStringLiteral("initialize"), QStringLiteral("--api-url"),
                                   m_sandbox->baseUrl().toString(), QStringLiteral("--username"),
                                   QStringLiteral("demo"), QStringLiteral("--return-url"),
                                   QStringLiteral("https://bank.example/done")} +
                           extra,
                       m_environment);
    }
    QString createSession(const QStringList& extra)
    {
        const ProcessResult result = initialize(QStringList{QStringLiteral("--json")} + extra);
        if (result.exitCode != 0 || !result.err.isEmpty())
            QTest::qFail(
                qPrintable(QStringLiteral("initialize failed: ") + QString::fromUtf8(result.err)),
                __FILE__, __LINE__);
        return QJsonDocument::fromJson(result.out)
            .object()
            .value(QStringLiteral("sessionId"))
            .toString();
    }
    QJsonObject onlyRecord()
    {
        const ProcessResult result =
            runDesk({QStringLiteral("history"), QStringLiteral("--json")}, m_environment);
        const QJsonArray sessions = QJsonDocument::fromJson(result.out)
                                        .object()
                                        .value(QStringLiteral("sessions"))
                                        .toArray();
        return sessions.size() == 1 ? sessions.at(0).toObject() : QJsonObject();
    }

    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_environment;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_clihistory.moc"
