#include "kioskshell.h"

#include "kioskcodepage.h"
#include "kioskform.h"
#include "kioskidleoverlay.h"
#include "kioskpages.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QVBoxLayout>

namespace Ui {
namespace {

using Domain::Phrase;
using State = Desk::SessionController::State;

// Clears each clipboard (and the X11 selection) that holds one of the customer's traces: a name
// selected in a field, or the link, should anyone have copied it.
void clearClipboards(const QStringList& traces)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    for (const QClipboard::Mode mode : {QClipboard::Clipboard, QClipboard::Selection}) {
        if (mode == QClipboard::Selection && !clipboard->supportsSelection())
            continue;
        const QString text = clipboard->text(mode);
        if (text.isEmpty())
            continue;
        for (const QString& trace : traces) {
            if (text.contains(trace)) {
                clipboard->clear(mode);
                break;
            }
        }
    }
}

} // namespace

KioskShell::KioskShell(KioskEnvironment environment)
    : KioskWindow(environment.config.pinHash)
    , m_environment(std::move(environment))
    , m_look(KioskLook::fromColours(m_environment.config.background, m_environment.config.accent))
    , m_session(m_environment)
{
    setObjectName(QStringLiteral("kioskShell"));
    setWindowTitle(tr("Enrolment Desk kiosk"));
    setAccessibleName(tr("Enrolment Desk kiosk"));
    setAttribute(Qt::WA_StyledBackground);
    m_defaultLanguage = Domain::isWebLanguage(m_environment.language) ? m_environment.language
                                                                      : systemWebLanguage();
    m_language = m_defaultLanguage;
    buildChrome();
    connectPages();

    const Desk::SessionController& controller = m_session.controller();
    connect(&controller, &Desk::SessionController::stateChanged, this, &KioskShell::follow);
    connect(&controller, &Desk::SessionController::secondsLeftChanged, m_pages->codePage(),
            &KioskCodePage::setSecondsLeft);
    connect(&m_session, &KioskSession::failedToStart, this,
            [this] { finishWith(Phrase::KioskFailed); });

    connect(&m_idle, &Kiosk::IdleWatch::warningStarted, m_warning, &KioskIdleOverlay::showWarning);
    connect(&m_idle, &Kiosk::IdleWatch::warningTick, m_warning, &KioskIdleOverlay::setSecondsLeft);
    connect(&m_idle, &Kiosk::IdleWatch::warningWithdrawn, m_warning, &QWidget::hide);
    connect(&m_idle, &Kiosk::IdleWatch::timedOut, this, &KioskShell::reset);
    // Any touch or key (nothing happens while not watching); it also withdraws a warning.
    connect(this, &KioskWindow::activity, &m_idle, &Kiosk::IdleWatch::activity);
    m_endTimer.setSingleShot(true);
    connect(&m_endTimer, &QTimer::timeout, this, [this] { showPage(Page::Start); });

    applyLanguage();
    showPage(Page::Start);
    resize(1280, 800);
}

KioskShell::~KioskShell() = default;

void KioskShell::buildChrome()
{
    if (m_environment.demo) {
        m_demoBanner = new QLabel(tr("DEMO - no real verification. Sessions go to a sandbox on "
                                     "this computer; nothing is checked."),
                                  this);
        m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
        m_demoBanner->setAccessibleName(m_demoBanner->text());
        m_demoBanner->setAlignment(Qt::AlignCenter);
        m_demoBanner->setWordWrap(true);
    }
    m_pages = new KioskPageStack(m_look.background, this);
    m_pages->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    // The screen's size is the window's: content never makes a full-screen window grow.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (m_demoBanner)
        layout->addWidget(m_demoBanner);
    layout->addWidget(m_pages, 1);

    m_warning = new KioskIdleOverlay(this);
    connect(m_warning, &KioskIdleOverlay::continueClicked, &m_idle, &Kiosk::IdleWatch::activity);
    // An open pad is forgotten after a while, too; leaving forgets the customer first.
    connect(this, &KioskWindow::pinPadOpenChanged, this, &KioskShell::watchIdle);
    connect(this, &KioskWindow::leaving, this, &KioskShell::reset);
}

void KioskShell::connectPages()
{
    KioskStartPage* start = m_pages->startPage();
    connect(start, &KioskStartPage::languageChosen, this, &KioskShell::chooseLanguage);
    connect(start, &KioskStartPage::startRequested, this, &KioskShell::begin);
    connect(m_pages->form(), &KioskForm::submitted, this, &KioskShell::submitForm);
    connect(m_pages->form(), &KioskForm::cancelled, this, &KioskShell::reset);
    KioskCodePage* code = m_pages->codePage();
    connect(code, &KioskCodePage::scanned, this, [this] { showPage(Page::Waiting); });
    connect(code, &KioskCodePage::cancelled, this, &KioskShell::reset);
    KioskMessagePage* waiting = m_pages->waitingPage();
    connect(waiting, &KioskMessagePage::primaryClicked, this, [this] { showPage(Page::Code); });
    connect(waiting, &KioskMessagePage::secondaryClicked, this, &KioskShell::reset);
}

void KioskShell::showOnConfiguredScreen()
{
    showFullScreenOn(m_environment.config.screen);
}

