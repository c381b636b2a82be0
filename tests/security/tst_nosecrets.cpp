// Nothing the desk writes holds the password, the applicant's names or date of birth, the access
// token or the link token. One whole staff-window session and one whole headless run, with every
// logging category at its most verbose, and afterwards every byte they left is searched: each file
// under their home and temporary folders (settings, history database, anything else), the log
// output, and every text the inspector shows.

#include "api/enrolmentclient.h"
#include "config/memorycredentialstore.h"
#include "config/profilestore.h"
#include "history/sessionlog.h"
#include "inspectordock.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <cstdio>

using State = Desk::SessionController::State;
using TestSupport::ProcessResult;

namespace {

const QString Username = QStringLiteral("desk-user");
const QString Password = QStringLiteral("Pw-7f3c9e-secret");
const QString FirstName = QString::fromUtf8("Zoë");
const QString LastName = QString::fromUtf8("Quintanilla-Brzęczyszczykiewicz");
const QString AdditionalNames = QString::fromUtf8("Wilhelmína Ófeigsdóttir");
const QString DateOfBirth = QStringLiteral("1987-03-14");
const QString ExternalId = QStringLiteral("case-4711 sandbox:complete=HIGH@0");

// The most verbose logging there is: every category, every level.
const QString AllLogging = QStringLiteral("*=true");

// Everything this process logs, from the first test on.
QMutex logMutex;
QString capturedLog;
QtMessageHandler forwardTo = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog += QString::fromLatin1(context.category ? context.category : "") +
                       QLatin1String(": ") + message + QLatin1Char('\n');
    }
    // Warnings still reach Qt Test's output; the debug flood does not.
    if (type != QtDebugMsg && type != QtInfoMsg && forwardTo)
        forwardTo(type, context, message);
}

// What must never be found, as the bytes it could be written as.
struct Needle {
    QString what;
    QByteArray bytes;
    bool caseInsensitive = false; // for ASCII only: a name upper-cased by some writer
};

QList<Needle> personalNeedles()
{
    QList<Needle> needles;
    for (const QString& name : {FirstName, LastName, AdditionalNames}) {
        needles.append({QStringLiteral("the name “%1”").arg(name), name.toUtf8()});
        needles.append({QStringLiteral("the name “%1” (UTF-16)").arg(name),
                        QByteArray(reinterpret_cast<const char*>(name.utf16()),
                                   name.size() * int(sizeof(char16_t)))});
    }
    // The ASCII runs of the names, in any case: they survive any escaping of the other letters.
    for (const char* part : {"Quintanilla", "czyszczykiewicz", "Wilhelm", "feigsd"})
        needles.append({QStringLiteral("part of a name, “%1”").arg(QLatin1String(part)),
                        QByteArray(part).toLower(), true});
    for (const char* date : {"1987-03-14", "14.03.1987", "19870314", "14/03/1987", "03/14/1987",
                             "1987/03/14", "14.3.1987", "1987-3-14"})
        needles.append(
            {QStringLiteral("the date of birth as %1").arg(QLatin1String(date)), QByteArray(date)});
    return needles;
}

QList<Needle> credentialNeedles()
{
    return {
        {QStringLiteral("the password"), Password.toUtf8()},
        {QStringLiteral("the password (UTF-16)"),
         QByteArray(reinterpret_cast<const char*>(Password.utf16()),
                    Password.size() * int(sizeof(char16_t)))},
        {QStringLiteral("the Basic credentials"),
         (Username + QLatin1Char(':') + Password).toUtf8().toBase64()},
        {QStringLiteral("the password in base64"), Password.toUtf8().toBase64()},
    };
}

QList<Needle> linkTokenNeedles(const QUrl& link)
{
    const QString encoded = QUrlQuery(link).queryItemValue(QStringLiteral("token"));
    const QString decoded =
        QUrlQuery(link).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (decoded.size() < 8)
        QTest::qFail(qPrintable(QStringLiteral("the link has no usable token: ") + link.toString()),
                     __FILE__, __LINE__);
    return {{QStringLiteral("the link token"), decoded.toUtf8()},
            {QStringLiteral("the link token (as in the URL)"), encoded.toUtf8()}};
}

