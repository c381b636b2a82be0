// Accessibility of the staff windows (issue 7), under the offscreen platform against a sandbox on
// loopback:
// - every input and action in the QAccessible tree of the staff window (idle, showing a code,
//   a finished decision), the settings dialog, the history view and the customer display has a
//   name, and every input says more than its name (see checkTree for the rule);
// - the QR code has a name and a description, and problems and decisions are announced;
// - Tab visits the applicant form and the profile editor in reading order;
// - the whole staff path works with key events alone;
// - the text on screen keeps a WCAG contrast of 4.5:1 (3:1 for large text) in a light and a dark
//   palette.

#include "announce.h"
#include "applicantform.h"
#include "config/memorycredentialstore.h"
#include "config/profilestore.h"
#include "customerdisplay.h"
#include "mainwindow.h"
#include "qrview.h"
#include "settingsdialog.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cmath>

using State = Desk::SessionController::State;

namespace {

struct Announcement {
    QPointer<QObject> object;
    QAccessible::Event type;
};
QList<Announcement> g_announcements;

void recordAnnouncement(QObject* object, QAccessible::Event type)
{
    g_announcements.append({object, type});
}

// Only reached while assistive technology is active (never on offscreen); kept so the test also
// counts what Qt itself would send to a screen reader on a desktop session.
void recordAccessibilityUpdate(QAccessibleEvent* event)
{
    recordAnnouncement(event->object(), event->type());
}

QString describe(QObject* object)
{
    if (!object)
        return QStringLiteral("(no object)");
    QString name = object->objectName();
    for (QObject* parent = object->parent(); name.isEmpty() && parent; parent = parent->parent())
        if (!parent->objectName().isEmpty())
            name = QStringLiteral("child of ") + parent->objectName();
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(object->metaObject()->className()), name);
}

bool isInput(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::EditableText:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
        return true;
    default:
        return false;
    }
}

bool isAction(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::MenuItem:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
        return true;
    default:
        return false;
    }
}

// Roles whose children are parts the user meets through the parent (items, popups, the line
// edit of a combo box or spin box): the parent's name covers them.
bool isComposite(QAccessible::Role role)
{
    return role == QAccessible::ComboBox || role == QAccessible::SpinBox ||
           role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::List ||
           role == QAccessible::ScrollBar;
}

// The rule:
// - every visible action (button, check box, radio button, menu item, tab, link) and item view
//   (table, tree, list) has a non-empty name;
// - every visible input (editable text, combo box, spin box, slider, dial) has a name and, in
//   addition, a non-empty description or a labelled-by relation: the name says what it is, the
//   description or label what to put there (format, shortcut, the current problem). A name alone
//   copied from the caption is not enough for an input.
// - combo boxes need a labelled-by relation (a caption whose buddy they are): on Linux their
//   name is their current value, so the relation is the only thing that says what they are;
// - menus are checked closed too (their items are reachable with Alt and the shortcuts).
// Disabled widgets are checked as well: a screen reader lists them.
void checkTree(QAccessibleInterface* iface, QStringList* violations, QStringList* checked,
               bool inMenu = false, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 60)
        return;
    const QAccessible::Role role = iface->role();
    const bool menu = inMenu || role == QAccessible::PopupMenu || role == QAccessible::MenuBar;
    if (iface->state().invisible && !menu)
        return;
    const QString name = iface->text(QAccessible::Name).trimmed();
    if (isInput(role) || isAction(role))
        checked->append(name);
    if ((isInput(role) || isAction(role)) && name.isEmpty())
        violations->append(QStringLiteral("no name: %1 (role 0x%2)")
                               .arg(describe(iface->object()))
                               .arg(int(role), 0, 16));
    if (role == QAccessible::ComboBox && iface->relations(QAccessible::Label).isEmpty())
        violations->append(QStringLiteral("combo box without a label: %1 (%2)")
                               .arg(describe(iface->object()), name));
    if (isInput(role) && iface->text(QAccessible::Description).trimmed().isEmpty() &&
        iface->relations(QAccessible::Label).isEmpty())
        violations->append(QStringLiteral("input without description or label: %1 (%2)")
                               .arg(describe(iface->object()), name));
    // An accessible name on a label replaces its text: a screen reader would read the name only.
    // (Mnemonic ampersands are not part of the text a screen reader reads.)
    if (auto* label = qobject_cast<QLabel*>(iface->object());
        label && !label->text().isEmpty() &&
        !name.contains(
            QString(label->text()).remove(QRegularExpression(QStringLiteral("&(?!&)"))).trimmed()))
        violations->append(QStringLiteral("label whose name hides its text: %1 (“%2” instead of "
                                          "“%3”)")
                               .arg(describe(label), name, label->text()));
    if (isComposite(role))
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        checkTree(iface->child(i), violations, checked, menu, depth + 1);
}

