// Ui::InspectorDock fed by a real client: initialize, status and decision against the in-process
// sandbox with a known password; every text the dock can show (each table cell, the details of
// each row, the curl command on the clipboard) holds no password, Basic credentials, access token
// or link token, while methods, paths and statuses are there. Plus keyboard use, Clear, the
// hidden default and following the newest exchange.

#include "api/enrolmentclient.h"
#include "api/exchangelog.h"
#include "inspectordock.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using Api::ExchangeLog;
using Ui::InspectorDock;

namespace {

const QString Username = QStringLiteral("qa-inspector");
const QString Password = QStringLiteral("Pa55 w0rd:'inspector'\"!");

// Keeps a copy of every reply body before the client reads it, so the test knows the secrets
// the platform sent (the access token is not part of the client's result).
class TappingNetwork : public QNetworkAccessManager
{
public:
    QList<QByteArray> bodies;

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request,
                                 QIODevice* data) override
    {
        QNetworkReply* reply = QNetworkAccessManager::createRequest(operation, request, data);
        // The client reads as the body arrives, so each piece is peeked before it does.
        auto body = std::make_shared<QByteArray>();
        connect(reply, &QNetworkReply::readyRead, this,
                [reply, body] { *body += reply->peek(reply->bytesAvailable()); });
        connect(reply, &QNetworkReply::finished, this, [this, body] { bodies.append(*body); });
        return reply;
    }
};

Domain::EnrolmentRequest makeRequest()
{
    Domain::EnrolmentRequestInput input;
    input.returnUrl = QStringLiteral("https://bank.example/done");
    input.applicant = {QStringLiteral("Jane"), QStringLiteral("Roe"), QString(),
                       QStringLiteral("1990-02-03"), false};
    return TEST_REQUEST(input);
}

} // namespace

class TestInspectorDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenUntilToggled();
    void showsNoSecret();
    void clearEmptiesEverything();
    void followsTheNewestOnlyAtTheBottom();
    void outlivesItsLog();
};

void TestInspectorDock::hiddenUntilToggled()
{
    ExchangeLog log;
    QMainWindow window;
    auto* dock = new InspectorDock(&log, &window);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(dock->objectName(), QStringLiteral("inspectorDock"));
    QCOMPARE(dock->windowTitle(), QStringLiteral("API inspector"));
    QVERIFY(!dock->isVisible());
    QVERIFY(!dock->toggleViewAction()->isChecked());

    dock->toggleViewAction()->trigger();
    QVERIFY(dock->isVisible());
    QTRY_VERIFY(dock->table()->hasFocus());
    QVERIFY(!dock->table()->accessibleName().isEmpty());
    QVERIFY(!dock->details()->accessibleName().isEmpty());
    QVERIFY(!dock->copyButton()->accessibleName().isEmpty());
    QVERIFY(!dock->clearButton()->accessibleName().isEmpty());
    QVERIFY(dock->details()->isReadOnly());
    QVERIFY(!dock->copyButton()->isEnabled()); // nothing selected

    // Tab walks out of the table to the details, then the buttons.
    dock->copyButton()->setEnabled(true);
    dock->clearButton()->setEnabled(true);
    QTest::keyClick(dock->table(), Qt::Key_Tab);
    QTRY_VERIFY(dock->details()->hasFocus());
    QTest::keyClick(dock->details(), Qt::Key_Tab);
    QTRY_VERIFY(dock->copyButton()->hasFocus());
    QTest::keyClick(dock->copyButton(), Qt::Key_Tab);
    QTRY_VERIFY(dock->clearButton()->hasFocus());

    dock->toggleViewAction()->trigger();
    QVERIFY(!dock->isVisible());
}