// Where one of the needles (or any JWT, such as the access token) occurs in bytes; empty if
// nowhere. Bytes are also searched with NULs removed, which turns UTF-16 text into ASCII.
QStringList findings(const QString& source, const QByteArray& bytes, const QList<Needle>& needles,
                     bool includingJwts = true)
{
    QStringList found;
    QByteArray withoutNuls = bytes;
    withoutNuls.replace('\0', QByteArray());
    for (const QByteArray& haystack : {bytes, withoutNuls}) {
        const QByteArray lower = haystack.toLower();
        for (const Needle& needle : needles) {
            const qsizetype at = needle.caseInsensitive ? lower.indexOf(needle.bytes)
                                                        : haystack.indexOf(needle.bytes);
            if (at < 0)
                continue;
            const QString line =
                QStringLiteral("%1 in %2: …%3…")
                    .arg(needle.what, source,
                         QString::fromUtf8(haystack.mid(qMax<qsizetype>(0, at - 40), 120))
                             .simplified());
            if (!found.contains(line))
                found.append(line);
        }
        if (includingJwts) {
            // A JWT (header.payload, both base64url JSON objects): the access token or any other.
            static const QRegularExpression jwt(
                QStringLiteral("eyJ[A-Za-z0-9_-]{4,}\\.eyJ[A-Za-z0-9_-]{4,}"));
            const auto match = jwt.match(QString::fromLatin1(haystack));
            if (match.hasMatch()) {
                const QString line =
                    QStringLiteral("a JWT in %1: %2…").arg(source, match.captured().left(40));
                if (!found.contains(line))
                    found.append(line);
            }
        }
    }
    return found;
}

struct FileContents {
    QString path;
    QByteArray bytes;
};

// Every regular file under folder, hidden ones included.
QList<FileContents> filesUnder(const QString& folder)
{
    QList<FileContents> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.append({path, file.readAll()});
    }
    return files;
}

// Types text as key presses, one character at a time (QTest::keyClicks only knows Latin-1).
void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    for (const QChar c : text) {
        const Qt::Key key = c.isLetter() ? Qt::Key(c.toUpper().unicode())
                                         : Qt::Key(QTest::asciiToKey(c.toLatin1()));
        QTest::sendKeyEvent(QTest::Click, edit, key, QString(c), Qt::NoModifier);
    }
}

} // namespace

class TestNoSecrets : public QObject
{
    Q_OBJECT

public:
    TestNoSecrets(QString home, QString systemTemp)
        : m_home(std::move(home))
        , m_systemTemp(std::move(systemTemp))
    {}

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!TestSupport::desktopBinary().isEmpty(), "binary not set");
        forwardTo = qInstallMessageHandler(captureMessage);
        QLoggingCategory::setFilterRules(AllLogging);
    }
    void cleanupTestCase()
    {
        qInstallMessageHandler(forwardTo);
        QLoggingCategory::setFilterRules(QString());
    }

    void staffWindowSessionLeavesNoTrace();
    void headlessRunLeavesNoTrace();
    void inProcessSandboxLogsNoCredentialsOrTokens();

private:
    const QString m_home;       // HOME, XDG_* and TMPDIR of this process
    const QString m_systemTemp; // the temporary folder before it was moved into m_home
};

