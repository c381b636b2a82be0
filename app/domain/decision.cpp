#include "decision.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <utility>

namespace Domain {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Domain::Decision)
};

} // namespace

Level levelFromWire(const QString& text)
{
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

QString levelWireName(Level level)
{
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

QString levelDisplayText(Level level)
{
    switch (level) {
    case Level::High:
        return Text::tr("Passed");
    case Level::Medium:
        return Text::tr("Suspicious: extra checks recommended");
    case Level::Low:
        return Text::tr("Not passed");
    case Level::Unavailable:
        return Text::tr("Not part of this evaluation");
    case Level::Unknown:
        break;
    }
    return Text::tr("Unknown (no value)");
}

QString TrustFactor::trustFactorDisplayName(const QString& key)
{
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
        return Text::tr(it.value());

    // An unknown key: "someNewCheck" or "some_new-check" becomes "Some new check"; acronyms keep
    // their case ("faceIDCheck" becomes "Face ID check", not "Face iDCheck").
    QStringList words;
    QString word;
    const auto endWord = [&words, &word] {
        if (!word.isEmpty())
            words << std::exchange(word, QString());
    };
    for (int i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c == QLatin1Char('_') || c == QLatin1Char('-') || c.isSpace()) {
            endWord();
            continue;
        }
        if (c.isUpper() && !word.isEmpty()) {
            const bool afterLower = !key.at(i - 1).isUpper();
            const bool startsWordAfterAcronym = i + 1 < key.size() && key.at(i + 1).isLower();
            if (afterLower || startsWordAfterAcronym)
                endWord();
        }
        word += c;
    }
    endWord();
    if (words.isEmpty())
        return Text::tr("(unnamed check)");
    for (QString& w : words) {
        const bool acronym = w.size() > 1 && w == w.toUpper();
        if (!acronym)
            w = w.toLower();
    }
    QString text = words.join(QLatin1Char(' '));
    text[0] = text.at(0).toUpper();
    return text;
}

} // namespace Domain
