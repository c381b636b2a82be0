// Ui::CustomerDisplay and Ui::ScreenChooser, as the customer and the staff see them.
//
// The display must show the applicant's words and the QR code and nothing else: every label text
// and accessible text in it is collected and compared with exactly what is expected, the grab is
// decoded back to the link, and a real session (names, date of birth, case number) is followed
// against the sandbox without any of them reaching the display.
//
// Screens: main() starts the offscreen platform with two screens (a JSON configuration file, the
// offscreen plugin's "configfile" option, as tst_qrview does), "desk-staff" and "desk-customer".
// The one-screen case runs this executable again with ENROLMENT_CUSTOMER_TEST_SCREENS=1 in a probe
// mode that prints what ScreenChooser says.

#include "customerdisplay.h"
#include "desk/sessioncontroller.h"
#include "domain/applicantphrases.h"
#include "qrdecode.h"
#include "qrview.h"
#include "screenchooser.h"
#include "sessionpanel.h"
#include "testsupport.h"

#include <QAccessible>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QWindow>

#include <cstdio>
#include <memory>

using Domain::Phrase;
using Ui::CustomerDisplay;
using Ui::ScreenChooser;

Q_DECLARE_METATYPE(Domain::Phrase)
Q_DECLARE_METATYPE(Sandbox::Outcome)

namespace {

const QString StaffScreen = QStringLiteral("desk-staff");
const QString CustomerScreen = QStringLiteral("desk-customer");
const QRect CustomerGeometry(1920, 0, 1600, 900);

// A link as the platform returns it; its token carries a case number, which must only ever be
// inside the QR code.
QString enrolmentLink(const QString& language = QStringLiteral("de-DE"))
{
    const auto b64 = [](const QByteArray& data) {
        return QString::fromLatin1(
            data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    const QString token = b64(R"({"alg":"HS256","typ":"JWT"})") + QLatin1Char('.') +
                          b64(R"({"sessionId":"6f1c2a9e-8d3b-4c57-a1e0-93b7d2f4c805",)"
                              R"("externalId":"CASE-2024-000417","exp":1717403600})") +
                          QLatin1Char('.') + b64(QByteArray(32, '\x5a'));
    return QStringLiteral("https://platform.example/web-enrolment/?token=") + token +
           QStringLiteral("&lang=") + language;
}

QScreen* screenNamed(const QString& name)
{
    for (QScreen* screen : QGuiApplication::screens()) {
        if (screen->name() == name)
            return screen;
    }
    return nullptr;
}

QString phrase(Phrase which, const QString& language)
{
    return Domain::applicantPhrase(which, language);
}

// Texts every display has whatever it shows: its own name and the QR view's (staff language,
// fixed strings, no data).
const QStringList FixedNames{QStringLiteral("Customer display"),
                             QStringLiteral("QR code of the enrolment link")};

// Every text a person or a screen reader can get from the display, hidden widgets included,
// without the fixed names.
QStringList displayTexts(const QWidget& display)
{
    QStringList texts;
    const auto add = [&texts](const QString& text) {
        if (!text.isEmpty() && !FixedNames.contains(text) && !texts.contains(text))
            texts << text;
    };
    QList<QWidget*> widgets = display.findChildren<QWidget*>();
    widgets.prepend(const_cast<QWidget*>(&display));
    for (QWidget* widget : widgets) {
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            add(label->text());
        add(widget->accessibleName());
        add(widget->toolTip());
        add(widget->statusTip());
        add(widget->whatsThis());
        add(widget->windowTitle());
        if (QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget)) {
            add(accessible->text(QAccessible::Name));
            add(accessible->text(QAccessible::Value));
        }
    }
    texts.sort();
    return texts;
}

QStringList sorted(QStringList texts)
{
    texts.removeAll(QString());
    texts.sort();
    return texts;
}

// Descriptions are fixed staff-language strings; none may carry a digit or data.
void checkDescriptions(const QWidget& display)
{
    QList<QWidget*> widgets = display.findChildren<QWidget*>();
    widgets.prepend(const_cast<QWidget*>(&display));
    for (QWidget* widget : widgets) {
        const QString description = widget->accessibleDescription();
        for (const QChar c : description)
            QVERIFY2(!c.isDigit(), qPrintable(description));
        QVERIFY(!description.contains(QLatin1String("CASE")));
    }
}

QImage grabImage(QWidget& widget)
{
    return widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// A display on the customer screen in a normal window (the full-screen test is separate).
std::unique_ptr<CustomerDisplay> shownDisplay()
{
    auto display = std::make_unique<CustomerDisplay>();
    QScreen* screen = screenNamed(CustomerScreen);
    display->setScreen(screen);
    display->setGeometry(QRect(CustomerGeometry.topLeft() + QPoint(20, 20), QSize(1024, 768)));
    display->show();
    const bool exposed = QTest::qWaitForWindowExposed(display.get());
    [&] { QVERIFY(exposed); }();
    return exposed ? std::move(display) : nullptr;
}

// Where a run saves full-screen grabs to look at (ENROLMENT_CUSTOMER_SCREENSHOTS=<dir>).
void saveScreenshot(const QImage& image, const QString& name)
{
    const QString dir = qEnvironmentVariable("ENROLMENT_CUSTOMER_SCREENSHOTS");
    if (!dir.isEmpty())
        image.save(dir + QStringLiteral("/customer-display-") + name + QStringLiteral(".png"));
}

} // namespace

class TstCustomerDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsOnlyTheApplicantsWords_data();
    void showsOnlyTheApplicantsWords();
    void thankYouRemovesTheCode();
    void expiredRemovesTheCode();
    void clearAllLeavesACalmGreeting();
    void testPage();
    void languageSwitchChangesThePhrases();
    void fallsBackWithoutAFont();
    void arabicReadsRightToLeft();
    void fullScreenOnTheChosenScreen();
    void fullScreenInEveryState_data();
    void fullScreenInEveryState();
    void ignoresKeysAndTheWindowManager();
    void followsASessionWithoutItsData();
    void sameWordsWhateverTheDecision_data();
    void sameWordsWhateverTheDecision();
    void chooserListsOnlyTheOtherScreen();
    void chooserTestsTheDisplay();
    void oneScreenExplainsWhy();
};

void TstCustomerDisplay::showsOnlyTheApplicantsWords_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& code : Domain::applicantPhraseLanguages())
        QTest::newRow(qPrintable(code)) << code;
    QTest::newRow("no language") << QString();
    QTest::newRow("untranslated lv-LV") << QStringLiteral("lv-LV");
}