void TestNoSecrets::staffWindowSessionLeavesNoTrace()
{
    // The sandbox runs in its own process, so the log captured here is the desk's alone.
    QTemporaryDir sandboxHome(m_systemTemp + QStringLiteral("/nosecrets-sandbox-XXXXXX"));
    QProcess sandbox;
    sandbox.setProcessEnvironment(TestSupport::isolatedEnvironment(sandboxHome.path()));
    sandbox.start(TestSupport::desktopBinary(),
                  {QStringLiteral("sandbox"), QStringLiteral("--username"), Username,
                   QStringLiteral("--password"), Password});
    QVERIFY(sandbox.waitForStarted());
    QVERIFY2(sandbox.waitForReadyRead(10000), sandbox.readAllStandardError().constData());
    const QUrl base(QString::fromUtf8(sandbox.readLine()).trimmed());
    QVERIFY(base.isValid());

    const QString historyPath = History::SessionLog::defaultPath();
    QVERIFY2(historyPath.startsWith(m_home), qPrintable(historyPath));

    QString inspectorText;
    QUrl link;
    QString sessionId;
    {
        QSettings settings; // the desk's own settings file, inside m_home
        QVERIFY2(settings.fileName().startsWith(m_home), qPrintable(settings.fileName()));
        Config::Profile profile;
        profile.name = QStringLiteral("Sandbox");
        profile.baseUrl = base;
        profile.username = Username;
        profile.returnUrl = QStringLiteral("https://bank.example/done");
        profile.pollIntervalSeconds = 1;
        profile.timeoutSeconds = 30; // a busy machine may be slow; nothing here times out
        Config::ProfileStore profiles(settings);
        profiles.save(profile);
        profiles.setActiveProfileName(profile.name);
        Config::MemoryCredentialStore credentials;
        credentials.setPassword(profile.name, Password);

        Ui::MainWindow window(Ui::DeskEnvironment{settings, credentials, QProcessEnvironment(),
                                                  false, [] { return QDate::currentDate(); },
                                                  QString()}); // the default history path
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        typeInto(window.findChild<QLineEdit*>(QStringLiteral("firstName")), FirstName);
        typeInto(window.findChild<QLineEdit*>(QStringLiteral("lastName")), LastName);
        typeInto(window.findChild<QLineEdit*>(QStringLiteral("additionalNames")), AdditionalNames);
        typeInto(window.findChild<QLineEdit*>(QStringLiteral("dateOfBirth")), DateOfBirth);
        typeInto(window.findChild<QLineEdit*>(QStringLiteral("externalId")), ExternalId);
        QTest::keyClick(window.findChild<QLineEdit*>(QStringLiteral("externalId")), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window.controller().state(), State::Showing,
                                  TestSupport::EventTimeoutMs);
        link = window.controller().link();
        sessionId = window.controller().session()->sessionId;
        QTRY_COMPARE_WITH_TIMEOUT(window.controller().state(), State::Finished,
                                  TestSupport::EventTimeoutMs);

        // The inspector, with each exchange selected in turn and copied as curl.
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        auto* inspector = window.findChild<Ui::InspectorDock*>();
        QVERIFY(inspector && inspector->isVisible());
        const QAbstractItemModel* model = inspector->table()->model();
        QTRY_VERIFY(model->rowCount() >= 3); // initialize, status, decision
        for (int row = 0; row < model->rowCount(); ++row) {
            inspector->table()->selectRow(row);
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                inspectorText += index.data(Qt::DisplayRole).toString() + QLatin1Char('\t') +
                                 index.data(Qt::ToolTipRole).toString() + QLatin1Char('\t');
            }
            inspectorText += inspector->details()->toPlainText() + QLatin1Char('\n');
            QTest::mouseClick(inspector->copyButton(), Qt::LeftButton);
            inspectorText += QGuiApplication::clipboard()->text() + QLatin1Char('\n');
        }
        for (const QLabel* label : inspector->findChildren<QLabel*>())
            inspectorText += label->text() + QLatin1Char('\n');
        QVERIFY2(inspectorText.contains(QLatin1String("/api/v1/enrolment/initialize")),
                 "the inspector text was not collected");

        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier); // next applicant
        window.close();
        settings.sync();
    } // the window is gone: settings written, history closed

    sandbox.terminate();
    sandbox.waitForFinished(5000);

    QList<Needle> needles = personalNeedles() + credentialNeedles() + linkTokenNeedles(link);
    QStringList found;
    bool historySearched = false;
    bool settingsSearched = false;
    for (const FileContents& file : filesUnder(m_home)) {
        found += findings(file.path, file.bytes, needles);
        if (file.path == historyPath) // a real history, with this session in it
            historySearched = file.bytes.contains(sessionId.toLatin1());
        settingsSearched = settingsSearched || file.bytes.contains(base.toString().toUtf8());
    }
    QVERIFY2(historySearched, "no history holding the session was found to search");
    QVERIFY2(settingsSearched, "no settings file holding the profile was found to search");
    {
        QMutexLocker lock(&logMutex);
        QVERIFY2(capturedLog.contains(sessionId), "the session was not logged at all");
        found += findings(QStringLiteral("the log"), capturedLog.toUtf8(), needles);
    }
    found += findings(QStringLiteral("the inspector"), inspectorText.toUtf8(), needles);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestNoSecrets::headlessRunLeavesNoTrace()
{
    auto sandbox = [] {
        Sandbox::SandboxOptions options;
        options.username = Username;
        options.password = Password;
        return TestSupport::startSandbox(options);
    }();
    QTemporaryDir home(m_systemTemp + QStringLiteral("/nosecrets-cli-XXXXXX"));
    QVERIFY(home.isValid());
    QProcessEnvironment environment = TestSupport::isolatedEnvironment(home.path());
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), AllLogging);
    environment.insert(QStringLiteral("TMPDIR"), home.filePath(QStringLiteral("tmp")));
    QVERIFY(QDir().mkpath(home.filePath(QStringLiteral("tmp"))));
    const QByteArray passwordLine = Password.toUtf8() + '\n';
    const QStringList connection = {QStringLiteral("--api-url"), sandbox->baseUrl().toString(),
                                    QStringLiteral("--username"), Username,
                                    QStringLiteral("--password-stdin")};

    const ProcessResult created = TestSupport::runDesk(
        QStringList{QStringLiteral("initialize")}
            << connection
            << QStringList{QStringLiteral("--return-url"),
                           QStringLiteral("https://bank.example/done"),
                           QStringLiteral("--first-name"), FirstName, QStringLiteral("--last-name"),
                           LastName, QStringLiteral("--additional-names"), AdditionalNames,
                           QStringLiteral("--date-of-birth"), DateOfBirth,
                           QStringLiteral("--external-id"),
                           QStringLiteral("case-4711 sandbox:complete=HIGH@1"),
                           QStringLiteral("--json")},
        environment, passwordLine);
    QVERIFY2(created.exitCode == 0, created.err.right(2000).constData());
    const QJsonObject session = QJsonDocument::fromJson(created.out).object();
    const QString sessionId = session.value(QStringLiteral("sessionId")).toString();
    const QUrl link(session.value(QStringLiteral("webEnrolmentUrl")).toString());
    QVERIFY2(!sessionId.isEmpty(), created.out.constData());

    const ProcessResult followed = TestSupport::runDesk(
        QStringList{QStringLiteral("status"), sessionId}
            << connection
            << QStringList{QStringLiteral("--wait"), QStringLiteral("--interval"),
                           QStringLiteral("1"), QStringLiteral("--json")},
        environment, passwordLine, 60000);
    QVERIFY2(followed.exitCode == 0, followed.err.right(2000).constData());
    QVERIFY2(followed.out.contains("AUTO_APPROVED"), followed.out.constData());
    // The most verbose level was really on: the client's info lines are off by default.
    QVERIFY2(created.err.contains("enrolment.api"), "QT_LOGGING_RULES did not take effect");

    const QList<Needle> always = personalNeedles() + credentialNeedles();
    const QList<Needle> linkNeedles = linkTokenNeedles(link);
    QStringList found;
    // Standard output of initialize carries the link by contract; everything else may not.
    found += findings(QStringLiteral("initialize's standard output"), created.out, always);
    found +=
        findings(QStringLiteral("initialize's standard error"), created.err, always + linkNeedles);
    found +=
        findings(QStringLiteral("status's standard output"), followed.out, always + linkNeedles);
    found +=
        findings(QStringLiteral("status's standard error"), followed.err, always + linkNeedles);
    bool historySearched = false;
    for (const FileContents& file : filesUnder(home.path())) {
        found += findings(file.path, file.bytes, always + linkNeedles);
        historySearched = historySearched || (file.path.endsWith(QLatin1String("history.sqlite")) &&
                                              file.bytes.contains(sessionId.toLatin1()));
    }
    QVERIFY2(historySearched, "no history holding the session was found to search");
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

