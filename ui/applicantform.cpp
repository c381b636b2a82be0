#include "applicantform.h"

#include <QAction>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace Ui {

using Domain::Field;

ApplicantForm::ApplicantForm(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);

    auto addRow = [this, layout](const QString& label, QWidget* editor, Field field,
                                 const QString& objectName, QLayout* shown = nullptr) {
        // A layout, not a wrapper widget: the caption stays the editor's sibling, which is where
        // Qt looks for the labelled-by relation screen readers use (on Linux a combo box's name
        // is its value, so the relation is its only label).
        auto* box = new QVBoxLayout;
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(2);
        if (shown)
            box->addLayout(shown);
        else
            box->addWidget(editor);
        box->addWidget(addProblemLabel(field, editor, objectName));
        layout->addRow(label, box);
        qobject_cast<QLabel*>(layout->labelForField(box))->setBuddy(editor);
    };

    m_firstName = addLineEdit(Field::FirstName, QStringLiteral("firstName"));
    m_firstName->setAccessibleDescription(
        tr("As on the identity document; with last name and date of birth"));
    addRow(tr("F&irst name:"), m_firstName, Field::FirstName, QStringLiteral("firstName"));
    m_lastName = addLineEdit(Field::LastName, QStringLiteral("lastName"));
    m_lastName->setAccessibleDescription(
        tr("As on the identity document; with first name and date of birth"));
    addRow(tr("&Last name:"), m_lastName, Field::LastName, QStringLiteral("lastName"));
    m_additionalNames = addLineEdit(Field::AdditionalNames, QStringLiteral("additionalNames"));
    m_additionalNames->setPlaceholderText(tr("Middle or other names, if any"));
    m_additionalNames->setAccessibleDescription(m_additionalNames->placeholderText());
    addRow(tr("A&dditional names:"), m_additionalNames, Field::AdditionalNames,
           QStringLiteral("additionalNames"));

    m_dateOfBirth = addLineEdit(Field::DateOfBirth, QStringLiteral("dateOfBirth"));
    m_dateOfBirth->setPlaceholderText(tr("YYYY-MM-DD"));
    m_dateOfBirth->setMaxLength(10);
    // 14.07.1985 and 19850714 are understood; leaving the field shows them as they are sent.
    connect(m_dateOfBirth, &QLineEdit::editingFinished, this, [this] {
        const QString normalized = Domain::normalizeDate(m_dateOfBirth->text());
        if (normalized != m_dateOfBirth->text() &&
            QDate::fromString(normalized, Qt::ISODate).isValid())
            m_dateOfBirth->setText(normalized);
    });
    m_dateOfBirth->setAccessibleDescription(
        tr("Year, month and day, for example 1990-04-23. %1 opens a calendar.")
            .arg(QKeySequence(Qt::Key_F4).toString(QKeySequence::NativeText)));
    // A text button rather than an icon: the first themed icon costs the window about 6 ms of
    // start-up (the icon theme is parsed), and "Calendar…" says more than a picture.
    auto* calendar = m_calendar = new QAction(tr("Calendar…"), this);
    calendar->setObjectName(QStringLiteral("chooseDateOfBirth"));
    calendar->setShortcut(QKeySequence(Qt::Key_F4));
    calendar->setToolTip(tr("Choose the date of birth from a calendar (%1)")
                             .arg(calendar->shortcut().toString(QKeySequence::NativeText)));
    calendar->setShortcutContext(Qt::WidgetShortcut);
    m_dateOfBirth->addAction(calendar);
    connect(calendar, &QAction::triggered, this, &ApplicantForm::showCalendar);
    auto* calendarButton = new QToolButton(this);
    calendarButton->setDefaultAction(calendar);
    calendarButton->setObjectName(QStringLiteral("calendarButton"));
    calendarButton->setFocusPolicy(Qt::NoFocus); // F4 in the field reaches it from the keyboard
    auto* dateRow = new QHBoxLayout;
    dateRow->setContentsMargins(0, 0, 0, 0);
    dateRow->addWidget(m_dateOfBirth, 1);
    dateRow->addWidget(calendarButton);
    addRow(tr("Date of &birth:"), m_dateOfBirth, Field::DateOfBirth, QStringLiteral("dateOfBirth"),
           dateRow);

    m_externalId = addLineEdit(Field::ExternalId, QStringLiteral("externalId"));
    m_externalId->setPlaceholderText(tr("Your case or customer number"));
    m_externalId->setAccessibleDescription(m_externalId->placeholderText());
    addRow(tr("E&xternal ID:"), m_externalId, Field::ExternalId, QStringLiteral("externalId"));

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->setEditable(true);
    m_theme->setInsertPolicy(QComboBox::NoInsert);
    m_theme->setAccessibleName(tr("Web theme"));
    m_theme->setAccessibleDescription(tr("Colour and logo theme of the applicant's web pages"));
    connect(m_theme, &QComboBox::currentTextChanged, this, &ApplicantForm::edited);
    connect(m_theme->lineEdit(), &QLineEdit::returnPressed, this, &ApplicantForm::submitted);
    connect(m_theme->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        m_visited.insert(Field::Theme);
        showProblems(m_lastErrors);
    });
    addRow(tr("Web th&eme:"), m_theme, Field::Theme, QStringLiteral("theme"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Applicant's language"));
    m_language->setAccessibleDescription(tr("Language of the applicant's web pages"));
    // Sized by a length rather than by measuring every item: measuring the Arabic, Ukrainian and
    // Japanese names at start-up sends fontconfig looking for fallback fonts.
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_language->setMinimumContentsLength(22);
    m_language->addItem(tr("Platform default"), QString());
    for (const Domain::WebLanguage& language : Domain::webLanguages())
        m_language->addItem(QStringLiteral("%1 (%2)").arg(language.nativeName, language.code),
                            language.code);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ApplicantForm::edited);
    layout->addRow(tr("Applicant's lan&guage:"), m_language);

    // A short check box and its explanation beside it, wrapped: a check box's text never wraps,
    // and a long one made the window wider than the screen with a larger font.
    m_skipIntegrityCheck = new QCheckBox(tr("S&kip the integrity check"), this);
    m_skipIntegrityCheck->setObjectName(QStringLiteral("skipIntegrityCheck"));
    auto* skipHint = new QLabel(tr("The platform then does not compare these details with the "
                                   "document."),
                                this);
    skipHint->setObjectName(QStringLiteral("skipIntegrityCheckHint"));
    skipHint->setWordWrap(true);
    skipHint->setTextFormat(Qt::PlainText);
    m_skipIntegrityCheck->setAccessibleDescription(
        tr("%1 Only available when applicant details are entered.").arg(skipHint->text()));
    connect(m_skipIntegrityCheck, &QCheckBox::toggled, this, &ApplicantForm::edited);
    auto* skipBox = new QVBoxLayout;
    skipBox->setSpacing(0);
    skipBox->addWidget(m_skipIntegrityCheck);
    skipBox->addWidget(skipHint);
    layout->addRow(QString(), skipBox);

    connect(this, &ApplicantForm::edited, this, &ApplicantForm::updateSkipOption);
    updateSkipOption();
    setFocusProxy(m_firstName);
}

