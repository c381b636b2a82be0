#include "historyfilterbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace Ui {
namespace {

// Empty text: no bound. Nothing, with *valid false, when the text is not a YYYY-MM-DD date.
std::optional<QDate> dateFrom(const QLineEdit* field, bool* valid)
{
    const QString text = field->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        *valid = false;
        return std::nullopt;
    }
    return date;
}

QLineEdit* dateField(const QString& name, const QString& accessibleName, QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setAccessibleName(accessibleName);
    field->setPlaceholderText(HistoryFilterBar::tr("YYYY-MM-DD"));
    field->setMaxLength(10);
    field->setClearButtonEnabled(true);
    field->setMaximumWidth(field->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) +
                           48);
    return field;
}

} // namespace

HistoryFilterBar::HistoryFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_externalId(new QLineEdit(this))
    , m_from(dateField(QStringLiteral("fromDate"), tr("Created from (YYYY-MM-DD)"), this))
    , m_to(dateField(QStringLiteral("toDate"), tr("Created until (YYYY-MM-DD)"), this))
    , m_hint(new QLabel(this))
{
    m_externalId->setObjectName(QStringLiteral("externalIdFilter"));
    m_externalId->setAccessibleName(tr("Case number contains"));
    //: Placeholder of the external ID filter when it is empty: sessions of any external ID.
    m_externalId->setPlaceholderText(tr("any"));
    m_externalId->setClearButtonEnabled(true);
    m_hint->setObjectName(QStringLiteral("filterHint"));
    m_hint->setTextFormat(Qt::PlainText);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const std::pair<QString, QLineEdit*> fields[] = {
        {tr("Ca&se (externalId):"), m_externalId},
        {tr("Created &from:"), m_from},
        {tr("&until:"), m_to},
    };
    for (const auto& [text, field] : fields) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field, field == m_externalId ? 2 : 0);
        connect(field, &QLineEdit::textChanged, this, &HistoryFilterBar::changed);
    }
    layout->addWidget(m_hint, 1);
    setFocusProxy(m_externalId);
}

History::HistoryFilter HistoryFilterBar::filter()
{
    History::HistoryFilter filter;
    bool valid = true;
    filter.externalIdContains = m_externalId->text().trimmed();
    filter.from = dateFrom(m_from, &valid);
    filter.to = dateFrom(m_to, &valid);
    m_hint->setText(valid ? QString() : tr("Write dates as YYYY-MM-DD, e.g. 2026-11-26."));
    return filter;
}

} // namespace Ui