// The checked inputs' and actions' names go to *checked when given.
QStringList violationsOf(QWidget* window, QStringList* checked = nullptr)
{
    QStringList violations;
    QStringList names;
    checkTree(QAccessible::queryAccessibleInterface(window), &violations, &names);
    if (checked)
        *checked = names;
    return violations;
}

// WCAG 2.x relative luminance and contrast ratio.
double luminance(const QColor& c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A colour with alpha, as it shows on the background.
QColor over(const QColor& colour, const QColor& background)
{
    const double a = colour.alphaF();
    return QColor::fromRgbF(float(colour.redF() * a + background.redF() * (1 - a)),
                            float(colour.greenF() * a + background.greenF() * (1 - a)),
                            float(colour.blueF() * a + background.blueF() * (1 - a)));
}

// WCAG "large text": at least 18 pt, or 14 pt bold; large text needs 3:1 instead of 4.5:1.
bool isLargeText(const QFont& font)
{
    const double points = font.pointSizeF() > 0 ? font.pointSizeF() : font.pixelSize() * 0.75;
    return points >= 18 || (font.bold() && points >= 14);
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, QColor(0x00, 0x00, 0x00));
    p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    p.setColor(QPalette::Text, QColor(0x00, 0x00, 0x00));
    p.setColor(QPalette::Button, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::ButtonText, QColor(0x00, 0x00, 0x00));
    p.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x6e, 0x6e));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    p.setColor(QPalette::ToolTipText, QColor(0x00, 0x00, 0x00));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x00, 0x00, 0xee));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, QColor(0x00, 0x00, 0x00));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

// Background a label's text is drawn on: the nearest widget that fills its background, else the
// window. Labels with a style sheet must give both colours in it (checked by the caller).
QColor backgroundOf(const QWidget* widget)
{
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        if (w->autoFillBackground() || w->isWindow())
            return w->palette().color(w->backgroundRole());
    }
    return QApplication::palette().color(QPalette::Window);
}

QColor styleSheetColour(const QString& sheet, const QString& property)
{
    const QRegularExpression pattern(QStringLiteral("(?:^|[;{\\s])%1\\s*:\\s*(#[0-9a-fA-F]{6})")
                                         .arg(QRegularExpression::escape(property)));
    const QRegularExpressionMatch match = pattern.match(sheet);
    return match.hasMatch() ? QColor(match.captured(1)) : QColor();
}

// Every visible, enabled label with text: its foreground against its background.
QStringList contrastProblems(QWidget* window)
{
    QStringList problems;
    const QList<QLabel*> labels = window->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (!label->isVisible() || !label->isEnabled() || label->text().trimmed().isEmpty())
            continue;
        QColor foreground = label->palette().color(label->foregroundRole());
        QColor background = backgroundOf(label);
        if (!label->styleSheet().isEmpty()) {
            foreground = styleSheetColour(label->styleSheet(), QStringLiteral("color"));
            background = styleSheetColour(label->styleSheet(), QStringLiteral("background"));
            if (!foreground.isValid() || !background.isValid()) {
                problems.append(
                    QStringLiteral("%1: style sheet without both colours").arg(describe(label)));
                continue;
            }
        }
        foreground = over(foreground, background);
        const double ratio = contrast(foreground, background);
        const double needed = isLargeText(label->font()) ? 3.0 : 4.5;
        if (ratio < needed)
            problems.append(QStringLiteral("%1 \"%2\": %3 on %4 is %5:1, needs %6:1")
                                .arg(describe(label), label->text().left(40), foreground.name(),
                                     background.name())
                                .arg(ratio, 0, 'f', 2)
                                .arg(needed));
    }
    // Placeholder text is not required by WCAG, but staff read it as the field's hint.
    const QList<QLineEdit*> edits = window->findChildren<QLineEdit*>();
    for (QLineEdit* edit : edits) {
        if (!edit->isVisible() || edit->placeholderText().isEmpty())
            continue;
        const QColor base = edit->palette().color(QPalette::Base);
        const QColor placeholder = over(edit->palette().color(QPalette::PlaceholderText), base);
        const double ratio = contrast(placeholder, base);
        if (ratio < 4.5)
            problems.append(QStringLiteral("placeholder of %1: %2 on %3 is %4:1")
                                .arg(describe(edit), placeholder.name(), base.name())
                                .arg(ratio, 0, 'f', 2));
    }
    return problems;
}

