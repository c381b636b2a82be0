#include "sessionpanel.h"

#include "announce.h"
#include "decisionview.h"
#include "qrview.h"

#include <QAccessible>
#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTime>
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

QHBoxLayout* buttonRow(std::initializer_list<QAction*> actions, QWidget* parent)
{
    auto* row = new QHBoxLayout;
    row->addStretch();
    for (QAction* action : actions) {
        if (action)
            row->addWidget(actionButton(action, parent));
    }
    row->addStretch();
    return row;
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
                const QString status = m_controller.sessionStatus()
                                           ? m_controller.sessionStatus()->displayText()
                                           : Domain::SessionStatus().displayText();
                const QTime at = QTime::currentTime().addMSecs(int(delay.count()));
                showFollowing(tr("%1. Next check at %2.")
                                  .arg(status, QLocale().toString(at, QLocale::ShortFormat)));
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
    auto* title = headline(tr("Link expired"), page, 1.8);
    title->setObjectName(QStringLiteral("expiredTitle"));
    layout->addWidget(title);
    auto* text = new QLabel(tr("The applicant can no longer use this code. Create a new link "
                               "with the same details, or start over for the next applicant."),
                            page);
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
    return page;
}

void SessionPanel::showFollowing(const QString& text)
{
    for (QLabel* label : {m_followStatus, m_resultFollowStatus}) {
        if (label)
            label->setText(text);
    }
}

void SessionPanel::onFollowingProblem(const Api::ApiError& error,
                                      std::optional<std::chrono::milliseconds> retryIn)
{
    const QString text =
        retryIn ? tr("The status could not be checked: %1 Trying again in %2 s.")
                      .arg(error.userMessage())
                      .arg((retryIn->count() + 999) / 1000)
                : tr("The desk stopped following this session: %1 Use “Check now” to try again.")
                      .arg(error.userMessage());
    showFollowing(text);
    QLabel* shown =
        m_pages->currentWidget() == m_resultPage ? m_resultFollowStatus : m_followStatus;
    if (shown)
        announce(shown, QAccessible::Alert);
}

void SessionPanel::showPage(QWidget* page)
{
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
        showPage(expiredPage());
        break;
    case State::Failed: {
        clearCode();
        const auto& error = m_controller.lastError();
        showProblem(tr("The session could not be created"),
                    error ? error->userMessage() : QString());
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
