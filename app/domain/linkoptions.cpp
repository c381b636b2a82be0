#include "linkoptions.h"

#include <QUrlQuery>

namespace Domain {

const QList<WebLanguage>& webLanguages() {
    static const QList<WebLanguage> languages{
        {QStringLiteral("en-US"), QStringLiteral("English (US)")},
        {QStringLiteral("de-DE"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr-FR"), QStringLiteral("Français")},
        {QStringLiteral("fr-CA"), QStringLiteral("Français (Canada)")},
        {QStringLiteral("es-ES"), QStringLiteral("Español")},
        {QStringLiteral("pt-PT"), QStringLiteral("Português")},
        {QStringLiteral("cs-CZ"), QStringLiteral("Čeština")},
        {QStringLiteral("sk-SK"), QStringLiteral("Slovenčina")},
        {QStringLiteral("hu-HU"), QStringLiteral("Magyar")},
        {QStringLiteral("ro-RO"), QStringLiteral("Română")},
        {QStringLiteral("lv-LV"), QStringLiteral("Latviešu")},
        {QStringLiteral("fi-FI"), QStringLiteral("Suomi")},
        {QStringLiteral("sv-SE"), QStringLiteral("Svenska")},
        {QStringLiteral("da-DK"), QStringLiteral("Dansk")},
        {QStringLiteral("uk-UA"), QStringLiteral("Українська")},
        {QStringLiteral("ar-SA"), QStringLiteral("العربية")},
        {QStringLiteral("jp-JP"), QStringLiteral("日本語")}, // the platform's spelling, not ja-JP
    };
    return languages;
}

bool isWebLanguage(const QString& code) {
    for (const WebLanguage& language : webLanguages()) {
        if (language.code == code)
            return true;
    }
    return false;
}

QUrl applyLinkOptions(const QUrl& link, const LinkOptions& options) {
    QUrlQuery query(link);
    if (!options.language.isEmpty()) {
        query.removeAllQueryItems(QStringLiteral("lang"));
        query.addQueryItem(QStringLiteral("lang"), options.language);
    }
    if (options.onlyMobile) {
        query.removeAllQueryItems(QStringLiteral("onlyMobile"));
        query.addQueryItem(QStringLiteral("onlyMobile"), QStringLiteral("true"));
    }
    QUrl result = link;
    result.setQuery(query);
    return result;
}

} // namespace Domain