QLineEdit* ApplicantForm::addLineEdit(Field field, const QString& objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(Domain::fieldLabel(field));
    connect(edit, &QLineEdit::textEdited, this, &ApplicantForm::edited);
    connect(edit, &QLineEdit::returnPressed, this, &ApplicantForm::submitted);
    connect(edit, &QLineEdit::editingFinished, this, [this, field] {
        m_visited.insert(field);
        showProblems(m_lastErrors);
    });
    return edit;
}

QLabel* ApplicantForm::addProblemLabel(Field field, QWidget* editor, const QString& objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(objectName + QStringLiteral("Problem"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    m_rows.insert(field, {editor, label, editor->accessibleDescription()});
    return label;
}

Domain::EnrolmentRequestInput ApplicantForm::input() const
{
    Domain::EnrolmentRequestInput input;
    input.externalId = m_externalId->text();
    input.theme = m_theme->currentText();
    input.applicant.firstName = m_firstName->text();
    input.applicant.lastName = m_lastName->text();
    input.applicant.additionalNames = m_additionalNames->text();
    input.applicant.dateOfBirth = m_dateOfBirth->text();
    input.applicant.skipIntegrityCheck =
        m_skipIntegrityCheck->isEnabled() && m_skipIntegrityCheck->isChecked();
    return input;
}

Domain::LinkOptions ApplicantForm::linkOptions() const
{
    return {m_language->currentData().toString(), false};
}

void ApplicantForm::setThemes(const QStringList& themes)
{
    const QString current = m_theme->currentText();
    m_theme->clear();
    m_theme->addItems(themes);
    m_theme->setEditText(themes.contains(current) || themes.isEmpty() ? current
                                                                      : themes.constFirst());
}

void ApplicantForm::setReadOnly(bool readOnly)
{
    for (QLineEdit* edit :
         {m_firstName, m_lastName, m_additionalNames, m_dateOfBirth, m_externalId})
        edit->setReadOnly(readOnly);
    m_theme->setEnabled(!readOnly);
    m_language->setEnabled(!readOnly);
    // A date picked while a session runs would show another date than the one sent.
    m_calendar->setEnabled(!readOnly);
    m_skipIntegrityCheck->setEnabled(!readOnly && !input().applicant.isEmpty());
}

void ApplicantForm::clear()
{
    for (QLineEdit* edit :
         {m_firstName, m_lastName, m_additionalNames, m_dateOfBirth, m_externalId})
        edit->clear();
    m_theme->setEditText(m_theme->count() > 0 ? m_theme->itemText(0) : QString());
    m_language->setCurrentIndex(0);
    m_skipIntegrityCheck->setChecked(false);
    m_visited.clear();
    m_lastErrors.clear();
    showProblems({});
    updateSkipOption();
    m_firstName->setFocus();
}

void ApplicantForm::showProblems(const Domain::ValidationErrors& errors)
{
    m_lastErrors = errors;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        QString message;
        for (const Domain::ValidationError& error : errors) {
            if (error.field == it.key() && m_visited.contains(it.key())) {
                message = error.message;
                break;
            }
        }
        // The warning sign says it without colour, for people who cannot tell red apart; the red
        // is dark on light palettes and light on dark ones, so it keeps its contrast.
        QPalette palette = it->problem->palette();
        const bool darkPalette = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText,
                         darkPalette ? QColor(0xff, 0x9e, 0x9e) : QColor(0xa8, 0x1c, 0x1c));
        it->problem->setPalette(palette);
        it->problem->setText(message.isEmpty() ? QString() : QStringLiteral("⚠ ") + message);
        it->problem->setVisible(!message.isEmpty());
        it->editor->setAccessibleDescription(message.isEmpty() ? it->hint : message);
    }
}

