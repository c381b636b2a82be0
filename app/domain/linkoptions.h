#pragma once
// Query options of the web-enrolment link (API.md section 1: lang, onlyMobile).

#include <QList>
#include <QString>
#include <QUrl>

namespace Domain {

struct WebLanguage {
    QString code;       // as the platform spells it, e.g. "de-DE", "jp-JP"
    QString nativeName; // the language's own name, e.g. "Deutsch"
};

// Every code the documentation lists, in its order.
const QList<WebLanguage>& webLanguages();
bool isWebLanguage(const QString& code);

struct LinkOptions {
    QString language; // empty: the platform's default
    bool onlyMobile = false;
};

// The link with the options added; existing query items (the token) are kept as they are.
QUrl applyLinkOptions(const QUrl& link, const LinkOptions& options);

} // namespace Domain
