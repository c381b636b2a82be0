// Ui::HistoryView, offscreen, on a temporary history file and a sandbox on loopback: filtering by
// case number and by dates, sorting by a column, "Check status" updating the row and showing the
// decision, "Delete data on platform…" after a confirmation that names the session (and not
// without it), and a damaged file explained in the dialog.

#include "config/memorycredentialstore.h"
#include "config/profilestore.h"
#include "desk/historyrecorder.h"
#include "desk/sessioncontroller.h"
#include "desk/sessionlookup.h"
#include "history/sessionlog.h"
#include "historytablemodel.h"
#include "historyview.h"
#include "testsupport.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using Column = Ui::HistoryTableModel::Column;

namespace {

const QString ProfileName = QStringLiteral("Sandbox");

QDateTime local(int month, int day, int hour = 12)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0)).toUTC();
}

History::SessionRecord record(const QString& id, const QString& externalId,
                              const QDateTime& created)
{
    History::SessionRecord record;
    record.sessionId = id;
    record.externalId = externalId;
    record.profile = ProfileName;
    record.createdUtc = created;
    record.expiresUtc = created.addSecs(3600);
    record.lastStatus = QStringLiteral("PENDING");
    record.updatedUtc = created;
    return record;
}

} // namespace

class TestHistoryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("history.sqlite"));
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("desk.ini")),
                                                 QSettings::IniFormat);
        m_sandbox = TestSupport::startSandbox();
        Config::Profile profile;
        profile.name = ProfileName;
        profile.baseUrl = m_sandbox->baseUrl();
        profile.username = QStringLiteral("demo");
        profile.timeoutSeconds = 30; // a busy machine may be slow; nothing here times out
        Config::ProfileStore(*m_settings).save(profile);
        m_credentials = std::make_unique<Config::MemoryCredentialStore>();
        m_credentials->setPassword(ProfileName, QStringLiteral("demo"));
        m_controller = std::make_unique<Desk::SessionController>();
        m_lookup = std::make_unique<Desk::SessionLookup>(*m_settings, *m_credentials,
                                                         QProcessEnvironment());
    }
    void cleanup()
    {
        m_view.reset();
        m_recorder.reset();
        m_lookup.reset();
        m_controller.reset();
        m_credentials.reset();
        m_sandbox.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void filtersByCaseNumberAndDates()
    {
        seed({record(id(1), QStringLiteral("CASE-17"), local(3, 2)),
              record(id(2), QStringLiteral("case-170 second"), local(3, 20)),
              record(id(3), QStringLiteral("OTHER-9"), local(4, 5)),
              record(id(4), QString(), local(5, 1))});
        openView();
        QCOMPARE(table()->model()->rowCount(), 4);
        QCOMPARE(label(QStringLiteral("historyCount"))->text(),
                 QStringLiteral("Sessions shown: 4"));
        // Newest first until staff sort otherwise.
        QCOMPARE(cell(0, Column::SessionId), id(4));

        type(QStringLiteral("externalIdFilter"), QStringLiteral("case-17"));
        QCOMPARE(sessionIds(), (QStringList{id(2), id(1)}));

        edit(QStringLiteral("externalIdFilter"))->clear();
        type(QStringLiteral("fromDate"), QStringLiteral("2026-03-20"));
        QCOMPARE(sessionIds(), (QStringList{id(4), id(3), id(2)}));
        type(QStringLiteral("toDate"), QStringLiteral("2026-04-05"));
        QCOMPARE(sessionIds(), (QStringList{id(3), id(2)}));
        QVERIFY(label(QStringLiteral("filterHint"))->text().isEmpty());

        // A date being typed is left out, and a wrong one is explained.
        edit(QStringLiteral("toDate"))->clear();
        type(QStringLiteral("toDate"), QStringLiteral("2026-4"));
        QCOMPARE(sessionIds(), (QStringList{id(4), id(3), id(2)}));
        QVERIFY(label(QStringLiteral("filterHint"))->text().contains(QLatin1String("YYYY-MM-DD")));
    }

    void sortsByAColumn()
    {
        seed({record(id(1), QStringLiteral("B-2"), local(3, 2)),
              record(id(2), QStringLiteral("C-3"), local(3, 3)),
              record(id(3), QStringLiteral("A-1"), local(3, 1))});
        openView();
        QCOMPARE(sessionIds(), (QStringList{id(2), id(1), id(3)}));
        // Clicking the header sorts by it; a second click reverses.
        QHeaderView* header = table()->horizontalHeader();
        const int x = header->sectionViewportPosition(Column::ExternalId) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QCOMPARE(sessionIds(), (QStringList{id(3), id(1), id(2)}));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QCOMPARE(sessionIds(), (QStringList{id(2), id(1), id(3)}));
        // Times sort as times, not as text.
        table()->sortByColumn(Column::Created, Qt::AscendingOrder);
        QCOMPARE(sessionIds(), (QStringList{id(3), id(1), id(2)}));
    }

    // Issue 13: the decision sorts by level; the case number is shown whole; Tab into the table
    // selects a row; the view fits the screen.
    void decisionSortsByLevelAndTheCaseNumberIsWhole()
    {
        seed({record(id(1), QStringLiteral("CASE-2026-000417-LONG"), local(3, 1)),
              record(id(2), QStringLiteral("B"), local(3, 2)),
              record(id(3), QStringLiteral("C"), local(3, 3)),
              record(id(4), QStringLiteral("D"), local(3, 4))});
        {
            QString problem;
            auto log = History::SessionLog::open(m_path, &problem);
            QVERIFY(log);
            const QDateTime later = local(3, 5);
            QVERIFY(log->recordStatus(id(1), QStringLiteral("AUTO_REJECTED"), QStringLiteral("LOW"),
                                      later, &problem));
            QVERIFY(log->recordStatus(id(2), QStringLiteral("AUTO_APPROVED"),
                                      QStringLiteral("HIGH"), later, &problem));
            QVERIFY(log->recordStatus(id(3), QStringLiteral("WAITING_FOR_MANUAL_APPROVE"),
                                      QStringLiteral("MEDIUM"), later, &problem));
        }
        openView();
        table()->sortByColumn(Column::Decision, Qt::AscendingOrder);
        QCOMPARE(sessionIds(), (QStringList{id(4), id(1), id(3), id(2)}));
        table()->sortByColumn(Column::Decision, Qt::DescendingOrder);
        QCOMPARE(sessionIds(), (QStringList{id(2), id(3), id(1), id(4)}));

        const QString longest = QStringLiteral("CASE-2026-000417-LONG");
        QVERIFY(table()->columnWidth(Column::ExternalId) >=
                table()->fontMetrics().horizontalAdvance(longest));
        const QSize screen = m_view->screen()->availableSize();
        QVERIFY(m_view->width() <= screen.width() && m_view->height() <= screen.height());

        QVERIFY(!button(QStringLiteral("checkStatus"))->isEnabled());
        edit(QStringLiteral("externalIdFilter"))->setFocus();
        for (int step = 0; step < 20 && !table()->hasFocus() && QApplication::focusWidget();
             ++step) {
            QWidget* before = QApplication::focusWidget();
            QTest::keyClick(before, Qt::Key_Tab);
            if (QApplication::focusWidget() == before)
                break;
        }
        QVERIFY(table()->hasFocus());
        QVERIFY(table()->selectionModel()->hasSelection());
        QVERIFY(button(QStringLiteral("checkStatus"))->isEnabled());
    }

    void checkStatusUpdatesTheRowAndShowsTheDecision()
    {
        const QString id = createSession(QStringLiteral("CASE-17 sandbox:complete=HIGH@0"));
        seed({record(id, QStringLiteral("CASE-17 sandbox:complete=HIGH@0"), local(3, 2))});
        openView();
        // Recorded as pending, long ago: nobody followed it to its end.
        QVERIFY2(cell(0, Column::Status).endsWith(QLatin1String("(link expired)")),
                 qPrintable(cell(0, Column::Status)));
        selectRow(0);
        auto* check = button(QStringLiteral("checkStatus"));
        QVERIFY(check->isEnabled());
        QTest::keyClick(table(), Qt::Key_Return); // Enter on a row checks it
        QVERIFY(!check->isEnabled());             // one question at a time
        QTRY_VERIFY(cell(0, Column::Decision).contains(QLatin1String("Passed")));
        QCOMPARE(cell(0, Column::Decision), QString::fromUtf8("✓ Passed"));
        QVERIFY(cell(0, Column::Status).contains(QLatin1String("pproved")));
        auto* level = m_view->findChild<QLabel*>(QStringLiteral("decisionLevel"));
        QVERIFY(level && level->isVisible());
        QVERIFY2(level->text().contains(QLatin1String("Passed")), qPrintable(level->text()));
        QVERIFY(label(QStringLiteral("lookupMessage"))->text().contains(id));
        QVERIFY(check->isEnabled());
        QVERIFY(table()->selectionModel()->isRowSelected(0, {})); // still the same session

        QString problem;
        const auto stored = m_recorder->log(&problem)->find(id, &problem);
        QCOMPARE(stored->lastStatus, QStringLiteral("AUTO_APPROVED"));
        QCOMPARE(stored->decisionLevel, QStringLiteral("HIGH"));
        screenshot();
    }

    void deleteAsksFirstAndNamesTheSession()
    {
        const QString id = createSession(QStringLiteral("CASE-17"));
        seed({record(id, QStringLiteral("CASE-17"), local(3, 2))});
        openView();
        selectRow(0);

        // Cancelled: nothing is sent, nothing recorded.
        QString question;
        answerConfirmation(QMessageBox::RejectRole, &question);
        QTest::keyClick(button(QStringLiteral("deleteData")), Qt::Key_Space);
        QVERIFY2(question.contains(id), qPrintable(question));
        QVERIFY2(question.contains(QLatin1String("(case CASE-17)")), qPrintable(question));
        QVERIFY(question.contains(QLatin1String("cannot be undone")));
        QCoreApplication::processEvents();
        QVERIFY(cell(0, Column::Deleted).isEmpty());
        QVERIFY(sandboxKnows(id));

        answerConfirmation(QMessageBox::DestructiveRole, &question);
        QTest::keyClick(button(QStringLiteral("deleteData")), Qt::Key_Space);
        QTRY_VERIFY(!cell(0, Column::Deleted).isEmpty());
        QVERIFY(!sandboxKnows(id));
        QVERIFY(!button(QStringLiteral("deleteData"))->isEnabled()); // nothing left to delete
        QVERIFY(label(QStringLiteral("lookupMessage"))->text().contains(QLatin1String("deleted")));
        QString problem;
        QVERIFY(m_recorder->log(&problem)->find(id, &problem)->deletedUtc);

        // Checking it now says plainly that the platform no longer knows it.
        QTest::keyClick(button(QStringLiteral("checkStatus")), Qt::Key_Space);
        QTRY_VERIFY(label(QStringLiteral("lookupMessage"))->text().contains(QLatin1String("404")));
    }

    void aSessionOfAVanishedProfileIsExplained()
    {
        History::SessionRecord old = record(id(1), QStringLiteral("CASE-1"), local(3, 2));
        old.profile = QStringLiteral("Old branch");
        seed({old});
        openView();
        selectRow(0);
        QTest::keyClick(button(QStringLiteral("checkStatus")), Qt::Key_Space);
        QTRY_VERIFY(label(QStringLiteral("lookupMessage"))
                        ->text()
                        .contains(QStringLiteral("“Old branch”")));

        // Issue 13: a filter that hides the session takes its answer away too.
        type(QStringLiteral("externalIdFilter"), QStringLiteral("no-such-case"));
        QCOMPARE(table()->model()->rowCount(), 0);
        QVERIFY(!label(QStringLiteral("lookupMessage"))->isVisible());
    }

    void anEmptyHistoryCreatesNoFile()
    {
        openView();
        QCOMPARE(table()->model()->rowCount(), 0);
        QVERIFY(!label(QStringLiteral("historyProblem"))->isVisible());
        QVERIFY(!QFileInfo::exists(m_path));
    }

    void aDamagedFileIsExplainedAndTheDialogStaysUsable()
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        openView();
        QLabel* problem = label(QStringLiteral("historyProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("damaged")), qPrintable(problem->text()));
        QVERIFY(problem->text().contains(QDir::toNativeSeparators(m_path)));
        QCOMPARE(table()->model()->rowCount(), 0);
        QVERIFY(!button(QStringLiteral("checkStatus"))->isEnabled());
        screenshot(QStringLiteral("history-view-damaged"));
        type(QStringLiteral("externalIdFilter"), QStringLiteral("x")); // no crash, still empty
        QCOMPARE(table()->model()->rowCount(), 0);
    }

private:
    static QString id(int n)
    {
        return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    }
    void seed(const QList<History::SessionRecord>& records)
    {
        QString problem;
        auto log = History::SessionLog::open(m_path, &problem);
        QVERIFY2(log, qPrintable(problem));
        for (const History::SessionRecord& r : records)
            QVERIFY2(log->recordCreated(r, &problem), qPrintable(problem));
    }
    void openView()
    {
        m_recorder = std::make_unique<Desk::HistoryRecorder>(*m_controller, m_path);
        m_view = std::make_unique<Ui::HistoryView>(*m_recorder, *m_lookup);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    QTableView* table() const
    {
        return m_view->findChild<QTableView*>(QStringLiteral("historyTable"));
    }
    QString cell(int row, int column) const
    {
        return table()->model()->index(row, column).data().toString();
    }
    QStringList sessionIds() const
    {
        QStringList ids;
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            ids.append(cell(row, Column::SessionId));
        return ids;
    }
    void selectRow(int row)
    {
        table()->setFocus();
        table()->selectRow(row);
    }
    QLineEdit* edit(const QString& name) const { return m_view->findChild<QLineEdit*>(name); }
    QLabel* label(const QString& name) const { return m_view->findChild<QLabel*>(name); }
    QPushButton* button(const QString& name) const { return m_view->findChild<QPushButton*>(name); }
    void type(const QString& name, const QString& text)
    {
        edit(name)->setFocus();
        QTest::keyClicks(edit(name), text);
    }
    // Answers the next modal message box with its button of that role, keeping its text.
    void answerConfirmation(QMessageBox::ButtonRole role, QString* question)
    {
        QTimer::singleShot(0, this, [role, question] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box) {
                QTest::qFail("no confirmation was asked", __FILE__, __LINE__);
                return;
            }
            *question = box->text();
            for (QAbstractButton* candidate : box->buttons()) {
                if (box->buttonRole(candidate) == role) {
                    candidate->click();
                    return;
                }
            }
            QTest::qFail("the confirmation has no button of that role", __FILE__, __LINE__);
            box->reject();
        });
    }
    QString createSession(const QString& externalId)
    {
        return TestSupport::createSandboxSession(*m_sandbox, externalId);
    }
    bool sandboxKnows(const QString& sessionId)
    {
        QNetworkAccessManager network;
        Api::EnrolmentClient client(&network, TestSupport::sandboxConnection(*m_sandbox));
        std::optional<Api::Result<Domain::SessionStatus>> status;
        client.status(sessionId, this,
                      [&status](const Api::Result<Domain::SessionStatus>& r) { status = r; });
        if (!QTest::qWaitFor([&status] { return status.has_value(); },
                             TestSupport::EventTimeoutMs)) {
            QTest::qFail("no status from the sandbox", __FILE__, __LINE__);
            return false;
        }
        return status->ok();
    }
    void screenshot(const QString& name = QStringLiteral("history-view"))
    {
        const QString folder = qEnvironmentVariable("ENROLMENT_SCREENSHOTS");
        QTest::qWait(50); // let the layout place the decision before the picture is taken
        if (!folder.isEmpty())
            m_view->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Config::MemoryCredentialStore> m_credentials;
    std::unique_ptr<Desk::SessionController> m_controller;
    std::unique_ptr<Desk::SessionLookup> m_lookup;
    std::unique_ptr<Desk::HistoryRecorder> m_recorder;
    std::unique_ptr<Ui::HistoryView> m_view;
};

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
