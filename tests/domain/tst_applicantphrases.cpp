// The applicant-facing words of the customer display and the kiosk: every phrase in every
// translated web language, the placeholders everywhere, the kiosk's screens whole in one language,
// and English for anything else.

#include "domain/applicantphrases.h"
#include "domain/linkoptions.h"

#include <QSet>
#include <QTest>

using namespace Domain;

Q_DECLARE_METATYPE(Domain::Phrase)

class TestApplicantPhrases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPhraseInEveryLanguage_data();
    void everyPhraseInEveryLanguage();
    void onlyWebLanguagesAreTranslated();
    void englishIsTheDefault();
    void fallsBackToEnglish_data();
    void fallsBackToEnglish();
    void translationsAreTheirOwn();
    void germanSpotCheck();
    void countdownFillsIn();
    void kioskLanguages();
    void kioskPhrasesAreTheirOwn_data();
    void kioskPhrasesAreTheirOwn();
    void kioskFallsBackToEnglishAsAWhole_data();
    void kioskFallsBackToEnglishAsAWhole();
    void kioskSpotCheck();
    void kioskPlaceholdersFillIn();
};

void TestApplicantPhrases::everyPhraseInEveryLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<Phrase>("phrase");
    const QList<Phrase> phrases = allPhrases();
    QCOMPARE(phrases.size(), 41);
    QCOMPARE(phrases.first(), Phrase::ScanInstruction);
    QCOMPARE(phrases.at(5), Phrase::TestDisplay);
    QCOMPARE(phrases.at(6), Phrase::Welcome);
    QCOMPARE(phrases.last(), Phrase::KioskIdleWarning);
    QStringList codes = applicantPhraseLanguages();
    for (const QString& code : kioskPhraseLanguages()) {
        if (!codes.contains(code))
            codes << code;
    }
    codes << QStringLiteral("xx-XX"); // the English fallback, checked the same way
    for (const QString& code : codes) {
        for (const Phrase phrase : phrases) {
            QTest::addRow("%s phrase %d", qPrintable(code), int(phrase)) << code << phrase;
        }
    }
}

void TestApplicantPhrases::everyPhraseInEveryLanguage()
{
    QFETCH(QString, code);
    QFETCH(Phrase, phrase);
    const QString text = applicantPhrase(phrase, code);
    QVERIFY(!text.isEmpty());
    QCOMPARE(text, text.trimmed());
    QVERIFY2(!text.contains(QLatin1String("  ")), qPrintable(text));
    // Only the countdowns have a placeholder, exactly one; no other argument markers.
    const int placeholders = text.count(QLatin1String("%1"));
    const bool countdown = phrase == Phrase::LinkExpiresIn || phrase == Phrase::KioskTimeLeft ||
                           phrase == Phrase::KioskIdleWarning;
    QCOMPARE(placeholders, countdown ? 1 : 0);
    QCOMPARE(phrasePlaceholders(phrase), placeholders);
    QVERIFY(!text.contains(QLatin1String("%2")));
    QCOMPARE(text.count(QLatin1Char('%')), placeholders);
}

void TestApplicantPhrases::onlyWebLanguagesAreTranslated()
{
    const QStringList codes = applicantPhraseLanguages();
    QCOMPARE(codes.first(), QStringLiteral("en-US"));
    QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()).size(), codes.size());
    for (const QString& code : codes)
        QVERIFY2(isWebLanguage(code), qPrintable(code));
    // The ones the desk's customers ask for most, at least.
    for (const char* code :
         {"en-US", "de-DE", "sk-SK", "cs-CZ", "fr-FR", "es-ES", "hu-HU", "pt-PT"})
        QVERIFY2(codes.contains(QLatin1String(code)), code);
}

void TestApplicantPhrases::englishIsTheDefault()
{
    const QString en = QStringLiteral("en-US");
    QCOMPARE(applicantPhrase(Phrase::ScanInstruction, en),
             QStringLiteral("Scan this code with your phone's camera"));
    QCOMPARE(applicantPhrase(Phrase::Waiting, en), QStringLiteral("Waiting"));
    QCOMPARE(applicantPhrase(Phrase::ThankYou, en), QStringLiteral("Thank you"));
    QCOMPARE(applicantPhrase(Phrase::LinkExpiresIn, en), QStringLiteral("Link expires in %1"));
    QCOMPARE(applicantPhrase(Phrase::LinkExpired, en),
             QStringLiteral("This code has expired. Please ask our staff for a new one."));
    QCOMPARE(applicantPhrase(Phrase::TestDisplay, en),
             QStringLiteral("This is the customer display"));
}

