#include "customerdisplay.h"

#include "desk/sessioncontroller.h"
#include "qrview.h"
#include "sessionpanel.h"

#include <QCloseEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QStackedWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {
namespace {

using Domain::Phrase;

// Calm and high contrast: near-black on a warm off-white (the code's own square stays pure
// white), the progress word in a dark teal that keeps a contrast above 7:1.
const QColor Background(0xf5, 0xf5, 0xf2);
const QColor Text(0x14, 0x14, 0x14);
const QColor Accent(0x0b, 0x4f, 0x5c);

QLabel* displayLabel(const QString& objectName, const QString& description, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleDescription(description);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    return label;
}

void setLabelText(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setAccessibleName(text);
}

// Whether some installed font draws every script of the text: a Linux kiosk without CJK or
// Arabic fonts would show boxes, and English is better than boxes.
bool fontsCanDraw(const QString& text)
{
    const QList<QFontDatabase::WritingSystem> available = QFontDatabase::writingSystems();
    for (const QChar c : text) {
        QFontDatabase::WritingSystem needed = QFontDatabase::Any;
        switch (c.script()) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
            needed = QFontDatabase::Japanese;
            break;
        case QChar::Script_Arabic:
            needed = QFontDatabase::Arabic;
            break;
        case QChar::Script_Cyrillic:
            needed = QFontDatabase::Cyrillic;
            break;
        case QChar::Script_Greek:
            needed = QFontDatabase::Greek;
            break;
        default:
            break;
        }
        if (needed != QFontDatabase::Any && !available.contains(needed))
            return false;
    }
    return true;
}

void setPixelSize(QLabel* label, int pixels, bool bold)
{
    QFont font = label->font();
    font.setPixelSize(std::max(12, pixels));
    font.setBold(bold);
    label->setFont(font);
}

} // namespace

CustomerDisplay::CustomerDisplay()
    : QWidget(nullptr, Qt::Window | Qt::WindowDoesNotAcceptFocus)
{
    setObjectName(QStringLiteral("customerDisplay"));
    setWindowTitle(tr("Customer display"));
    setAccessibleName(tr("Customer display"));
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_ShowWithoutActivating);
    // Closing the staff window ends the program even while this one is shown.
    setAttribute(Qt::WA_QuitOnClose, false);

    QPalette colours = palette();
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        colours.setColor(group, QPalette::Window, Background);
        colours.setColor(group, QPalette::WindowText, Text);
    }
    setPalette(colours);
    setAutoFillBackground(true);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("customerPages"));

    m_codePage = new QWidget(m_pages);
    m_codePage->setObjectName(QStringLiteral("codePage"));
    m_instruction = displayLabel(QStringLiteral("instruction"),
                                 tr("What the applicant is asked to do"), m_codePage);
    m_qrView = new QrView(m_codePage);
    m_qrView->setObjectName(QStringLiteral("customerQrView"));
    m_countdown = displayLabel(QStringLiteral("countdown"), tr("Time left until the link expires"),
                               m_codePage);
    m_progress =
        displayLabel(QStringLiteral("progressWord"), tr("Progress of the session"), m_codePage);
    QPalette accent = m_progress->palette();
    accent.setColor(QPalette::WindowText, Accent);
    m_progress->setPalette(accent);
    auto* codeLayout = new QVBoxLayout(m_codePage);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_instruction);
    codeLayout->addWidget(m_qrView, 1);
    codeLayout->addWidget(m_countdown);
    codeLayout->addWidget(m_progress);

    m_message = displayLabel(QStringLiteral("message"), tr("Message to the applicant"), m_pages);
    m_pages->addWidget(m_message);
    m_pages->addWidget(m_codePage);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(qApp, &QGuiApplication::screenRemoved, this, &CustomerDisplay::onScreenRemoved);
    resize(960, 720);
    updateFonts();
    render();
}

CustomerDisplay::~CustomerDisplay() = default;

void CustomerDisplay::setLanguage(const QString& webLanguageCode)
{
    m_language = webLanguageCode;
    m_shownLanguage = webLanguageCode;
    for (const Phrase phrase : Domain::allPhrases()) {
        if (!fontsCanDraw(Domain::applicantPhrase(phrase, webLanguageCode)))
            m_shownLanguage = QStringLiteral("en-US");
    }
    // Arabic reads right to left; QLocale understands the platform's codes well enough for that.
    setLayoutDirection(QLocale(m_shownLanguage).textDirection());
    render();
}

void CustomerDisplay::showCode(const QString& link)
{
    m_qrView->setText(link);
    m_secondsLeft.reset();
    m_waiting = false;
    setMode(link.isEmpty() ? Mode::Idle : Mode::Code);
}

void CustomerDisplay::setSecondsLeft(qint64 seconds)
{
    m_secondsLeft = std::max<qint64>(0, seconds);
    render();
}

void CustomerDisplay::setWaiting()
{
    m_waiting = true;
    render();
}

void CustomerDisplay::setThankYou()
{
    setMode(Mode::ThankYou);
}

void CustomerDisplay::showExpired()
{
    setMode(Mode::Expired);
}

void CustomerDisplay::clearAll()
{
    setMode(Mode::Idle);
}

void CustomerDisplay::setRestingLanguage(const QString& webLanguageCode)
{
    m_restingLanguage = webLanguageCode;
    render();
}

void CustomerDisplay::showTest()
{
    setMode(Mode::Test);
}

