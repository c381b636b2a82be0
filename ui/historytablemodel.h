#pragma once
// The session history as a table model for the history view: one row per History::SessionRecord,
// times in local time, the status and decision in staff's words. Qt::UserRole holds the value
// to sort by (times as QDateTime), so the view's proxy sorts times as times.

#include "history/sessionlog.h"

#include <QAbstractTableModel>

namespace Ui {

class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Created, ExternalId, Profile, Status, Decision, Expires, Deleted, SessionId };
    static constexpr int ColumnCount = SessionId + 1;
    static constexpr int SortRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(QList<History::SessionRecord> records);
    const History::SessionRecord& record(int row) const { return m_records.at(row); }
    // -1 when the session is not among the rows.
    int rowOf(const QString& sessionId) const;

    // "2026-11-26 14:05", in local time: the form the date filter uses.
    static QString localText(const QDateTime& time);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const History::SessionRecord& record, int column) const;
    QVariant sortValue(const History::SessionRecord& record, int column) const;

    QList<History::SessionRecord> m_records;
};

} // namespace Ui
