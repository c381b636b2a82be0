#pragma once
// The QA inspector's list of this run's API exchanges: a table model (time, method, path, status,
// duration) over the last records, oldest first. Records arrive already redacted; the log lives in
// memory only and is never written anywhere.

#include "exchangerecord.h"

#include <QAbstractTableModel>

#include <deque>

namespace Api {

class ExchangeLog : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, MethodColumn, PathColumn, StatusColumn, DurationColumn, ColumnCount };
    static constexpr int DefaultCapacity = 500;

    explicit ExchangeLog(QObject* parent = nullptr)
        : ExchangeLog(DefaultCapacity, parent)
    {}
    ExchangeLog(int capacity, QObject* parent);

    int capacity() const { return m_capacity; }
    // Adds a record at the bottom; beyond the capacity the oldest one goes.
    void append(const ExchangeRecord& record);
    const ExchangeRecord& record(int row) const;
    void clear();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // What the status column shows: the HTTP status, or what went wrong when there was none.
    static QString statusText(const ExchangeRecord& record);

private:
    std::deque<ExchangeRecord> m_records;
    int m_capacity;
};

} // namespace Api
