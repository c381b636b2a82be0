#include "decision.h"

#include <QCoreApplication>
#include <QHash>

namespace Domain {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Domain::Decision", text);
}

} // namespace

Level levelFromWire(const QString& text) {
    if (text == QLatin1String("HIGH"))
        return Level::High;
    if (text == QLatin1String("MEDIUM"))
        return Level::Medium;
    if (text == QLatin1String("LOW"))
        return Level::Low;
    if (text == QLatin1String("UNAVAILABLE"))
        return Level::Unavailable;
    return Level::Unknown;
}

QString levelWireName(Level level) {
    switch (level) {
    case Level::High:
        return QStringLiteral("HIGH");
    case Level::Medium:
        return QStringLiteral("MEDIUM");
    case Level::Low:
        return QStringLiteral("LOW");
    case Level::Unavailable:
        return QStringLiteral("UNAVAILABLE");
    case Level::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

QString levelDisplayText(Level level) {
    switch (level) {
    case Level::High:
        return tr("Passed");
    case Level::Medium:
        return tr("Suspicious: extra checks recommended");
    case Level::Low:
        return tr("Not passed");
    case Level::Unavailable:
        return tr("Not part of this evaluation");
    case Level::Unknown:
        break;
    }
    return tr("Unknown (no value)");
}

QString TrustFactor::trustFactorDisplayName(const QString& key) {
    static const QHash<QString, const char*> known{
        {QStringLiteral("dateOfExpiration"),
         QT_TRANSLATE_NOOP("Domain::Decision", "Document not expired")},
        {QStringLiteral("documentLiveness"),
         QT_TRANSLATE_NOOP("Domain::Decision", "Document liveness")},
        {QStringLiteral("faceVerification"), QT_TRANSLATE_NOOP("Domain::Decision", "Face match")},
        {QStringLiteral("mrzOcrCrossCheck"),
         QT_TRANSLATE_NOOP("Domain::Decision", "MRZ and printed text agree")},
        {QStringLiteral("overallOcrFieldsConfidence"),
         QT_TRANSLATE_NOOP("Domain::Decision", "Text recognition confidence")},
        {QStringLiteral("passiveLiveness"), QT_TRANSLATE_NOOP("Domain::Decision", "Face liveness")},
        {QStringLiteral("mrzValidity"), QT_TRANSLATE_NOOP("Domain::Decision", "MRZ valid")},
        {QStringLiteral("applicantIntegrity"),
         QT_TRANSLATE_NOOP("Domain::Decision", "Applicant integrity")},
        {QStringLiteral("ageVerification"),
         QT_TRANSLATE_NOOP("Domain::Decision", "Age verification")},
        {QStringLiteral("barcodeCrossCheck"),
         QT_TRANSLATE_NOOP("Domain::Decision", "Barcode cross-check")},
    };
    if (const auto it = known.constFind(key); it != known.cend())
        return tr(it.value());

    // An unknown key: "someNewCheck" or "some_new-check" becomes "Some new check".
    QString words;
    for (int i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c == QLatin1Char('_') || c == QLatin1Char('-')) {
            words += QLatin1Char(' ');
        } else if (c.isUpper() && i > 0 && !key.at(i - 1).isUpper()) {
            words += QLatin1Char(' ');
            words += c.toLower();
        } else {
            words += c;
        }
    }
    words = words.simplified();
    if (words.isEmpty())
        return tr("(unnamed check)");
    words[0] = words.at(0).toUpper();
    return words;
}

} // namespace Domain