// The demo runs the sandbox inside the desk's own process, so its log lines are the desk's too.
void TestNoSecrets::inProcessSandboxLogsNoCredentialsOrTokens()
{
    qsizetype logStart = 0;
    {
        QMutexLocker lock(&logMutex);
        logStart = capturedLog.size();
    }
    Sandbox::SandboxOptions options;
    options.username = Username;
    options.password = Password;
    const auto sandbox = TestSupport::startSandbox(options);
    Api::ApiConnection connection = TestSupport::sandboxConnection(*sandbox);
    connection.username = Username;
    connection.password = Password;
    QNetworkAccessManager network;
    Api::EnrolmentClient client(&network, connection);

    Domain::EnrolmentRequestInput input;
    input.returnUrl = QStringLiteral("https://bank.example/done");
    input.applicant = {FirstName, LastName, AdditionalNames, DateOfBirth, false};
    const auto validated = Domain::EnrolmentRequest::create(input, QDate::currentDate());
    QVERIFY(validated.request.has_value());
    std::optional<Api::Result<Domain::CreatedSession>> created;
    QObject context;
    client.initialize(*validated.request, &context,
                      [&](const Api::Result<Domain::CreatedSession>& result) { created = result; });
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), TestSupport::EventTimeoutMs);
    QVERIFY2(created->ok(), qPrintable(created->ok() ? QString() : created->error().userMessage()));
    const QUrl link = created->value().webEnrolmentUrl;

    // The applicant's phone opens the page: the token travels in the query.
    std::unique_ptr<QNetworkReply> page(network.get(QNetworkRequest(link)));
    QTRY_VERIFY_WITH_TIMEOUT(page->isFinished(), TestSupport::EventTimeoutMs);
    QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    QString log;
    {
        QMutexLocker lock(&logMutex);
        log = capturedLog.mid(logStart);
    }
    QVERIFY2(log.contains(QLatin1String("/web-enrolment")),
             "the sandbox's requests were not logged");
    const QStringList found =
        findings(QStringLiteral("the log"), log.toUtf8(),
                 personalNeedles() + credentialNeedles() + linkTokenNeedles(link));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

