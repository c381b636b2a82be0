#pragma once
// The staff window: the applicant form on the left, the session on the right, the active profile
// always in view. It turns form input into a validated request, finds the profile's password,
// and hands the request to a SessionController; it never sees a network reply.

#include "config/fallbackcredentialstore.h"
#include "config/profilestore.h"
#include "config/settings.h"
#include "desk/historyrecorder.h"
#include "desk/sessioncontroller.h"
#include "deskenvironment.h"

#include <QDateTime>
#include <QMainWindow>
#include <QTimer>

#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QNetworkAccessManager;
class QPushButton;

namespace Api {
class EnrolmentClient;
class ExchangeLog;
} // namespace Api

namespace Desk {
class SessionLookup;
}

namespace Ui {

class ApplicantForm;
class CustomerDisplay;
class HistoryView;
class SessionPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(DeskEnvironment environment, QWidget* parent = nullptr);
    ~MainWindow() override;

    Desk::SessionController& controller() { return m_controller; }
    Desk::HistoryRecorder& history() { return m_history; }
    ApplicantForm* form() const { return m_form; }
    SessionPanel* panel() const { return m_panel; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    QWidget* createFormColumn();
    void reloadProfiles();
    void onProfileSelected(int index);
    // Checks the form against the domain rules; returns the request when it can be sent.
    std::optional<Domain::EnrolmentRequest> validate();
    void createSession();
    void startWithConnection(const Domain::EnrolmentRequest& request,
                             const Api::ApiConnection& connection);
    void nextApplicant();
    void copyLink();
    void openInBrowser();
    void showSettings();
    void showAbout();
    void toggleInspector(bool visible);
    void showHistory();
    void explainHistoryProblem(const QString& problem);
    void chooseCustomerDisplay();
    void explainCustomerDisplay();
    void updateActions();
    // After a refusal with Retry-After (429, 503), Try again waits that long.
    void honourRetryAfter();
    // Asks before the window closes while a session is still open; true to close.
    bool confirmClose();
    std::optional<Config::Profile> activeProfile() const;

    DeskEnvironment m_environment;
    // The keychain, and for this run the passwords it refused to store.
    Config::FallbackCredentialStore m_credentials;
    Config::Settings m_appSettings;
    Config::ProfileStore m_profiles;
    Desk::SessionController m_controller;
    // Writes each created session to the history; the SQLite file opens at the first one.
    Desk::HistoryRecorder m_history;
    // Checks and deletes past sessions for the history view; built when the view is first shown.
    std::unique_ptr<Desk::SessionLookup> m_lookup;
    HistoryView* m_historyView = nullptr; // built on first use, kept when closed
    // Created on the first request, so opening the window touches no network object.
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Api::EnrolmentClient> m_client;
    bool m_findingPassword = false;
    std::optional<QDateTime> m_waitUntil; // the platform's Retry-After, while it lasts
    QTimer m_retryTimer;
    QString m_copiedLink;

    ApplicantForm* m_form = nullptr;
    SessionPanel* m_panel = nullptr;
    QComboBox* m_profileSelector = nullptr;
    QPushButton* m_createButton = nullptr;
    QLabel* m_createReason = nullptr;

    QAction* m_createAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_recreateAction = nullptr;
    QAction* m_retryAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_nextAction = nullptr;
    QAction* m_copySessionIdAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_checkNowAction = nullptr;
    QAction* m_inspectorAction = nullptr;
    QAction* m_historyAction = nullptr;
    QAction* m_customerDisplayAction = nullptr;
    QAction* m_hideCustomerDisplayAction = nullptr;
    // The screen facing the customer: only the code, the countdown and neutral words.
    std::unique_ptr<CustomerDisplay> m_customerDisplay;
    // Every API exchange of this run, redacted; the dock showing it is built on first use.
    Api::ExchangeLog* m_exchangeLog = nullptr;
    QDockWidget* m_inspector = nullptr;
};

} // namespace Ui
