// The staff window in the staff's language, the Language menu that chooses it for the next start,
// and the customer display in the applicant's language while the staff's is German.

#include "config/memorycredentialstore.h"
#include "config/uilanguage.h"
#include "customerdisplay.h"
#include "domain/applicantphrases.h"
#include "mainwindow.h"
#include "tsfile.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

const QString SourceDir = QStringLiteral(ENROLMENT_SOURCE_DIR);

// The German translation of a message, as the shipped file has it.
QString german(const QString& context, const QString& source)
{
    static const TsFile file =
        readTsFile(SourceDir + QStringLiteral("/translations/enrolmentdesk_de.ts"));
    for (const TsMessage& message : file.messages) {
        if (message.context == context && message.source == source && !message.unfinished)
            return message.translations.constFirst();
    }
    return QString();
}

QStringList visibleTexts(const QWidget& window)
{
    QStringList texts;
    for (const QLabel* label : window.findChildren<QLabel*>()) {
        if (label->isVisibleTo(&window) && !label->text().isEmpty())
            texts.append(label->text());
    }
    return texts;
}

} // namespace

class TestTranslatedWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
        m_settings = std::make_unique<QSettings>(m_folder->filePath(QStringLiteral("desk.ini")),
                                                 QSettings::IniFormat);
        m_preferences = std::make_unique<QSettings>(
            m_folder->filePath(QStringLiteral("preferences.ini")), QSettings::IniFormat);
        QVERIFY(Config::installTranslations(QStringLiteral("de")));
    }

    void cleanup()
    {
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void theStaffWindowIsInTheStaffsLanguage()
    {
        Ui::MainWindow window(environment());
        const QString file = german(QStringLiteral("Ui::MainWindow"), QStringLiteral("&File"));
        QVERIFY(!file.isEmpty());
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), file);
        QCOMPARE(window.windowTitle(),
                 german(QStringLiteral("Ui::MainWindow"), QStringLiteral("Enrolment Desk")));
        // The form's labels too (a widget of its own, with its own context).
        const QString firstName =
            german(QStringLiteral("Ui::ApplicantForm"), QStringLiteral("F&irst name:"));
        QVERIFY(!firstName.isEmpty());
        QVERIFY2(visibleTexts(window).contains(firstName),
                 qPrintable(visibleTexts(window).join(QLatin1String(" | "))));
    }

    void theLanguageMenuStoresTheChoiceForTheNextStart()
    {
        Ui::MainWindow window(environment());
        auto* menu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        auto* system = menu->findChild<QAction*>(QStringLiteral("language_system"));
        auto* slovak = menu->findChild<QAction*>(QStringLiteral("language_sk"));
        QVERIFY(system && slovak);
        QVERIFY(system->isChecked());
        QVERIFY(!slovak->isChecked());

        slovak->trigger();
        QCOMPARE(m_preferences->value(QStringLiteral("ui/language")).toString(),
                 QStringLiteral("sk"));
        // The profiles' settings are not where a personal preference goes.
        QVERIFY(!m_settings->contains(QStringLiteral("ui/language")));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Slovenčina")),
                 qPrintable(window.statusBar()->currentMessage()));

        Ui::MainWindow next(environment());
        auto* checked = next.findChild<QAction*>(QStringLiteral("language_sk"));
        QVERIFY(checked && checked->isChecked());
        next.findChild<QAction*>(QStringLiteral("language_system"))->trigger();
        QCOMPARE(m_preferences->value(QStringLiteral("ui/language")).toString(), QString());
    }

    void theCustomerDisplayFollowsTheApplicant()
    {
        Ui::CustomerDisplay display;
        display.setLanguage(QStringLiteral("sk-SK"));
        display.showCode(QStringLiteral("https://platform.example/web-enrolment/?token=abc"));
        const QStringList texts = visibleTexts(display);
        const QString slovak =
            Domain::applicantPhrase(Domain::Phrase::ScanInstruction, QStringLiteral("sk-SK"));
        const QString staffGerman =
            Domain::applicantPhrase(Domain::Phrase::ScanInstruction, QStringLiteral("de-DE"));
        QVERIFY(slovak != staffGerman);
        QVERIFY2(texts.contains(slovak), qPrintable(texts.join(QLatin1String(" | "))));
        QVERIFY(!texts.contains(staffGerman));
        // Its window title is for the staff, in theirs.
        QCOMPARE(display.windowTitle(),
                 german(QStringLiteral("Ui::CustomerDisplay"), QStringLiteral("Customer display")));
    }

private:
    Ui::DeskEnvironment environment()
    {
        Ui::DeskEnvironment result{*m_settings, m_credentials};
        result.variables = QProcessEnvironment();
        result.historyPath = m_folder->filePath(QStringLiteral("history.sqlite"));
        result.preferences = m_preferences.get();
        return result;
    }

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QSettings> m_preferences;
    Config::MemoryCredentialStore m_credentials;
};

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