int main(int argc, char* argv[])
{
    // Every place the desk may write (settings, data, cache, runtime, temporary files) is inside
    // one folder, set before the application exists, so that "everything it wrote" is that folder.
    const QString systemTemp = QDir::tempPath();
    QTemporaryDir home(systemTemp + QStringLiteral("/nosecrets-desk-XXXXXX"));
    if (!home.isValid()) {
        std::fputs("tst_nosecrets: no temporary folder\n", stderr);
        return 1;
    }
    const auto set = [&home](const char* variable, const char* folder) {
        const QString path = home.filePath(QLatin1String(folder));
        QDir().mkpath(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ExeOwner);
        qputenv(variable, QFile::encodeName(path));
    };
    qputenv("HOME", QFile::encodeName(home.path()));
    set("XDG_CONFIG_HOME", "config");
    set("XDG_DATA_HOME", "data");
    set("XDG_CACHE_HOME", "cache");
    set("XDG_STATE_HOME", "state");
    set("XDG_RUNTIME_DIR", "runtime");
    set("TMPDIR", "tmp");
    qunsetenv("QT_LOGGING_RULES"); // it would override the rules set by the test
    qunsetenv("ENROLMENT_DESK_PASSWORD");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EnrolmentDesk"));
    QApplication::setApplicationName(QStringLiteral("enrolment-desk"));
    TestNoSecrets test(home.path(), systemTemp);
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nosecrets.moc"
