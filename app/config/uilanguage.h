#pragma once
// The language of the staff-facing text: English (the source text) or one of the translations
// built into the program (translations/*.ts). The applicant-facing screens do not use this: they
// follow the applicant's language (Domain::applicantPhrase).

#include <QList>
#include <QString>
#include <QStringList>

namespace Config {

struct UiLanguage {
    QString code;       // "en", "de", "sk"
    QString nativeName; // as its speakers write it: "Deutsch"
};

// English first, then every language with a translation built in.
QList<UiLanguage> uiLanguages();

struct ResolvedUiLanguage {
    QString code;    // always one of uiLanguages()
    QString problem; // why the setting was not used (an unknown code), else empty
};

// The language to use for a setting (a code of uiLanguages(), or empty for the system's) and the
// system's preferred UI languages in order (QLocale::uiLanguages(), e.g. "de-AT", "sk"): the
// setting when it is a known code, else the first system language with a translation, else English.
ResolvedUiLanguage resolveUiLanguage(const QString& setting, const QStringList& systemLanguages);

// Installs the translators for code (one of uiLanguages()) on the running application: Enrolment
// Desk's own and, when the system has them, Qt's (standard buttons, context menus). English gets
// only its plural forms ("1 second", "2 seconds"). Returns false when a translation built into the
// program could not be loaded (a build problem; the text stays English).
bool installTranslations(const QString& code);

// What the desk and the command line do at start: resolves the user's setting against the system
// locale, installs the translations and reports a problem with the setting on standard error.
void installConfiguredTranslations(const QString& setting);

} // namespace Config
