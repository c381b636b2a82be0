#include "inspectordock.h"

#include "api/exchangelog.h"

#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStringList>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {
namespace {

QString bodySection(const QString& title, const QByteArray& body, qsizetype size, bool truncated)
{
    if (size == 0)
        return InspectorDock::tr("%1: empty").arg(title);
    QString text = InspectorDock::tr("%1 (%n bytes):", nullptr, int(size)).arg(title);
    text += QLatin1Char('\n') + Api::prettyBody(body);
    if (truncated)
        text += QLatin1Char('\n') + InspectorDock::tr("[cut: only the first %1 bytes were kept]")
                                        .arg(Api::MaxRecordedBodyBytes);
    return text;
}

} // namespace

InspectorDock::InspectorDock(Api::ExchangeLog* log, QWidget* parent)
    : QDockWidget(tr("API inspector"), parent)
    , m_log(log)
{
    Q_ASSERT(m_log);
    setObjectName(QStringLiteral("inspectorDock"));
    setAccessibleName(tr("API inspector"));
    toggleViewAction()->setObjectName(QStringLiteral("toggleInspector"));
    toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    toggleViewAction()->setStatusTip(tr("Show or hide this run's API requests, secrets redacted"));

    auto* content = new QWidget(this);
    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("exchangeTable"));
    m_table->setAccessibleName(tr("API exchanges"));
    m_table->setModel(m_log.data());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Api::ExchangeLog::PathColumn,
                                                      QHeaderView::Stretch);

    m_details = new QPlainTextEdit(content);
    m_details->setObjectName(QStringLiteral("exchangeDetails"));
    m_details->setAccessibleName(tr("Exchange details"));
    m_details->setAccessibleDescription(
        tr("Request and response of the selected exchange, secrets redacted"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select an exchange to see its request and response."));

    m_copy = new QPushButton(tr("Copy as curl"), content);
    m_copy->setObjectName(QStringLiteral("copyAsCurl"));
    m_copy->setAccessibleName(tr("Copy the selected exchange as a curl command"));
    m_copy->setToolTip(tr("Copies a curl command line that repeats the request as pasted; "
                          "export %1 with the password first.")
                           .arg(QLatin1String(Api::CurlPasswordVariable)));
    m_clear = new QPushButton(tr("Clear"), content);
    m_clear->setObjectName(QStringLiteral("clearExchanges"));
    m_clear->setAccessibleName(tr("Clear the list of exchanges"));
    m_feedback = new QLabel(content);
    m_feedback->setObjectName(QStringLiteral("inspectorFeedback"));
    m_feedback->setWordWrap(true);

    auto* splitter = new QSplitter(Qt::Vertical, content);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setChildrenCollapsible(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_feedback, 1);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    setWidget(content);
    setFocusProxy(m_table);
    setTabOrder(m_table, m_details);
    setTabOrder(m_details, m_copy);
    setTabOrder(m_copy, m_clear);

    // Follow new exchanges only when the list was already showing the newest one.
    connect(m_log.data(), &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar* bar = m_table->verticalScrollBar();
        m_wasAtBottom = bar->value() >= bar->maximum();
    });
    connect(m_log.data(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_wasAtBottom)
            m_table->scrollToBottom();
        m_clear->setEnabled(true);
    });
    connect(m_log.data(), &QAbstractItemModel::modelReset, this, [this] {
        showCurrent();
        m_clear->setEnabled(m_log && m_log->rowCount() > 0);
    });
    connect(m_log.data(), &QAbstractItemModel::rowsRemoved, this, &InspectorDock::showCurrent);
    connect(m_log.data(), &QObject::destroyed, this, [this] {
        showCurrent();
        m_clear->setEnabled(false);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InspectorDock::showCurrent);
    connect(m_copy, &QPushButton::clicked, this, &InspectorDock::copyAsCurl);
    connect(m_clear, &QPushButton::clicked, m_log.data(), &Api::ExchangeLog::clear);
    connect(toggleViewAction(), &QAction::triggered, this, [this](bool shown) {
        if (shown) {
            raise();
            m_table->setFocus(Qt::ShortcutFocusReason);
        }
    });

    m_clear->setEnabled(m_log->rowCount() > 0);
    showCurrent();
    hide(); // a QA tool: shown from the View menu
}

int InspectorDock::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return m_log && current.isValid() && current.model() == m_log.data() ? current.row() : -1;
}

QString InspectorDock::describe(const Api::ExchangeRecord& record)
{
    QStringList parts;
    QString summary = record.method + QLatin1Char(' ') + record.url.toDisplayString();
    summary += QLatin1Char('\n') +
               tr("Started %1 (%2 UTC), attempt %3, %4 ms")
                   .arg(record.started.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                        record.started.toString(QStringLiteral("HH:mm:ss")))
                   .arg(record.attempt)
                   .arg(record.durationMs);
    if (record.httpStatus != 0)
        summary += QLatin1Char('\n') + tr("Status: %1").arg(record.httpStatus);
    if (record.failed())
        summary += QLatin1Char('\n') + tr("Failed: %1").arg(record.errorMessage);
    parts.append(summary);

    QString headers = tr("Request headers:");
    for (const auto& header : record.requestHeaders)
        headers += QLatin1Char('\n') + QString::fromLatin1(header.first + ": " + header.second);
    parts.append(headers);
    parts.append(bodySection(tr("Request body"), record.requestBody, record.requestBodySize,
                             record.requestBodyTruncated));
    QString response = tr("Response body");
    if (!record.responseContentType.isEmpty())
        response += QStringLiteral(", ") + QString::fromLatin1(record.responseContentType);
    parts.append(bodySection(response, record.responseBody, record.responseBodySize,
                             record.responseBodyTruncated));
    return parts.join(QStringLiteral("\n\n"));
}

void InspectorDock::showCurrent()
{
    const int row = currentRow();
    m_copy->setEnabled(row >= 0);
    m_feedback->clear();
    if (row < 0) {
        m_details->clear();
        return;
    }
    m_details->setPlainText(describe(m_log->record(row)));
}

void InspectorDock::copyAsCurl()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Api::ExchangeRecord& record = m_log->record(row);
    QGuiApplication::clipboard()->setText(Api::curlCommand(record, record.url));
    m_feedback->setText(
        tr("Copied the curl command for %1 %2. Export %3 with the password "
           "before you run it.")
            .arg(record.method, record.path, QLatin1String(Api::CurlPasswordVariable)));
}

} // namespace Ui
