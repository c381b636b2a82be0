#include "historytablemodel.h"

#include "decisionview.h"
#include "domain/decision.h"
#include "domain/sessionstatus.h"

namespace Ui {

void HistoryTableModel::setRecords(QList<History::SessionRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int HistoryTableModel::rowOf(const QString& sessionId) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).sessionId == sessionId)
            return row;
    }
    return -1;
}

QString HistoryTableModel::localText(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
}

int HistoryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int HistoryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryTableModel::displayText(const History::SessionRecord& record, int column) const
{
    switch (column) {
    case Created:
        return localText(record.createdUtc);
    case ExternalId:
        return record.externalId;
    case Profile:
        return record.profile;
    case Status: {
        // No link came back: say how the creation ended, until a status is read.
        if (!record.outcome.isEmpty())
            return History::outcomeText(record.outcome);
        const Domain::SessionStatus status = Domain::SessionStatus::fromWire(record.lastStatus);
        // Nobody followed it to the end: say why it may never finish.
        const bool linkOver = status.kind() == Domain::SessionStatus::Kind::Pending &&
                              record.expiresUtc &&
                              *record.expiresUtc <= QDateTime::currentDateTimeUtc();
        return linkOver ? tr("%1 (link expired)").arg(status.displayText()) : status.displayText();
    }
    case Decision:
        return record.decisionLevel.isEmpty()
                   ? QString()
                   : DecisionView::levelText(Domain::levelFromWire(record.decisionLevel));
    case Expires:
        return record.expiresUtc ? localText(*record.expiresUtc) : tr("unknown");
    case Deleted:
        return record.deletedUtc ? localText(*record.deletedUtc) : QString();
    case SessionId:
        return record.sessionId;
    }
    return {};
}

QVariant HistoryTableModel::sortValue(const History::SessionRecord& record, int column) const
{
    switch (column) {
    case Created:
        return record.createdUtc;
    case Expires:
        return record.expiresUtc ? QVariant(*record.expiresUtc) : QVariant(QDateTime());
    case Deleted:
        return record.deletedUtc ? QVariant(*record.deletedUtc) : QVariant(QDateTime());
    case Decision: {
        // By level, not by its words: LOW, then MEDIUM, then HIGH; no decision before them all.
        if (record.decisionLevel.isEmpty())
            return -1;
        switch (Domain::levelFromWire(record.decisionLevel)) {
        case Domain::Level::Low:
            return 1;
        case Domain::Level::Medium:
            return 2;
        case Domain::Level::High:
            return 3;
        case Domain::Level::Unavailable:
        case Domain::Level::Unknown:
            break;
        }
        return 0;
    }
    default:
        return displayText(record, column).toCaseFolded();
    }
}

QVariant HistoryTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const History::SessionRecord& record = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(record, index.column());
    case SortRole:
        return sortValue(record, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Status)
            return tr("Last read %1").arg(localText(record.updatedUtc));
        if (index.column() == ExternalId || index.column() == SessionId)
            return displayText(record, index.column());
        return {};
    case Qt::AccessibleTextRole: {
        const QString text = displayText(record, index.column());
        //: Read by a screen reader for an empty cell of the history table.
        return text.isEmpty() ? tr("none") : text;
    }
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Created:
        return tr("Created");
    case ExternalId:
        return tr("Case (externalId)");
    case Profile:
        return tr("Profile");
    case Status:
        return tr("Last status");
    case Decision:
        return tr("Decision");
    case Expires:
        return tr("Link expires");
    case Deleted:
        return tr("Data deleted");
    case SessionId:
        return tr("Session ID");
    }
    return {};
}

} // namespace Ui