void TstCustomerDisplay::showsOnlyTheApplicantsWords()
{
    QFETCH(QString, language);
    const auto display = shownDisplay();
    if (!display)
        return;
    QCOMPARE(display->objectName(), QStringLiteral("customerDisplay"));
    QVERIFY(display->isWindow());
    QVERIFY(!display->parentWidget());

    const QString link = enrolmentLink(language.isEmpty() ? QStringLiteral("en-US") : language);
    display->setLanguage(language);
    QCOMPARE(display->language(), language);
    // The applicant's language where the fonts can draw it (see fallsBackWithoutAFont()).
    const QString shown = display->shownLanguage();
    QVERIFY(shown == language || shown == QLatin1String("en-US"));
    if (!QStringList{QStringLiteral("jp-JP"), QStringLiteral("ar-SA"), QStringLiteral("uk-UA")}
             .contains(language))
        QCOMPARE(shown, language);
    language = shown;
    display->showCode(link);
    QVERIFY(display->hasCode());
    // Only the instruction until there is more to say.
    QCOMPARE(displayTexts(*display), QStringList{phrase(Phrase::ScanInstruction, language)});

    display->setSecondsLeft(3547);
    display->setWaiting();
    const QString countdown = phrase(Phrase::LinkExpiresIn, language).arg(QStringLiteral("59:07"));
    const QStringList expected = sorted(
        {phrase(Phrase::ScanInstruction, language), countdown, phrase(Phrase::Waiting, language)});
    const QStringList texts = displayTexts(*display);
    QCOMPARE(texts, expected);
    checkDescriptions(*display);

    // No digit but the countdown's, nothing of the link as text.
    for (QString text : texts) {
        text.remove(QStringLiteral("59:07"));
        for (const QChar c : text)
            QVERIFY2(!c.isDigit(), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("token")));
        QVERIFY(!text.contains(QLatin1String("CASE-2024")));
        QVERIFY(!text.contains(QLatin1String("http")));
    }

    // The label objects carry what is shown, by name.
    const auto* instruction = display->findChild<QLabel*>(QStringLiteral("instruction"));
    QVERIFY(instruction && instruction->isVisible());
    QCOMPARE(instruction->text(), phrase(Phrase::ScanInstruction, language));
    QCOMPARE(display->findChild<QLabel*>(QStringLiteral("countdown"))->text(), countdown);
    QCOMPARE(display->findChild<QLabel*>(QStringLiteral("progressWord"))->text(),
             phrase(Phrase::Waiting, language));

    // What the phone reads.
    const QImage image = grabImage(*display);
    QCOMPARE(TestSupport::decodeQr(image), link);
    const auto* view = display->findChild<Ui::QrView*>();
    QVERIFY(view && view->isVisible());
    QVERIFY(view->moduleDevicePixels() >= 3);
}

