#pragma once
// The customer-facing second screen: a calm, full-screen window that shows the applicant only the
// QR code, the countdown, one instruction and a neutral progress word, in the applicant's
// language. Its API takes a link, a language code and a number of seconds, nothing else: no
// names, dates, decisions, levels or scores can reach it. It takes no keyboard focus, ignores
// keys and refuses to close (the window manager's close included): the staff window alone drives
// it, and hides or deletes it.

#include "domain/applicantphrases.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;

namespace Desk {
class SessionController;
}

namespace Ui {

class QrView;

class CustomerDisplay : public QWidget
{
    Q_OBJECT

public:
    // Always a top-level window without a parent: a transient child of the staff window would be
    // minimised and stacked with it by the window manager.
    CustomerDisplay();
    ~CustomerDisplay() override;

    // A Domain::webLanguages() code; unknown or empty codes show English, and so does a language
    // no installed font can draw. Updates what is shown.
    void setLanguage(const QString& webLanguageCode);
    QString language() const { return m_language; }
    // The language of the words on screen: language(), or the English fallback.
    QString shownLanguage() const { return m_shownLanguage; }

    // The code of the link with the instruction; forgets the previous countdown and progress word.
    void showCode(const QString& link);
    // "Link expires in 59:07" under the code (only while a code is shown).
    void setSecondsLeft(qint64 seconds);
    // The progress word under the code: "Waiting".
    void setWaiting();
    // The session is over: the code goes, "Thank you" stays.
    void setThankYou();
    // The code goes; the applicant is told to ask the staff for a new one.
    void showExpired();
    // No code: a calm greeting in the resting language, nothing of the last applicant.
    void clearAll();
    // The language of the greeting while no code is shown (a Domain::webLanguages() code; the
    // branch's language); English by default.
    void setRestingLanguage(const QString& webLanguageCode);
    // "This is the customer display", big, without a code (for staff checking the screen).
    void showTest();

    // Puts the window on that screen (screen and geometry set before it is shown) and shows it
    // full screen without taking the focus from the staff window. Null: nothing happens.
    void showFullScreenOn(QScreen* screen);

    bool hasCode() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    enum class Mode { Idle, Code, ThankYou, Expired, Test };
    void setMode(Mode mode);
    // Writes every text of the current mode in the current language (empties the others).
    void render();
    void updateFonts();
    void onScreenRemoved(QScreen* screen);

    Mode m_mode = Mode::Idle;
    QString m_restingLanguage = QStringLiteral("en-US");
    QString m_language;
    QString m_shownLanguage;
    std::optional<qint64> m_secondsLeft;
    bool m_waiting = false;
    QPointer<QScreen> m_target;

    QStackedWidget* m_pages;
    QWidget* m_codePage;
    QLabel* m_instruction;
    QrView* m_qrView;
    QLabel* m_countdown;
    QLabel* m_progress;
    QLabel* m_message;
};

// Keeps the display in step with the staff's session: while a link is shown, its code (in the
// language of the link's "lang"), the countdown and "Waiting"; "Thank you" once the applicant is
// done (under review or final, approved and rejected alike); the expired message when the link's
// or the session's time is up; nothing in any other state (reset, next applicant, creating,
// failed). Reads only the controller's state, link, seconds left and whether the final status is
// EXPIRED: never its request or decision. Ends with either object.
void followSession(CustomerDisplay& display, const Desk::SessionController& controller);

} // namespace Ui
