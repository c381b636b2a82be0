#pragma once
// The QA inspector (View menu, hidden by default): this run's API exchanges in a table, the
// selected one's request line, headers and pretty-printed bodies, and "Copy as curl". It only
// ever sees Api::ExchangeRecord values, which are redacted before they leave the client.

#include <QDockWidget>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Api {
class ExchangeLog;
struct ExchangeRecord;
} // namespace Api

namespace Ui {

class InspectorDock : public QDockWidget
{
    Q_OBJECT

public:
    // The log is not owned; once it is destroyed the dock shows nothing.
    explicit InspectorDock(Api::ExchangeLog* log, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QPlainTextEdit* details() const { return m_details; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* clearButton() const { return m_clear; }

    // What the details pane shows for a record.
    static QString describe(const Api::ExchangeRecord& record);

private:
    void showCurrent();
    void copyAsCurl();
    int currentRow() const;

    QPointer<Api::ExchangeLog> m_log;
    QTableView* m_table;
    QPlainTextEdit* m_details;
    QPushButton* m_copy;
    QPushButton* m_clear;
    QLabel* m_feedback;
    bool m_wasAtBottom = true;
};

} // namespace Ui
