#pragma once
// The self-service kiosk (enrolment-desk --kiosk): a KioskWindow (frameless, full screen on the
// configured screen, closed only after the admin PIN) that walks a customer from a start screen
// (optionally through a form) to the QR code of their enrolment link and a neutral "thank you",
// then back to the start. It warns before resetting after inactivity, and its one reset() wipes
// everything of the customer: form, code, link, clipboard, polling, language.

#include "domain/applicantphrases.h"
#include "kiosk/idlewatch.h"
#include "kioskenvironment.h"
#include "kioskpagestack.h"
#include "kiosksession.h"
#include "kioskstyle.h"
#include "kioskwindow.h"

#include <QTimer>

class QLabel;

namespace Ui {

class KioskIdleOverlay;

class KioskShell : public KioskWindow
{
    Q_OBJECT

public:
    using Page = KioskPageStack::Page;

    explicit KioskShell(KioskEnvironment environment);
    ~KioskShell() override;

    // Full screen on the configured screen (the primary one when it is not connected).
    void showOnConfiguredScreen();
    // Forgets the customer entirely and shows the start page: used after inactivity, at the end
    // and after expiry.
    void reset();

    Page page() const { return m_pages->page(); }
    QString language() const { return m_language; }
    KioskSession& session() { return m_session; }
    Desk::SessionController& controller() { return m_session.controller(); }
    bool isWarningShown() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildChrome();
    void connectPages();
    void begin();
    void submitForm();
    void createSession(const std::optional<Domain::ApplicantInput>& applicant);
    void follow(Desk::SessionController::State state);
    void finishLater(Desk::SessionController::State state, Domain::Phrase phrase);
    void finishWith(Domain::Phrase phrase);
    void showPage(Page page);
    void watchIdle();
    void chooseLanguage(const QString& webLanguage);
    void applyLanguage();
    QString shownLanguage() const;

    KioskEnvironment m_environment;
    KioskLook m_look;
    KioskSession m_session;
    Kiosk::IdleWatch m_idle;
    QTimer m_endTimer; // runs only while the end page is shown
    QString m_defaultLanguage;
    QString m_language;
    int m_unit = 0;

    QLabel* m_demoBanner = nullptr;
    KioskPageStack* m_pages = nullptr;
    KioskIdleOverlay* m_warning = nullptr;
};

} // namespace Ui
