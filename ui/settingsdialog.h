#pragma once
// The profile editor: a list of connection profiles (add, duplicate, remove) and the fields of
// the selected one. OK checks every profile and stays open, with the problem under its field,
// until they are all valid; it then saves them in the ProfileStore and their passwords through
// the CredentialStore, and says so in the dialog when the store fails.

#include "config/credentialstore.h"
#include "config/profiledrafts.h"
#include "profileeditor.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace Ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Config::ProfileStore& profiles, Config::CredentialStore& credentials,
                   QWidget* parent = nullptr);

    void selectProfile(const QString& name);
    // The desk was started with ENROLMENT_DESK_PASSWORD: problems say it is used, instead of
    // advising to set it.
    void setPasswordFromEnvironment(bool set);

    void accept() override; // validates and saves; closes once the passwords are stored
    void reject() override;

Q_SIGNALS:
    // The ProfileStore changed (emitted before the passwords are written).
    void profilesChanged();

private:
    struct PasswordCheck {
        ProfileEditor::PasswordState state;
        QString problem;
    };

    void showDraft(int row);
    void keepEdits();
    void addProfile();
    void duplicateProfile();
    void removeProfile();
    void finishSave(const Config::PasswordOutcome& outcome);
    void refreshPasswordState();
    void showMessage(const QString& text);
    void growToFit();
    void setBusy(bool busy);
    void updateButtons();
    // A store problem, and how to work today anyway.
    QString withHint(const QString& problem) const;
    bool keptForThisRun(const QString& entry) const;

    Config::CredentialStore& m_credentials;
    QStringList m_damaged; // filled while m_drafts loads
    Config::ProfileDrafts m_drafts;
    int m_current = -1;
    QHash<QString, PasswordCheck> m_passwordChecks; // by keychain entry
    quint64 m_generation = 0;                       // answers of an abandoned save are ignored
    bool m_busy = false;
    bool m_passwordFromEnvironment = false;
    QStringList m_shownProblems; // the store's problems staff have already been told about

    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_duplicate;
    QPushButton* m_remove;
    ProfileEditor* m_editor;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace Ui
