#include "historyview.h"

#include "announce.h"
#include "decisionview.h"
#include "desk/historyrecorder.h"
#include "desk/sessionlookup.h"
#include "history/sessionlog.h"
#include "historyfilterbar.h"
#include "historytablemodel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {
namespace {

bool confirmWithMessageBox(QWidget* parent, const QString& question)
{
    QMessageBox box(QMessageBox::Warning, HistoryView::tr("Delete session data"), question,
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmDelete"));
    box.setTextFormat(Qt::PlainText);
    QPushButton* remove =
        box.addButton(HistoryView::tr("&Delete data"), QMessageBox::DestructiveRole);
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace

HistoryView::HistoryView(Desk::HistoryRecorder& recorder, Desk::SessionLookup& lookup,
                         QWidget* parent)
    : QDialog(parent)
    , m_recorder(recorder)
    , m_lookup(lookup)
    , m_confirm(confirmWithMessageBox)
    , m_model(new HistoryTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("historyView"));
    setWindowTitle(tr("Session history"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HistoryTableModel::SortRole);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("historyProblem"));
    m_problem->setAccessibleDescription(tr("History problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setFrameShape(QFrame::StyledPanel);
    m_problem->setMargin(8);
    m_problem->hide();

    m_filters = new HistoryFilterBar(this);
    connect(m_filters, &HistoryFilterBar::changed, this, &HistoryView::refresh);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Recorded sessions"));
    // Tab and Ctrl+Tab leave the table (arrow keys move in it), so Close can be reached.
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryTableModel::Created, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Every column fits its contents, the case number that staff look for included; the long
    // session ID takes what is left (elided in the middle, full text in its tooltip), and the
    // table scrolls sideways rather than widening the window.
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryTableModel::SessionId,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("0000-0000")));
    // Tab into the table selects its first row, so Check status and Delete apply at once.
    m_table->installEventFilter(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryView::updateButtons);
    connect(m_table, &QAbstractItemView::activated, this, &HistoryView::checkStatus);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("historyCount"));
    m_check = new QPushButton(tr("&Check status"), this);
    m_check->setObjectName(QStringLiteral("checkStatus"));
    m_check->setToolTip(tr("Ask the platform for the selected session's status and decision "
                           "(Enter in the table)"));
    m_delete = new QPushButton(tr("&Delete data on platform…"), this);
    m_delete->setObjectName(QStringLiteral("deleteData"));
    m_delete->setToolTip(tr("Delete everything the platform keeps about the selected session"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton* button : {m_check, m_delete, buttons->button(QDialogButtonBox::Close)})
        button->setAutoDefault(false); // Enter in the filters must not press a button
    connect(m_check, &QPushButton::clicked, this, &HistoryView::checkStatus);
    connect(m_delete, &QPushButton::clicked, this, &HistoryView::deleteData);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    actions->addWidget(m_check);
    actions->addWidget(m_delete);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("lookupMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_decision = new DecisionView(this);
    m_decision->setObjectName(QStringLiteral("historyDecision"));
    m_decision->layout()->setContentsMargins(0, 0, 0, 0); // aligned with the table
    m_decision->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 3);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_decision, 2);
    layout->addWidget(buttons);

    // New sessions and statuses appear while the view is open; MainWindow refreshes it on show.
    connect(&m_recorder, &Desk::HistoryRecorder::changed, this, [this] {
        if (isVisible())
            refresh();
    });
    // Qt 6.4's button box makes its button its focus proxy, and Tab then never reaches it (it
    // stays on the table): the button takes the focus itself.
    buttons->setFocusProxy(nullptr);
    // Within the screen it opens on, whatever its size.
    const QSize available =
        (parent && parent->screen() ? parent->screen() : screen())->availableSize();
    resize(QSize(1120, 640).boundedTo(available * 9 / 10));
    refresh();
    updateButtons();
    m_filters->setFocus();
}

HistoryView::~HistoryView() = default;

void HistoryView::refresh()
{
    const QString selected = selectedRecord() ? selectedRecord()->sessionId : QString();
    const History::HistoryFilter filter = m_filters->filter();
    QString problem;
    QList<History::SessionRecord> records;
    // Nothing recorded yet: an empty list, without creating a file just to read it.
    if (History::SessionLog* log = m_recorder.existingLog(&problem))
        records = log->search(filter, &problem);
    const bool cut = filter.limit > 0 && records.size() >= filter.limit;
    m_model->setRecords(std::move(records));
    m_problem->setText(problem.isEmpty() ? QString()
                                         : tr("%1 The desk works on, but the history cannot "
                                              "be shown or kept until this is solved.")
                                               .arg(problem));
    m_problem->setVisible(!problem.isEmpty());
    const int shown = m_model->rowCount();
    m_count->setText(
        cut ? tr("Sessions shown: the newest %1. Narrow the filter to see older ones.").arg(shown)
            : tr("Sessions shown: %1").arg(shown));
    selectSession(selected);
    // An answer about a session that is no longer listed would stand under the wrong rows.
    if (!selected.isEmpty() && !selectedRecord()) {
        showMessage(QString(), false);
        m_decision->hide();
    }
    updateButtons();
}

bool HistoryView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::FocusIn && !selectedRecord() &&
        m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    return QDialog::eventFilter(watched, event);
}

