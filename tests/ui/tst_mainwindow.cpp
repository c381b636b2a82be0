// The staff window driven by keyboard events against a sandbox on loopback: validation messages,
// the disabled button's reason, Enter to create, Cancel, every error kind shown in the window
// with the form intact, expiry and a new link, "Next applicant", and the session history (kept
// from the first session, shown with Ctrl+H, an unusable file mentioned while the desk works on).

#include "applicantform.h"
#include "config/memorycredentialstore.h"
#include "config/profilestore.h"
#include "mainwindow.h"
#include "qrdecode.h"
#include "qrview.h"
#include "sessionpanel.h"
#include "testsupport.h"
#include "widgetsupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <cmath>

using State = Desk::SessionController::State;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_folder = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_folder->filePath(QStringLiteral("desk.ini")),
                                                 QSettings::IniFormat);
        m_clock = TestSupport::TestClock();
        Sandbox::SandboxOptions options;
        options.clock = m_clock.function();
        m_sandbox = TestSupport::startSandbox(options);
        m_credentials = std::make_unique<Config::MemoryCredentialStore>();
        saveProfile(QStringLiteral("Sandbox"), m_sandbox->baseUrl());
        m_credentials->setPassword(QStringLiteral("Sandbox"), QStringLiteral("demo"));
        QProcessEnvironment variables;
        m_window = std::make_unique<Ui::MainWindow>(environment(variables));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_sandbox.reset();
        m_credentials.reset();
        m_settings.reset();
        m_folder.reset();
    }

    void invalidFieldShowsItsProblemWhenLeft()
    {
        type(QStringLiteral("firstName"), QStringLiteral("J0hn"));
        QTest::keyClick(field(QStringLiteral("firstName")), Qt::Key_Tab);
        QLabel* problem = m_window->findChild<QLabel*>(QStringLiteral("firstNameProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("First name")),
                 qPrintable(problem->text()));
        QVERIFY(problem->text().contains(QLatin1String("0")));
        // A field not yet visited shows nothing, even though it is now required.
        QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("lastNameProblem"))->isVisible());
    }

    void disabledButtonSaysWhy()
    {
        type(QStringLiteral("firstName"), QStringLiteral("John"));
        auto* button = m_window->findChild<QPushButton*>(QStringLiteral("createButton"));
        QVERIFY(!button->isEnabled());
        const QString reason = m_window->findChild<QLabel*>(QStringLiteral("createReason"))->text();
        QVERIFY2(reason.contains(QLatin1String("Last name is required")), qPrintable(reason));
        type(QStringLiteral("lastName"), QStringLiteral("Doe"));
        type(QStringLiteral("dateOfBirth"), QStringLiteral("1990-04-23"));
        QVERIFY(button->isEnabled());
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("createReason"))->text().isEmpty());
    }

    void enterCreatesAndTheQrCodeReadsAsTheLink()
    {
        fillApplicant();
        QTest::keyClick(field(QStringLiteral("dateOfBirth")), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
        auto* view = m_window->findChild<Ui::QrView*>(QStringLiteral("qrView"));
        QVERIFY(view->isVisible());
        const QString link = m_window->controller().link().toString(QUrl::FullyEncoded);
        QVERIFY(link.contains(QLatin1String("token=")));
        QCOMPARE(TestSupport::decodeQr(view->grab().toImage()), link);
        // The sandbox and the window share the test's clock, which stands still: the link has
        // exactly its hour, and the countdown moves when the clock does.
        auto* countdown = TEST_CHILD(QLabel, m_window.get(), QStringLiteral("countdown"));
        QVERIFY2(countdown->text().contains(QLatin1String("1:00:00")),
                 qPrintable(countdown->text()));
        m_clock.advance(std::chrono::seconds(61));
        QTRY_VERIFY2_WITH_TIMEOUT(countdown->text().contains(QLatin1String("58:59")),
                                  qPrintable(countdown->text()), TestSupport::EventTimeoutMs);
        // The form belongs to the shown session now, its calendar included: a date picked now
        // would differ from the one sent.
        QVERIFY(field(QStringLiteral("firstName"))->isReadOnly());
        auto* calendar = m_window->findChild<QAction*>(QStringLiteral("chooseDateOfBirth"));
        QVERIFY(calendar && !calendar->isEnabled());
        QTest::keyClick(field(QStringLiteral("dateOfBirth")), Qt::Key_F4);
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(field(QStringLiteral("dateOfBirth"))->text(), QStringLiteral("1990-04-23"));

        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(calendar->isEnabled());
    }

    void escapeCancelsACreateInFlight()
    {
        fillApplicant(QStringLiteral("sandbox:slow=600")); // answered never within the test
        QTest::keyClick(field(QStringLiteral("lastName")), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Creating);
        QVERIFY(field(QStringLiteral("firstName"))->isReadOnly());
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QCOMPARE(m_window->controller().state(), State::Idle);
        QVERIFY(!field(QStringLiteral("firstName"))->isReadOnly());
        QCOMPARE(field(QStringLiteral("firstName"))->text(), QStringLiteral("John"));
    }

    void errorsAppearInTheWindowWithTheFormIntact_data()
    {
        QTest::addColumn<QString>("externalId");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("401") << "sandbox:http=401"
                             << "credentials";
        QTest::newRow("403") << "sandbox:http=403"
                             << "403";
        QTest::newRow("429") << "sandbox:http=429 sandbox:retry-after=20"
                             << "20";
        QTest::newRow("500") << "sandbox:http=500"
                             << "Try again";
        QTest::newRow("503") << "sandbox:http=503"
                             << "503";
        QTest::newRow("malformed") << "sandbox:malformed-json"
                                   << "not valid JSON";
        QTest::newRow("empty") << "sandbox:empty-body"
                               << "empty";
        QTest::newRow("wrong session") << "sandbox:wrong-session-id"
                                       << "another session";
        QTest::newRow("plain http link") << "sandbox:plain-http-link"
                                         << "not https";
        QTest::newRow("foreign link") << "sandbox:foreign-link"
                                      << "foreign.invalid";
        QTest::newRow("missing link") << "sandbox:missing-link"
                                      << "no enrolment link";
    }
    void errorsAppearInTheWindowWithTheFormIntact()
    {
        QFETCH(QString, externalId);
        QFETCH(QString, messagePart);
        fillApplicant(externalId);
        QTest::keyClick(field(QStringLiteral("lastName")), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Failed);
        auto* text = m_window->findChild<QLabel*>(QStringLiteral("problemText"));
        QVERIFY(text->isVisible());
        QVERIFY2(text->text().contains(messagePart), qPrintable(text->text()));
        // The platform answered, so the session may exist there: the message names it, and
        // Try again (offered where it can help: tryAgainOnlyWhereItCanHelp) says that it makes a
        // new one.
        const QString sessionId = m_window->controller().requestedSessionId();
        QVERIFY2(text->text().contains(sessionId), qPrintable(text->text()));
        auto* retry = TEST_CHILD(QAction, m_window.get(), QStringLiteral("retrySession"));
        QVERIFY2(retry->text().contains(QLatin1String("new session")), qPrintable(retry->text()));
        QVERIFY(!codeShown());
        QCOMPARE(field(QStringLiteral("firstName"))->text(), QStringLiteral("John"));
        QCOMPARE(field(QStringLiteral("externalId"))->text(), externalId);
        QVERIFY(!field(QStringLiteral("firstName"))->isReadOnly());

        // The next attempt works once the problem is gone.
        field(QStringLiteral("externalId"))->clear();
        type(QStringLiteral("externalId"), QStringLiteral("case-2"));
        QTest::keyClick(field(QStringLiteral("externalId")), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
    }

    void unreachablePlatformIsANetworkProblem()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        saveProfile(QStringLiteral("Sandbox"),
                    QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        fillApplicant();
        QTest::keyClick(field(QStringLiteral("lastName")), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Failed);
        const QString text = m_window->findChild<QLabel*>(QStringLiteral("problemText"))->text();
        QVERIFY(text.contains(QLatin1String("network")));
        // Nothing reached the platform: no session to look for.
        QVERIFY2(!text.contains(m_window->controller().requestedSessionId()), qPrintable(text));
    }

    void missingPasswordIsExplained()
    {
        m_credentials->setPassword(QStringLiteral("Sandbox"), QString());
        fillApplicant();
        QTest::keyClick(field(QStringLiteral("lastName")), Qt::Key_Return);
        // The problem box is built with the first problem.
        QLabel* text = nullptr;
        QTRY_VERIFY((text = m_window->findChild<QLabel*>(QStringLiteral("problemText"))) &&
                    text->isVisible());
        QVERIFY(text->text().contains(QLatin1String("ENROLMENT_DESK_PASSWORD")));
        QCOMPARE(m_sandbox->sessionCount(), 0);
        QVERIFY(!field(QStringLiteral("firstName"))->isReadOnly());
    }

    void expiredLinkIsHiddenAndCanBeRecreated()
    {
        fillApplicant(QStringLiteral("sandbox:expires-in=60"));
        QTest::keyClick(field(QStringLiteral("lastName")), Qt::Key_Return);
        // However late the reply comes, the link is shown first: time moves only when told.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->controller().state(), State::Showing,
                                  TestSupport::EventTimeoutMs);
        const QString firstId = m_window->controller().session()->sessionId;
        m_clock.advance(std::chrono::seconds(60));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->controller().state(), State::Expired,
                                  TestSupport::EventTimeoutMs);
        QVERIFY(!codeShown());
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("expiredTitle"))->isVisible());

        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
        QVERIFY(m_window->controller().session()->sessionId != firstId);
        QCOMPARE(m_sandbox->sessionCount(), 2);
    }

    void nextApplicantForgetsEverything()
    {
        fillApplicant();
        QTest::keyClick(field(QStringLiteral("lastName")), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
        const QString link = m_window->controller().link().toString(QUrl::FullyEncoded);
        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), link);

        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(m_window->controller().state(), State::Idle);
        for (const char* name : {"firstName", "lastName", "dateOfBirth", "externalId"})
            QVERIFY2(field(QString::fromLatin1(name))->text().isEmpty(), name);
        QVERIFY(!codeShown());
        QVERIFY(QGuiApplication::clipboard()->text() != link);
    }

    void clipboardOfSomethingElseIsLeftAlone()
    {
        fillApplicant();
        QTest::keyClick(field(QStringLiteral("lastName")), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
        QGuiApplication::clipboard()->setText(QStringLiteral("staff note"));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("staff note"));
    }

    void withoutAProfileTheButtonSaysWhy()
    {
        Config::ProfileStore(*m_settings).remove(QStringLiteral("Sandbox"));
        m_window.reset();
        m_window = std::make_unique<Ui::MainWindow>(environment());
        QVERIFY(!m_window->findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("createReason"))
                    ->text()
                    .contains(QLatin1String("profile")));
    }

    void decisionIsShownInWordsWithEveryFactor_data()
    {
        QTest::addColumn<QString>("directive");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("levelPart");
        QTest::addColumn<QStringList>("factorParts");
        QTest::addColumn<QString>("advicePart");
        QTest::newRow("HIGH") << "sandbox:complete=HIGH@0" << int(State::Finished)
                              << QString::fromUtf8("✓ Passed")
                              << QStringList{QStringLiteral("Face match")} << QString();
        QTest::newRow("MEDIUM") << "sandbox:complete=MEDIUM@0" << int(State::Reviewing)
                                << QStringLiteral("Suspicious")
                                << QStringList{QStringLiteral("Voice liveness check"),
                                               QStringLiteral("Not part of this evaluation")}
                                << QStringLiteral("Extra checks are recommended");
        QTest::newRow("LOW") << "sandbox:complete=LOW@0" << int(State::Finished)
                             << QString::fromUtf8("✗ Not passed")
                             << QStringList{QStringLiteral("Unknown (no value)")}
                             << QStringLiteral("Do not continue");
    }
    void decisionIsShownInWordsWithEveryFactor()
    {
        QFETCH(QString, directive);
        QFETCH(int, state);
        QFETCH(QString, levelPart);
        QFETCH(QStringList, factorParts);
        QFETCH(QString, advicePart);
        fillApplicant(directive);
        QTest::keyClick(field(QStringLiteral("lastName")), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(int(m_window->controller().state()), state,
                                  TestSupport::EventTimeoutMs);
        auto* level = m_window->findChild<QLabel*>(QStringLiteral("decisionLevel"));
        QVERIFY(level && level->isVisible());
        QVERIFY2(level->text().contains(levelPart), qPrintable(level->text()));
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("decisionScore"))
                    ->text()
                    .contains(QLatin1String("of 100")));
        QString factors;
        auto* tree = m_window->findChild<QTreeWidget*>(QStringLiteral("trustFactors"));
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            factors += tree->topLevelItem(i)->text(0) + QLatin1Char('|') +
                       tree->topLevelItem(i)->text(1) + QLatin1Char('\n');
        for (const QString& part : factorParts)
            QVERIFY2(factors.contains(part), qPrintable(factors));
        const QString advice =
            m_window->findChild<QLabel*>(QStringLiteral("decisionAdvice"))->text();
        if (advicePart.isEmpty())
            QVERIFY(advice.isEmpty());
        else
            QVERIFY2(advice.contains(advicePart), qPrintable(advice));
        QVERIFY(!codeShown());
    }

    void unknownStatusIsShownRawWithTheCodeStillUp()
    {
        fillApplicant(QStringLiteral("sandbox:status=FROZEN@0"));
        QTest::keyClick(field(QStringLiteral("lastName")), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QLabel*>(QStringLiteral("followStatus")) &&
                                     m_window->findChild<QLabel*>(QStringLiteral("followStatus"))
                                         ->text()
                                         .contains(QLatin1String("Unknown status: FROZEN")),
                                 TestSupport::EventTimeoutMs);
        QCOMPARE(m_window->controller().state(), State::Showing);
        QVERIFY(codeShown());
    }

    void inspectorOpensFromTheKeyboardAndListsTheExchanges()
    {
        QVERIFY(!m_window->findChild<QDockWidget*>(QStringLiteral("inspectorDock")));
        fillApplicant();
        QTest::keyClick(field(QStringLiteral("lastName")), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
        QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("inspectorDock"));
        QVERIFY(dock && dock->isVisible());
        auto* table = dock->findChild<QTableView*>();
        QVERIFY(table);
        QTRY_VERIFY(table->model()->rowCount() >= 1);
        QCOMPARE(table->model()->index(0, 2).data().toString(),
                 QStringLiteral("/api/v1/enrolment/initialize"));
        QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!dock->isVisible());
    }

    void problemTextKeepsItsContrast_data()
    {
        QTest::addColumn<QColor>("window");
        QTest::addColumn<QColor>("text");
        QTest::newRow("light") << QColor(0xef, 0xef, 0xef) << QColor(Qt::black);
        QTest::newRow("dark") << QColor(0x20, 0x20, 0x20) << QColor(Qt::white);
    }
    void problemTextKeepsItsContrast()
    {
        QFETCH(QColor, window);
        QFETCH(QColor, text);
        QPalette palette = QApplication::palette();
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        m_window->setPalette(palette);
        type(QStringLiteral("firstName"), QStringLiteral("J0hn"));
        QTest::keyClick(field(QStringLiteral("firstName")), Qt::Key_Tab);
        QLabel* problem = m_window->findChild<QLabel*>(QStringLiteral("firstNameProblem"));
        QVERIFY(problem->isVisible());
        const QColor shown = problem->palette().color(QPalette::WindowText);
        const double ratio = contrast(shown, problem->palette().color(QPalette::Window));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("contrast %1").arg(ratio)));
        const QString folder = qEnvironmentVariable("ENROLMENT_SCREENSHOTS");
        if (!folder.isEmpty())
            m_window->grab().save(folder + QStringLiteral("/mainwindow-%1.png")
                                               .arg(QString::fromLatin1(QTest::currentDataTag())));
    }

    void geometryIsRemembered()
    {
        m_window->resize(1200, 760);
        m_window->close();
        m_window = std::make_unique<Ui::MainWindow>(environment());
        QCOMPARE(m_window->size(), QSize(1200, 760));
    }

    void historyIsKeptFromTheFirstSessionAndShownWithCtrlH()
    {
        QVERIFY(!QFileInfo::exists(historyPath())); // opening the window touches no database
        fillApplicant(QStringLiteral("CASE-17"));
        QTest::keyClick(field(QStringLiteral("lastName")), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
        QVERIFY(QFileInfo::exists(historyPath()));
        const QString id = m_window->controller().session()->sessionId;

        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
        auto* view = m_window->findChild<QDialog*>(QStringLiteral("historyView"));
        QVERIFY(view && view->isVisible());
        auto* table = view->findChild<QTableView*>(QStringLiteral("historyTable"));
        QCOMPARE(table->model()->rowCount(), 1);
        QString row;
        for (int column = 0; column < table->model()->columnCount(); ++column)
            row += table->model()->index(0, column).data().toString() + QLatin1Char('|');
        QVERIFY2(row.contains(id) && row.contains(QLatin1String("CASE-17")) &&
                     row.contains(QLatin1String("Sandbox")),
                 qPrintable(row));
        QVERIFY2(!row.contains(QLatin1String("John")) && !row.contains(QLatin1String("1990")),
                 qPrintable(row));
        // The form was not touched by the shortcut.
        QCOMPARE(field(QStringLiteral("lastName"))->text(), QStringLiteral("Doe"));

        // A session created while the view is open appears in it.
        view->close();
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
        view = m_window->findChild<QDialog*>(QStringLiteral("historyView"));
        QVERIFY(view && view->isVisible());
        m_window->activateWindow();
        fillApplicant(QStringLiteral("CASE-18"));
        QTest::keyClick(field(QStringLiteral("lastName")), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
        table = view->findChild<QTableView*>(QStringLiteral("historyTable"));
        QTRY_COMPARE(table->model()->rowCount(), 2);
    }

    void anUnusableHistoryIsMentionedAndTheDeskWorksOn()
    {
        QFile taken(m_folder->filePath(QStringLiteral("taken")));
        QVERIFY(taken.open(QIODevice::WriteOnly));
        taken.close();
        m_window = std::make_unique<Ui::MainWindow>(
            environment({}, m_folder->filePath(QStringLiteral("taken/history.sqlite"))));
        m_window->show();
        fillApplicant();
        QTest::keyClick(field(QStringLiteral("lastName")), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
        QVERIFY(codeShown());
        const QString message = m_window->statusBar()->currentMessage();
        QVERIFY2(message.contains(QLatin1String("history")) &&
                     message.contains(QLatin1String("cannot be created")),
                 qPrintable(message));

        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
        auto* view = m_window->findChild<QDialog*>(QStringLiteral("historyView"));
        QVERIFY(view && view->isVisible());
        auto* problem = view->findChild<QLabel*>(QStringLiteral("historyProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("cannot be created")),
                 qPrintable(problem->text()));
    }

    // Issue 13: a failed "Open in browser" is a notice; the code, its actions and F5 stay.
    void aBrowserThatCannotBeOpenedLeavesTheCodeUp()
    {
        m_window.reset();
        Ui::DeskEnvironment noBrowser = environment();
        int opened = 0;
        noBrowser.openUrl = [&opened](const QUrl&) {
            ++opened;
            return false;
        };
        m_window = std::make_unique<Ui::MainWindow>(noBrowser);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        fillApplicant();
        QTest::keyClick(field(QStringLiteral("lastName")), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
        const QString link = m_window->controller().link().toString(QUrl::FullyEncoded);

        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
        QCOMPARE(opened, 1);
        auto* notice = m_window->findChild<QLabel*>(QStringLiteral("sessionNotice"));
        QVERIFY(notice && notice->isVisible());
        QVERIFY2(notice->text().contains(QLatin1String("No browser")), qPrintable(notice->text()));
        QCOMPARE(m_window->controller().state(), State::Showing);
        QVERIFY(codeShown());
        auto* view = m_window->findChild<Ui::QrView*>(QStringLiteral("qrView"));
        QCOMPARE(TestSupport::decodeQr(view->grab().toImage()), link);
        for (const char* name : {"copyLinkButton", "openInBrowserButton", "checkNowButton"}) {
            auto* button = m_window->findChild<QWidget*>(QString::fromLatin1(name));
            QVERIFY2(button && button->isVisible() && button->isEnabled(), name);
        }
        QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("problemBox")));
        saveScreenshot(QStringLiteral("mainwindow-no-browser"));
        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), link);
    }

    // Issue 13: after a decision, Enter creates nothing; Ctrl+R is the explicit new session.
    void enterAfterADecisionCreatesNoSecondSession_data()
    {
        QTest::addColumn<QString>("directive");
        QTest::addColumn<int>("state");
        QTest::newRow("final") << "sandbox:complete=HIGH@0" << int(State::Finished);
        QTest::newRow("interim") << "sandbox:complete=MEDIUM@0" << int(State::Reviewing);
    }
    void enterAfterADecisionCreatesNoSecondSession()
    {
        QFETCH(QString, directive);
        QFETCH(int, state);
        fillApplicant(directive);
        QTest::keyClick(field(QStringLiteral("lastName")), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(int(m_window->controller().state()), state,
                                  TestSupport::EventTimeoutMs);
        const QString id = m_window->controller().session()->sessionId;

        for (const char* name : {"lastName", "externalId"}) {
            field(QString::fromLatin1(name))->setFocus();
            QTest::keyClick(field(QString::fromLatin1(name)), Qt::Key_Return);
        }
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QCoreApplication::processEvents();
        QCOMPARE(int(m_window->controller().state()), state);
        QCOMPARE(m_window->controller().session()->sessionId, id);
        QCOMPARE(m_sandbox->sessionCount(), 1);
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("decisionLevel"))->isVisible());
        QVERIFY(field(QStringLiteral("lastName"))->isReadOnly());

        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
        QCOMPARE(m_sandbox->sessionCount(), 2);
        QVERIFY(m_window->controller().session()->sessionId != id);
    }

    // Issue 13: failing status checks say since when, why, when the next try is, and offer
    // Check now; once a check is answered again the panel says so.
    void failingStatusChecksAreShownUntilTheyWorkAgain()
    {
        setPollInterval(600); // nothing but F5 asks
        fillApplicant(QStringLiteral("sandbox:status-http=503@3"));
        QTest::keyClick(field(QStringLiteral("lastName")), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
        auto* status = m_window->findChild<QLabel*>(QStringLiteral("followStatus"));
        // One check is three requests (the client retries a read twice), all answered 503.
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->controller().failingSince().has_value(),
                                 TestSupport::EventTimeoutMs);
        QCoreApplication::processEvents();
        const QString text = status->text();
        const QString since = QLocale().toString(
            m_window->controller().failingSince()->toLocalTime().time(), QLocale::ShortFormat);
        QVERIFY2(text.contains(QLatin1String("since ") + since) &&
                     text.contains(QLatin1String("503")) &&
                     text.contains(QLatin1String("Next try at")) &&
                     text.contains(QLatin1String("Check now")),
                 qPrintable(text));
        auto* checkNow = m_window->findChild<QWidget*>(QStringLiteral("checkNowButton"));
        QVERIFY(checkNow && checkNow->isVisible() && checkNow->isEnabled());
        QVERIFY(codeShown());
        saveScreenshot(QStringLiteral("mainwindow-status-failing"));

        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().failingSince(),
                                 TestSupport::EventTimeoutMs);
        QTRY_VERIFY(status->text().contains(QLatin1String("Next check at")));
        QVERIFY2(!status->text().contains(QLatin1String("since")), qPrintable(status->text()));
    }

    void anUnreachablePlatformWhileFollowingIsShown()
    {
        setPollInterval(600);
        fillApplicant();
        QTest::keyClick(field(QStringLiteral("lastName")), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
        m_sandbox.reset(); // the platform goes away
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        auto* status = m_window->findChild<QLabel*>(QStringLiteral("followStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("since")),
                                 TestSupport::EventTimeoutMs);
        QVERIFY2(status->text().contains(QLatin1String("Could not reach the platform")) &&
                     status->text().contains(QLatin1String("Next try at")),
                 qPrintable(status->text()));
        QCOMPARE(m_window->controller().failedChecks(), 1);
    }

    // Issue 13: a session the platform no longer knows (404 while following) takes its code down.
    void aSessionThePlatformNoLongerKnowsTakesItsCodeDown()
    {
        setPollInterval(600);
        fillApplicant(QStringLiteral("sandbox:status-http=404@1000"));
        QTest::keyClick(field(QStringLiteral("lastName")), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->controller().state(), State::Expired,
                                  TestSupport::EventTimeoutMs);
        QVERIFY(!codeShown());
        auto* title = m_window->findChild<QLabel*>(QStringLiteral("expiredTitle"));
        QVERIFY(title && title->isVisible());
        QVERIFY2(title->text().contains(QLatin1String("no longer exists")),
                 qPrintable(title->text()));
        QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("copyLink"))->isEnabled());
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("recreateSession"))->isEnabled());
    }

    // Issue 13: Try again only where asking again can help, and not before Retry-After.
    void tryAgainOnlyWhereItCanHelp_data()
    {
        QTest::addColumn<QString>("externalId");
        QTest::addColumn<bool>("offered");
        QTest::newRow("503") << "sandbox:http=503" << true;
        QTest::newRow("500") << "sandbox:http=500" << true;
        QTest::newRow("400") << "sandbox:http=400" << false;
        QTest::newRow("401") << "sandbox:http=401" << false;
        QTest::newRow("foreign link") << "sandbox:foreign-link" << false;
    }
    void tryAgainOnlyWhereItCanHelp()
    {
        QFETCH(QString, externalId);
        QFETCH(bool, offered);
        fillApplicant(externalId);
        QTest::keyClick(field(QStringLiteral("lastName")), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Failed);
        auto* retry = m_window->findChild<QAction*>(QStringLiteral("retrySession"));
        QCOMPARE(retry->isEnabled(), offered);
        auto* button = m_window->findChild<QWidget*>(QStringLiteral("retrySessionButton"));
        QVERIFY(button);
        QCOMPARE(button->isVisible(), offered);
    }

    void tryAgainWaitsForRetryAfter()
    {
        // Real time is the point here: the platform's two seconds, with a wide margin.
        fillApplicant(QStringLiteral("sandbox:http=429 sandbox:retry-after=2"));
        QTest::keyClick(field(QStringLiteral("lastName")), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Failed);
        auto* retry = m_window->findChild<QAction*>(QStringLiteral("retrySession"));
        QVERIFY(retry->isVisible());
        QVERIFY(!retry->isEnabled());
        QVERIFY2(retry->toolTip().contains(QLatin1String("wait until")),
                 qPrintable(retry->toolTip()));
        retry->trigger();
        QCOMPARE(m_sandbox->sessionCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), 30000);
    }

    // Issue 13: the case number and the session ID beside the code and the decision, and a way
    // to copy the ID.
    void sessionIdAndCaseNumberAreShownAndCopied()
    {
        fillApplicant(QStringLiteral("CASE-17 sandbox:complete=LOW@0"));
        QTest::keyClick(field(QStringLiteral("lastName")), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
        const QString id = m_window->controller().session()->sessionId;
        auto visibleLine = [this] {
            for (QLabel* label : m_window->findChildren<QLabel*>(QStringLiteral("sessionLine"))) {
                if (label->isVisible())
                    return label->text();
            }
            return QString();
        };
        QVERIFY2(visibleLine().contains(id) && visibleLine().contains(QLatin1String("CASE-17")),
                 qPrintable(visibleLine()));
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->controller().state(), State::Finished,
                                  TestSupport::EventTimeoutMs);
        QVERIFY2(visibleLine().contains(id), qPrintable(visibleLine()));
        auto* copy = m_window->findChild<QAction*>(QStringLiteral("copySessionId"));
        QVERIFY(copy && copy->isEnabled());
        copy->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), id);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(!copy->isEnabled());
        QVERIFY(field(QStringLiteral("firstName"))->hasFocus());
    }

    // Issue 13: quitting while a session is open asks first.
    void quittingWithAnOpenSessionAsksFirst()
    {
        fillApplicant();
        QTest::keyClick(field(QStringLiteral("lastName")), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
        QString question;
        const auto answerWith = [this, &question](const QString& button) {
            QTimer::singleShot(0, m_window.get(), [&question, button] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (!box)
                    return;
                question = box->text();
                for (QAbstractButton* candidate : box->buttons()) {
                    if (candidate->text().remove(QLatin1Char('&')) == button)
                        candidate->click();
                }
            });
        };
        answerWith(QStringLiteral("Stay"));
        m_window->findChild<QAction*>(QStringLiteral("quit"))->trigger(); // File > Quit
        QVERIFY2(question.contains(QLatin1String("session is still open")), qPrintable(question));
        QVERIFY(m_window->isVisible());
        QCOMPARE(m_window->controller().state(), State::Showing);

        question.clear();
        answerWith(QStringLiteral("Quit"));
        QVERIFY(m_window->close());
        QVERIFY(!question.isEmpty());
        QVERIFY(!m_window->isVisible());

        // Nothing open: no question.
        m_window = std::make_unique<Ui::MainWindow>(environment());
        m_window->show();
        question.clear();
        QVERIFY(m_window->close());
        QVERIFY(question.isEmpty());
    }

    // Issue 13: a date typed the local way is understood and shown as it is sent.
    void aDateTypedTheLocalWayIsUnderstood()
    {
        type(QStringLiteral("firstName"), QStringLiteral("John"));
        type(QStringLiteral("lastName"), QStringLiteral("Doe"));
        type(QStringLiteral("dateOfBirth"), QStringLiteral("14.07.1985"));
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("createSession"))->isEnabled());
        QTest::keyClick(field(QStringLiteral("dateOfBirth")), Qt::Key_Tab);
        QCOMPARE(field(QStringLiteral("dateOfBirth"))->text(), QStringLiteral("1985-07-14"));
        field(QStringLiteral("dateOfBirth"))->clear();
        type(QStringLiteral("dateOfBirth"), QStringLiteral("19850714"));
        QTest::keyClick(field(QStringLiteral("dateOfBirth")), Qt::Key_Tab);
        QCOMPARE(field(QStringLiteral("dateOfBirth"))->text(), QStringLiteral("1985-07-14"));
        QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("dateOfBirthProblem"))->isVisible());
    }

