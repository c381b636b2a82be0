#pragma once
// "Session history…" (View menu, Ctrl+H): the sessions this desk created, filtered by case number
// (externalId) and creation date and sorted by any column. Staff can check a past session's
// status and decision again, and delete its data on the platform after a confirmation that names
// it; both are written back to the history. A history file that cannot be used is explained
// here in one sentence and the dialog stays usable, empty.

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Desk {
class HistoryRecorder;
class SessionLookup;
} // namespace Desk

namespace History {
struct SessionRecord;
} // namespace History

namespace Ui {

class DecisionView;
class HistoryFilterBar;
class HistoryTableModel;

class HistoryView : public QDialog
{
    Q_OBJECT

public:
    // Asks staff to confirm a deletion; true to go ahead. The default shows a QMessageBox.
    using Confirm = std::function<bool(QWidget* parent, const QString& question)>;

    HistoryView(Desk::HistoryRecorder& recorder, Desk::SessionLookup& lookup,
                QWidget* parent = nullptr);
    ~HistoryView() override;

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // Reads the history again with the current filter, keeping the selected session selected.
    void refresh();
    // The question the confirmation asks before deleting a session's data.
    static QString deleteQuestion(const History::SessionRecord& record);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const History::SessionRecord* selectedRecord() const;
    void selectSession(const QString& sessionId);
    void updateButtons();
    void checkStatus();
    void deleteData();
    void showMessage(const QString& text, bool problem);

    Desk::HistoryRecorder& m_recorder;
    Desk::SessionLookup& m_lookup;
    Confirm m_confirm;
    bool m_busy = false;

    HistoryTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_problem = nullptr;
    HistoryFilterBar* m_filters = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_message = nullptr;
    DecisionView* m_decision = nullptr;
};

} // namespace Ui