void TestApplicantPhrases::fallsBackToEnglish_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown") << QStringLiteral("xx-XX");
    QTest::newRow("not a web language") << QStringLiteral("it-IT");
    QTest::newRow("language without region") << QStringLiteral("de");
    QTest::newRow("wrong case") << QStringLiteral("DE-de");
    QTest::newRow("ISO Japanese, not the platform's") << QStringLiteral("ja-JP");
    // A web language without a translation here (no confident wording yet).
    QTest::newRow("lv-LV") << QStringLiteral("lv-LV");
}

void TestApplicantPhrases::fallsBackToEnglish()
{
    QFETCH(QString, code);
    QVERIFY(!hasApplicantPhrases(code));
    QVERIFY(!hasKioskPhrases(code));
    for (const Phrase phrase : allPhrases())
        QCOMPARE(applicantPhrase(phrase, code), applicantPhrase(phrase, QStringLiteral("en-US")));
    QCOMPARE(applicantPhrase(Phrase(99), code), QString());
}

void TestApplicantPhrases::translationsAreTheirOwn()
{
    // A row copied from English by mistake would pass the other tests.
    for (const QString& code : applicantPhraseLanguages()) {
        if (code == QLatin1String("en-US"))
            continue;
        for (const Phrase phrase : {Phrase::ScanInstruction, Phrase::LinkExpiresIn,
                                    Phrase::LinkExpired, Phrase::TestDisplay}) {
            QVERIFY2(applicantPhrase(phrase, code) !=
                         applicantPhrase(phrase, QStringLiteral("en-US")),
                     qPrintable(code));
        }
    }
}

void TestApplicantPhrases::germanSpotCheck()
{
    const QString de = QStringLiteral("de-DE");
    QCOMPARE(applicantPhrase(Phrase::ScanInstruction, de),
             QStringLiteral("Scannen Sie diesen Code mit der Kamera Ihres Smartphones"));
    QCOMPARE(applicantPhrase(Phrase::ThankYou, de), QStringLiteral("Vielen Dank"));
    QCOMPARE(applicantPhrase(Phrase::ScanInstruction, QStringLiteral("sk-SK")),
             QStringLiteral("Naskenujte tento kód fotoaparátom svojho telefónu"));
}

void TestApplicantPhrases::countdownFillsIn()
{
    for (const QString& code : applicantPhraseLanguages()) {
        const QString text =
            applicantPhrase(Phrase::LinkExpiresIn, code).arg(QStringLiteral("59:07"));
        QVERIFY2(text.contains(QLatin1String("59:07")), qPrintable(code));
        QVERIFY(!text.contains(QLatin1Char('%')));
    }
}

void TestApplicantPhrases::kioskLanguages()
{
    const QStringList codes = kioskPhraseLanguages();
    QCOMPARE(codes.first(), QStringLiteral("en-US"));
    for (const char* code : {"en-US", "de-DE", "sk-SK", "cs-CZ"})
        QVERIFY2(codes.contains(QLatin1String(code)), code);
    for (const QString& code : codes) {
        QVERIFY2(isWebLanguage(code), qPrintable(code));
        QVERIFY(hasKioskPhrases(code));
    }
    int kiosk = 0;
    for (const Phrase phrase : allPhrases())
        kiosk += isKioskPhrase(phrase) ? 1 : 0;
    QCOMPARE(kiosk, 34);
    QVERIFY(!isKioskPhrase(Phrase::TestDisplay));
    QVERIFY(isKioskPhrase(Phrase::KioskStartTitle));
    QVERIFY(!isKioskPhrase(Phrase(99)));
}

void TestApplicantPhrases::kioskPhrasesAreTheirOwn_data()
{
    QTest::addColumn<QString>("code");
    for (const QString& code : kioskPhraseLanguages()) {
        if (code != QLatin1String("en-US"))
            QTest::newRow(qPrintable(code)) << code;
    }
}

