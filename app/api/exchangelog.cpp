#include "exchangelog.h"

#include <QCoreApplication>

namespace Api {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Api::ExchangeLog)
};

QString kindText(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::InvalidInput:
        return Text::tr("not sent");
    case ApiError::Kind::AuthRefused:
    case ApiError::Kind::Http:
        return Text::tr("HTTP error");
    case ApiError::Kind::Network:
        return Text::tr("network error");
    case ApiError::Kind::Tls:
        return Text::tr("TLS error");
    case ApiError::Kind::Timeout:
        return Text::tr("timed out");
    case ApiError::Kind::InvalidReply:
        return Text::tr("invalid reply");
    }
    return QString();
}

} // namespace

ExchangeLog::ExchangeLog(int capacity, QObject* parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{}

void ExchangeLog::append(const ExchangeRecord& record)
{
    if (int(m_records.size()) >= m_capacity) {
        const int excess = int(m_records.size()) - m_capacity + 1;
        beginRemoveRows(QModelIndex(), 0, excess - 1);
        m_records.erase(m_records.begin(), m_records.begin() + excess);
        endRemoveRows();
    }
    const int row = int(m_records.size());
    beginInsertRows(QModelIndex(), row, row);
    m_records.push_back(record);
    endInsertRows();
}

const ExchangeRecord& ExchangeLog::record(int row) const
{
    Q_ASSERT(row >= 0 && row < int(m_records.size()));
    return m_records.at(std::size_t(row));
}

void ExchangeLog::clear()
{
    if (m_records.empty())
        return;
    beginResetModel();
    m_records.clear();
    endResetModel();
}

int ExchangeLog::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ExchangeLog::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExchangeLog::statusText(const ExchangeRecord& record)
{
    if (record.httpStatus != 0)
        return QString::number(record.httpStatus);
    return record.errorKind ? kindText(*record.errorKind) : QString();
}

QVariant ExchangeLog::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ExchangeRecord& entry = record(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case TimeColumn:
            return entry.started.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        case MethodColumn:
            return entry.method;
        case PathColumn:
            return entry.path;
        case StatusColumn:
            return statusText(entry);
        case DurationColumn:
            return Text::tr("%1 ms").arg(entry.durationMs);
        }
    }
    if (role == Qt::ToolTipRole && entry.failed())
        return entry.errorMessage;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == StatusColumn || index.column() == DurationColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QVariant ExchangeLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return Text::tr("Time");
    case MethodColumn:
        return Text::tr("Method");
    case PathColumn:
        return Text::tr("Path");
    case StatusColumn:
        return Text::tr("Status");
    case DurationColumn:
        return Text::tr("Duration");
    }
    return QVariant();
}

} // namespace Api
