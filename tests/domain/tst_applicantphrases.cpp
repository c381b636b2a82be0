// The applicant-facing words of the customer display: every phrase in every translated web
// language, the countdown placeholder everywhere, and English for anything else.

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
};

void TestApplicantPhrases::everyPhraseInEveryLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<Phrase>("phrase");
    const QList<Phrase> phrases = allPhrases();
    QCOMPARE(phrases.size(), 6);
    QCOMPARE(phrases.first(), Phrase::ScanInstruction);
    QCOMPARE(phrases.last(), Phrase::TestDisplay);
    for (const QString& code : applicantPhraseLanguages()) {
        for (const Phrase phrase : phrases) {
            QTest::addRow("%s phrase %d", qPrintable(code), int(phrase)) << code << phrase;
        }
    }
}

void TestApplicantPhrases::everyPhraseInEveryLanguage()
{
    QFETCH(QString, code);
    QFETCH(Phrase, phrase);
    QVERIFY(hasApplicantPhrases(code));
    const QString text = applicantPhrase(phrase, code);
    QVERIFY(!text.isEmpty());
    QCOMPARE(text, text.trimmed());
    QVERIFY2(!text.contains(QLatin1String("  ")), qPrintable(text));
    // Only the countdown phrase has a placeholder, exactly one; no other argument markers.
    const int placeholders = text.count(QLatin1String("%1"));
    QCOMPARE(placeholders, phrase == Phrase::LinkExpiresIn ? 1 : 0);
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

QTEST_GUILESS_MAIN(TestApplicantPhrases)
#include "tst_applicantphrases.moc"
