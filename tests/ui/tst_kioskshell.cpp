// The self-service kiosk against a sandbox on loopback: the whole path for every outcome ending in
// the same neutral words, the customer form in plain words, the code in the chosen language,
// expiry and failure, close attempts refused, the admin PIN with its lock-out, and the idle
// warning and reset that leave nothing of the customer behind.

#include "config/memorycredentialstore.h"
#include "config/profilestore.h"
#include "history/sessionlog.h"
#include "kiosk/pin.h"
#include "kioskshell.h"
#include "qrdecode.h"
#include "qrview.h"
#include "testsupport.h"
#include "widgetsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace std::chrono_literals;
using Page = Ui::KioskShell::Page;
using State = Desk::SessionController::State;

namespace {

const QString ThankYou = QStringLiteral("Thank you, you can continue with our staff");

// Every text a widget of the window carries, shown or not: labels, fields, buttons, accessible
// names and descriptions, tool tips.
QStringList allTexts(QWidget* root)
{
    QStringList texts{root->accessibleName(), root->windowTitle()};
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        texts << widget->accessibleName() << widget->accessibleDescription() << widget->toolTip()
              << widget->statusTip() << widget->whatsThis();
        if (auto* label = qobject_cast<QLabel*>(widget))
            texts << label->text();
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            texts << edit->text() << edit->placeholderText() << edit->displayText();
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            texts << button->text();
    }
    texts.removeAll(QString());
    return texts;
}

QStringList visibleLabelTexts(QWidget* root)
{
    QStringList texts;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (label->isVisible() && !label->text().isEmpty())
            texts << label->text();
    }
    return texts;
}

} // namespace

class TestKioskShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_pinHash = Kiosk::hashPin(QStringLiteral("2468"), Kiosk::MinPinIterations);
        // The kiosk closing after the right PIN must not end the test program.
        QApplication::setQuitOnLastWindowClosed(false);
    }
    void init()
    {
        m_folder = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_folder->filePath(QStringLiteral("desk.ini")),
                                                 QSettings::IniFormat);
        m_clock = TestSupport::TestClock();
        Sandbox::SandboxOptions options;
        options.clock = m_clock.function();
        m_sandbox = TestSupport::startSandbox(options);
        m_credentials = std::make_unique<Config::MemoryCredentialStore>();
        Config::Profile profile;
        profile.name = QStringLiteral("Sandbox");
        profile.baseUrl = m_sandbox->baseUrl();
        profile.username = QStringLiteral("demo");
        profile.returnUrl = QStringLiteral("https://bank.example/done");
        profile.timeoutSeconds = 30; // a busy machine may be slow; nothing here times out
        profile.pollIntervalSeconds = 1;
        Config::ProfileStore store(*m_settings);
        store.save(profile);
        store.setActiveProfileName(profile.name);
        m_credentials->setPassword(profile.name, QStringLiteral("demo"));
        QGuiApplication::clipboard()->clear();
    }
    void cleanup()
    {
        m_shell.reset();
        m_sandbox.reset();
        m_credentials.reset();
        m_settings.reset();
        m_folder.reset();
    }

    void startPageIsFramelessFullScreenAndCalm()
    {
        makeShell(config());
        QCOMPARE(m_shell->objectName(), QStringLiteral("kioskShell"));
        QVERIFY(m_shell->windowFlags().testFlag(Qt::FramelessWindowHint));
        QVERIFY(m_shell->isFullScreen());
        QCOMPARE(m_shell->screen(), QGuiApplication::primaryScreen());
        QCOMPARE(m_shell->page(), Page::Start);
        QCOMPARE(button(QStringLiteral("startButton"))->text(), QStringLiteral("Start"));
        QVERIFY(visibleLabelTexts(m_shell.get()).contains(QStringLiteral("Verify your identity")));
        QVERIFY(button(QStringLiteral("language-de-DE"))->isVisible());
        QVERIFY(button(QStringLiteral("language-en-US"))->isChecked());
        // Nothing to forget yet, so nothing is timed.
        QVERIFY(!m_shell->findChild<QWidget*>(QStringLiteral("kioskIdleWarning"))->isVisible());
        // Every button shown says what it is to a screen reader.
        for (QPushButton* each : m_shell->findChildren<QPushButton*>()) {
            if (each->isVisible())
                QVERIFY2(!each->accessibleName().isEmpty(), qPrintable(each->objectName()));
        }
    }

    void aKeyboardStartsAsATouchDoes()
    {
        makeShell(config());
        QVERIFY(QTest::qWaitForWindowActive(m_shell.get()));
        QTRY_COMPARE(QApplication::focusWidget(), button(QStringLiteral("startButton")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_shell->page(), Page::Code, TestSupport::EventTimeoutMs);
    }

    void wholePathEndsInTheSameWords_data()
    {
        QTest::addColumn<QString>("level");
        QTest::newRow("HIGH") << QStringLiteral("HIGH");
        QTest::newRow("MEDIUM") << QStringLiteral("MEDIUM");
        QTest::newRow("LOW") << QStringLiteral("LOW");
    }
    void wholePathEndsInTheSameWords()
    {
        QFETCH(QString, level);
        makeShell(config(), QStringLiteral("sandbox:complete=%1@0").arg(level));
        QList<State> states;
        connect(&m_shell->controller(), &Desk::SessionController::stateChanged, this,
                [&states](State state) { states << state; });
        QTest::mouseClick(button(QStringLiteral("startButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_shell->page(), Page::End, TestSupport::EventTimeoutMs);
        QVERIFY(states.contains(State::Showing));
        const QStringList shown = visibleLabelTexts(m_shell.get());
        QVERIFY2(shown.contains(ThankYou), qPrintable(shown.join(QLatin1Char('|'))));
        for (const QString& text : allTexts(m_shell.get())) {
            for (const char* word : {"HIGH", "MEDIUM", "LOW", "score", "approved", "rejected"})
                QVERIFY2(!text.contains(QLatin1String(word), Qt::CaseInsensitive),
                         qPrintable(text));
        }
        // Already forgotten while the thank-you is shown; then the start page comes back.
        QCOMPARE(m_shell->controller().state(), State::Idle);
        QTRY_COMPARE_WITH_TIMEOUT(m_shell->page(), Page::Start, TestSupport::EventTimeoutMs);

        // The outcome is for the staff, in the history.
        const History::SessionRecord record = onlyHistoryRecord();
        QCOMPARE(record.decisionLevel, level);
        QVERIFY2(record.externalId.startsWith(QLatin1String("KIOSK-2")),
                 qPrintable(record.externalId));
        // No applicant data was sent: the sandbox's document shows its own sample person.
        QCOMPARE(documentApplicant(record.sessionId).value(QStringLiteral("firstName")),
                 QStringLiteral("ERIKA"));
    }

    void codeIsScannableAndInTheChosenLanguage()
    {
        makeShell(config());
        QTest::mouseClick(button(QStringLiteral("language-de-DE")), Qt::LeftButton);
        QCOMPARE(m_shell->language(), QStringLiteral("de-DE"));
        QVERIFY(visibleLabelTexts(m_shell.get())
                    .contains(QStringLiteral("Bestätigen Sie Ihre Identität")));
        QTest::mouseClick(button(QStringLiteral("startButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_shell->page(), Page::Code, TestSupport::EventTimeoutMs);
        const QString link = m_shell->controller().link().toString(QUrl::FullyEncoded);
        QCOMPARE(QUrlQuery(QUrl(link)).queryItemValue(QStringLiteral("lang")),
                 QStringLiteral("de-DE"));
        auto* view = m_shell->findChild<Ui::QrView*>(QStringLiteral("kioskQrView"));
        QCOMPARE(TestSupport::decodeQr(view->grab().toImage()), link);
        const QStringList shown = visibleLabelTexts(m_shell.get());
        QVERIFY(shown.contains(QStringLiteral("Scannen Sie den Code mit Ihrer Handykamera")));
        // The kiosk and the sandbox share the test's clock, which stands still: a whole hour left.
        QVERIFY2(shown.join(QLatin1Char('|')).contains(QLatin1String("Verbleibende Zeit: 1:00:00")),
                 qPrintable(shown.join(QLatin1Char('|'))));
        // "I can't scan" sends the customer to the staff; the link is written nowhere.
        QTest::mouseClick(button(QStringLiteral("cantScanButton")), Qt::LeftButton);
        auto* help = m_shell->findChild<QLabel*>(QStringLiteral("cantScanHelp"));
        QVERIFY(help->isVisible());
        QVERIFY(help->text().contains(QLatin1String("Personal")));
        const QString token = QUrlQuery(QUrl(link)).queryItemValue(QStringLiteral("token"));
        for (const QString& text : allTexts(m_shell.get())) {
            QVERIFY2(!text.contains(QLatin1String("http")), qPrintable(text));
            QVERIFY(!text.contains(token));
        }
        // Scanned: the code leaves the public screen; it can come back.
        QTest::mouseClick(button(QStringLiteral("scannedButton")), Qt::LeftButton);
        QCOMPARE(m_shell->page(), Page::Waiting);
        QVERIFY(!view->isVisible());
        QTest::mouseClick(button(QStringLiteral("kioskWaitingPagePrimary")), Qt::LeftButton);
        QCOMPARE(m_shell->page(), Page::Code);
        QVERIFY(view->hasCode());
    }

    void formSpeaksPlainWordsAndSendsTheNames()
    {
        Kiosk::KioskConfig withForm = config();
        withForm.collectApplicantData = true;
        makeShell(withForm, QStringLiteral("sandbox:complete=HIGH@0"));
        QTest::mouseClick(button(QStringLiteral("startButton")), Qt::LeftButton);
        QCOMPARE(m_shell->page(), Page::Form);
        QVERIFY(field(QStringLiteral("kioskFirstName"))->hasFocus());
        QVERIFY(field(QStringLiteral("kioskFirstName"))
                    ->inputMethodHints()
                    .testFlag(Qt::ImhNoPredictiveText));

        QTest::mouseClick(button(QStringLiteral("formContinueButton")), Qt::LeftButton);
        QCOMPARE(m_shell->page(), Page::Form);
        QCOMPARE(problem(QStringLiteral("kioskFirstName")),
                 QStringLiteral("Please enter your first name."));
        QCOMPARE(problem(QStringLiteral("kioskLastName")),
                 QStringLiteral("Please enter your last name."));
        QCOMPARE(problem(QStringLiteral("kioskDate")),
                 QStringLiteral("Please enter your date of birth."));

        QTest::keyClicks(field(QStringLiteral("kioskFirstName")), QStringLiteral("J4ne"));
        QCOMPARE(problem(QStringLiteral("kioskFirstName")),
                 QStringLiteral("Please use only letters. Spaces, hyphens and apostrophes are "
                                "fine."));
        QTest::keyClicks(field(QStringLiteral("kioskDay")), QStringLiteral("31"));
        QCOMPARE(problem(QStringLiteral("kioskDate")),
                 QStringLiteral("Please enter the day, the month and the year with four digits."));
        QTest::keyClicks(field(QStringLiteral("kioskMonth")), QStringLiteral("02"));
        QTest::keyClicks(field(QStringLiteral("kioskYear")), QStringLiteral("1990"));
        QCOMPARE(problem(QStringLiteral("kioskDate")),
                 QStringLiteral("This date does not exist. Please check the day and the month."));
        retype(QStringLiteral("kioskDay"), QStringLiteral("23"));
        retype(QStringLiteral("kioskYear"), QStringLiteral("2990"));
        QCOMPARE(problem(QStringLiteral("kioskDate")),
                 QStringLiteral("Please check the year of your date of birth."));
        // The date fields take digits only.
        QTest::keyClicks(field(QStringLiteral("kioskMonth")), QStringLiteral("x"));
        QCOMPARE(field(QStringLiteral("kioskMonth"))->text(), QStringLiteral("02"));

        retype(QStringLiteral("kioskFirstName"), QStringLiteral("Jane"));
        retype(QStringLiteral("kioskYear"), QStringLiteral("1990"));
        retype(QStringLiteral("kioskMonth"), QStringLiteral("04"));
        QTest::keyClicks(field(QStringLiteral("kioskLastName")), QStringLiteral("Sample"));
        for (const QString& name : {QStringLiteral("kioskFirstName"),
                                    QStringLiteral("kioskLastName"), QStringLiteral("kioskDate")})
            QVERIFY(problem(name).isEmpty());
        QTest::keyClick(field(QStringLiteral("kioskYear")), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_shell->page(), Page::End, TestSupport::EventTimeoutMs);
        QVERIFY(visibleLabelTexts(m_shell.get()).contains(ThankYou));

        const QJsonObject applicant = documentApplicant(onlyHistoryRecord().sessionId);
        QCOMPARE(applicant.value(QStringLiteral("firstName")), QStringLiteral("JANE"));
        QCOMPARE(applicant.value(QStringLiteral("lastName")), QStringLiteral("SAMPLE"));
        QCOMPARE(applicant.value(QStringLiteral("dateOfBirth")), QStringLiteral("1990-04-23"));
        // Gone from the kiosk at once.
        QVERIFY(field(QStringLiteral("kioskFirstName"))->text().isEmpty());
    }

    void expiryAndFailureGoBackToTheStart_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<bool>("expire");
        QTest::addColumn<QString>("words");
        QTest::newRow("expired") << "sandbox:expires-in=60" << true << "This code has expired";
        QTest::newRow("failed") << "sandbox:http=500" << false
                                << "Sorry, this did not work. Please ask our staff.";
        QTest::newRow("refused") << "sandbox:http=401" << false
                                 << "Sorry, this did not work. Please ask our staff.";
    }
    void expiryAndFailureGoBackToTheStart()
    {
        QFETCH(QString, script);
        QFETCH(bool, expire);
        QFETCH(QString, words);
        makeShell(config(), script);
        QTest::mouseClick(button(QStringLiteral("startButton")), Qt::LeftButton);
        if (expire) {
            // The code is shown first, however slow the reply; then the link's minute passes.
            QTRY_COMPARE_WITH_TIMEOUT(m_shell->page(), Page::Code, TestSupport::EventTimeoutMs);
            m_clock.advance(std::chrono::seconds(60));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_shell->page(), Page::End, TestSupport::EventTimeoutMs);
        QVERIFY2(visibleLabelTexts(m_shell.get()).contains(words),
                 qPrintable(visibleLabelTexts(m_shell.get()).join(QLatin1Char('|'))));
        QCOMPARE(m_shell->controller().state(), State::Idle);
        QTRY_COMPARE_WITH_TIMEOUT(m_shell->page(), Page::Start, TestSupport::EventTimeoutMs);
    }

    void closingIsRefused()
    {
        makeShell(config());
        QVERIFY(!m_shell->close());
        QCloseEvent event;
        QApplication::sendEvent(m_shell.get(), &event);
        QVERIFY(!event.isAccepted());
        QTest::keyClick(m_shell.get(), Qt::Key_Escape);
        QTest::keyClick(m_shell.get(), Qt::Key_F4, Qt::AltModifier);
        QTest::keyClick(m_shell.get(), Qt::Key_Q, Qt::ControlModifier);
        QVERIFY(m_shell->isVisible());
        QCOMPARE(m_shell->page(), Page::Start);
        QVERIFY(!m_shell->isLeaving());
    }

    void theAdminPinLeaves()
    {
        makeShell(config());
        QTest::mouseClick(button(QStringLiteral("staffButton")), Qt::LeftButton);
        QWidget* pad = m_shell->findChild<QWidget*>(QStringLiteral("kioskPinPad"));
        QVERIFY(pad->isVisible());
        for (const char* digit : {"pinDigit2", "pinDigit4", "pinDigit6", "pinDigit8"})
            QTest::mouseClick(button(QLatin1String(digit)), Qt::LeftButton);
        QTest::mouseClick(button(QStringLiteral("pinOk")), Qt::LeftButton);
        QVERIFY(m_shell->isLeaving());
        QVERIFY(!m_shell->isVisible());
    }

    void wrongPinsAreRefusedThenLockedOut()
    {
        makeShell(config());
        QTest::keyClick(m_shell.get(), Qt::Key_L,
                        Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        QWidget* pad = m_shell->findChild<QWidget*>(QStringLiteral("kioskPinPad"));
        QVERIFY(pad->isVisible());
        auto* message = m_shell->findChild<QLabel*>(QStringLiteral("pinMessage"));
        QTest::keyClicks(pad, QStringLiteral("1111"));
        QTest::keyClick(pad, Qt::Key_Return);
        QVERIFY2(message->text().startsWith(QLatin1String("Wrong PIN.")),
                 qPrintable(message->text()));
        int attempts = 1;
        while (!message->text().startsWith(QLatin1String("Too many")) && attempts < 10) {
            QTest::keyClicks(pad, QStringLiteral("1357"));
            QTest::keyClick(pad, Qt::Key_Return);
            ++attempts;
        }
        QVERIFY2(attempts <= Kiosk::PinGate::FreeAttempts + 1, qPrintable(message->text()));
        QVERIFY2(message->text().startsWith(QLatin1String("Too many wrong PINs. Try again in ")),
                 qPrintable(message->text()));
        QVERIFY(message->text().endsWith(QLatin1String(" s.")));
        // While locked even the right PIN is not tried.
        QTest::keyClicks(pad, QStringLiteral("2468"));
        QTest::keyClick(pad, Qt::Key_Return);
        QVERIFY(!m_shell->isLeaving());
        QVERIFY(m_shell->isVisible());
        QVERIFY(message->text().startsWith(QLatin1String("Too many")));
        // Back to the kiosk; the pad forgets what was typed.
        QTest::keyClick(pad, Qt::Key_Escape);
        QVERIFY(!pad->isVisible());
        QVERIFY(m_shell->findChild<QLineEdit*>(QStringLiteral("pinDots"))->text().isEmpty());
    }

    void withoutAPinTheWayIsExplained()
    {
        Kiosk::KioskConfig noPin = config();
        noPin.pinHash.clear();
        makeShell(noPin);
        QTest::mouseClick(button(QStringLiteral("staffButton")), Qt::LeftButton);
        QWidget* pad = m_shell->findChild<QWidget*>(QStringLiteral("kioskPinPad"));
        QTest::keyClicks(pad, QStringLiteral("2468"));
        QTest::keyClick(pad, Qt::Key_Return);
        const QString message = m_shell->findChild<QLabel*>(QStringLiteral("pinMessage"))->text();
        QVERIFY2(message.contains(QLatin1String("enrolment-desk kiosk-pin --set")),
                 qPrintable(message));
        QVERIFY(m_shell->isVisible());
    }

    void idleWarningIsWithdrawnByAKey()
    {
        Kiosk::KioskConfig quick = config();
        quick.collectApplicantData = true;
        quick.idleOnForm = 1s;
        quick.warning = 60s; // far longer than a busy machine needs to press the key
        makeShell(quick);
        QTest::mouseClick(button(QStringLiteral("startButton")), Qt::LeftButton);
        QTest::keyClicks(field(QStringLiteral("kioskFirstName")), QStringLiteral("Jane"));
        QTRY_VERIFY_WITH_TIMEOUT(m_shell->isWarningShown(), TestSupport::EventTimeoutMs);
        const QString text = m_shell->findChild<QLabel*>(QStringLiteral("idleWarningText"))->text();
        QVERIFY2(text.startsWith(QLatin1String("Are you still there? This screen will reset in ")),
                 qPrintable(text));
        QVERIFY(text.endsWith(QLatin1String(" s. Touch the screen to continue.")));
        QVERIFY(button(QStringLiteral("idleContinueButton"))->isVisible());
        QTest::keyClick(field(QStringLiteral("kioskFirstName")), Qt::Key_Shift);
        QVERIFY(!m_shell->isWarningShown());
        QCOMPARE(m_shell->page(), Page::Form);
        QCOMPARE(field(QStringLiteral("kioskFirstName"))->text(), QStringLiteral("Jane"));
        // The Continue button does the same.
        QTRY_VERIFY_WITH_TIMEOUT(m_shell->isWarningShown(), TestSupport::EventTimeoutMs);
        QTest::mouseClick(button(QStringLiteral("idleContinueButton")), Qt::LeftButton);
        QVERIFY(!m_shell->isWarningShown());
        QCOMPARE(m_shell->page(), Page::Form);
    }

    void idleResetLeavesNothingOfTheCustomer()
    {
        Kiosk::KioskConfig quick = config();
        quick.collectApplicantData = true;
        // Real timers, as the kiosk's idle watch has them: long enough to read the code first.
        quick.idleWithCode = 4s;
        quick.warning = 2s;
        makeShell(quick);
        QTest::mouseClick(button(QStringLiteral("language-sk-SK")), Qt::LeftButton);
        QTest::mouseClick(button(QStringLiteral("startButton")), Qt::LeftButton);
        QTest::keyClicks(field(QStringLiteral("kioskFirstName")), QStringLiteral("Zuzana"));
        typeText(field(QStringLiteral("kioskLastName")), QStringLiteral("Nováková"));
        QTest::keyClicks(field(QStringLiteral("kioskDay")), QStringLiteral("07"));
        QTest::keyClicks(field(QStringLiteral("kioskMonth")), QStringLiteral("11"));
        QTest::keyClicks(field(QStringLiteral("kioskYear")), QStringLiteral("1985"));
        field(QStringLiteral("kioskLastName"))->selectAll();
        QTest::mouseClick(button(QStringLiteral("formContinueButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_shell->page(), Page::Code, TestSupport::EventTimeoutMs);
        const QString link = m_shell->controller().link().toString(QUrl::FullyEncoded);
        const QString token = QUrlQuery(QUrl(link)).queryItemValue(QStringLiteral("token"));
        QVERIFY(!token.isEmpty());
        QGuiApplication::clipboard()->setText(link); // as if someone had copied it

        QTRY_VERIFY_WITH_TIMEOUT(m_shell->isWarningShown(), TestSupport::EventTimeoutMs);
        QVERIFY(m_shell->findChild<QLabel*>(QStringLiteral("idleWarningText"))
                    ->text()
                    .startsWith(QStringLiteral("Ste tu ešte?")));
        QTRY_COMPARE_WITH_TIMEOUT(m_shell->page(), Page::Start, TestSupport::EventTimeoutMs);

        QVERIFY(!m_shell->isWarningShown());
        QCOMPARE(m_shell->controller().state(), State::Idle);
        QVERIFY(!m_shell->controller().session());
        QCOMPARE(m_shell->session().pendingReplies(), 0);
        QVERIFY(m_shell->session().caseNumber().isEmpty());
        QCOMPARE(m_shell->language(), QStringLiteral("en-US"));
        auto* view = m_shell->findChild<Ui::QrView*>(QStringLiteral("kioskQrView"));
        QVERIFY(!view->hasCode());
        QVERIFY(view->text().isEmpty());
        QVERIFY(QGuiApplication::clipboard()->text() != link);
        QVERIFY(!QGuiApplication::clipboard()->text().contains(token));
        QCOMPARE(TestSupport::decodeQr(m_shell->grab().toImage()), QString());
        const QStringList texts = allTexts(m_shell.get());
        for (const QString& text : texts) {
            for (const QString& trace :
                 {QStringLiteral("Zuzana"), QStringLiteral("Nováková"), QStringLiteral("1985"),
                  token, m_sandbox->baseUrl().toString(), QStringLiteral("token=")})
                QVERIFY2(!text.contains(trace), qPrintable(text));
        }
        for (QLineEdit* edit : m_shell->findChildren<QLineEdit*>()) {
            QVERIFY(edit->text().isEmpty());
            QVERIFY2(!edit->isUndoAvailable(), qPrintable(edit->objectName())); // no Ctrl+Z
        }
        QVERIFY(texts.contains(QStringLiteral("Verify your identity")));
    }

private:
    Kiosk::KioskConfig config() const
    {
        Kiosk::KioskConfig config;
        config.thankYou = 1s;
        config.pinHash = m_pinHash;
        return config;
    }
    void makeShell(const Kiosk::KioskConfig& config, const QString& externalIdSuffix = QString())
    {
        Ui::KioskEnvironment environment{*m_settings,
                                         *m_credentials,
                                         QProcessEnvironment(),
                                         false,
                                         config,
                                         externalIdSuffix,
                                         QStringLiteral("en-US"),
                                         historyPath(),
                                         [] { return QDate(2026, 11, 26); },
                                         m_clock.function()};
        m_shell = std::make_unique<Ui::KioskShell>(std::move(environment));
        m_shell->showOnConfiguredScreen();
        QVERIFY(QTest::qWaitForWindowExposed(m_shell.get()));
    }
    QString historyPath() const { return m_folder->filePath(QStringLiteral("history.sqlite")); }
    History::SessionRecord onlyHistoryRecord() const
    {
        QString problem;
        const auto log = History::SessionLog::open(historyPath(), &problem);
        if (!log) {
            QTest::qFail(qPrintable(QStringLiteral("no history: ") + problem), __FILE__, __LINE__);
            return {};
        }
        const QList<History::SessionRecord> records = log->search({}, &problem);
        if (records.size() != 1) {
            QTest::qFail(qPrintable(QStringLiteral("%1 history records").arg(records.size())),
                         __FILE__, __LINE__);
            return {};
        }
        return records.constFirst();
    }
    // The applicant of the sandbox's document result: what the platform was sent, if anything.
    QJsonObject documentApplicant(const QString& sessionId)
    {
        QNetworkAccessManager network;
        QUrl url = m_sandbox->baseUrl();
        url.setPath(QStringLiteral("/api/v1/data/%1/document/result").arg(sessionId));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Basic " + QByteArray("demo:demo").toBase64());
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, TestSupport::EventTimeoutMs))
            return {};
        return QJsonDocument::fromJson(reply->readAll())
            .object()
            .value(QStringLiteral("applicant"))
            .toObject();
    }
    QPushButton* button(const QString& name) const
    {
        return TEST_CHILD(QPushButton, m_shell.get(), name);
    }
    QLineEdit* field(const QString& name) const
    {
        return TEST_CHILD(QLineEdit, m_shell.get(), name);
    }
    // Like QTest::keyClicks, also for letters beyond ASCII.
    static void typeText(QWidget* widget, const QString& text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    void retype(const QString& name, const QString& text)
    {
        QLineEdit* edit = field(name);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    QString problem(const QString& name) const
    {
        auto* label = m_shell->findChild<QLabel*>(name + QStringLiteral("Problem"));
        return label && label->isVisible() ? label->text() : QString();
    }

    QString m_pinHash;
    TestSupport::TestClock m_clock; // shared by the kiosk and the sandbox
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Config::MemoryCredentialStore> m_credentials;
    std::unique_ptr<Ui::KioskShell> m_shell;
};

QTEST_MAIN(TestKioskShell)
#include "tst_kioskshell.moc"