void TstCustomerDisplay::thankYouRemovesTheCode()
{
    const auto display = shownDisplay();
    if (!display)
        return;
    const QString de = QStringLiteral("de-DE");
    display->setLanguage(de);
    display->showCode(enrolmentLink());
    display->setSecondsLeft(125);
    display->setWaiting();
    display->setThankYou();
    QVERIFY(!display->hasCode());
    QCOMPARE(displayTexts(*display), QStringList{QStringLiteral("Vielen Dank")});
    QCOMPARE(TestSupport::decodeQr(grabImage(*display)), QString());
    // A late tick changes nothing.
    display->setSecondsLeft(124);
    display->setWaiting();
    QCOMPARE(displayTexts(*display), QStringList{phrase(Phrase::ThankYou, de)});
}

void TstCustomerDisplay::expiredRemovesTheCode()
{
    const auto display = shownDisplay();
    if (!display)
        return;
    display->setLanguage(QStringLiteral("sk-SK"));
    display->showCode(enrolmentLink(QStringLiteral("sk-SK")));
    display->setSecondsLeft(1);
    display->showExpired();
    QVERIFY(!display->hasCode());
    QCOMPARE(displayTexts(*display),
             QStringList{phrase(Phrase::LinkExpired, QStringLiteral("sk-SK"))});
    QCOMPARE(TestSupport::decodeQr(grabImage(*display)), QString());
}

void TstCustomerDisplay::clearAllLeavesACalmGreeting()
{
    // Issue 13: no code is a calm greeting in the branch's language, not an empty screen, and
    // nothing of the applicant before.
    const auto display = shownDisplay();
    if (!display)
        return;
    display->setLanguage(QStringLiteral("fr-FR"));
    display->showCode(enrolmentLink(QStringLiteral("fr-FR")));
    display->setSecondsLeft(600);
    display->setWaiting();
    QVERIFY(!displayTexts(*display).isEmpty());

    display->clearAll();
    QVERIFY(!display->hasCode());
    QCOMPARE(displayTexts(*display), QStringList{QStringLiteral("Welcome")});
    QVERIFY(display->findChild<Ui::QrView*>()->text().isEmpty());
    display->setRestingLanguage(QStringLiteral("de-DE"));
    QCOMPARE(displayTexts(*display), QStringList{QStringLiteral("Willkommen")});
    QCOMPARE(TestSupport::decodeQr(grabImage(*display)), QString());
}

void TstCustomerDisplay::testPage()
{
    const auto display = shownDisplay();
    if (!display)
        return;
    display->showCode(enrolmentLink());
    display->showTest();
    QVERIFY(!display->hasCode());
    QCOMPARE(displayTexts(*display), QStringList{QStringLiteral("This is the customer display")});
    QCOMPARE(TestSupport::decodeQr(grabImage(*display)), QString());
}

