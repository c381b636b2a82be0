// The staff window never grows by itself: a MEDIUM decision (the longest level text, the most
// trust factors) and the code page with a larger font, in English and in German, keep the window
// at its default size, within the smallest screens we support, with no text cut. Texts wrap and
// tables scroll instead of widening the window.

#include "config/memorycredentialstore.h"
#include "config/profilestore.h"
#include "config/uilanguage.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using State = Desk::SessionController::State;

class TestWindowSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_folder = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_folder->filePath(QStringLiteral("desk.ini")),
                                                 QSettings::IniFormat);
        m_sandbox = TestSupport::startSandbox();
        m_credentials = std::make_unique<Config::MemoryCredentialStore>();
        Config::Profile profile;
        profile.name = QStringLiteral("Sandbox");
        profile.baseUrl = m_sandbox->baseUrl();
        profile.username = QStringLiteral("demo");
        profile.returnUrl = QStringLiteral("https://bank.example/done");
        profile.timeoutSeconds = 30;
        profile.pollIntervalSeconds = 600; // checked with F5 only: nothing waits for a timer
        Config::ProfileStore store(*m_settings);
        store.save(profile);
        store.setActiveProfileName(profile.name);
        m_credentials->setPassword(profile.name, QStringLiteral("demo"));
        m_font = QApplication::font();
    }
    void cleanup()
    {
        m_window.reset();
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QApplication::setFont(m_font);
        m_sandbox.reset();
        m_credentials.reset();
        m_settings.reset();
        m_folder.reset();
    }

    void decisionAndCodeKeepTheWindowsWidth_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("directive");
        QTest::addColumn<int>("state");
        QTest::addColumn<qreal>("fontScale");
        QTest::addColumn<QSize>("screen");
        const QSize laptop(1280, 800);
        const QSize german(1366, 768);
        QTest::newRow("MEDIUM, English")
            << "en"
            << "sandbox:complete=MEDIUM@0" << int(State::Reviewing) << 1.0 << laptop;
        QTest::newRow("MEDIUM, German")
            << "de"
            << "sandbox:complete=MEDIUM@0" << int(State::Reviewing) << 1.0 << german;
        QTest::newRow("LOW, German")
            << "de"
            << "sandbox:complete=LOW@0" << int(State::Finished) << 1.0 << german;
        QTest::newRow("code, German, larger font")
            << "de"
            << "CASE-17" << int(State::Showing) << 1.5 << german;
        QTest::newRow("MEDIUM, English, larger font")
            << "en"
            << "sandbox:complete=MEDIUM@0" << int(State::Reviewing) << 1.5 << laptop;
    }
    void decisionAndCodeKeepTheWindowsWidth()
    {
        QFETCH(QString, language);
        QFETCH(QString, directive);
        QFETCH(int, state);
        QFETCH(qreal, fontScale);
        QFETCH(QSize, screen);
        if (language != QLatin1String("en"))
            QVERIFY(Config::installTranslations(language));
        QFont font = m_font;
        font.setPointSizeF(font.pointSizeF() * fontScale);
        QApplication::setFont(font);

        Ui::DeskEnvironment environment{*m_settings, *m_credentials, QProcessEnvironment(), false,
                                        [] { return QDate(2026, 11, 26); }};
        environment.historyPath = m_folder->filePath(QStringLiteral("history.sqlite"));
        m_window = std::make_unique<Ui::MainWindow>(environment);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        settle();
        const QSize initial = m_window->size();
        QCOMPARE(initial, QSize(1100, 720)); // the default size, nothing remembered

        type(QStringLiteral("firstName"), QStringLiteral("Jane"));
        type(QStringLiteral("lastName"), QStringLiteral("Sample"));
        type(QStringLiteral("dateOfBirth"), QStringLiteral("1990-04-23"));
        type(QStringLiteral("externalId"), directive);
        QTest::keyClick(m_window->findChild<QLineEdit*>(QStringLiteral("externalId")),
                        Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->controller().state(), State::Showing,
                                  TestSupport::EventTimeoutMs);
        if (state != int(State::Showing)) {
            QTest::keyClick(m_window.get(), Qt::Key_F5); // Check now
            QTRY_COMPARE_WITH_TIMEOUT(int(m_window->controller().state()), state,
                                      TestSupport::EventTimeoutMs);
        }
        settle();

        QVERIFY2(m_window->width() == initial.width(),
                 qPrintable(QStringLiteral("the window grew from %1 to %2 px")
                                .arg(initial.width())
                                .arg(m_window->width())));
        QCOMPARE(m_window->height(), initial.height());
        QVERIFY2(m_window->minimumSize().width() <= initial.width() &&
                     m_window->minimumSizeHint().width() <= screen.width(),
                 qPrintable(QStringLiteral("the window needs at least %1 px")
                                .arg(m_window->minimumSizeHint().width())));
        QVERIFY(m_window->frameGeometry().width() <= screen.width());
        QVERIFY(m_window->frameGeometry().height() <= screen.height());

        // Every label on screen shows its whole text at the width it was given.
        for (const QLabel* label : m_window->findChildren<QLabel*>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            const int needed = label->wordWrap() ? label->heightForWidth(label->width())
                                                 : label->sizeHint().height();
            QVERIFY2(label->sizeHint().width() <= label->width() || label->wordWrap(),
                     qPrintable(label->objectName() + QLatin1String(": ") + label->text()));
            QVERIFY2(needed <= label->height() + 1,
                     qPrintable(QStringLiteral("%1 is cut: %2 of %3 px high")
                                    .arg(label->objectName())
                                    .arg(label->height())
                                    .arg(needed)));
        }
        // The checks' names have the room the result and the score do not need.
        if (auto* factors = m_window->findChild<QTreeWidget*>(QStringLiteral("trustFactors"));
            factors && factors->isVisible()) {
            const QFontMetrics metrics(factors->font());
            const int spare = factors->viewport()->width() - factors->header()->length();
            for (int i = 0; i < factors->topLevelItemCount(); ++i) {
                const QString name = factors->topLevelItem(i)->text(0);
                const int room = factors->columnWidth(0) - 2 * 6;
                QVERIFY2(metrics.horizontalAdvance(name) <= room || spare <= 0, qPrintable(name));
            }
            // A check that was not evaluated has no score: a dash, not 0.
            for (int i = 0; i < factors->topLevelItemCount(); ++i) {
                const QTreeWidgetItem* item = factors->topLevelItem(i);
                if (item->text(1).startsWith(QLatin1Char('?')))
                    QVERIFY2(item->text(2) == QStringLiteral("–"), qPrintable(item->text(0)));
            }
            QVERIFY(factors->columnWidth(2) <
                    metrics.horizontalAdvance(factors->headerItem()->text(2)) + 60);
        }
    }

private:
    // Lets every layout take in the new texts, as the next frame would.
    void settle()
    {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
    }
    void type(const QString& name, const QString& text)
    {
        auto* edit = m_window->findChild<QLineEdit*>(name);
        QVERIFY2(edit, qPrintable(name));
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Config::MemoryCredentialStore> m_credentials;
    std::unique_ptr<Ui::MainWindow> m_window;
    QFont m_font;
};

QTEST_MAIN(TestWindowSize)
#include "tst_windowsize.moc"
