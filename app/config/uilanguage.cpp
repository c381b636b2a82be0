#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace Config {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Config::UiLanguage)
};

// Where CMake's qt_add_translations puts the compiled .ts files (translations/CMakeLists.txt).
const QString BuiltInTranslations = QStringLiteral(":/i18n/enrolmentdesk_%1.qm");

QString languageOf(const QString& localeName)
{
    // "de-AT", "de_AT" and "de" all name German; QLocale knows the rules (scripts, aliases).
    const QLocale locale(localeName);
    if (locale.language() == QLocale::C)
        return QString();
    return QLocale::languageToCode(locale.language());
}

bool isKnown(const QString& code)
{
    for (const UiLanguage& language : uiLanguages()) {
        if (language.code == code)
            return true;
    }
    return false;
}

} // namespace

QList<UiLanguage> uiLanguages()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("sk"), QStringLiteral("Slovenčina")},
    };
}

ResolvedUiLanguage resolveUiLanguage(const QString& setting, const QStringList& systemLanguages)
{
    ResolvedUiLanguage result;
    const QString chosen = setting.trimmed();
    if (!chosen.isEmpty()) {
        if (isKnown(chosen)) {
            result.code = chosen;
            return result;
        }
        QStringList known;
        for (const UiLanguage& language : uiLanguages())
            known.append(language.code);
        result.problem =
            Text::tr("The language setting “%1” is not one of %2; the system's language is used.")
                .arg(chosen, known.join(QLatin1String(", ")));
    }
    for (const QString& name : systemLanguages) {
        const QString code = languageOf(name);
        if (isKnown(code)) {
            result.code = code;
            return result;
        }
    }
    result.code = QStringLiteral("en");
    return result;
}

bool installTranslations(const QString& code)
{
    QCoreApplication* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    if (!own->load(BuiltInTranslations.arg(code))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    if (code == QLatin1String("en"))
        return true;
    // Qt's own words (Cancel, Copy, Select All...), from the system's Qt translations when present.
    auto* qt = new QTranslator(app);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

void installConfiguredTranslations(const QString& setting)
{
    const ResolvedUiLanguage language = resolveUiLanguage(setting, QLocale::system().uiLanguages());
    if (!language.problem.isEmpty())
        std::fprintf(stderr, "enrolment-desk: %s\n", qPrintable(language.problem));
    if (!installTranslations(language.code))
        std::fprintf(stderr,
                     "enrolment-desk: the %s translation is missing from this build; the "
                     "text stays in English.\n",
                     qPrintable(language.code));
}

} // namespace Config