// The focus widget as the form knows it: a combo box or spin box, not its inner line edit.
QString focusName()
{
    QWidget* w = QApplication::focusWidget();
    while (w && (w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_"))))
        w = w->parentWidget();
    return w ? w->objectName() : QStringLiteral("(none)");
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Ui::announcementObserver() = recordAnnouncement;
        QAccessible::installUpdateHandler(recordAccessibilityUpdate);
        m_originalPalette = QApplication::palette();
    }
    void cleanupTestCase()
    {
        Ui::announcementObserver() = nullptr;
        QAccessible::installUpdateHandler(nullptr);
    }
    void init()
    {
        m_folder = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_folder->filePath(QStringLiteral("desk.ini")),
                                                 QSettings::IniFormat);
        m_sandbox = TestSupport::startSandbox();
        m_credentials = std::make_unique<Config::MemoryCredentialStore>();
        saveProfile(1);
        m_credentials->setPassword(QStringLiteral("Sandbox"), QStringLiteral("demo"));
        g_announcements.clear();
    }
    void cleanup()
    {
        m_window.reset();
        m_sandbox.reset();
        m_credentials.reset();
        m_settings.reset();
        m_folder.reset();
        QApplication::setPalette(m_originalPalette);
    }

    void staffWindowNamesEveryInputAndAction()
    {
        openWindow();
        QStringList all;
        QStringList checked;
        auto check = [&all, &checked, this](const QString& state) {
            for (const QString& violation : violationsOf(m_window.get(), &checked))
                all.append(state + QStringLiteral(": ") + violation);
        };
        check(QStringLiteral("idle"));
        // The walk reaches the form, the toolbar and the items of the closed menus.
        for (const char* name : {"First name", "Quit", "Session history…", "Create session"})
            QVERIFY2(checked.contains(QString::fromUtf8(name)),
                     qPrintable(checked.join(QLatin1Char('|'))));
        fillApplicant(QStringLiteral("sandbox:complete=HIGH@3"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
        check(QStringLiteral("showing a code"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->controller().state(), State::Finished,
                                  TestSupport::EventTimeoutMs);
        check(QStringLiteral("decision"));
        QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        check(QStringLiteral("with the inspector"));
        QVERIFY2(all.isEmpty(), qPrintable(all.join(QLatin1Char('\n'))));
    }

    void settingsDialogNamesEveryInputAndAction()
    {
        Config::ProfileStore store(*m_settings);
        Ui::SettingsDialog dialog(store, *m_credentials);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList violations = violationsOf(&dialog);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
    }

    void historyViewNamesEveryInputAndAction()
    {
        openWindow();
        fillApplicant(QStringLiteral("CASE-17"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
        auto* view = m_window->findChild<QDialog*>(QStringLiteral("historyView"));
        QVERIFY(view && view->isVisible());
        const QStringList violations = violationsOf(view);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
    }

    void customerDisplayNamesItsParts()
    {
        openWindow();
        Ui::CustomerDisplay display;
        Ui::followSession(display, m_window->controller());
        display.show();
        QVERIFY(QTest::qWaitForWindowExposed(&display));
        QStringList violations = violationsOf(&display);
        staffWindowActive();
        fillApplicant();
        QTest::keyClick(m_window->findChild<QLineEdit*>(QStringLiteral("externalId")),
                        Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
        violations += violationsOf(&display);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
        auto* code = display.findChild<Ui::QrView*>();
        QVERIFY(code && code->hasCode());
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(code);
        QVERIFY(!iface->text(QAccessible::Name).isEmpty());
        QVERIFY(!iface->text(QAccessible::Description).isEmpty());
        // Nothing shown there is unreadable either.
        const QStringList contrast = contrastProblems(&display);
        QVERIFY2(contrast.isEmpty(), qPrintable(contrast.join(QLatin1Char('\n'))));
    }

    void qrCodeHasAnAccessibleText()
    {
        openWindow();
        fillApplicant();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
        auto* code = m_window->findChild<Ui::QrView*>(QStringLiteral("qrView"));
        QVERIFY(code && code->isVisible());
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(code);
        QVERIFY(iface);
        QVERIFY2(iface->text(QAccessible::Name).contains(QLatin1String("QR code")),
                 qPrintable(iface->text(QAccessible::Name)));
        QVERIFY2(iface->text(QAccessible::Description).contains(QLatin1String("Scan")),
                 qPrintable(iface->text(QAccessible::Description)));
        // Reachable from the window, not only by asking the widget.
        QVERIFY(findInTree(QAccessible::queryAccessibleInterface(m_window.get()), code));
        // An image ("image" on AT-SPI), not a filler.
        QCOMPARE(iface->role(), QAccessible::Graphic);
    }

    void problemsAndDecisionsAreAnnounced()
    {
        openWindow();
        fillApplicant(QStringLiteral("sandbox:http=500"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Failed);
        auto* problem = m_window->findChild<QLabel*>(QStringLiteral("problemText"));
        QVERIFY(problem && problem->isVisible());
        QVERIFY2(announced(problem, {QAccessible::Alert}), qPrintable(announcements()));

        g_announcements.clear();
        auto* externalId = m_window->findChild<QLineEdit*>(QStringLiteral("externalId"));
        externalId->setFocus();
        externalId->selectAll();
        QTest::keyClicks(externalId, QStringLiteral("sandbox:complete=LOW@0"));
        QTest::keyClick(externalId, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->controller().state(), State::Finished,
                                  TestSupport::EventTimeoutMs);
        auto* badge = m_window->findChild<QLabel*>(QStringLiteral("decisionLevel"));
        QVERIFY(badge && badge->isVisible());
        QVERIFY2(announced(badge, {QAccessible::Alert, QAccessible::NameChanged,
                                   QAccessible::ValueChanged}),
                 qPrintable(announcements()));
    }

    void tabFollowsTheApplicantForm()
    {
        openWindow();
        // A complete applicant: the integrity option and the Create button are enabled (Tab
        // skips disabled widgets).
        fillApplicant();
        m_window->findChild<QLineEdit*>(QStringLiteral("firstName"))->setFocus();
        const QStringList expected{QStringLiteral("lastName"),
                                   QStringLiteral("additionalNames"),
                                   QStringLiteral("dateOfBirth"),
                                   QStringLiteral("externalId"),
                                   QStringLiteral("theme"),
                                   QStringLiteral("language"),
                                   QStringLiteral("skipIntegrityCheck"),
                                   QStringLiteral("createButton")};
        QStringList visited{focusName()};
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited.append(focusName());
        }
        QCOMPARE(visited, QStringList{QStringLiteral("firstName")} + expected);
    }

    void tabFollowsTheProfileEditor()
    {
        Config::ProfileStore store(*m_settings);
        Ui::SettingsDialog dialog(store, *m_credentials);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.findChild<QLineEdit*>(QStringLiteral("profileName"))->setFocus();
        const QStringList expected{
            QStringLiteral("profileName"), QStringLiteral("baseUrl"), QStringLiteral("username"),
            QStringLiteral("password"), QStringLiteral("returnUrl"), QStringLiteral("themes"),
            QStringLiteral("allowedLinkHosts"), QStringLiteral("pollInterval"),
            QStringLiteral("timeout"), QStringLiteral("caBundle"), QStringLiteral("caBundleBrowse"),
            QStringLiteral("ok"), QStringLiteral("cancel"),
            // and round again, not back and forth between the buttons
            QStringLiteral("profileList"), QStringLiteral("addProfile")};
        QStringList visited{focusName()};
        while (visited.size() < expected.size()) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited.append(focusName());
        }
        QCOMPARE(visited, expected);
    }

    void labelsSpeakTheirText()
    {
        // The profiles dialog's message, shown after a refused save.
        Config::ProfileStore store(*m_settings);
        Ui::SettingsDialog dialog(store, *m_credentials);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("profileName"));
        name->setFocus();
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete);
        dialog.findChild<QPushButton*>(QStringLiteral("ok"))->click();
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("message"));
        QTRY_VERIFY(message->isVisible() && !message->text().isEmpty());
        QCOMPARE(QAccessible::queryAccessibleInterface(message)->text(QAccessible::Name),
                 message->text());
        QStringList violations = violationsOf(&dialog);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
        dialog.reject();

        // History's check-status result.
        openWindow();
        fillApplicant(QStringLiteral("CASE-17"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
        auto* view = m_window->findChild<QDialog*>(QStringLiteral("historyView"));
        QVERIFY(view && view->isVisible());
        auto* table = view->findChild<QAbstractItemView*>(QStringLiteral("historyTable"));
        table->setCurrentIndex(table->model()->index(0, 0));
        view->findChild<QPushButton*>(QStringLiteral("checkStatus"))->click();
        auto* result = view->findChild<QLabel*>(QStringLiteral("lookupMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible() && !result->text().isEmpty(), 30000);
        QCOMPARE(QAccessible::queryAccessibleInterface(result)->text(QAccessible::Name),
                 result->text());
        violations = violationsOf(view);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
    }

    void staffPathWorksWithTheKeyboardAlone()
    {
        // A slow poll: the decision arrives because F5 asks for it.
        saveProfile(60);
        openWindow();
        QCOMPARE(focusName(), QStringLiteral("firstName"));
        typeAndTab(QStringLiteral("John"));
        typeAndTab(QStringLiteral("Doe"));
        typeAndTab(QString()); // additional names
        typeAndTab(QStringLiteral("1990-04-23"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("sandbox:complete=HIGH@0"));
        key(Qt::Key_Return);
        QTRY_COMPARE(m_window->controller().state(), State::Showing);
        // The sandbox has decided, but the next scheduled check is a minute away.
        QCoreApplication::processEvents();
        QCOMPARE(m_window->controller().state(), State::Showing);

        key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 m_window->controller().link().toString(QUrl::FullyEncoded));
        key(Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->controller().state(), State::Finished,
                                  TestSupport::EventTimeoutMs);
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("decisionLevel"))->isVisible());

        key(Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(m_window->controller().state(), State::Idle);
        QVERIFY(m_window->findChild<QLineEdit*>(QStringLiteral("firstName"))->text().isEmpty());

        // The settings dialog is modal: look at it and close it with Escape from inside its loop.
        QString shownDialog;
        QTimer probe;
        probe.setInterval(50);
        connect(&probe, &QTimer::timeout, this, [&shownDialog, &probe] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            probe.stop();
            shownDialog = modal->objectName();
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : modal,
                            Qt::Key_Escape);
        });
        probe.start();
        QTimer::singleShot(5000, &probe, [] {
            if (QWidget* modal = QApplication::activeModalWidget())
                modal->close(); // do not hang the test when Escape fails
        });
        key(Qt::Key_Comma, Qt::ControlModifier);
        probe.stop();
        QCOMPARE(shownDialog, QStringLiteral("settingsDialog"));
        QVERIFY(!QApplication::activeModalWidget());
        staffWindowActive();

        key(Qt::Key_H, Qt::ControlModifier);
        auto* history = m_window->findChild<QDialog*>(QStringLiteral("historyView"));
        QVERIFY(history && history->isVisible());
        QTRY_VERIFY(history->isActiveWindow());
        key(Qt::Key_Escape);
        QVERIFY(!history->isVisible());
        staffWindowActive();

        key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("inspectorDock"));
        QVERIFY(dock && dock->isVisible());
        key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!dock->isVisible());
    }

    void textKeepsItsContrast_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QString>("directive");
        for (const bool dark : {false, true}) {
            const char* palette = dark ? "dark" : "light";
            for (const char* directive : {"sandbox:http=500", "sandbox:complete=HIGH@0",
                                          "sandbox:complete=MEDIUM@0", "sandbox:complete=LOW@0"})
                QTest::addRow("%s %s", palette, directive)
                    << dark << QString::fromLatin1(directive);
        }
    }
    void textKeepsItsContrast()
    {
        QFETCH(bool, dark);
        QFETCH(QString, directive);
        QApplication::setPalette(dark ? darkPalette() : lightPalette());
        openWindow(true);
        QStringList problems;
        auto check = [&problems](QWidget* window, const QString& state) {
            for (const QString& problem : contrastProblems(window))
                problems.append(state + QStringLiteral(": ") + problem);
        };
        check(m_window.get(), QStringLiteral("idle"));
        // A field's problem, then the session's problem or decision.
        auto* first = m_window->findChild<QLineEdit*>(QStringLiteral("firstName"));
        first->setFocus();
        QTest::keyClicks(first, QStringLiteral("J0hn"));
        QTest::keyClick(first, Qt::Key_Tab);
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("firstNameProblem"))->isVisible());
        check(m_window.get(), QStringLiteral("field problem"));
        first->clear();
        fillApplicant(directive);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->controller().state() == State::Failed ||
                                     m_window->controller().state() == State::Finished ||
                                     m_window->controller().state() == State::Reviewing,
                                 TestSupport::EventTimeoutMs);
        check(m_window.get(), directive);

        // The profile editor's problems.
        Config::ProfileStore store(*m_settings);
        Ui::SettingsDialog dialog(store, *m_credentials);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* baseUrl = dialog.findChild<QLineEdit*>(QStringLiteral("baseUrl"));
        baseUrl->setText(QStringLiteral("not a url"));
        dialog.findChild<QPushButton*>(QStringLiteral("ok"))->click();
        QTRY_VERIFY(dialog.findChild<QLabel*>(QStringLiteral("baseUrlProblem"))->isVisible());
        check(&dialog, QStringLiteral("profile problem"));
        dialog.reject();

        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private:
    void saveProfile(int pollIntervalSeconds)
    {
        Config::Profile profile;
        profile.name = QStringLiteral("Sandbox");
        profile.baseUrl = m_sandbox->baseUrl();
        profile.username = QStringLiteral("demo");
        profile.returnUrl = QStringLiteral("https://bank.example/done");
        profile.themes = {QStringLiteral("default"), QStringLiteral("bank")};
        profile.timeoutSeconds = 30; // a busy machine may be slow; nothing here times out
        profile.pollIntervalSeconds = pollIntervalSeconds;
        Config::ProfileStore store(*m_settings);
        store.save(profile);
        store.setActiveProfileName(profile.name);
    }
    void openWindow(bool demo = false)
    {
        Ui::DeskEnvironment environment{*m_settings, *m_credentials, QProcessEnvironment(), demo,
                                        [] { return QDate(2026, 11, 26); }};
        environment.historyPath = m_folder->filePath(QStringLiteral("history.sqlite"));
        m_window = std::make_unique<Ui::MainWindow>(environment);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // A window manager gives the activation back to the staff window when a dialog closes; the
    // offscreen platform has none, so the test does it (no key reaches the window otherwise).
    void staffWindowActive()
    {
        if (QTest::qWaitForWindowActive(m_window.get(), 500))
            return;
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void key(Qt::Key pressed, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget();
        if (!target)
            target = QApplication::activeWindow() ? QApplication::activeWindow() : m_window.get();
        QTest::keyClick(target, pressed, modifiers);
    }
    void typeAndTab(const QString& text)
    {
        if (!text.isEmpty())
            QTest::keyClicks(QApplication::focusWidget(), text);
        key(Qt::Key_Tab);
    }
    void fillApplicant(const QString& externalId = QStringLiteral("case-1"))
    {
        const std::pair<const char*, QString> fields[] = {
            {"firstName", QStringLiteral("John")},
            {"lastName", QStringLiteral("Doe")},
            {"dateOfBirth", QStringLiteral("1990-04-23")},
            {"externalId", externalId},
        };
        for (const auto& [name, text] : fields) {
            auto* edit = m_window->findChild<QLineEdit*>(QString::fromLatin1(name));
            edit->setFocus();
            edit->selectAll();
            QTest::keyClicks(edit, text);
        }
    }

    static bool findInTree(QAccessibleInterface* iface, QObject* object, int depth = 0)
    {
        if (!iface || depth > 60)
            return false;
        if (iface->object() == object)
            return true;
        for (int i = 0; i < iface->childCount(); ++i)
            if (findInTree(iface->child(i), object, depth + 1))
                return true;
        return false;
    }
    static bool announced(QObject* object, std::initializer_list<QAccessible::Event> types)
    {
        for (const Announcement& a : std::as_const(g_announcements))
            if (a.object == object && std::find(types.begin(), types.end(), a.type) != types.end())
                return true;
        return false;
    }
    static QString announcements()
    {
        QStringList list;
        for (const Announcement& a : std::as_const(g_announcements))
            list.append(QStringLiteral("%1 0x%2").arg(describe(a.object)).arg(int(a.type), 0, 16));
        return QStringLiteral("announced: ") + list.join(QStringLiteral(", "));
    }

    QPalette m_originalPalette;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Config::MemoryCredentialStore> m_credentials;
    std::unique_ptr<Ui::MainWindow> m_window;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
