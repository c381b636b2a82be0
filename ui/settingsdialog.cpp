#include "settingsdialog.h"

#include "config/fallbackcredentialstore.h"
#include "desk/profileconnection.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {

using Config::ProfileField;
using PasswordState = ProfileEditor::PasswordState;

namespace {

QPushButton* button(const QString& text, const QString& objectName, const QString& accessibleName,
                    QWidget* parent)
{
    auto* result = new QPushButton(text, parent);
    result->setObjectName(objectName);
    result->setAccessibleName(accessibleName);
    result->setAutoDefault(false);
    return result;
}

} // namespace

QString SettingsDialog::withHint(const QString& problem) const
{
    if (m_passwordFromEnvironment)
        return tr("%1 This run uses the password from %2.")
            .arg(problem, QLatin1String(Desk::PasswordVariable));
    return tr("%1 Set %2 before starting the desk to use a password for this run only.")
        .arg(problem, QLatin1String(Desk::PasswordVariable));
}

bool SettingsDialog::keptForThisRun(const QString& entry) const
{
    const auto* fallback = qobject_cast<const Config::FallbackCredentialStore*>(&m_credentials);
    return fallback && fallback->keepsForThisRun(entry);
}

void SettingsDialog::setPasswordFromEnvironment(bool set)
{
    m_passwordFromEnvironment = set;
    refreshPasswordState();
}