void TstCustomerDisplay::languageSwitchChangesThePhrases()
{
    const auto display = shownDisplay();
    if (!display)
        return;
    const QString link = enrolmentLink(QStringLiteral("en-US"));
    display->showCode(link);
    display->setSecondsLeft(3600);
    display->setWaiting();
    QCOMPARE(display->findChild<QLabel*>(QStringLiteral("instruction"))->text(),
             QStringLiteral("Scan this code with your phone's camera"));
    QCOMPARE(display->findChild<QLabel*>(QStringLiteral("countdown"))->text(),
             QStringLiteral("Link expires in 1:00:00"));

    display->setLanguage(QStringLiteral("de-DE"));
    QCOMPARE(display->language(), QStringLiteral("de-DE"));
    QCOMPARE(display->findChild<QLabel*>(QStringLiteral("instruction"))->text(),
             QStringLiteral("Scannen Sie diesen Code mit der Kamera Ihres Smartphones"));
    QCOMPARE(display->findChild<QLabel*>(QStringLiteral("countdown"))->text(),
             QStringLiteral("Der Link läuft in 1:00:00 ab"));
    QCOMPARE(display->findChild<QLabel*>(QStringLiteral("progressWord"))->text(),
             phrase(Phrase::Waiting, QStringLiteral("de-DE")));
    // The code stays.
    QVERIFY(display->hasCode());
    QCOMPARE(TestSupport::decodeQr(grabImage(*display)), link);

    display->setLanguage(QStringLiteral("xx-XX"));
    QCOMPARE(display->findChild<QLabel*>(QStringLiteral("instruction"))->text(),
             QStringLiteral("Scan this code with your phone's camera"));
}

void TstCustomerDisplay::fallsBackWithoutAFont()
{
    // Japanese needs a CJK font, which a Linux kiosk may lack: English rather than boxes.
    const bool japaneseFont = QFontDatabase::writingSystems().contains(QFontDatabase::Japanese);
    CustomerDisplay display;
    display.setLanguage(QStringLiteral("jp-JP"));
    QCOMPARE(display.language(), QStringLiteral("jp-JP"));
    QCOMPARE(display.shownLanguage(),
             japaneseFont ? QStringLiteral("jp-JP") : QStringLiteral("en-US"));
    display.showCode(enrolmentLink(QStringLiteral("jp-JP")));
    QCOMPARE(display.findChild<QLabel*>(QStringLiteral("instruction"))->text(),
             phrase(Phrase::ScanInstruction, display.shownLanguage()));
    // Latin scripts are always drawn.
    display.setLanguage(QStringLiteral("hu-HU"));
    QCOMPARE(display.shownLanguage(), QStringLiteral("hu-HU"));
}

void TstCustomerDisplay::arabicReadsRightToLeft()
{
    if (!QFontDatabase::writingSystems().contains(QFontDatabase::Arabic))
        QSKIP("no Arabic font installed: the display shows English");
    CustomerDisplay display;
    display.setLanguage(QStringLiteral("ar-SA"));
    QCOMPARE(display.layoutDirection(), Qt::RightToLeft);
    display.setLanguage(QStringLiteral("de-DE"));
    QCOMPARE(display.layoutDirection(), Qt::LeftToRight);
    display.setLanguage(QStringLiteral("jp-JP"));
    QCOMPARE(display.layoutDirection(), Qt::LeftToRight);
}

void TstCustomerDisplay::fullScreenOnTheChosenScreen()
{
    QScreen* customer = screenNamed(CustomerScreen);
    QScreen* staff = screenNamed(StaffScreen);
    QVERIFY(customer && staff);
    QCOMPARE(customer->geometry(), CustomerGeometry);

    CustomerDisplay display;
    // Where the window is at the moment it is shown: already on the chosen screen.
    struct ShowSpy : QObject {
        QScreen* screenAtShow = nullptr;
        QRect geometryAtShow;
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            if (event->type() == QEvent::Show) {
                auto* widget = static_cast<QWidget*>(watched);
                screenAtShow = widget->windowHandle() ? widget->windowHandle()->screen() : nullptr;
                geometryAtShow = widget->geometry();
            }
            return false;
        }
    } spy;
    display.installEventFilter(&spy);

    display.setLanguage(QStringLiteral("de-DE"));
    display.showCode(enrolmentLink());
    display.setSecondsLeft(3547);
    display.setWaiting();
    display.showFullScreenOn(customer);
    QVERIFY(QTest::qWaitForWindowExposed(&display));
    QCOMPARE(spy.screenAtShow, customer);
    QCOMPARE(spy.geometryAtShow, CustomerGeometry);
    QCOMPARE(display.window()->screen(), customer);
    QCOMPARE(display.windowHandle()->screen(), customer);
    QVERIFY(display.isFullScreen());
    QTRY_COMPARE(display.geometry(), CustomerGeometry);

    // Never takes the focus from the staff window, never quits the program.
    QVERIFY(display.windowFlags().testFlag(Qt::WindowDoesNotAcceptFocus));
    QVERIFY(display.testAttribute(Qt::WA_ShowWithoutActivating));
    QVERIFY(!display.testAttribute(Qt::WA_QuitOnClose));
    QCOMPARE(display.focusPolicy(), Qt::NoFocus);

    QCOMPARE(TestSupport::decodeQr(grabImage(display)), enrolmentLink());

    // Moved to another screen: hidden first, shown there.
    display.showFullScreenOn(staff);
    QVERIFY(QTest::qWaitForWindowExposed(&display));
    QCOMPARE(spy.screenAtShow, staff);
    QCOMPARE(display.window()->screen(), staff);
    QVERIFY(display.isFullScreen());
    display.showFullScreenOn(nullptr);
    QCOMPARE(display.window()->screen(), staff);
}

