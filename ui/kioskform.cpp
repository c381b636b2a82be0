#include "kioskform.h"

#include "domain/validation.h"
#include "kioskstyle.h"

#include <QBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>

namespace Ui {

using Domain::Phrase;

std::optional<Phrase> plainNameProblem(const QString& name, bool first)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return first ? Phrase::KioskFirstNameMissing : Phrase::KioskLastNameMissing;
    if (Domain::codePointCount(trimmed) > Domain::MaxNameLength)
        return Phrase::KioskNameTooLong;
    // The domain's rule decides; the customer gets its gist rather than code points.
    const auto field = first ? Domain::Field::FirstName : Domain::Field::LastName;
    if (Domain::checkName(field, trimmed, true))
        return Phrase::KioskNameLetters;
    return std::nullopt;
}

std::optional<Phrase> plainDateProblem(const QString& day, const QString& month,
                                       const QString& year, QDate today)
{
    const QString d = day.trimmed();
    const QString m = month.trimmed();
    const QString y = year.trimmed();
    if (d.isEmpty() && m.isEmpty() && y.isEmpty())
        return Phrase::KioskDateMissing;
    if (d.isEmpty() || m.isEmpty() || y.size() != 4)
        return Phrase::KioskDateIncomplete;
    const QDate date(y.toInt(), m.toInt(), d.toInt());
    if (!date.isValid())
        return Phrase::KioskDateNotReal;
    if (Domain::checkDateOfBirth(date.toString(Qt::ISODate), today))
        return Phrase::KioskDateImplausible;
    return std::nullopt;
}

KioskForm::KioskForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kioskForm"));
    m_title = kioskLabel(QStringLiteral("formTitle"), "title", this);
    m_hint = kioskLabel(QStringLiteral("formHint"), "subtitle", this);
    auto* column = new QVBoxLayout;
    const auto addRow = [this, column](Row& row, const QString& name, QWidget* editor) {
        row.label = kioskLabel(name + QStringLiteral("Label"), "field", this);
        row.label->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
        row.problem = kioskLabel(name + QStringLiteral("Problem"), "problem", this);
        row.problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        row.problem->hide();
        column->addWidget(row.label);
        column->addWidget(editor);
        column->addWidget(row.problem);
        column->addSpacing(8);
    };
    m_firstName = addField(QStringLiteral("kioskFirstName"), 200, false);
    m_lastName = addField(QStringLiteral("kioskLastName"), 200, false);
    m_day = addField(QStringLiteral("kioskDay"), 2, true);
    m_month = addField(QStringLiteral("kioskMonth"), 2, true);
    m_year = addField(QStringLiteral("kioskYear"), 4, true);
    m_dayLabel = kioskLabel(QStringLiteral("kioskDayLabel"), "body", this);
    m_monthLabel = kioskLabel(QStringLiteral("kioskMonthLabel"), "body", this);
    m_yearLabel = kioskLabel(QStringLiteral("kioskYearLabel"), "body", this);

    auto* date = new QWidget(this);
    date->setObjectName(QStringLiteral("kioskDate"));
    m_dateLayout = new QHBoxLayout(date);
    m_dateLayout->setContentsMargins(0, 0, 0, 0);
    addRow(m_firstRow, QStringLiteral("kioskFirstName"), m_firstName);
    addRow(m_lastRow, QStringLiteral("kioskLastName"), m_lastName);
    addRow(m_dateRow, QStringLiteral("kioskDate"), date);

    m_cancel = kioskButton(QStringLiteral("formCancelButton"), "secondary", this);
    m_continue = kioskButton(QStringLiteral("formContinueButton"), "primary", this);
    connect(m_cancel, &QPushButton::clicked, this, &KioskForm::cancelled);
    connect(m_continue, &QPushButton::clicked, this, &KioskForm::submitted);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel, 1);
    buttons->addWidget(m_continue, 2);

    // Enter moves on, and from the last field it continues.
    const QList<QLineEdit*> order{m_firstName, m_lastName, m_day, m_month, m_year};
    for (QLineEdit* field : order) {
        connect(field, &QLineEdit::returnPressed, this, [this, field] {
            if (field == m_year) // the last in every order
                Q_EMIT submitted();
            else
                focusNextChild();
        });
    }

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addSpacing(16);
    auto* centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addLayout(column, 4);
    centre->addStretch(1);
    layout->addLayout(centre);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addLayout(buttons, 4);
    buttonRow->addStretch(1);
    layout->addLayout(buttonRow);
    layout->addStretch(1);
    arrangeDate();
    render();
}