void ApplicantForm::markAllVisited()
{
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        m_visited.insert(it.key());
    showProblems(m_lastErrors);
}

void ApplicantForm::focusFirstProblem()
{
    for (const Domain::ValidationError& error : std::as_const(m_lastErrors)) {
        if (const auto it = m_rows.constFind(error.field); it != m_rows.cend()) {
            it->editor->setFocus();
            return;
        }
    }
}

void ApplicantForm::showCalendar()
{
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    auto* calendar = new QCalendarWidget(menu);
    calendar->setMaximumDate(QDate::currentDate());
    calendar->setMinimumDate(QDate(1900, 1, 1));
    const QDate typed = QDate::fromString(m_dateOfBirth->text().trimmed(), Qt::ISODate);
    calendar->setSelectedDate(typed.isValid() ? typed : QDate::currentDate().addYears(-30));
    auto* action = new QWidgetAction(menu);
    action->setDefaultWidget(calendar);
    menu->addAction(action);
    connect(calendar, &QCalendarWidget::activated, menu, [this, menu](QDate date) {
        m_dateOfBirth->setText(date.toString(Qt::ISODate));
        m_visited.insert(Field::DateOfBirth);
        Q_EMIT edited();
        menu->close();
        m_dateOfBirth->setFocus();
    });
    calendar->setFocus();
    menu->popup(m_dateOfBirth->mapToGlobal(QPoint(0, m_dateOfBirth->height())));
}

void ApplicantForm::updateSkipOption()
{
    const bool hasApplicant = !input().applicant.isEmpty();
    m_skipIntegrityCheck->setEnabled(hasApplicant && !m_firstName->isReadOnly());
    m_skipIntegrityCheck->setToolTip(
        hasApplicant ? QString()
                     : tr("Enter the applicant's details first: the check compares them with "
                          "the document."));
}

} // namespace Ui