void CustomerDisplay::showFullScreenOn(QScreen* screen)
{
    if (!screen)
        return;
    // A shown window does not reliably move to another screen while full screen: hide it first.
    if (isVisible() && this->screen() != screen)
        hide();
    m_target = screen;
    setScreen(screen);
    setGeometry(screen->geometry());
    // showFullScreen() without its activateWindow(): the staff keep the keyboard.
    setWindowState((windowState() & ~(Qt::WindowMinimized | Qt::WindowMaximized)) |
                   Qt::WindowFullScreen);
    setVisible(true);
}

bool CustomerDisplay::hasCode() const
{
    return m_mode == Mode::Code && m_qrView->hasCode();
}

void CustomerDisplay::keyPressEvent(QKeyEvent* event)
{
    event->accept(); // a display: no key does anything, Escape included
}

void CustomerDisplay::keyReleaseEvent(QKeyEvent* event)
{
    event->accept();
}

void CustomerDisplay::closeEvent(QCloseEvent* event)
{
    // Not closed by the window manager (Alt+F4, a title bar) nor by a stray close(): the staff
    // window hides or deletes it.
    event->ignore();
}

void CustomerDisplay::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateFonts();
}

void CustomerDisplay::setMode(Mode mode)
{
    m_mode = mode;
    if (mode != Mode::Code) {
        m_qrView->clear();
        m_secondsLeft.reset();
        m_waiting = false;
    }
    render();
}

void CustomerDisplay::render()
{
    const auto phrase = [this](Phrase which) {
        return Domain::applicantPhrase(which, m_shownLanguage);
    };
    const bool code = m_mode == Mode::Code;
    setLabelText(m_instruction, code ? phrase(Phrase::ScanInstruction) : QString());
    setLabelText(m_countdown,
                 code && m_secondsLeft
                     ? phrase(Phrase::LinkExpiresIn).arg(formatCountdown(*m_secondsLeft))
                     : QString());
    setLabelText(m_progress, code && m_waiting ? phrase(Phrase::Waiting) : QString());

    QString message;
    switch (m_mode) {
    case Mode::ThankYou:
        message = phrase(Phrase::ThankYou);
        break;
    case Mode::Expired:
        message = phrase(Phrase::LinkExpired);
        break;
    case Mode::Test:
        message = phrase(Phrase::TestDisplay);
        break;
    case Mode::Idle: {
        // Not an empty grey screen: the display is working and waiting for the next customer.
        const QString greeting = Domain::applicantPhrase(Phrase::Welcome, m_restingLanguage);
        message = fontsCanDraw(greeting)
                      ? greeting
                      : Domain::applicantPhrase(Phrase::Welcome, QStringLiteral("en-US"));
        break;
    }
    case Mode::Code:
        break;
    }
    setLabelText(m_message, message);
    m_pages->setCurrentWidget(code ? m_codePage : static_cast<QWidget*>(m_message));
}

void CustomerDisplay::updateFonts()
{
    // Sizes follow the screen, so the words read from across the desk on any display.
    const int unit = std::min(height(), width() * 3 / 4);
    // The instruction is what to do, so it leads; the countdown and progress word stay quieter.
    setPixelSize(m_instruction, unit * 52 / 1000, true);
    setPixelSize(m_countdown, unit * 38 / 1000, false);
    setPixelSize(m_progress, unit * 40 / 1000, false);
    setPixelSize(m_message, unit * 64 / 1000, true);
    // A readable measure for the longer messages instead of lines across the whole screen.
    const int side = width() / 10;
    m_message->setContentsMargins(side, 0, side, 0);
    const int margin = unit / 20;
    layout()->setContentsMargins(margin, margin, margin, margin);
    m_codePage->layout()->setSpacing(unit / 40);
}

void CustomerDisplay::onScreenRemoved(QScreen* screen)
{
    // Never let the window fall back onto the staff's screen and cover it.
    if (screen && screen == m_target)
        hide();
}

void followSession(CustomerDisplay& display, const Desk::SessionController& controller)
{
    using State = Desk::SessionController::State;
    const auto follow = [&display, &controller](State state) {
        switch (state) {
        case State::Showing: {
            const QUrl link = controller.link();
            display.setLanguage(QUrlQuery(link).queryItemValue(QStringLiteral("lang")));
            display.showCode(link.toString(QUrl::FullyEncoded));
            if (const auto left = controller.secondsLeft())
                display.setSecondsLeft(*left);
            display.setWaiting();
            break;
        }
        case State::Reviewing: // the applicant is done; the decision is the staff's business
            display.setThankYou();
            break;
        case State::Finished: {
            // The same words for approved and rejected: the display never hints at a decision.
            const auto& status = controller.sessionStatus();
            if (status && status->kind() == Domain::SessionStatus::Kind::Expired)
                display.showExpired();
            else
                display.setThankYou();
            break;
        }
        case State::Expired:
            display.showExpired();
            break;
        case State::Idle:
        case State::Creating:
        case State::Failed:
            display.clearAll();
            break;
        }
    };
    QObject::connect(&controller, &Desk::SessionController::stateChanged, &display, follow);
    QObject::connect(&controller, &Desk::SessionController::secondsLeftChanged, &display,
                     [&display](qint64 seconds) { display.setSecondsLeft(seconds); });
    follow(controller.state());
}

} // namespace Ui