void TstCustomerDisplay::fullScreenInEveryState_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("state");
    for (const QString& language : Domain::applicantPhraseLanguages())
        QTest::addRow("%s code", qPrintable(language)) << language << QStringLiteral("code");
    for (const char* state : {"thank-you", "expired", "test", "idle"})
        QTest::addRow("de-DE %s", state) << QStringLiteral("de-DE") << QString::fromLatin1(state);
}

void TstCustomerDisplay::fullScreenInEveryState()
{
    // Full screen as the customer sees it, long phrases and other scripts included: the code
    // stays readable, and the grabs can be saved to look at.
    QFETCH(QString, language);
    QFETCH(QString, state);
    CustomerDisplay display;
    display.setLanguage(language);
    const QString link = enrolmentLink(language);
    display.showCode(link);
    display.setSecondsLeft(3547);
    display.setWaiting();
    if (state == QLatin1String("thank-you"))
        display.setThankYou();
    else if (state == QLatin1String("expired"))
        display.showExpired();
    else if (state == QLatin1String("test"))
        display.showTest();
    else if (state == QLatin1String("idle"))
        display.clearAll();
    display.showFullScreenOn(screenNamed(CustomerScreen));
    QVERIFY(QTest::qWaitForWindowExposed(&display));
    QTRY_COMPARE(display.geometry(), CustomerGeometry);
    const QImage image = grabImage(display);
    saveScreenshot(image, language + QLatin1Char('-') + state);
    QCOMPARE(TestSupport::decodeQr(image), state == QLatin1String("code") ? link : QString());
    if (state == QLatin1String("code")) {
        // Every text fits on the screen.
        for (const QLabel* label : display.findChildren<QLabel*>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            QVERIFY(label->heightForWidth(label->width()) <= label->height());
            const QRect onScreen(label->mapTo(&display, QPoint()), label->size());
            QVERIFY(display.rect().contains(onScreen));
        }
    }
}

void TstCustomerDisplay::ignoresKeysAndTheWindowManager()
{
    const auto display = shownDisplay();
    if (!display)
        return;
    display->showCode(enrolmentLink());
    QTest::keyClick(display.get(), Qt::Key_Escape);
    QTest::keyClick(display.get(), Qt::Key_F4, Qt::AltModifier);
    QTest::keyClick(display.get(), Qt::Key_W, Qt::ControlModifier);
    QTest::keyClick(display.get(), Qt::Key_Q, Qt::ControlModifier);
    QVERIFY(display->isVisible());
    QVERIFY(display->hasCode());
    // Closing is refused, whoever asks (the window manager's close arrives the same way)...
    QVERIFY(!display->windowHandle()->close());
    QCoreApplication::processEvents();
    QVERIFY(display->isVisible());
    QVERIFY(!display->close());
    QVERIFY(display->isVisible());
    // ...the staff window hides it.
    display->hide();
    QVERIFY(!display->isVisible());
}

