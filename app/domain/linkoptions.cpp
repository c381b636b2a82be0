#include "linkoptions.h"

#include <QStringList>

namespace Domain {

const QList<WebLanguage>& webLanguages()
{
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

bool isWebLanguage(const QString& code)
{
    for (const WebLanguage& language : webLanguages()) {
        if (language.code == code)
            return true;
    }
    return false;
}

QUrl applyLinkOptions(const QUrl& link, const LinkOptions& options)
{
    // Works on the encoded query text: a QUrlQuery round trip re-encodes the platform's items
    // (a '=' in the token becomes %3D), and the token must reach the phone exactly as sent.
    const QString query = link.query(QUrl::FullyEncoded);
    QStringList items;
    if (!query.isEmpty())
        items = query.split(QLatin1Char('&'));
    const auto replace = [&items](const QString& key, const QString& value) {
        const QString prefix = key + QLatin1Char('=');
        items.removeIf([&](const QString& item) { return item == key || item.startsWith(prefix); });
        items << prefix + QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    if (!options.language.isEmpty())
        replace(QStringLiteral("lang"), options.language);
    if (options.onlyMobile)
        replace(QStringLiteral("onlyMobile"), QStringLiteral("true"));
    if (options.language.isEmpty() && !options.onlyMobile)
        return link;
    QUrl result = link;
    result.setQuery(items.join(QLatin1Char('&')));
    return result;
}

} // namespace Domain
