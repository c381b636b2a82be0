// Which language the staff-facing text is in: the setting, else the system's first language with
// a translation, else English; the built-in translations and Qt's own load for it, English gets
// its plural forms, and the command line speaks the chosen language (--help included).

#include "config/uilanguage.h"
#include "testsupport.h"
#include "tsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

const QString SourceDir = QStringLiteral(ENROLMENT_SOURCE_DIR);

TsFile shippedFile(const QString& language)
{
    return readTsFile(SourceDir +
                      QStringLiteral("/translations/enrolmentdesk_%1.ts").arg(language));
}

std::optional<TsMessage> findMessage(const TsFile& file, const QString& context,
                                     const QString& sourceStart)
{
    for (const TsMessage& message : file.messages) {
        if (message.context == context && message.source.startsWith(sourceStart))
            return message;
    }
    return std::nullopt;
}

QString translated(const TsMessage& message, int n = -1)
{
    return QCoreApplication::translate(message.context.toUtf8().constData(),
                                       message.source.toUtf8().constData(), nullptr, n);
}

} // namespace

class TestUiLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        // Each test starts untranslated.
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void resolvesTheLanguage_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("problem");
        const QStringList german{QStringLiteral("de-AT"), QStringLiteral("en-US")};
        QTest::newRow("system German (Austria)") << QString() << german << "de" << false;
        QTest::newRow("system Slovak, underscore")
            << QString() << QStringList{QStringLiteral("sk_SK")} << "sk" << false;
        QTest::newRow("first system language with a translation")
            << QString() << QStringList{QStringLiteral("fr-FR"), QStringLiteral("sk")} << "sk"
            << false;
        QTest::newRow("no translation: English")
            << QString() << QStringList{QStringLiteral("fr-FR")} << "en" << false;
        QTest::newRow("C locale") << QString() << QStringList{QStringLiteral("C")} << "en" << false;
        QTest::newRow("nothing known") << QString() << QStringList() << "en" << false;
        QTest::newRow("setting wins over the system") << "en" << german << "en" << false;
        QTest::newRow("setting Slovak") << "sk" << german << "sk" << false;
        QTest::newRow("setting with spaces") << " de " << QStringList() << "de" << false;
        QTest::newRow("unknown setting: system, and said") << "xx" << german << "de" << true;
        QTest::newRow("a locale name is not a code") << "de_DE" << QStringList() << "en" << true;
    }

    void resolvesTheLanguage()
    {
        QFETCH(QString, setting);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QFETCH(bool, problem);
        const Config::ResolvedUiLanguage resolved = Config::resolveUiLanguage(setting, system);
        QCOMPARE(resolved.code, expected);
        QCOMPARE(!resolved.problem.isEmpty(), problem);
        if (problem)
            QVERIFY2(resolved.problem.contains(setting.trimmed()), qPrintable(resolved.problem));
    }

    void everyLanguageOfTheMenuIsBuiltIn()
    {
        QStringList codes;
        for (const Config::UiLanguage& language : Config::uiLanguages()) {
            QVERIFY(!language.nativeName.isEmpty());
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/enrolmentdesk_%1.qm").arg(language.code)),
                     qPrintable(language.code));
            codes.append(language.code);
        }
        QCOMPARE(codes,
                 (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("sk")}));
    }

    void installsTheBuiltInTranslation_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("Slovak") << QStringLiteral("sk");
    }

    void installsTheBuiltInTranslation()
    {
        QFETCH(QString, language);
        const TsFile file = shippedFile(language);
        const auto message =
            findMessage(file, QStringLiteral("Ui::MainWindow"), QStringLiteral("&Create session"));
        QVERIFY(message);
        QCOMPARE(translated(*message), message->source); // nothing installed yet
        QVERIFY(Config::installTranslations(language));
        QCOMPARE(translated(*message), message->translations.constFirst());
        QVERIFY(translated(*message) != message->source);
        // Plural forms come from the translation too.
        const auto plural = findMessage(file, QStringLiteral("Api::ApiError"),
                                        QStringLiteral("The platform is limiting requests"));
        QVERIFY(plural && plural->numerus);
        QCOMPARE(
            translated(*plural, 1),
            QString(plural->translations.at(0)).replace(QLatin1String("%n"), QLatin1String("1")));
    }

    void qtsOwnWordsFollow()
    {
        // qt6-translations-l10n (scripts/install-deps, and Recommends of the package).
        const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        QVERIFY2(QFile::exists(qtTranslations + QStringLiteral("/qtbase_de.qm")),
                 "Qt's German translation is not installed");
        QVERIFY(Config::installTranslations(QStringLiteral("de")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));
    }

    void englishHasItsPluralForms()
    {
        const TsFile file = shippedFile(QStringLiteral("en"));
        const auto message = findMessage(file, QStringLiteral("Api::ApiError"),
                                         QStringLiteral("The platform at %1 did not answer"));
        QVERIFY(message);
        QVERIFY(translated(*message, 1).contains(QLatin1String("(s)")));
        QVERIFY(Config::installTranslations(QStringLiteral("en")));
        const QString one = translated(*message, 1);
        const QString two = translated(*message, 2);
        QVERIFY2(one.contains(QLatin1String("within 1 second.")), qPrintable(one));
        QVERIFY2(two.contains(QLatin1String("within 2 seconds.")), qPrintable(two));
    }

    void theCommandLineSpeaksTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("expected");
        QTest::newRow("LANGUAGE=de") << QStringLiteral("de") << QString() << QStringLiteral("de");
        QTest::newRow("setting sk over LANGUAGE=de")
            << QStringLiteral("de") << QStringLiteral("sk") << QStringLiteral("sk");
        QTest::newRow("setting en over LANGUAGE=sk")
            << QStringLiteral("sk") << QStringLiteral("en") << QStringLiteral("en");
    }

    void theCommandLineSpeaksTheChosenLanguage()
    {
        QFETCH(QString, variable);
        QFETCH(QString, setting);
        QFETCH(QString, expected);
        QTemporaryDir home;
        QProcessEnvironment environment = TestSupport::isolatedEnvironment(home.path());
        environment.insert(QStringLiteral("LANGUAGE"), variable);
        if (!setting.isEmpty()) {
            QSettings file(
                home.filePath(QStringLiteral("config/EnrolmentDesk/enrolment-desk.conf")),
                QSettings::IniFormat);
            file.setValue(QStringLiteral("ui/language"), setting);
        }
        const TestSupport::ProcessResult result =
            TestSupport::runDesk({QStringLiteral("--help")}, environment);
        QCOMPARE(result.exitCode, 0);
        const QString output = QString::fromUtf8(result.out);

        const auto overview = findMessage(
            shippedFile(expected == QLatin1String("en") ? QStringLiteral("de") : expected),
            QStringLiteral("Cli::CommandLine"), QStringLiteral("Enrolment Desk %1:"));
        QVERIFY(overview);
        const QString text = expected == QLatin1String("en") ? overview->source
                                                             : overview->translations.constFirst();
        // The first line after the version, e.g. ": staff-assisted identity onboarding."
        const QString firstLine =
            text.section(QLatin1Char('\n'), 0, 0).section(QStringLiteral("%1"), 1);
        QVERIFY(!firstLine.isEmpty());
        QVERIFY2(output.contains(firstLine), qPrintable(output.left(300)));
        QCOMPARE(result.err, QByteArray());
    }

    void anUnknownSettingIsNamedAndTheCommandStillRuns()
    {
        QTemporaryDir home;
        QProcessEnvironment environment = TestSupport::isolatedEnvironment(home.path());
        {
            QSettings file(
                home.filePath(QStringLiteral("config/EnrolmentDesk/enrolment-desk.conf")),
                QSettings::IniFormat);
            file.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
        }
        const TestSupport::ProcessResult result =
            TestSupport::runDesk({QStringLiteral("--version")}, environment);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith("enrolment-desk "));
        const QString err = QString::fromUtf8(result.err);
        QVERIFY2(err.contains(QStringLiteral("“klingon”")) &&
                     err.contains(QLatin1String("en, de, sk")),
                 qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