void TstCustomerDisplay::followsASessionWithoutItsData()
{
    // A real session for a named applicant, against the sandbox.
    const auto sandbox = TestSupport::startSandbox();
    QNetworkAccessManager network;
    Api::EnrolmentClient client(&network, TestSupport::sandboxConnection(*sandbox));
    Desk::SessionController controller;
    QDateTime now = QDateTime::currentDateTimeUtc();
    controller.setClock([&now] { return now; });
    controller.setClient(&client);

    const auto display = shownDisplay();
    if (!display)
        return;
    Ui::followSession(*display, controller);
    const QStringList atRest{phrase(Phrase::Welcome, QStringLiteral("en-US"))};
    QCOMPARE(displayTexts(*display), atRest);

    Domain::EnrolmentRequestInput input;
    input.returnUrl = QStringLiteral("https://bank.example/done");
    input.externalId = QStringLiteral("CASE-4711");
    input.applicant.firstName = QStringLiteral("Jana");
    input.applicant.lastName = QStringLiteral("Nováková");
    input.applicant.dateOfBirth = QStringLiteral("1990-04-17");
    const auto validated = Domain::EnrolmentRequest::create(input, QDate(2026, 1, 1));
    QVERIFY(validated.request);
    controller.create(*validated.request, {QStringLiteral("sk-SK"), false});
    QTRY_COMPARE(controller.state(), Desk::SessionController::State::Showing);

    const QString sk = QStringLiteral("sk-SK");
    QCOMPARE(display->language(), sk);
    QVERIFY(display->hasCode());
    const QStringList texts = displayTexts(*display);
    QCOMPARE(texts.size(), 3);
    QVERIFY(texts.contains(phrase(Phrase::ScanInstruction, sk)));
    QVERIFY(texts.contains(phrase(Phrase::Waiting, sk)));
    for (const QString& text : texts) {
        for (const char* staffData :
             {"Jana", "Nováková", "1990", "04-17", "CASE", "4711", "bank.example", "127.0.0.1"})
            QVERIFY2(!text.contains(QString::fromUtf8(staffData)), qPrintable(text));
    }
    QCOMPARE(TestSupport::decodeQr(grabImage(*display)),
             controller.link().toString(QUrl::FullyEncoded));

    // The countdown follows the controller; expiry takes the code away.
    const auto* countdown = display->findChild<QLabel*>(QStringLiteral("countdown"));
    QCOMPARE(countdown->text(),
             phrase(Phrase::LinkExpiresIn, sk).arg(Ui::formatCountdown(*controller.secondsLeft())));
    now = now.addSecs(600);
    QTRY_VERIFY(*controller.secondsLeft() <= 3000);
    QTRY_COMPARE(
        countdown->text(),
        phrase(Phrase::LinkExpiresIn, sk).arg(Ui::formatCountdown(*controller.secondsLeft())));
    now = now.addSecs(3600);
    QTRY_COMPARE(controller.state(), Desk::SessionController::State::Expired);
    QVERIFY(!display->hasCode());
    QCOMPARE(displayTexts(*display), QStringList{phrase(Phrase::LinkExpired, sk)});

    // Next applicant: nothing is left but the greeting.
    controller.reset();
    QCOMPARE(displayTexts(*display), atRest);
    QVERIFY(display->findChild<Ui::QrView*>()->text().isEmpty());
}

void TstCustomerDisplay::sameWordsWhateverTheDecision_data()
{
    QTest::addColumn<Sandbox::Outcome>("outcome");
    QTest::addColumn<Desk::SessionController::State>("state");
    QTest::addColumn<Phrase>("shown");
    using State = Desk::SessionController::State;
    QTest::newRow("approved") << Sandbox::Outcome::High << State::Finished << Phrase::ThankYou;
    QTest::newRow("manual review")
        << Sandbox::Outcome::Medium << State::Reviewing << Phrase::ThankYou;
    QTest::newRow("rejected") << Sandbox::Outcome::Low << State::Finished << Phrase::ThankYou;
    QTest::newRow("expired on the platform")
        << Sandbox::Outcome::Expire << State::Finished << Phrase::LinkExpired;
}