bool KioskShell::isWarningShown() const
{
    return m_warning->isVisible();
}

void KioskShell::reset()
{
    QStringList traces = m_pages->customerTraces();
    if (const QUrl link = m_session.controller().link(); !link.isEmpty())
        traces << link.toString(QUrl::FullyEncoded);
    m_endTimer.stop();
    m_idle.stop();
    m_warning->hide();
    dismissPinPad();
    m_session.reset();
    m_pages->clearCustomer();
    clearClipboards(traces);
    m_language = m_defaultLanguage;
    applyLanguage();
    showPage(Page::Start);
}

void KioskShell::begin()
{
    if (m_environment.config.collectApplicantData) {
        showPage(Page::Form);
        m_pages->form()->begin();
        return;
    }
    createSession(std::nullopt); // no applicant data is sent
}

void KioskShell::submitForm()
{
    if (const auto applicant = m_pages->form()->check(m_environment.today()))
        createSession(applicant);
    else
        m_pages->form()->focusFirstProblem();
}

void KioskShell::createSession(const std::optional<Domain::ApplicantInput>& applicant)
{
    showPage(Page::Preparing);
    m_session.start(applicant, m_language);
}

void KioskShell::follow(State state)
{
    switch (state) {
    case State::Creating:
        showPage(Page::Preparing);
        break;
    case State::Showing: {
        const Desk::SessionController& controller = m_session.controller();
        m_pages->codePage()->showCode(controller.link().toString(QUrl::FullyEncoded));
        if (const auto left = controller.secondsLeft())
            m_pages->codePage()->setSecondsLeft(*left);
        showPage(Page::Code);
        break;
    }
    case State::Reviewing: // the applicant is done; approved, rejected or in review, all alike
        finishLater(state, Phrase::KioskThankYou);
        break;
    case State::Finished: {
        const auto& status = m_session.controller().sessionStatus();
        const bool expired = status && status->kind() == Domain::SessionStatus::Kind::Expired;
        finishLater(state, expired ? Phrase::KioskExpired : Phrase::KioskThankYou);
        break;
    }
    case State::Expired:
        finishLater(state, Phrase::KioskExpired);
        break;
    case State::Failed: // the session has logged why
        finishLater(state, Phrase::KioskFailed);
        break;
    case State::Idle:
        break;
    }
}

void KioskShell::finishLater(State state, Phrase phrase)
{
    // Not inside the controller's own signal: resetting it there would delete its poller while
    // that is still emitting. The history has been written by then (it is connected first).
    QMetaObject::invokeMethod(
        this,
        [this, state, phrase] {
            if (m_session.controller().state() == state)
                finishWith(phrase);
        },
        Qt::QueuedConnection);
}

void KioskShell::finishWith(Phrase phrase)
{
    const QString language = shownLanguage(); // the customer's, for the last words
    reset();
    m_pages->showEnd(Domain::applicantPhrase(phrase, language));
    watchIdle();
    m_endTimer.start(m_environment.config.thankYou);
}

void KioskShell::showPage(Page page)
{
    m_pages->showPage(page);
    if (page != Page::End)
        m_endTimer.stop();
    watchIdle();
}

void KioskShell::watchIdle()
{
    const auto& config = m_environment.config;
    std::chrono::seconds idle{0};
    switch (m_pages->page()) {
    case Page::Start: // nothing to forget until a language is chosen
        if (m_language != m_defaultLanguage || isPinPadOpen())
            idle = config.idleOnForm;
        break;
    case Page::Form:
        idle = config.idleOnForm;
        break;
    case Page::Preparing:
    case Page::Code:
    case Page::Waiting:
        idle = config.idleWithCode;
        break;
    case Page::End: // goes back to the start by itself
        idle = isPinPadOpen() ? config.idleOnForm : std::chrono::seconds(0);
        break;
    }
    if (idle.count() == 0)
        m_idle.stop();
    else
        m_idle.start(idle, config.warning); // each page its own time, counted from now
}

void KioskShell::chooseLanguage(const QString& webLanguage)
{
    m_language = webLanguage;
    applyLanguage();
    watchIdle();
}

QString KioskShell::shownLanguage() const
{
    return Domain::hasKioskPhrases(m_language) ? m_language : QStringLiteral("en-US");
}

void KioskShell::applyLanguage()
{
    m_pages->setLanguage(m_language, shownLanguage());
    m_warning->setLanguage(shownLanguage());
}

bool KioskShell::eventFilter(QObject* watched, QEvent* event)
{
    // The corner button sits below the demo banner, whatever height that turns out to have.
    if (watched == m_pages && (event->type() == QEvent::Move || event->type() == QEvent::Resize))
        setCornerTop(m_pages->y());
    return KioskWindow::eventFilter(watched, event);
}

void KioskShell::resizeEvent(QResizeEvent* event)
{
    KioskWindow::resizeEvent(event);
    const int unit = kioskUnit(size());
    if (unit != m_unit) {
        m_unit = unit;
        setStyleSheet(kioskStyleSheet(m_look, unit));
    }
    if (m_warning->isVisible())
        m_warning->setGeometry(rect());
}

} // namespace Ui