void TestApplicantPhrases::kioskPhrasesAreTheirOwn()
{
    // Every kiosk phrase translated: a row copied from English, or a line pasted twice, shows here.
    QFETCH(QString, code);
    QSet<QString> seen;
    for (const Phrase phrase : allPhrases()) {
        if (!isKioskPhrase(phrase))
            continue;
        const QString text = applicantPhrase(phrase, code);
        QVERIFY2(text != applicantPhrase(phrase, QStringLiteral("en-US")), qPrintable(text));
        seen.insert(text);
    }
    // "Continue" is the form's button and the idle warning's: one phrase, so all texts differ.
    QCOMPARE(seen.size(), 34);
}

void TestApplicantPhrases::kioskFallsBackToEnglishAsAWhole_data()
{
    QTest::addColumn<QString>("code");
    // Web languages with display phrases but no kiosk screens: English, never a mix.
    QTest::newRow("fr-FR") << QStringLiteral("fr-FR");
    QTest::newRow("hu-HU") << QStringLiteral("hu-HU");
    QTest::newRow("jp-JP") << QStringLiteral("jp-JP");
    QTest::newRow("lv-LV") << QStringLiteral("lv-LV");
    QTest::newRow("empty") << QString();
}

void TestApplicantPhrases::kioskFallsBackToEnglishAsAWhole()
{
    QFETCH(QString, code);
    QVERIFY(!hasKioskPhrases(code));
    for (const Phrase phrase : allPhrases()) {
        if (isKioskPhrase(phrase))
            QCOMPARE(applicantPhrase(phrase, code),
                     applicantPhrase(phrase, QStringLiteral("en-US")));
    }
}

void TestApplicantPhrases::kioskSpotCheck()
{
    const QString en = QStringLiteral("en-US");
    QCOMPARE(applicantPhrase(Phrase::KioskThankYou, en),
             QStringLiteral("Thank you, you can continue with our staff"));
    QCOMPARE(applicantPhrase(Phrase::KioskIdleWarning, en),
             QStringLiteral("Are you still there? This screen will reset in %1 s. Touch the "
                            "screen to continue."));
    QCOMPARE(applicantPhrase(Phrase::KioskCantScan, en), QStringLiteral("I can't scan"));
    QCOMPARE(applicantPhrase(Phrase::KioskScanInstruction, en),
             QStringLiteral("Scan with your phone camera"));
    QCOMPARE(applicantPhrase(Phrase::KioskContinue, QStringLiteral("de-DE")),
             QStringLiteral("Weiter"));
    QCOMPARE(applicantPhrase(Phrase::KioskFirstName, QStringLiteral("sk-SK")),
             QStringLiteral("Meno"));
    QCOMPARE(applicantPhrase(Phrase::KioskLastName, QStringLiteral("cs-CZ")),
             QStringLiteral("Příjmení"));
    // The customer never reads a decision: no word of levels or scores in any end text.
    for (const QString& code : kioskPhraseLanguages()) {
        for (const Phrase phrase : {Phrase::KioskThankYou, Phrase::KioskExpired,
                                    Phrase::KioskFailed, Phrase::KioskProgress}) {
            const QString text = applicantPhrase(phrase, code).toLower();
            for (const char* word : {"high", "medium", "low", "score", "approved", "rejected"})
                QVERIFY2(!text.contains(QLatin1String(word)), qPrintable(text));
        }
    }
}

void TestApplicantPhrases::kioskPlaceholdersFillIn()
{
    for (const QString& code : kioskPhraseLanguages()) {
        const QString warning = applicantPhrase(Phrase::KioskIdleWarning, code).arg(20);
        QVERIFY2(warning.contains(QLatin1String("20 s")), qPrintable(warning));
        const QString left =
            applicantPhrase(Phrase::KioskTimeLeft, code).arg(QStringLiteral("9:07"));
        QVERIFY2(left.endsWith(QLatin1String("9:07")), qPrintable(left));
        QVERIFY(!warning.contains(QLatin1Char('%')) && !left.contains(QLatin1Char('%')));
    }
}

QTEST_GUILESS_MAIN(TestApplicantPhrases)
#include "tst_applicantphrases.moc"