const History::SessionRecord* HistoryView::selectedRecord() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->record(m_proxy->mapToSource(rows.constFirst()).row());
}

void HistoryView::selectSession(const QString& sessionId)
{
    const int row = sessionId.isEmpty() ? -1 : m_model->rowOf(sessionId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
}

void HistoryView::updateButtons()
{
    const History::SessionRecord* record = selectedRecord();
    m_check->setEnabled(record && !m_busy);
    m_delete->setEnabled(record && !m_busy && !record->deletedUtc);
}

void HistoryView::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    QFont font = m_message->font();
    font.setBold(problem); // never colour alone; the palette's text colour keeps its contrast
    m_message->setFont(font);
    m_message->setVisible(!text.isEmpty());
    // A description, not a name: a label's name would replace the text it shows.
    m_message->setAccessibleDescription(problem ? tr("Problem") : tr("Result"));
    if (!text.isEmpty())
        announce(m_message, QAccessible::Alert);
}

QString HistoryView::deleteQuestion(const History::SessionRecord& record)
{
    return record.externalId.isEmpty()
               ? tr("Delete all data of session %1 from the platform? This cannot be undone.")
                     .arg(record.sessionId)
               : tr("Delete all data of session %1 (case %2) from the platform? This cannot be "
                    "undone.")
                     .arg(record.sessionId, record.externalId);
}

namespace {

QString lookupProblem(const Api::ApiError& error)
{
    if (error.httpStatus() == 404)
        return HistoryView::tr("The platform does not know this session (HTTP 404): its data may "
                               "have been deleted, or it was created on another platform.");
    return error.userMessage();
}

} // namespace

void HistoryView::checkStatus()
{
    const History::SessionRecord* record = selectedRecord();
    if (!record || m_busy)
        return;
    m_busy = true;
    updateButtons();
    m_decision->hide();
    showMessage(tr("Asking the platform about session %1…").arg(record->sessionId), false);
    const QString sessionId = record->sessionId;
    m_lookup.readStatus(
        record->profile, sessionId, this,
        [this, sessionId](const Api::Result<Desk::SessionLookup::Reading>& result) {
            m_busy = false;
            if (!result) {
                showMessage(lookupProblem(result.error()), true);
                updateButtons();
                return;
            }
            const Desk::SessionLookup::Reading& reading = result.value();
            QString text = tr("Session %1: %2 (checked %3).")
                               .arg(sessionId, reading.status.displayText(),
                                    HistoryTableModel::localText(QDateTime::currentDateTime()));
            if (reading.decisionProblem)
                text += QLatin1Char(' ') + tr("Its results could not be read: %1")
                                               .arg(lookupProblem(*reading.decisionProblem));
            QString problem;
            // A results problem leaves the recorded level alone: nothing new was learnt about it.
            const bool recorded =
                reading.decisionProblem ||
                m_recorder.recordStatus(sessionId, reading.status, reading.decision, &problem);
            if (!recorded)
                text += QLatin1Char(' ') + tr("The history was not updated: %1").arg(problem);
            showMessage(text, reading.decisionProblem || !recorded);
            if (reading.decision || reading.status.isFinal()) {
                m_decision->showResult(reading.status, reading.decision);
                m_decision->show();
            }
            updateButtons();
        });
}

void HistoryView::deleteData()
{
    const History::SessionRecord* record = selectedRecord();
    if (!record || m_busy || record->deletedUtc)
        return;
    const History::SessionRecord chosen = *record;
    if (!m_confirm(this, deleteQuestion(chosen)))
        return;
    m_busy = true;
    updateButtons();
    m_decision->hide();
    showMessage(tr("Deleting the data of session %1 on the platform…").arg(chosen.sessionId),
                false);
    m_lookup.deleteData(
        chosen.profile, chosen.sessionId, this,
        [this, chosen](const Api::Result<Api::Done>& result) {
            m_busy = false;
            if (!result) {
                showMessage(tr("Nothing was deleted. %1").arg(lookupProblem(result.error())), true);
                updateButtons();
                return;
            }
            QString problem;
            if (m_recorder.recordDeleted(chosen.sessionId, &problem))
                showMessage(
                    tr("The platform deleted all data of session %1.").arg(chosen.sessionId),
                    false);
            else
                showMessage(tr("The platform deleted all data of session %1, but the history "
                               "could not record it: %2")
                                .arg(chosen.sessionId, problem),
                            true);
            updateButtons();
        });
}

} // namespace Ui
