#include "sessionpanel.h"

#include "announce.h"
#include "decisionview.h"
#include "flowlayout.h"
#include "qrview.h"

#include <QAccessible>
#include <QAction>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {
namespace {

QToolButton* actionButton(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setMinimumHeight(32);
    // A button for an action that does not apply (Try again after a refusal) is not shown.
    button->setVisible(action->isVisible());
    QObject::connect(action, &QAction::changed, button,
                     [button, action] { button->setVisible(action->isVisible()); });
    return button;
}

QLabel* headline(const QString& text, QWidget* parent, qreal scale = 1.4)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

// Centred, and wrapping onto a second row rather than widening the window.
FlowLayout* buttonRow(std::initializer_list<QAction*> actions, QWidget* parent)
{
    auto* row = new FlowLayout;
    for (QAction* action : actions) {
        if (action)
            row->addWidget(actionButton(action, parent));
    }
    return row;
}

// The session's identifiers in small, selectable text, for the case file and for support.
QLabel* sessionLine(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("sessionLine"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString timeOfDay(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

QString formatCountdown(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 rest = seconds % 60;
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(rest, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(minutes).arg(rest, 2, 10, QLatin1Char('0'));
}

SessionPanel::SessionPanel(Desk::SessionController& controller, const SessionActions& actions,
                           QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_actions(actions)
{
    m_pages = new QStackedWidget(this);
    m_idlePage = makeIdlePage();
    m_pages->addWidget(m_idlePage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(&controller, &Desk::SessionController::stateChanged, this,
            &SessionPanel::onStateChanged);
    connect(&controller, &Desk::SessionController::secondsLeftChanged, this,
            &SessionPanel::onSecondsLeft);
    connect(&controller, &Desk::SessionController::sessionStatusChanged, this,
            [this](const Domain::SessionStatus& status) { showFollowing(status.displayText()); });
    connect(&controller, &Desk::SessionController::decisionChanged, this, [this] {
        if (m_decisionView && m_controller.sessionStatus())
            m_decisionView->showResult(*m_controller.sessionStatus(), m_controller.decision());
    });
    connect(&controller, &Desk::SessionController::followingProblem, this,
            &SessionPanel::onFollowingProblem);
    connect(&controller, &Desk::SessionController::nextCheckScheduled, this,
            [this](std::chrono::milliseconds delay) {
                // While checks fail, the problem's text names the next try itself.
                if (m_controller.failingSince())
                    return;
                const QString status = m_controller.sessionStatus()
                                           ? m_controller.sessionStatus()->displayText()
                                           : Domain::SessionStatus().displayText();
                showFollowing(tr("%1. Next check at %2.")
                                  .arg(status, timeOfDay(m_controller.now().addMSecs(
                                                   qint64(delay.count())))));
            });
    onStateChanged(controller.state());
}

QWidget* SessionPanel::makeIdlePage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("idlePage"));
    auto* layout = new QVBoxLayout(page);
    auto* hint = new QLabel(tr("Fill in what you know about the applicant, then press Enter to "
                               "create a session.\n\nEvery field is optional; with names, the "
                               "platform compares them with the document."),
                            page);
    hint->setObjectName(QStringLiteral("idleHint"));
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    layout->addStretch();
    layout->addWidget(hint);
    layout->addStretch();
    return page;
}

QWidget* SessionPanel::creatingPage()
{
    if (m_creatingPage)
        return m_creatingPage;
    const SessionActions& actions = m_actions;
    auto* page = new QWidget(this);
    m_creatingPage = page;
    page->setObjectName(QStringLiteral("creatingPage"));
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(headline(tr("Creating the session…"), page, 1.2));
    auto* progress = new QProgressBar(page);
    progress->setRange(0, 0);
    progress->setTextVisible(false);
    progress->setAccessibleName(tr("Creating the session"));
    layout->addWidget(progress);
    layout->addLayout(buttonRow({actions.cancel}, page));
    layout->addStretch();
    return page;
}

QWidget* SessionPanel::showingPage()
{
    if (m_showingPage)
        return m_showingPage;
    const SessionActions& actions = m_actions;
    auto* page = new QWidget(this);
    m_showingPage = page;
    page->setObjectName(QStringLiteral("showingPage"));
    auto* layout = new QVBoxLayout(page);
    m_notice = new QLabel(page);
    m_notice->setObjectName(QStringLiteral("sessionNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addStretch(1);
    auto* instruction =
        new QLabel(tr("Ask the applicant to scan this code with their phone's camera."), page);
    instruction->setAlignment(Qt::AlignCenter);
    instruction->setWordWrap(true);
    layout->addWidget(instruction);
    m_qrView = new QrView(page);
    m_qrView->setObjectName(QStringLiteral("qrView"));
    m_qrView->setNeverTallerThanWide(true);
    layout->addWidget(m_qrView, 4);
    m_countdown = headline(QString(), page, 1.1);
    m_countdown->setObjectName(QStringLiteral("countdown"));
    layout->addWidget(m_countdown);
    m_followStatus = new QLabel(page);
    m_followStatus->setObjectName(QStringLiteral("followStatus"));
    m_followStatus->setAlignment(Qt::AlignCenter);
    m_followStatus->setWordWrap(true);
    m_followStatus->setTextFormat(Qt::PlainText);
    layout->addWidget(m_followStatus);
    layout->addLayout(buttonRow(
        {actions.openInBrowser, actions.copyLink, actions.checkNow, actions.nextApplicant}, page));
    m_showingSessionLine = sessionLine(page);
    layout->addWidget(m_showingSessionLine);
    layout->addStretch(1);
    return page;
}

QWidget* SessionPanel::expiredPage()
{
    if (m_expiredPage)
        return m_expiredPage;
    const SessionActions& actions = m_actions;
    auto* page = new QWidget(this);
    m_expiredPage = page;
    page->setObjectName(QStringLiteral("expiredPage"));
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    m_expiredTitle = headline(QString(), page, 1.8);
    m_expiredTitle->setObjectName(QStringLiteral("expiredTitle"));
    layout->addWidget(m_expiredTitle);
    m_expiredText = new QLabel(page);
    m_expiredText->setObjectName(QStringLiteral("expiredText"));
    QLabel* text = m_expiredText;
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    layout->addWidget(text);
    layout->addLayout(buttonRow({actions.recreate, actions.nextApplicant}, page));
    layout->addStretch();
    return page;
}

// Built with the first problem, above the idle page's hint: at start-up its bold title font and
// warning icon would cost the window several milliseconds (bench/cold-start).
void SessionPanel::makeProblemBox()
{
    auto* box = new QFrame(m_idlePage);
    box->setFrameShape(QFrame::StyledPanel);
    box->setObjectName(QStringLiteral("problemBox"));
    auto* problemLayout = new QHBoxLayout(box);
    m_problemIcon = new QLabel(box);
    m_problemIcon->setAlignment(Qt::AlignTop);
    m_problemIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32));
    problemLayout->addWidget(m_problemIcon);
    auto* texts = new QVBoxLayout;
    m_problemTitle = new QLabel(box);
    m_problemTitle->setObjectName(QStringLiteral("problemTitle"));
    QFont bold = m_problemTitle->font();
    bold.setBold(true);
    m_problemTitle->setFont(bold);
    m_problemText = new QLabel(box);
    m_problemText->setObjectName(QStringLiteral("problemText"));
    m_problemText->setWordWrap(true);
    m_problemText->setTextFormat(Qt::PlainText);
    m_problemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(m_problemTitle);
    texts->addWidget(m_problemText);
    texts->addLayout(buttonRow({m_actions.retry}, box));
    problemLayout->addLayout(texts, 1);
    static_cast<QBoxLayout*>(m_idlePage->layout())->insertWidget(0, box);
    m_problemBox = box;
}

void SessionPanel::showProblem(const QString& title, const QString& message)
{
    if (!m_problemBox && message.isEmpty())
        return m_pages->setCurrentWidget(m_idlePage);
    if (!m_problemBox)
        makeProblemBox();
    m_problemTitle->setText(title);
    m_problemText->setText(message);
    m_problemBox->setVisible(!message.isEmpty());
    m_pages->setCurrentWidget(m_idlePage);
    if (!message.isEmpty())
        announce(m_problemText, QAccessible::Alert);
}

QWidget* SessionPanel::resultPage()
{
    if (m_resultPage)
        return m_resultPage;
    auto* page = new QWidget(this);
    m_resultPage = page;
    page->setObjectName(QStringLiteral("resultPage"));
    auto* layout = new QVBoxLayout(page);
    m_decisionView = new DecisionView(page);
    m_decisionView->setObjectName(QStringLiteral("decisionView"));
    layout->addWidget(m_decisionView, 1);
    m_resultFollowStatus = new QLabel(page);
    m_resultFollowStatus->setObjectName(QStringLiteral("resultFollowStatus"));
    m_resultFollowStatus->setAlignment(Qt::AlignCenter);
    m_resultFollowStatus->setWordWrap(true);
    m_resultFollowStatus->setTextFormat(Qt::PlainText);
    layout->addWidget(m_resultFollowStatus);
    layout->addLayout(buttonRow({m_actions.checkNow, m_actions.nextApplicant}, page));
    m_resultSessionLine = sessionLine(page);
    layout->addWidget(m_resultSessionLine);
    return page;
}

void SessionPanel::showFollowing(const QString& text)
{
    for (QLabel* label : {m_followStatus, m_resultFollowStatus}) {
        if (label)
            label->setText(text);
    }
}

void SessionPanel::showNotice(const QString& text)
{
    if (!m_notice)
        return;
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        announce(m_notice, QAccessible::Alert);
}

void SessionPanel::onFollowingProblem(const Api::ApiError& error,
                                      std::optional<std::chrono::milliseconds> retryIn)
{
    const QDateTime now = m_controller.now();
    const QString since = timeOfDay(m_controller.failingSince().value_or(now));
    const QString checkNow = QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText);
    const QString text =
        retryIn ? tr("The status could not be checked since %1 (%n attempt(s)): %2 Next try at "
                     "%3, or “Check now” (%4).",
                     nullptr, m_controller.failedChecks())
                      .arg(since, error.userMessage(),
                           timeOfDay(now.addMSecs(qint64(retryIn->count()))), checkNow)
                : tr("The desk stopped following this session at %1: %2 Use “Check now” (%3) to "
                     "try again.")
                      .arg(since, error.userMessage(), checkNow);
    showFollowing(text);
    QLabel* shown =
        m_pages->currentWidget() == m_resultPage ? m_resultFollowStatus : m_followStatus;
    if (shown)
        announce(shown, QAccessible::Alert);
}

void SessionPanel::showSessionLine()
{
    QString text;
    if (const auto& session = m_controller.session()) {
        const auto& request = m_controller.request();
        // The ID on a line of its own: a line break inside it would misquote it.
        text = tr("Session ID: %1").arg(session->sessionId);
        if (request && !request->externalId().isEmpty())
            text.prepend(tr("Case number: %1").arg(request->externalId()) + QLatin1Char('\n'));
    }
    for (QLabel* label : {m_showingSessionLine, m_resultSessionLine}) {
        if (label)
            label->setText(text);
    }
}

void SessionPanel::showPage(QWidget* page)
{
    showSessionLine();
    if (m_pages->indexOf(page) < 0)
        m_pages->addWidget(page);
    m_pages->setCurrentWidget(page);
}

void SessionPanel::clearCode()
{
    if (m_qrView)
        m_qrView->clear();
}

void SessionPanel::onStateChanged(Desk::SessionController::State state)
{
    using State = Desk::SessionController::State;
    showNotice(QString());
    switch (state) {
    case State::Idle:
        clearCode();
        if (m_decisionView)
            m_decisionView->clear();
        showFollowing(QString());
        showProblem(QString(), QString());
        break;
    case State::Creating:
        showFollowing(QString());
        showPage(creatingPage());
        break;
    case State::Showing:
        showingPage();
        m_qrView->setText(m_controller.link().toString(QUrl::FullyEncoded));
        if (const auto left = m_controller.secondsLeft())
            onSecondsLeft(*left);
        else
            m_countdown->setText(tr("The platform did not say when this link expires."));
        showPage(m_showingPage);
        announce(m_qrView, QAccessible::Alert,
                 tr("The code is ready to scan. %1").arg(m_countdown->text()));
        break;
    case State::Reviewing:
    case State::Finished:
        clearCode();
        resultPage();
        if (m_controller.sessionStatus())
            m_decisionView->showResult(*m_controller.sessionStatus(), m_controller.decision());
        if (state == State::Finished)
            showFollowing(
                tr("Final: the platform has decided. Press %1 for the next applicant.")
                    .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
        showPage(m_resultPage);
        break;
    case State::Expired:
        clearCode();
        expiredPage();
        if (m_controller.isSessionGone()) {
            m_expiredTitle->setText(tr("This session no longer exists"));
            m_expiredText->setText(tr("The platform does not know this session any more (it was "
                                      "deleted or has ended), so its code cannot be used. Create a "
                                      "new link with the same details, or start over for the next "
                                      "applicant."));
        } else {
            m_expiredTitle->setText(tr("Link expired"));
            m_expiredText->setText(tr("The applicant can no longer use this code. Create a new "
                                      "link with the same details, or start over for the next "
                                      "applicant."));
        }
        showPage(m_expiredPage);
        break;
    case State::Failed: {
        clearCode();
        const auto& error = m_controller.lastError();
        showProblem(tr("The session could not be created"),
                    error ? m_controller.failureMessage() : QString());
        break;
    }
    }
}

void SessionPanel::onSecondsLeft(qint64 seconds)
{
    if (m_countdown)
        m_countdown->setText(tr("Link expires in %1").arg(formatCountdown(seconds)));
}

} // namespace Ui
