#pragma once
// The fields of one connection profile in the settings dialog, with each field's problem shown
// under it. The password field only ever holds a new password: the stored one is never read
// into it, and leaving it empty keeps what is stored.

#include "config/profile.h"
#include "config/profilecheck.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Ui {

class ProfileEditor : public QWidget
{
    Q_OBJECT

public:
    enum class PasswordState {
        New,       // a profile not saved yet
        Checking,  // asking the store whether a password is there
        Stored,    // a password is stored: empty field keeps it
        NotStored, // the store has none
        Problem,   // the store failed; the text says why
        ThisRun,   // the keychain refused it: kept in memory until the desk closes
    };

    explicit ProfileEditor(QWidget* parent = nullptr);

    void setProfile(const Config::Profile& profile, const QString& newPassword);
    Config::Profile profile() const;
    QString newPassword() const; // empty: keep the stored one
    void setPasswordState(PasswordState state, const QString& problem = {});

    // Shows each problem under its field (and clears the others).
    void showProblems(const QList<Config::ProfileProblem>& problems);
    void focusField(Config::ProfileField field);

    QWidget* firstField() const;
    QWidget* lastField() const;

Q_SIGNALS:
    void nameEdited(const QString& name);

private:
    void addRow(const QString& label, const QString& objectName, QWidget* editor,
                QWidget* buddy = nullptr, std::optional<Config::ProfileField> field = {});
    void browseCaBundle();

    QLineEdit* m_name;
    QLineEdit* m_baseUrl;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLabel* m_passwordStatus;
    QLineEdit* m_returnUrl;
    QPlainTextEdit* m_themes;
    QPlainTextEdit* m_allowedLinkHosts;
    QSpinBox* m_pollInterval;
    QSpinBox* m_timeout;
    QLineEdit* m_caBundle;
    QPushButton* m_browse;
    QHash<Config::ProfileField, QWidget*> m_editors;
    QHash<Config::ProfileField, QLabel*> m_problems;
    // Each editor's accessible description while it has no problem.
    QHash<Config::ProfileField, QString> m_hints;
};

} // namespace Ui