QLineEdit* KioskForm::addField(const QString& objectName, int maxLength, bool digits)
{
    auto* field = new QLineEdit(this);
    field->setObjectName(objectName);
    field->setMaxLength(maxLength);
    // No predictive keyboard learns a customer's name or birthday.
    Qt::InputMethodHints hints = Qt::ImhNoPredictiveText | Qt::ImhSensitiveData;
    if (digits) {
        hints |= Qt::ImhDigitsOnly;
        field->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("\\d{0,%1}").arg(maxLength)), field));
        field->setAlignment(Qt::AlignCenter);
    }
    field->setInputMethodHints(hints);
    field->setContextMenuPolicy(Qt::NoContextMenu); // no copying a name into the clipboard
    connect(field, &QLineEdit::textEdited, this, [this] {
        if (m_checked)
            check(m_today);
        Q_EMIT edited();
    });
    return field;
}

void KioskForm::setLanguage(const QString& shownLanguage)
{
    m_language = shownLanguage;
    arrangeDate();
    render();
}

void KioskForm::arrangeDate()
{
    // The order the customer writes dates in: month first in the US, day first elsewhere.
    const bool monthFirst = m_language == QLatin1String("en-US");
    if (m_monthFirst == monthFirst)
        return;
    m_monthFirst = monthFirst;
    const QList<std::pair<QLabel*, QLineEdit*>> parts =
        monthFirst ? QList<std::pair<QLabel*, QLineEdit*>>{{m_monthLabel, m_month},
                                                           {m_dayLabel, m_day},
                                                           {m_yearLabel, m_year}}
                   : QList<std::pair<QLabel*, QLineEdit*>>{
                         {m_dayLabel, m_day}, {m_monthLabel, m_month}, {m_yearLabel, m_year}};
    while (QLayoutItem* item = m_dateLayout->takeAt(0)) {
        if (QLayout* inner = item->layout()) {
            while (QLayoutItem* child = inner->takeAt(0))
                delete child; // the item, not its widget
        }
        delete item;
    }
    for (const auto& [label, field] : parts) {
        auto* box = new QVBoxLayout;
        box->addWidget(label);
        box->addWidget(field);
        m_dateLayout->addLayout(box, field == m_year ? 2 : 1);
    }
    QWidget::setTabOrder(m_lastName, parts.at(0).second);
    QWidget::setTabOrder(parts.at(0).second, parts.at(1).second);
    QWidget::setTabOrder(parts.at(1).second, parts.at(2).second);
    QWidget::setTabOrder(parts.at(2).second, m_cancel);
}