private:
    QString historyPath() const { return m_folder->filePath(QStringLiteral("history.sqlite")); }
    Ui::DeskEnvironment environment(const QProcessEnvironment& variables = {},
                                    const QString& history = {}) const
    {
        Ui::DeskEnvironment environment{*m_settings, *m_credentials, variables, false,
                                        [] { return QDate(2026, 11, 26); }};
        environment.now = m_clock.function();
        environment.historyPath = history.isEmpty() ? historyPath() : history;
        return environment;
    }

    // The code view exists once a code has been shown; no view means no code.
    bool codeShown() const
    {
        const auto* view = m_window->findChild<Ui::QrView*>(QStringLiteral("qrView"));
        return view && view->isVisible() && view->hasCode();
    }

    // WCAG 2.x contrast ratio of two colours.
    static double contrast(const QColor& a, const QColor& b)
    {
        auto luminance = [](const QColor& c) {
            auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
                   0.0722 * channel(c.blueF());
        };
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }

    void saveScreenshot(const QString& name) const
    {
        const QString folder = qEnvironmentVariable("ENROLMENT_SCREENSHOTS");
        if (!folder.isEmpty())
            m_window->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    void setPollInterval(int seconds)
    {
        Config::ProfileStore store(*m_settings);
        auto profile = store.load(QStringLiteral("Sandbox"));
        QVERIFY(profile);
        profile->pollIntervalSeconds = seconds;
        store.save(*profile);
    }
    void saveProfile(const QString& name, const QUrl& url)
    {
        Config::Profile profile;
        profile.name = name;
        profile.baseUrl = url;
        profile.username = QStringLiteral("demo");
        profile.returnUrl = QStringLiteral("https://bank.example/done");
        profile.timeoutSeconds = 30; // a busy machine may be slow; nothing here times out
        profile.pollIntervalSeconds = 1;
        Config::ProfileStore store(*m_settings);
        store.save(profile);
        store.setActiveProfileName(name);
    }
    QLineEdit* field(const QString& name) const
    {
        return TEST_CHILD(QLineEdit, m_window.get(), name);
    }
    void type(const QString& name, const QString& text)
    {
        field(name)->setFocus();
        QTest::keyClicks(field(name), text);
    }
    void fillApplicant(const QString& externalId = QStringLiteral("case-1"))
    {
        type(QStringLiteral("firstName"), QStringLiteral("John"));
        type(QStringLiteral("lastName"), QStringLiteral("Doe"));
        type(QStringLiteral("dateOfBirth"), QStringLiteral("1990-04-23"));
        type(QStringLiteral("externalId"), externalId);
    }

    TestSupport::TestClock m_clock;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Config::MemoryCredentialStore> m_credentials;
    std::unique_ptr<Ui::MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
