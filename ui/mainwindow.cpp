#include "mainwindow.h"

#include "api/enrolmentclient.h"
#include "api/exchangelog.h"
#include "applicantform.h"
#include "customerdisplay.h"
#include "desk/profileconnection.h"
#include "desk/sessionlookup.h"
#include "history/sessionlog.h"
#include "historyview.h"
#include "inspectordock.h"
#include "languagemenu.h"
#include "screenchooser.h"
#include "sessionpanel.h"
#include "settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <utility>

namespace Ui {
namespace {

QAction* makeAction(const QString& text, const QString& objectName, QObject* parent,
                    const QKeySequence& shortcut = {})
{
    auto* action = new QAction(text, parent);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

// Whether asking again can change the answer: a passing network or server problem can, a refusal
// of the request, the credentials or the reply cannot (staff change something, then press Enter).
bool worthRetrying(const Api::ApiError& error)
{
    return error.isTransient() ||
           (error.kind() == Api::ApiError::Kind::Http && error.httpStatus() >= 500);
}

// A session whose form may not be edited or sent again: from its creation until Next applicant.
bool holdsSession(Desk::SessionController::State state)
{
    using State = Desk::SessionController::State;
    return state == State::Creating || state == State::Showing || state == State::Expired ||
           state == State::Reviewing || state == State::Finished;
}

} // namespace

MainWindow::MainWindow(DeskEnvironment environment, QWidget* parent)
    : QMainWindow(parent)
    , m_environment(std::move(environment))
    , m_credentials(m_environment.credentials)
    , m_appSettings(m_environment.settings)
    , m_profiles(m_environment.settings)
    , m_history(m_controller, m_environment.historyPath.isEmpty()
                                  ? History::SessionLog::defaultPath()
                                  : m_environment.historyPath)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_controller.setClock(m_environment.now);
    m_history.setClock(m_environment.now);
    setWindowTitle(m_environment.demo ? tr("Enrolment Desk (demo)") : tr("Enrolment Desk"));
    createActions();
    createMenus();

    m_panel = new SessionPanel(m_controller,
                               {m_cancelAction, m_recreateAction, m_openAction, m_copyAction,
                                m_nextAction, m_retryAction, m_checkNowAction},
                               this);
    m_panel->setObjectName(QStringLiteral("sessionPanel"));

    auto* splitter = new QSplitter(this);
    splitter->addWidget(createFormColumn());
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    if (m_environment.demo) {
        auto* banner = new QLabel(tr("DEMO - no real verification. Sessions go to a sandbox on "
                                     "this computer; nothing is checked."),
                                  central);
        banner->setObjectName(QStringLiteral("demoBanner"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setWordWrap(true);
        // A palette rather than a style sheet: the first style sheet in the window costs its start
        // about 5 ms (bench/cold-start).
        QPalette colours = banner->palette();
        colours.setColor(QPalette::Window, QColor(0xff, 0xd4, 0x00));
        colours.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
        banner->setPalette(colours);
        banner->setAutoFillBackground(true);
        QFont bold = banner->font();
        bold.setBold(true);
        banner->setFont(bold);
        banner->setMargin(6);
        layout->addWidget(banner);
    }
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        m_waitUntil.reset();
        updateActions();
    });
    connect(&m_controller, &Desk::SessionController::stateChanged, this,
            [this](Desk::SessionController::State state) {
                if (state == Desk::SessionController::State::Failed)
                    honourRetryAfter();
            });
    connect(&m_controller, &Desk::SessionController::stateChanged, this,
            &MainWindow::updateActions);
    connect(&m_history, &Desk::HistoryRecorder::unavailable, this,
            &MainWindow::explainHistoryProblem);
    connect(m_form, &ApplicantForm::edited, this, [this] { validate(); });
    connect(m_form, &ApplicantForm::submitted, m_createAction, &QAction::trigger);