void KioskForm::render()
{
    const auto phrase = [this](Phrase which) { return Domain::applicantPhrase(which, m_language); };
    setKioskText(m_title, phrase(Phrase::KioskFormTitle));
    setKioskText(m_hint, phrase(Phrase::KioskFormHint));
    setKioskText(m_firstRow.label, phrase(Phrase::KioskFirstName));
    setKioskText(m_lastRow.label, phrase(Phrase::KioskLastName));
    setKioskText(m_dateRow.label, phrase(Phrase::KioskDateOfBirth));
    setKioskText(m_dayLabel, phrase(Phrase::KioskDay));
    setKioskText(m_monthLabel, phrase(Phrase::KioskMonth));
    setKioskText(m_yearLabel, phrase(Phrase::KioskYear));
    m_firstName->setAccessibleName(phrase(Phrase::KioskFirstName));
    m_lastName->setAccessibleName(phrase(Phrase::KioskLastName));
    const QString dateOfBirth = phrase(Phrase::KioskDateOfBirth);
    m_day->setAccessibleName(dateOfBirth + QStringLiteral(": ") + phrase(Phrase::KioskDay));
    m_month->setAccessibleName(dateOfBirth + QStringLiteral(": ") + phrase(Phrase::KioskMonth));
    m_year->setAccessibleName(dateOfBirth + QStringLiteral(": ") + phrase(Phrase::KioskYear));
    setKioskText(m_cancel, phrase(Phrase::KioskCancel));
    setKioskText(m_continue, phrase(Phrase::KioskContinue));
    if (m_checked)
        check(m_today);
}

std::optional<Domain::ApplicantInput> KioskForm::check(QDate today)
{
    m_checked = true;
    m_today = today;
    const auto first = plainNameProblem(m_firstName->text(), true);
    const auto last = plainNameProblem(m_lastName->text(), false);
    const auto date = plainDateProblem(m_day->text(), m_month->text(), m_year->text(), today);
    showProblem(m_firstRow.problem, {m_firstName}, first);
    showProblem(m_lastRow.problem, {m_lastName}, last);
    showProblem(m_dateRow.problem, {m_day, m_month, m_year}, date);
    if (first || last || date)
        return std::nullopt;
    Domain::ApplicantInput applicant;
    applicant.firstName = m_firstName->text().trimmed();
    applicant.lastName = m_lastName->text().trimmed();
    applicant.dateOfBirth =
        QDate(m_year->text().toInt(), m_month->text().toInt(), m_day->text().toInt())
            .toString(Qt::ISODate);
    return applicant;
}

void KioskForm::showProblem(QLabel* label, const QList<QLineEdit*>& fields,
                            std::optional<Phrase> problem)
{
    const QString text = problem ? Domain::applicantPhrase(*problem, m_language) : QString();
    setKioskText(label, text);
    label->setVisible(problem.has_value());
    for (QLineEdit* field : fields) {
        field->setProperty("invalid", problem.has_value());
        field->setAccessibleDescription(text);
        field->style()->unpolish(field);
        field->style()->polish(field);
    }
}

void KioskForm::clear()
{
    m_checked = false;
    // setText(), unlike clear(), also forgets the undo history: Ctrl+Z brings nothing back.
    for (QLineEdit* field : {m_firstName, m_lastName, m_day, m_month, m_year}) {
        field->setText(QString());
        field->setProperty("invalid", false);
        field->setAccessibleDescription(QString());
        field->style()->unpolish(field);
        field->style()->polish(field);
    }
    for (const Row* row : {&m_firstRow, &m_lastRow, &m_dateRow}) {
        setKioskText(row->problem, QString());
        row->problem->hide();
    }
}

QStringList KioskForm::typedTexts() const
{
    QStringList texts;
    for (const QLineEdit* field : {m_firstName, m_lastName, m_day, m_month, m_year}) {
        if (!field->text().trimmed().isEmpty())
            texts << field->text().trimmed();
    }
    return texts;
}

void KioskForm::begin()
{
    m_firstName->setFocus();
}

void KioskForm::focusFirstProblem()
{
    // In the order on screen (the date's parts follow the customer's order).
    QList<QLineEdit*> order{m_firstName, m_lastName};
    for (int i = 0; i < m_dateLayout->count(); ++i) {
        if (QLayout* part = m_dateLayout->itemAt(i)->layout())
            order << qobject_cast<QLineEdit*>(part->itemAt(1)->widget());
    }
    for (QLineEdit* field : order) {
        if (field && field->property("invalid").toBool()) {
            field->setFocus();
            return;
        }
    }
}

} // namespace Ui