void TstCustomerDisplay::sameWordsWhateverTheDecision()
{
    QFETCH(Sandbox::Outcome, outcome);
    QFETCH(Desk::SessionController::State, state);
    QFETCH(Phrase, shown);

    const auto sandbox = TestSupport::startSandbox();
    QNetworkAccessManager network;
    Api::EnrolmentClient client(&network, TestSupport::sandboxConnection(*sandbox));
    Desk::SessionController controller;
    controller.setClient(&client);
    CustomerDisplay display;
    Ui::followSession(display, controller);

    Domain::EnrolmentRequestInput input;
    input.returnUrl = QStringLiteral("https://bank.example/done");
    const auto validated = Domain::EnrolmentRequest::create(input, QDate(2026, 1, 1));
    QVERIFY(validated.request);
    const QString cs = QStringLiteral("cs-CZ");
    controller.create(*validated.request, {cs, false});
    QTRY_COMPARE(controller.state(), Desk::SessionController::State::Showing);
    QVERIFY(display.hasCode());

    QVERIFY(sandbox->finishSession(controller.session()->sessionId, outcome));
    QVERIFY(controller.checkNow());
    QTRY_COMPARE(controller.state(), state);
    QVERIFY(!display.hasCode());
    QCOMPARE(displayTexts(display), QStringList{phrase(shown, cs)});
    checkDescriptions(display);

    controller.reset();
    QCOMPARE(displayTexts(display), QStringList{phrase(Phrase::Welcome, QStringLiteral("en-US"))});
}

void TstCustomerDisplay::chooserListsOnlyTheOtherScreen()
{
    QScreen* customer = screenNamed(CustomerScreen);
    QScreen* staff = screenNamed(StaffScreen);
    QVERIFY(customer && staff);

    QWidget staffWindow;
    staffWindow.setScreen(staff);
    staffWindow.setGeometry(QRect(staff->geometry().topLeft() + QPoint(50, 50), QSize(800, 600)));
    staffWindow.show();
    QVERIFY(QTest::qWaitForWindowExposed(&staffWindow));

    QCOMPARE(ScreenChooser::customerScreens(&staffWindow), QList<QScreen*>{customer});
    QCOMPARE(ScreenChooser::unavailableReason(&staffWindow), QString());

    ScreenChooser chooser(&staffWindow);
    QCOMPARE(chooser.objectName(), QStringLiteral("screenChooser"));
    const auto* list = chooser.findChild<QListWidget*>(QStringLiteral("screenList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("desk-customer · 1600 × 900"));
    QCOMPARE(chooser.selectedScreen(), customer);
    QVERIFY(!list->isHidden());
    QVERIFY(chooser.findChild<QLabel*>(QStringLiteral("unavailableReason"))->isHidden());
    QVERIFY(chooser.findChild<QPushButton*>(QStringLiteral("testDisplayButton"))->isEnabled());
    QVERIFY(chooser.findChild<QPushButton*>(QStringLiteral("showOnScreenButton"))->isEnabled());
    QVERIFY(!chooser.accessibleName().isEmpty());
    QVERIFY(!list->accessibleName().isEmpty());

    // A screen that is not listed cannot be chosen.
    chooser.setSelectedScreen(staff);
    QCOMPARE(chooser.selectedScreen(), customer);

    // The staff window on the other screen: the list follows it.
    staffWindow.hide();
    staffWindow.setScreen(customer);
    QCOMPARE(ScreenChooser::customerScreens(&staffWindow), QList<QScreen*>{staff});
    ScreenChooser second(&staffWindow);
    QCOMPARE(second.selectedScreen(), staff);
}

void TstCustomerDisplay::chooserTestsTheDisplay()
{
    QScreen* customer = screenNamed(CustomerScreen);
    QWidget staffWindow;
    staffWindow.setScreen(screenNamed(StaffScreen));
    ScreenChooser chooser(&staffWindow);
    chooser.setTestDuration(300);
    chooser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chooser));
    auto* test = chooser.findChild<QPushButton*>(QStringLiteral("testDisplayButton"));
    QVERIFY(test);

    const auto testDisplay = [] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* display = qobject_cast<CustomerDisplay*>(widget))
                return display;
        }
        return static_cast<CustomerDisplay*>(nullptr);
    };

    // Shown for a while, then gone by itself.
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(chooser.isTesting());
    CustomerDisplay* display = testDisplay();
    QVERIFY(display && display->isVisible());
    QCOMPARE(display->window()->screen(), customer);
    QVERIFY(display->isFullScreen());
    QCOMPARE(displayTexts(*display), QStringList{QStringLiteral("This is the customer display")});
    QCOMPARE(test->text(), QStringLiteral("S&top test"));
    QTRY_VERIFY(!chooser.isTesting());
    QVERIFY(!display->isVisible());
    QCOMPARE(test->text(), QStringLiteral("&Test display"));

    // Pressed again: stops at once.
    chooser.setTestDuration(60000);
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(chooser.isTesting());
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(!chooser.isTesting());

    // Closing the dialog ends a test.
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(chooser.isTesting());
    chooser.reject();
    QVERIFY(!chooser.isTesting());
    QVERIFY(!display->isVisible());
}