    reloadProfiles();
    validate();
    updateActions();
    if (!restoreGeometry(m_appSettings.mainWindowGeometry()))
        resize(1100, 720);
    m_form->setFocus();
}

MainWindow::~MainWindow()
{
    // The dock says it was hidden while the window's bases tear it down; by then nothing of this
    // class may react, so it goes first, silenced.
    if (QDockWidget* dock = std::exchange(m_inspector, nullptr)) {
        dock->disconnect();
        delete dock;
    }
}

void MainWindow::createActions()
{
    m_createAction = makeAction(tr("&Create session"), QStringLiteral("createSession"), this,
                                QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_cancelAction = makeAction(tr("C&ancel"), QStringLiteral("cancelSession"), this,
                                QKeySequence(Qt::Key_Escape));
    m_recreateAction =
        makeAction(tr("Create a new link with the sa&me details"),
                   QStringLiteral("recreateSession"), this, QKeySequence(Qt::CTRL | Qt::Key_R));
    // A new attempt is a new session: the failed one may exist on the platform and stays in the
    // history under its own id.
    m_retryAction =
        makeAction(tr("T&ry again with a new session"), QStringLiteral("retrySession"), this);
    m_retryAction->setToolTip(tr("Creates a new session with a new session ID; the failed one "
                                 "stays in the history."));
    m_openAction = makeAction(tr("&Open in browser"), QStringLiteral("openInBrowser"), this,
                              QKeySequence(Qt::CTRL | Qt::Key_O));
    m_copyAction = makeAction(tr("Cop&y link"), QStringLiteral("copyLink"), this,
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_nextAction =
        makeAction(tr("&Next applicant"), QStringLiteral("nextApplicant"), this, QKeySequence::New);
    m_copySessionIdAction =
        makeAction(tr("Copy session &ID"), QStringLiteral("copySessionId"), this);
    m_copySessionIdAction->setToolTip(
        tr("Copy the session's ID, to find it in the history or tell support about it"));
    m_checkNowAction =
        makeAction(tr("Check no&w"), QStringLiteral("checkNow"), this, QKeySequence::Refresh);
    m_checkNowAction->setToolTip(
        tr("Ask the platform for the session's status now (%1)")
            .arg(m_checkNowAction->shortcut().toString(QKeySequence::NativeText)));
    m_settingsAction = makeAction(tr("&Profiles…"), QStringLiteral("editProfiles"), this);
    // QKeySequence::Preferences is empty on some platforms (plain X11, offscreen); the README
    // promises Ctrl+, everywhere.
    QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferences.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferences.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setShortcuts(preferences);
    m_cancelAction->setShortcutContext(Qt::WindowShortcut);

    connect(m_createAction, &QAction::triggered, this, &MainWindow::createSession);
    connect(m_retryAction, &QAction::triggered, this, &MainWindow::createSession);
    connect(m_cancelAction, &QAction::triggered, &m_controller, &Desk::SessionController::cancel);
    connect(m_recreateAction, &QAction::triggered, &m_controller,
            &Desk::SessionController::recreate);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openInBrowser);
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copyLink);
    connect(m_nextAction, &QAction::triggered, this, &MainWindow::nextApplicant);
    connect(m_copySessionIdAction, &QAction::triggered, this, [this] {
        if (const auto& session = m_controller.session()) {
            QGuiApplication::clipboard()->setText(session->sessionId);
            statusBar()->showMessage(tr("Session ID %1 copied.").arg(session->sessionId), 5000);
        }
    });
    connect(m_checkNowAction, &QAction::triggered, &m_controller,
            &Desk::SessionController::checkNow);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quit"));

    QMenu* session = menuBar()->addMenu(tr("&Session"));
    session->addAction(m_createAction);
    session->addAction(m_cancelAction);
    session->addAction(m_recreateAction);
    session->addSeparator();
    session->addAction(m_openAction);
    session->addAction(m_copyAction);
    session->addAction(m_checkNowAction);
    session->addAction(m_copySessionIdAction);
    session->addSeparator();
    session->addAction(m_nextAction);

    QMenu* settings = menuBar()->addMenu(tr("Se&ttings"));
    settings->addAction(m_settingsAction);
    auto* language = new LanguageMenu(
        m_environment.preferences ? *m_environment.preferences : m_environment.settings, this);
    settings->addMenu(language);
    connect(language, &LanguageMenu::chosen, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_customerDisplayAction =
        view->addAction(tr("C&ustomer display…"), this, &MainWindow::chooseCustomerDisplay);
    m_customerDisplayAction->setObjectName(QStringLiteral("customerDisplayAction"));
    m_hideCustomerDisplayAction = view->addAction(tr("&Hide customer display"), this, [this] {
        if (m_customerDisplay)
            m_customerDisplay->hide();
    });
    m_hideCustomerDisplayAction->setObjectName(QStringLiteral("hideCustomerDisplay"));
    m_hideCustomerDisplayAction->setEnabled(false);
    connect(qApp, &QGuiApplication::screenAdded, this, &MainWindow::explainCustomerDisplay);
    connect(qApp, &QGuiApplication::screenRemoved, this, &MainWindow::explainCustomerDisplay);
    explainCustomerDisplay();
    view->addSeparator();
    m_historyAction = view->addAction(tr("Session &history…"), this, &MainWindow::showHistory);
    m_historyAction->setObjectName(QStringLiteral("showHistory"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAction->setToolTip(tr("The sessions created here: check them again or delete their "
                                   "data on the platform (Ctrl+H)"));
    view->addSeparator();
    m_exchangeLog = new Api::ExchangeLog(this);
    m_inspectorAction = view->addAction(tr("API &inspector"));
    m_inspectorAction->setObjectName(QStringLiteral("showInspector"));
    m_inspectorAction->setCheckable(true);
    m_inspectorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_inspectorAction->setToolTip(
        tr("Every request to the platform in this run, with secrets redacted (for QA)"));
    connect(m_inspectorAction, &QAction::toggled, this, &MainWindow::toggleInspector);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Enrolment Desk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("about"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar* bar = addToolBar(tr("Profile"));
    bar->setObjectName(QStringLiteral("profileToolBar"));
    bar->setMovable(false);
    auto* label = new QLabel(tr("&Profile:"), bar);
    label->setContentsMargins(6, 0, 6, 0);
    m_profileSelector = new QComboBox(bar);
    m_profileSelector->setObjectName(QStringLiteral("profileSelector"));
    m_profileSelector->setAccessibleName(tr("Active profile"));
    m_profileSelector->setMinimumContentsLength(18);
    m_profileSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    label->setBuddy(m_profileSelector);
    bar->addWidget(label);
    bar->addWidget(m_profileSelector);
    bar->addAction(m_settingsAction);
    connect(m_profileSelector, &QComboBox::activated, this, &MainWindow::onProfileSelected);
}

QWidget* MainWindow::createFormColumn()
{
    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    auto* title = new QLabel(tr("Applicant"), column);
    // Larger rather than bold: a bold face is one more font file to load before the first frame
    // (about 1.5 ms, bench/cold-start).
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    title->setFont(font);
    layout->addWidget(title);

    m_form = new ApplicantForm(column);
    m_form->setObjectName(QStringLiteral("applicantForm"));
    layout->addWidget(m_form);

    m_createButton = new QPushButton(m_createAction->text(), column);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    m_createButton->setToolTip(tr("Create the session (Enter)"));
    connect(m_createButton, &QPushButton::clicked, m_createAction, &QAction::trigger);
    connect(m_createAction, &QAction::changed, m_createButton,
            [this] { m_createButton->setEnabled(m_createAction->isEnabled()); });
    m_createReason = new QLabel(column);
    m_createReason->setObjectName(QStringLiteral("createReason"));
    m_createReason->setWordWrap(true);
    m_createReason->setTextFormat(Qt::PlainText);
    auto* row = new QHBoxLayout;
    row->addWidget(m_createButton);
    row->addWidget(m_createReason, 1);
    layout->addLayout(row);
    layout->addStretch();
    return column;
}

std::optional<Config::Profile> MainWindow::activeProfile() const
{
    return m_profiles.load(m_profileSelector->currentText());
}

void MainWindow::reloadProfiles()
{
    const QStringList names = m_profiles.names();
    QString active = m_profiles.activeProfileName();
    if (!names.contains(active))
        active = names.isEmpty() ? QString() : names.constFirst();
    const QSignalBlocker blocker(m_profileSelector);
    m_profileSelector->clear();
    m_profileSelector->addItems(names);
    m_profileSelector->setCurrentText(active);
    m_profileSelector->setPlaceholderText(tr("No profile yet"));
    onProfileSelected(m_profileSelector->currentIndex());
}

void MainWindow::onProfileSelected(int index)
{
    const QString name = index >= 0 ? m_profileSelector->itemText(index) : QString();
    if (!name.isEmpty() && name != m_profiles.activeProfileName())
        m_profiles.setActiveProfileName(name);
    const auto profile = activeProfile();
    m_form->setThemes(profile ? profile->themes : QStringList());
    m_profileSelector->setToolTip(profile ? profile->baseUrl.toDisplayString() : QString());
    validate();
}

std::optional<Domain::EnrolmentRequest> MainWindow::validate()
{
    Domain::EnrolmentRequestInput input = m_form->input();
    const auto profile = activeProfile();
    input.returnUrl = profile ? profile->returnUrl : QString();
    const auto validated = Domain::EnrolmentRequest::create(input, m_environment.today());
    m_form->showProblems(validated.errors);

    QString reason;
    if (!profile) {
        reason = tr("Choose or create a profile first (Settings > Profiles).");
    } else if (!validated.errors.isEmpty()) {
        const Domain::ValidationError& first = validated.errors.constFirst();
        reason = first.field == Domain::Field::ReturnUrl
                     ? tr("The profile “%1” needs a return URL (Settings > Profiles).")
                           .arg(profile->name)
                     : first.message;
    }
    // The form belongs to the session on screen until Next applicant, decided ones included: an
    // Enter after a decision must not create a second session for the same applicant.
    const bool idle = !holdsSession(m_controller.state());
    m_createAction->setEnabled(idle && !m_findingPassword && reason.isEmpty());
    m_createReason->setText(idle && !reason.isEmpty() ? tr("Can't create yet: %1").arg(reason)
                                                      : QString());
    m_createButton->setAccessibleDescription(m_createReason->text());
    if (!profile || !validated.request)
        return std::nullopt;
    return validated.request;
}

void MainWindow::createSession()
{
    m_form->markAllVisited();
    const auto request = validate();
    if (!request || !m_createAction->isEnabled()) {
        m_form->focusFirstProblem();
        return;
    }
    const auto profile = activeProfile();
    m_findingPassword = true;
    m_form->setReadOnly(true);
    updateActions();
    Desk::resolveConnection(*profile, m_credentials, m_environment.variables, this,
                            [this, request = *request](const Desk::ResolvedConnection& resolved) {
                                m_findingPassword = false;
                                if (!resolved.connection) {
                                    m_form->setReadOnly(false);
                                    m_panel->showProblem(tr("The password could not be found"),
                                                         resolved.problem);
                                    updateActions();
                                    return;
                                }
                                startWithConnection(request, *resolved.connection);
                            });
}

void MainWindow::startWithConnection(const Domain::EnrolmentRequest& request,
                                     const Api::ApiConnection& connection)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    if (!m_client) {
        m_client = std::make_unique<Api::EnrolmentClient>(m_network.get(), connection);
        connect(m_client.get(), &Api::EnrolmentClient::exchangeFinished, m_exchangeLog,
                &Api::ExchangeLog::append);
        m_controller.setClient(m_client.get());
    } else {
        m_client->setConnection(connection);
    }
    if (const auto profile = activeProfile()) {
        m_controller.setPollSchedule(
            {std::chrono::seconds(profile->pollIntervalSeconds), std::chrono::seconds(600)});
        m_history.setSessionDetails(profile->name, request.externalId());
    }
    m_controller.create(request, m_form->linkOptions());
}

void MainWindow::nextApplicant()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!m_copiedLink.isEmpty() && clipboard->text() == m_copiedLink)
        clipboard->clear();
    m_copiedLink.clear();
    m_controller.reset();
    m_form->clear();
    validate();
    m_form->setFocus(); // the next applicant's first name
}

void MainWindow::copyLink()
{
    m_copiedLink = m_controller.link().toString(QUrl::FullyEncoded);
    QGuiApplication::clipboard()->setText(m_copiedLink);
    statusBar()->showMessage(tr("Link copied. It is cleared from the clipboard with “Next "
                                "applicant”."),
                             5000);
}

void MainWindow::openInBrowser()
{
    // A notice above the code: the session is live, its code and actions stay as they were.
    if (!m_environment.openUrl(m_controller.link()))
        m_panel->showNotice(tr("No browser could be opened. Use “Copy link” (%1) and open the "
                               "link by hand, or let the applicant scan the code.")
                                .arg(m_copyAction->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_profiles, m_credentials, this);
    dialog.setPasswordFromEnvironment(
        !m_environment.variables.value(QLatin1String(Desk::PasswordVariable)).isEmpty());
    connect(&dialog, &SettingsDialog::profilesChanged, this, &MainWindow::reloadProfiles);
    dialog.exec();
    reloadProfiles();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Enrolment Desk"),
        tr("<h3>Enrolment Desk %1</h3><p>Staff-assisted identity onboarding: create an enrolment "
           "session, show its link as a QR code, and follow it to the platform's decision.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QStringLiteral(ENROLMENT_DESK_VERSION), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::explainCustomerDisplay()
{
    // The action stays enabled with one screen: the dialog then says why it cannot help.
    const QString reason = ScreenChooser::unavailableReason(this);
    m_customerDisplayAction->setStatusTip(
        reason.isEmpty() ? tr("Show the QR code on a screen facing the customer") : reason);
    m_customerDisplayAction->setToolTip(m_customerDisplayAction->statusTip());
}

void MainWindow::chooseCustomerDisplay()
{
    ScreenChooser chooser(this, this);
    if (m_customerDisplay && m_customerDisplay->isVisible())
        chooser.setSelectedScreen(m_customerDisplay->screen());
    if (chooser.exec() != QDialog::Accepted || !chooser.selectedScreen())
        return;
    if (!m_customerDisplay) {
        m_customerDisplay = std::make_unique<CustomerDisplay>();
        //: The web language (a code of the platform's list, e.g. de-DE) in which the customer
        //: display greets customers while no code is shown: the branch's language.
        m_customerDisplay->setRestingLanguage(tr("en-US"));
        followSession(*m_customerDisplay, m_controller);
    }
    m_customerDisplay->showFullScreenOn(chooser.selectedScreen());
    m_hideCustomerDisplayAction->setEnabled(true);
}

void MainWindow::toggleInspector(bool visible)
{
    if (!m_inspector) {
        if (!visible)
            return;
        auto* dock = new InspectorDock(m_exchangeLog, this);
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        connect(dock, &QDockWidget::visibilityChanged, m_inspectorAction, [this](bool shown) {
            if (!isMinimized())
                m_inspectorAction->setChecked(shown);
        });
        m_inspector = dock;
    }
    m_inspector->setVisible(visible);
}

void MainWindow::showHistory()
{
    if (!m_lookup) {
        m_lookup = std::make_unique<Desk::SessionLookup>(m_environment.settings, m_credentials,
                                                         m_environment.variables);
        connect(m_lookup.get(), &Desk::SessionLookup::exchangeFinished, m_exchangeLog,
                &Api::ExchangeLog::append);
    }
    // Kept when closed, so its filter and sort order are still there the next time.
    if (!m_historyView)
        m_historyView = new HistoryView(m_history, *m_lookup, this);
    else
        m_historyView->refresh();
    m_historyView->show();
    m_historyView->raise();
    m_historyView->activateWindow();
}

void MainWindow::explainHistoryProblem(const QString& problem)
{
    // Unobtrusive: the session on screen matters more; the history view explains it again.
    statusBar()->showMessage(tr("Session history is off: %1").arg(problem), 20000);
}

void MainWindow::updateActions()
{
    using State = Desk::SessionController::State;
    const State state = m_controller.state();
    const bool showing = state == State::Showing;
    m_cancelAction->setEnabled(state == State::Creating);
    // Ctrl+R is the explicit "new session for the same applicant", after expiry or a decision.
    m_recreateAction->setEnabled(state == State::Expired || state == State::Reviewing ||
                                 state == State::Finished);
    m_checkNowAction->setEnabled(state == State::Showing || state == State::Reviewing);
    const auto& error = m_controller.lastError();
    const bool retryable = state == State::Failed && error && worthRetrying(*error);
    m_retryAction->setVisible(retryable);
    m_retryAction->setEnabled(retryable && !m_waitUntil);
    m_retryAction->setToolTip(m_waitUntil
                                  ? tr("The platform asked to wait until %1.")
                                        .arg(QLocale().toString(m_waitUntil->toLocalTime().time(),
                                                                QStringLiteral("HH:mm:ss")))
                                  : QString());
    m_copySessionIdAction->setEnabled(m_controller.session().has_value());
    m_openAction->setEnabled(showing);
    m_copyAction->setEnabled(showing);
    m_nextAction->setEnabled(state != State::Creating && !m_findingPassword);
    m_profileSelector->setEnabled(state == State::Idle || state == State::Failed);
    m_form->setReadOnly(m_findingPassword || holdsSession(state));
    validate();
    if (state == State::Failed)
        m_form->setFocus();
}

void MainWindow::honourRetryAfter()
{
    const auto& error = m_controller.lastError();
    if (!error || !error->retryAfterSeconds() || *error->retryAfterSeconds() <= 0)
        return;
    const int seconds = *error->retryAfterSeconds();
    m_waitUntil = m_controller.now().addSecs(seconds);
    m_retryTimer.start(std::chrono::seconds(seconds));
}

bool MainWindow::confirmClose()
{
    using State = Desk::SessionController::State;
    const State state = m_controller.state();
    if (state != State::Creating && state != State::Showing && state != State::Reviewing)
        return true;
    QMessageBox question(QMessageBox::Question, tr("Quit Enrolment Desk?"),
                         tr("A session is still open: the applicant may be using the link, and "
                            "the desk is waiting for the platform's decision. If you quit, the "
                            "desk stops following it; you can check it later in the session "
                            "history."),
                         QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("confirmQuit"));
    QPushButton* quit = question.addButton(tr("&Quit"), QMessageBox::DestructiveRole);
    QPushButton* stay = question.addButton(tr("&Stay"), QMessageBox::RejectRole);
    question.setDefaultButton(stay);
    question.setEscapeButton(stay);
    question.exec();
    return question.clickedButton() == quit;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmClose()) {
        event->ignore();
        return;
    }
    m_appSettings.setMainWindowGeometry(saveGeometry());
    m_customerDisplay.reset();
    event->accept();
}

} // namespace Ui