void TestInspectorDock::showsNoSecret()
{
    Sandbox::SandboxOptions options;
    options.username = Username;
    options.password = Password;
    const auto sandbox = TestSupport::startSandbox(options);
    Api::ApiConnection connection = TestSupport::sandboxConnection(*sandbox);
    connection.username = Username;
    connection.password = Password;
    TappingNetwork network;
    Api::EnrolmentClient client(&network, connection);

    ExchangeLog log;
    InspectorDock dock(&log);
    connect(&client, &Api::EnrolmentClient::exchangeFinished, &log, &ExchangeLog::append);
    dock.resize(900, 600);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));

    const Domain::EnrolmentRequest request = makeRequest();
    const auto created = TestSupport::waitForResult<Domain::CreatedSession>(
        [&](QObject* context, auto callback) { client.initialize(request, context, callback); });
    QVERIFY(created.ok());
    const QString sessionId = created.value().sessionId;
    const QString linkToken =
        QUrlQuery(created.value().webEnrolmentUrl).queryItemValue(QStringLiteral("token"));
    QVERIFY(!linkToken.isEmpty());
    QVERIFY(!network.bodies.isEmpty());
    const QString accessToken = QJsonDocument::fromJson(network.bodies.constFirst())
                                    .object()
                                    .value(QStringLiteral("accessToken"))
                                    .toString();
    QVERIFY(accessToken.size() > 20);

    QVERIFY(sandbox->finishSession(sessionId, Sandbox::Outcome::High));
    QVERIFY(
        (TestSupport::waitForResult<Domain::SessionStatus>([&](QObject* context, auto callback) {
             client.status(sessionId, context, callback);
         }).ok()));
    QVERIFY((TestSupport::waitForResult<Domain::Decision>([&](QObject* context, auto callback) {
                 client.decisionResults(sessionId, context, callback);
             }).ok()));
    QCOMPARE(log.rowCount(), 3);

    // Every text the dock can show.
    QString shown;
    QAbstractItemModel* model = dock.table()->model();
    for (int column = 0; column < model->columnCount(); ++column)
        shown += model->headerData(column, Qt::Horizontal).toString() + QLatin1Char('\n');
    dock.table()->setFocus();
    QTest::keyClick(dock.table(), Qt::Key_Home);
    QStringList details;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (row > 0)
            QTest::keyClick(dock.table(), Qt::Key_Down);
        QCOMPARE(dock.table()->currentIndex().row(), row);
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            for (int role :
                 {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                shown += index.data(role).toString() + QLatin1Char('\n');
        }
        details.append(dock.details()->toPlainText());
        QVERIFY(dock.copyButton()->isEnabled());
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(dock.copyButton(), Qt::LeftButton);
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY2(curl.startsWith(QLatin1String("curl ")) ||
                     curl.contains(QLatin1String("\ncurl --silent")),
                 qPrintable(curl));
        // Only the password is left to the shell: the user name is not a secret.
        QVERIFY2(
            curl.contains(QLatin1String("-u '%1':\"${ENROLMENT_DESK_PASSWORD:?").arg(Username)),
            qPrintable(curl));
        shown += details.constLast() + QLatin1Char('\n') + curl + QLatin1Char('\n');
    }

    const QString basic =
        QString::fromLatin1((Username + QLatin1Char(':') + Password).toUtf8().toBase64());
    const QList<QPair<const char*, QString>> secrets{{"password", Password},
                                                     {"Basic credentials", basic},
                                                     {"access token", accessToken},
                                                     {"link token", linkToken}};
    for (const auto& secret : secrets) // named, so a failure does not print the secret
        QVERIFY2(!shown.contains(secret.second), secret.first);
    QVERIFY(!shown.contains(QLatin1String("eyJ"))); // no JWT of any kind

    const QString base = QStringLiteral("/api/v1/data/") + sessionId;
    for (const QString& expected :
         {QStringLiteral("POST"), QStringLiteral("GET"),
          QStringLiteral("/api/v1/enrolment/initialize"), base + QStringLiteral("/status"),
          base + QStringLiteral("/decision/results"), QStringLiteral("200"),
          QStringLiteral("Authorization: Basic [redacted]"), QStringLiteral("\"[redacted]\""),
          QStringLiteral("/web-enrolment/?token=[redacted]"), sandbox->baseUrl().host()})
        QVERIFY2(shown.contains(expected), qPrintable(expected));
    QVERIFY(details.at(0).startsWith(QLatin1String("POST ")));
    QVERIFY(details.at(0).contains(QLatin1String("\"accessToken\": \"[redacted]\"")));
    QVERIFY(details.at(1).startsWith(QLatin1String("GET ")));
    QVERIFY(details.at(1).contains(QLatin1String("AUTO_APPROVED")));
    QVERIFY(details.at(2).contains(QLatin1String("HIGH")));
}

void TestInspectorDock::clearEmptiesEverything()
{
    ExchangeLog log;
    InspectorDock dock(&log);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    Api::ExchangeRecord record;
    record.method = QStringLiteral("GET");
    record.path = QStringLiteral("/api/v1/data/x/status");
    record.started = QDateTime::currentDateTimeUtc();
    record.httpStatus = 404;
    log.append(record);
    log.append(record);
    QVERIFY(dock.clearButton()->isEnabled());
    dock.table()->selectRow(1);
    QVERIFY(dock.details()->toPlainText().contains(QLatin1String("Status: 404")));

    QTest::mouseClick(dock.clearButton(), Qt::LeftButton);
    QCOMPARE(log.rowCount(), 0);
    QVERIFY(dock.details()->toPlainText().isEmpty());
    QVERIFY(!dock.copyButton()->isEnabled());
    QVERIFY(!dock.clearButton()->isEnabled());
}

void TestInspectorDock::followsTheNewestOnlyAtTheBottom()
{
    ExchangeLog log;
    InspectorDock dock(&log);
    dock.resize(600, 400);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    Api::ExchangeRecord record;
    record.method = QStringLiteral("GET");
    record.path = QStringLiteral("/p");
    record.started = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 100; ++i)
        log.append(record);
    QScrollBar* bar = dock.table()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());

    bar->setValue(0);
    log.append(record);
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), 0); // reading older exchanges: the list stays put
}

void TestInspectorDock::outlivesItsLog()
{
    auto log = std::make_unique<ExchangeLog>();
    InspectorDock dock(log.get());
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    Api::ExchangeRecord record;
    record.method = QStringLiteral("GET");
    log->append(record);
    dock.table()->selectRow(0);
    QVERIFY(dock.copyButton()->isEnabled());
    log.reset();
    QTest::mouseClick(dock.copyButton(), Qt::LeftButton);
    QTest::mouseClick(dock.clearButton(), Qt::LeftButton);
    QVERIFY(!dock.table()->model());
    QVERIFY(dock.details()->toPlainText().isEmpty());
    QVERIFY(!dock.copyButton()->isEnabled());
}

QTEST_MAIN(TestInspectorDock)
#include "tst_inspectordock.moc"
