#pragma once
// The right half of the staff window: what the session is doing now. A hint before anything
// happens, a busy page with Cancel, the QR code with its countdown and actions, the expired page,
// and problems in plain words with what to do next.

#include "desk/sessioncontroller.h"

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QStackedWidget;

namespace Ui {

class DecisionView;
class QrView;

struct SessionActions {
    QAction* cancel = nullptr;
    QAction* recreate = nullptr; // a new link for the same details
    QAction* openInBrowser = nullptr;
    QAction* copyLink = nullptr;
    QAction* nextApplicant = nullptr;
    QAction* retry = nullptr;
    QAction* checkNow = nullptr;
};

class SessionPanel : public QWidget
{
    Q_OBJECT

public:
    SessionPanel(Desk::SessionController& controller, const SessionActions& actions,
                 QWidget* parent = nullptr);

    // Null until a code has been shown for the first time.
    QrView* qrView() const { return m_qrView; }
    // A problem that is not the API's (no password, bad profile), shown like an API error.
    void showProblem(const QString& title, const QString& message);
    // A passing notice above the code (no browser could be opened); the session stays as it is.
    // Gone with the next change of state; empty hides it.
    void showNotice(const QString& text);

private:
    QWidget* makeIdlePage();
    void makeProblemBox();
    // The other pages are built the first time they are needed: laying out their large, bold
    // texts at start-up cost the window about a quarter of its start.
    QWidget* creatingPage();
    QWidget* showingPage();
    QWidget* expiredPage();
    QWidget* resultPage();
    void showFollowing(const QString& text);
    void onFollowingProblem(const Api::ApiError& error,
                            std::optional<std::chrono::milliseconds> retryIn);
    void showPage(QWidget* page);
    // "Case number: … · Session ID: …" under the code and the decision.
    void showSessionLine();
    void clearCode();
    void onStateChanged(Desk::SessionController::State state);
    void onSecondsLeft(qint64 seconds);

    Desk::SessionController& m_controller;
    QStackedWidget* m_pages;
    QWidget* m_idlePage;
    SessionActions m_actions;
    QWidget* m_creatingPage = nullptr;
    QWidget* m_showingPage = nullptr;
    QWidget* m_expiredPage = nullptr;
    QWidget* m_resultPage = nullptr;
    DecisionView* m_decisionView = nullptr;
    QLabel* m_followStatus = nullptr;
    QLabel* m_resultFollowStatus = nullptr;
    // The problem box, built on the first problem (makeProblemBox).
    QWidget* m_problemBox = nullptr;
    QLabel* m_problemIcon = nullptr;
    QLabel* m_problemTitle = nullptr;
    QLabel* m_problemText = nullptr;
    QrView* m_qrView = nullptr;
    QLabel* m_countdown = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_showingSessionLine = nullptr;
    QLabel* m_resultSessionLine = nullptr;
    QLabel* m_expiredTitle = nullptr;
    QLabel* m_expiredText = nullptr;
};

// "59:07" or "1:00:00": what is left of the link's life.
QString formatCountdown(qint64 seconds);

} // namespace Ui