void TstCustomerDisplay::oneScreenExplainsWhy()
{
    QProcess probe;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ENROLMENT_CUSTOMER_TEST_SCREENS"), QStringLiteral("1"));
    environment.insert(QStringLiteral("ENROLMENT_CUSTOMER_PROBE"), QStringLiteral("1"));
    probe.setProcessEnvironment(environment);
    probe.start(QCoreApplication::applicationFilePath(), QStringList());
    QVERIFY(probe.waitForFinished(30000));
    QCOMPARE(probe.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(probe.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines,
             (QStringList{QStringLiteral("screens 1"), QStringLiteral("listed 0"),
                          QStringLiteral("ok disabled"), QStringLiteral("reason shown"),
                          QStringLiteral("Only one screen is connected. Connect a second screen "
                                         "facing the customer to use the customer display.")}));
}

namespace {

// The one-screen side of oneScreenExplainsWhy(): what ScreenChooser says, on standard output.
int probeOneScreen()
{
    QWidget staffWindow;
    staffWindow.show();
    ScreenChooser chooser(&staffWindow);
    const auto* list = chooser.findChild<QListWidget*>(QStringLiteral("screenList"));
    const auto* ok = chooser.findChild<QPushButton*>(QStringLiteral("showOnScreenButton"));
    const auto* reason = chooser.findChild<QLabel*>(QStringLiteral("unavailableReason"));
    const QString output =
        QStringLiteral("screens %1\nlisted %2\nok %3\nreason %4\n%5\n")
            .arg(QGuiApplication::screens().size())
            .arg(list->count())
            .arg(ok->isEnabled() ? QStringLiteral("enabled") : QStringLiteral("disabled"))
            .arg(reason->isHidden() ? QStringLiteral("hidden") : QStringLiteral("shown"))
            .arg(ScreenChooser::unavailableReason(&staffWindow));
    std::fputs(output.toUtf8().constData(), stdout);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    const bool oneScreen = qEnvironmentVariableIntValue("ENROLMENT_CUSTOMER_TEST_SCREENS") == 1;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fputs("tst_customerdisplay: no temporary directory\n", stderr);
        return 1;
    }
    QJsonArray screens;
    screens.append(QJsonObject{{QStringLiteral("name"), StaffScreen},
                               {QStringLiteral("x"), 0},
                               {QStringLiteral("y"), 0},
                               {QStringLiteral("width"), 1920},
                               {QStringLiteral("height"), 1080},
                               {QStringLiteral("logicalDpi"), 96},
                               {QStringLiteral("dpr"), 1}});
    if (!oneScreen) {
        screens.append(QJsonObject{{QStringLiteral("name"), CustomerScreen},
                                   {QStringLiteral("x"), CustomerGeometry.x()},
                                   {QStringLiteral("y"), CustomerGeometry.y()},
                                   {QStringLiteral("width"), CustomerGeometry.width()},
                                   {QStringLiteral("height"), CustomerGeometry.height()},
                                   {QStringLiteral("logicalDpi"), 96},
                                   {QStringLiteral("dpr"), 1}});
    }
    const QString configPath = dir.filePath(QStringLiteral("screens.json"));
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly) ||
        config.write(QJsonDocument(QJsonObject{{QStringLiteral("screens"), screens}}).toJson()) <
            0) {
        std::fputs("tst_customerdisplay: cannot write the offscreen configuration\n", stderr);
        return 1;
    }
    config.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(configPath));
    qunsetenv("QT_SCALE_FACTOR");
    qunsetenv("QT_SCREEN_SCALE_FACTORS");
    qunsetenv("QT_AUTO_SCREEN_SCALE_FACTOR");

    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("ENROLMENT_CUSTOMER_PROBE"))
        return probeOneScreen();
    TstCustomerDisplay test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_customerdisplay.moc"