SettingsDialog::SettingsDialog(Config::ProfileStore& profiles, Config::CredentialStore& credentials,
                               QWidget* parent)
    : QDialog(parent)
    , m_credentials(credentials)
    , m_drafts(profiles, &m_damaged)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Profiles"));
    setAccessibleName(tr("Profiles"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    auto* listLabel = new QLabel(tr("Pro&files:"), this);
    listLabel->setObjectName(QStringLiteral("profileListLabel"));
    listLabel->setBuddy(m_list);
    m_add = button(tr("&Add"), QStringLiteral("addProfile"), tr("Add a profile"), this);
    m_duplicate = button(tr("&Duplicate"), QStringLiteral("duplicateProfile"),
                         tr("Duplicate the selected profile"), this);
    m_remove = button(tr("Re&move…"), QStringLiteral("removeProfile"),
                      tr("Remove the selected profile"), this);
    m_editor = new ProfileEditor(this);
    m_editor->setObjectName(QStringLiteral("profileEditor"));
    m_editor->setAccessibleName(tr("Selected profile"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    // No accessible name: a label's name replaces its text, and the text is the message.
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the profiles"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_remove);
    auto* left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(m_editor, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    // Qt 6.4's button box makes Save its focus proxy, so Tab from Cancel went back to Save and
    // never round to the list: the buttons take the focus themselves.
    m_buttons->setFocusProxy(nullptr);
    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_duplicate);
    setTabOrder(m_duplicate, m_remove);
    setTabOrder(m_remove, m_editor->firstField());
    setTabOrder(m_editor->lastField(), m_buttons->button(QDialogButtonBox::Ok));
    setTabOrder(m_buttons->button(QDialogButtonBox::Ok),
                m_buttons->button(QDialogButtonBox::Cancel));

    connect(m_list, &QListWidget::currentRowChanged, this, &SettingsDialog::showDraft);
    connect(m_add, &QPushButton::clicked, this, &SettingsDialog::addProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &SettingsDialog::duplicateProfile);
    connect(m_remove, &QPushButton::clicked, this, &SettingsDialog::removeProfile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_editor, &ProfileEditor::nameEdited, this, [this](const QString& name) {
        if (QListWidgetItem* item = m_list->item(m_current))
            item->setText(name.trimmed());
    });

    for (std::size_t i = 0; i < m_drafts.size(); ++i)
        m_list->addItem(m_drafts.at(i).profile.name);
    if (!m_damaged.isEmpty())
        showMessage(tr("Some saved values were unusable and were replaced by defaults; OK saves "
                       "the corrected profiles.\n%1")
                        .arg(m_damaged.join(QLatin1Char('\n'))));
    if (m_drafts.size() == 0)
        showDraft(-1);
    else
        m_list->setCurrentRow(0);
    const int em = fontMetrics().averageCharWidth();
    resize(qMax(sizeHint().width(), 100 * em), sizeHint().height());
    growToFit();
}

// Wrapped messages and problems need more height than a dialog asks for by itself. Queued, so
// that the layouts have taken the new texts in first.
void SettingsDialog::growToFit()
{
    QTimer::singleShot(0, this, [this] {
        m_editor->layout()->invalidate(); // cached heights may predate the new texts
        layout()->invalidate();
        const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                         : sizeHint().height();
        if (needed > height())
            resize(width(), needed);
    });
}

void SettingsDialog::selectProfile(const QString& name)
{
    if (const auto index = m_drafts.indexOf(name))
        m_list->setCurrentRow(static_cast<int>(*index));
}

void SettingsDialog::keepEdits()
{
    if (m_current < 0 || m_current >= static_cast<int>(m_drafts.size()))
        return;
    m_drafts.at(m_current).profile = m_editor->profile();
    m_drafts.at(m_current).newPassword = m_editor->newPassword();
}

void SettingsDialog::showDraft(int row)
{
    keepEdits();
    m_current = row;
    const bool valid = row >= 0 && row < static_cast<int>(m_drafts.size());
    m_editor->setEnabled(valid);
    m_editor->setProfile(valid ? m_drafts.at(row).profile : Config::Profile(),
                         valid ? m_drafts.at(row).newPassword : QString());
    refreshPasswordState();
    updateButtons();
}

void SettingsDialog::refreshPasswordState()
{
    if (m_current < 0 || m_current >= static_cast<int>(m_drafts.size()))
        return m_editor->setPasswordState(PasswordState::New);
    const QString entry = m_drafts.at(m_current).passwordSource;
    if (entry.isEmpty())
        return m_editor->setPasswordState(PasswordState::New);
    if (keptForThisRun(entry)) {
        m_editor->setPasswordState(PasswordState::ThisRun);
        return growToFit();
    }
    if (!m_passwordChecks.contains(entry)) {
        // Only whether a password is there: the value is dropped at once, never shown.
        m_passwordChecks.insert(entry, {PasswordState::Checking, QString()});
        m_credentials.readPassword(
            entry, this, [this, entry](const Config::CredentialStore::ReadResult& read) {
                if (!read.problem.isEmpty())
                    m_passwordChecks.insert(entry, {PasswordState::Problem, read.problem});
                else if (read.password && !read.password->isEmpty())
                    m_passwordChecks.insert(entry, {PasswordState::Stored, QString()});
                else
                    m_passwordChecks.insert(entry, {PasswordState::NotStored, QString()});
                refreshPasswordState();
            });
    }
    const PasswordCheck check = m_passwordChecks.value(entry);
    m_editor->setPasswordState(check.state, withHint(check.problem));
    growToFit();
}

void SettingsDialog::addProfile()
{
    keepEdits();
    const std::size_t index = m_drafts.add(tr("New profile"));
    m_list->addItem(m_drafts.at(index).profile.name);
    m_list->setCurrentRow(static_cast<int>(index));
    m_editor->focusField(ProfileField::Name);
}

void SettingsDialog::duplicateProfile()
{
    keepEdits();
    if (m_current < 0)
        return;
    //: The name of a duplicated profile. Profile names may hold only letters, digits, spaces,
    //: "-", "_" and ".".
    const QString name = tr("%1 copy").arg(m_drafts.at(m_current).profile.name);
    const std::size_t index = m_drafts.duplicate(m_current, name);
    m_list->addItem(m_drafts.at(index).profile.name);
    m_list->setCurrentRow(static_cast<int>(index));
    m_editor->focusField(ProfileField::Name);
}

void SettingsDialog::removeProfile()
{
    keepEdits();
    if (m_current < 0)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove profile"),
        tr("Remove the profile “%1”? Its stored password is removed too when you press OK.")
            .arg(m_drafts.at(m_current).profile.name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const int row = m_current;
    m_current = -1; // nothing to keep from the editor: the draft is gone
    m_drafts.remove(row);
    delete m_list->takeItem(row); // usually moves the current row, which shows that draft
    if (m_current == -1)
        showDraft(m_list->currentRow());
}

void SettingsDialog::updateButtons()
{
    const bool selected = m_current >= 0;
    m_add->setEnabled(!m_busy);
    m_duplicate->setEnabled(!m_busy && selected);
    m_remove->setEnabled(!m_busy && selected);
    m_list->setEnabled(!m_busy);
    m_editor->setEnabled(!m_busy && selected);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy);
}

void SettingsDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void SettingsDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    growToFit();
}

void SettingsDialog::accept()
{
    if (m_busy)
        return;
    keepEdits();
    if (const auto invalid = m_drafts.firstInvalid()) {
        const QList<Config::ProfileProblem> problems = m_drafts.problems(*invalid);
        m_list->setCurrentRow(static_cast<int>(*invalid));
        m_editor->showProblems(problems);
        m_editor->focusField(problems.first().field);
        growToFit();
        showMessage(tr("The profile “%1” cannot be saved yet: see the messages under its fields.")
                        .arg(m_drafts.at(*invalid).profile.name));
        return;
    }
    m_editor->showProblems({});
    showMessage(QString());
    if (m_drafts.save())
        Q_EMIT profilesChanged();

    const Config::PasswordChanges changes = m_drafts.passwordChanges();
    if (changes.isEmpty())
        return QDialog::accept();
    setBusy(true);
    showMessage(tr("Saving the passwords…"));
    const quint64 generation = ++m_generation;
    Config::applyPasswordChanges(m_credentials, changes, this,
                                 [this, generation](const Config::PasswordOutcome& outcome) {
                                     if (generation == m_generation)
                                         finishSave(outcome);
                                 });
}

void SettingsDialog::reject()
{
    ++m_generation; // a save still waiting for the keychain no longer closes the dialog
    setBusy(false);
    QDialog::reject();
}

void SettingsDialog::finishSave(const Config::PasswordOutcome& reported)
{
    // A password the desk keeps for this run is not waiting any more: the next OK leaves it be.
    Config::PasswordOutcome outcome = reported;
    QStringList keptNames;
    for (auto it = outcome.failed.begin(); it != outcome.failed.end();) {
        if (keptForThisRun(*it)) {
            keptNames.append(*it);
            it = outcome.failed.erase(it);
        } else {
            ++it;
        }
    }
    m_drafts.applied(outcome);
    for (const QString& entry : outcome.deleted)
        m_passwordChecks.insert(entry, {PasswordState::NotStored, QString()});
    for (const QString& entry : outcome.written)
        m_passwordChecks.insert(entry, {PasswordState::Stored, QString()});
    setBusy(false);
    // Told once: the same problem again (the keychain is still missing) closes the dialog, the
    // profiles being saved.
    const bool told = !outcome.problems.isEmpty() &&
                      std::all_of(outcome.problems.cbegin(), outcome.problems.cend(),
                                  [this](const QString& p) { return m_shownProblems.contains(p); });
    if (outcome.problems.isEmpty() || told)
        return QDialog::accept();
    m_shownProblems.append(outcome.problems);
    // The profiles are saved; say what is missing and how to work today anyway.
    const QString problems = outcome.problems.join(QLatin1Char(' '));
    if (outcome.failed.isEmpty() && !keptNames.isEmpty()) {
        keptNames.sort();
        showMessage(tr("The profiles were saved. %1 The password of %2 is kept until the desk "
                       "closes; OK closes this dialog.")
                        .arg(problems, QLocale().createSeparatedList(keptNames)));
        if (m_current >= 0)
            m_editor->setProfile(m_drafts.at(m_current).profile, QString());
        refreshPasswordState();
        return;
    }
    showMessage(tr("The profiles were saved, but not every password:\n%1").arg(withHint(problems)));
    if (m_current >= 0) // the field keeps only a password that still has to be saved
        m_editor->setProfile(m_drafts.at(m_current).profile, m_drafts.at(m_current).newPassword);
    refreshPasswordState();
    if (m_current >= 0 && outcome.failed.contains(m_drafts.at(m_current).profile.name))
        m_editor->setPasswordState(PasswordState::Problem, problems);
}

} // namespace Ui
