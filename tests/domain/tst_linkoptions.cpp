// Query options of the web-enrolment link (API.md section 1: lang, onlyMobile).

#include "domain/linkoptions.h"

#include <QSet>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Domain;

namespace {

const QString base = QStringLiteral("https://enrol.example.com/web-enrolment/");
// A JWT as the platform sends it (base64url, dots).
const QString jwt = QStringLiteral(
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzZXNzaW9uSWQiOiJhZDkwYzgyMS1lNWVhLTQzODUtYmU1Yi00Zm"
    "M5ZjllYTI0ZWUifQ.t5zUPHZjpo-q3Rl5ZibyKSaBXAdItuCRdTBMS2JW8gQ");

QStringList rawItems(const QUrl& url)
{
    const QString query = url.query(QUrl::FullyEncoded);
    return query.isEmpty() ? QStringList() : query.split(QLatin1Char('&'));
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

int countItems(const QUrl& url, const QString& key)
{
    return QUrlQuery(url).allQueryItemValues(key).size();
}

} // namespace

class TestLinkOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webLanguagesAreTheDocumentedOnes();
    void isWebLanguage_data();
    void isWebLanguage();
    void apply_data();
    void apply();
    void applyingTwiceKeepsOneOfEach_data();
    void applyingTwiceKeepsOneOfEach();
    void laterLanguageReplacesEarlier();
};

void TestLinkOptions::webLanguagesAreTheDocumentedOnes()
{
    const QStringList documented{
        QStringLiteral("en-US"), QStringLiteral("de-DE"), QStringLiteral("fr-FR"),
        QStringLiteral("fr-CA"), QStringLiteral("es-ES"), QStringLiteral("pt-PT"),
        QStringLiteral("cs-CZ"), QStringLiteral("sk-SK"), QStringLiteral("hu-HU"),
        QStringLiteral("ro-RO"), QStringLiteral("lv-LV"), QStringLiteral("fi-FI"),
        QStringLiteral("sv-SE"), QStringLiteral("da-DK"), QStringLiteral("uk-UA"),
        QStringLiteral("ar-SA"), QStringLiteral("jp-JP"),
    };
    QCOMPARE(documented.size(), 17);

    QStringList codes;
    QSet<QString> names;
    for (const WebLanguage& language : webLanguages()) {
        codes << language.code;
        QVERIFY2(!language.nativeName.trimmed().isEmpty(), qPrintable(language.code));
        names.insert(language.nativeName);
    }
    QCOMPARE(codes, documented);
    QCOMPARE(names.size(), documented.size());
    QVERIFY(codes.contains(QStringLiteral("jp-JP")));
    QVERIFY(!codes.contains(QStringLiteral("ja-JP")));
}

void TestLinkOptions::isWebLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("known");

    QTest::newRow("en-US") << QStringLiteral("en-US") << true;
    QTest::newRow("de-DE") << QStringLiteral("de-DE") << true;
    QTest::newRow("fr-CA") << QStringLiteral("fr-CA") << true;
    QTest::newRow("ar-SA") << QStringLiteral("ar-SA") << true;
    QTest::newRow("jp-JP") << QStringLiteral("jp-JP") << true;
    QTest::newRow("ja-JP") << QStringLiteral("ja-JP") << false;
    QTest::newRow("de") << QStringLiteral("de") << false;
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << false;
    QTest::newRow("en-GB") << QStringLiteral("en-GB") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestLinkOptions::isWebLanguage()
{
    QFETCH(QString, code);
    QFETCH(bool, known);
    QCOMPARE(Domain::isWebLanguage(code), known);
}

void TestLinkOptions::apply_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("onlyMobile");
    // The raw (fully encoded) query items the result must have, in any order.
    QTest::addColumn<QStringList>("expectedItems");

    const QString token = QStringLiteral("token=") + jwt;
    const QString link = base + QStringLiteral("?") + token;
    const QString lang = QStringLiteral("lang=de-DE");
    const QString mobile = QStringLiteral("onlyMobile=true");

    QTest::newRow("nothing") << link << QString() << false << QStringList{token};
    QTest::newRow("language") << link << QStringLiteral("de-DE") << false
                              << QStringList{token, lang};
    QTest::newRow("only mobile") << link << QString() << true << QStringList{token, mobile};
    QTest::newRow("both") << link << QStringLiteral("de-DE") << true
                          << QStringList{token, lang, mobile};
    QTest::newRow("jp-JP") << link << QStringLiteral("jp-JP") << true
                           << QStringList{token, QStringLiteral("lang=jp-JP"), mobile};

    const QString base64Token = QStringLiteral("token=ab+cd/ef==");
    QTest::newRow("standard base64 token")
        << (base + QStringLiteral("?") + base64Token) << QStringLiteral("de-DE") << true
        << QStringList{base64Token, lang, mobile};

    const QString encodedToken = QStringLiteral("token=ab%2Bcd%2Fef%3D%3D");
    QTest::newRow("percent-encoded token")
        << (base + QStringLiteral("?") + encodedToken) << QStringLiteral("de-DE") << true
        << QStringList{encodedToken, lang, mobile};

    const QString spaceToken = QStringLiteral("token=a%20b%26c");
    QTest::newRow("token with encoded space and ampersand")
        << (base + QStringLiteral("?") + spaceToken) << QStringLiteral("de-DE") << false
        << QStringList{spaceToken, lang};

    QTest::newRow("existing lang replaced")
        << (link + QStringLiteral("&lang=en-US")) << QStringLiteral("de-DE") << false
        << QStringList{token, lang};
    QTest::newRow("existing lang kept without a choice")
        << (link + QStringLiteral("&lang=en-US")) << QString() << true
        << QStringList{token, QStringLiteral("lang=en-US"), mobile};
    QTest::newRow("existing onlyMobile not doubled")
        << (link + QStringLiteral("&onlyMobile=true")) << QString() << true
        << QStringList{token, mobile};
    QTest::newRow("other parameters kept")
        << (link + QStringLiteral("&iframe=true&x=1")) << QStringLiteral("de-DE") << true
        << QStringList{token, QStringLiteral("iframe=true"), QStringLiteral("x=1"), lang, mobile};
    QTest::newRow("no query at all")
        << base << QStringLiteral("de-DE") << true << QStringList{lang, mobile};
    QTest::newRow("with fragment") << (link + QStringLiteral("#start")) << QStringLiteral("de-DE")
                                   << true << QStringList{token, lang, mobile};
}

void TestLinkOptions::apply()
{
    QFETCH(QString, link);
    QFETCH(QString, language);
    QFETCH(bool, onlyMobile);
    QFETCH(QStringList, expectedItems);

    const QUrl original(link, QUrl::StrictMode);
    QVERIFY2(original.isValid(), qPrintable(original.errorString()));
    const QUrl result = applyLinkOptions(original, LinkOptions{language, onlyMobile});
    QVERIFY(result.isValid());

    QCOMPARE(sorted(rawItems(result)), sorted(expectedItems));
    // The platform's own items stay first and byte-for-byte as they came.
    QCOMPARE(rawItems(result).first(), expectedItems.first());
    QVERIFY2(result.toString(QUrl::FullyEncoded).contains(expectedItems.first()),
             qPrintable(result.toString(QUrl::FullyEncoded)));
    QCOMPARE(QUrlQuery(result).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded),
             QUrlQuery(original).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded));

    QCOMPARE(result.scheme(), original.scheme());
    QCOMPARE(result.authority(), original.authority());
    QCOMPARE(result.path(), original.path());
    QCOMPARE(result.fragment(), original.fragment());

    QVERIFY(countItems(result, QStringLiteral("lang")) <= 1);
    QVERIFY(countItems(result, QStringLiteral("onlyMobile")) <= 1);
    if (!language.isEmpty())
        QCOMPARE(QUrlQuery(result).queryItemValue(QStringLiteral("lang")), language);
    if (onlyMobile)
        QCOMPARE(QUrlQuery(result).queryItemValue(QStringLiteral("onlyMobile")),
                 QStringLiteral("true"));
    if (language.isEmpty() && !onlyMobile)
        QCOMPARE(result, original);
}

void TestLinkOptions::applyingTwiceKeepsOneOfEach_data()
{
    apply_data();
}

void TestLinkOptions::applyingTwiceKeepsOneOfEach()
{
    QFETCH(QString, link);
    QFETCH(QString, language);
    QFETCH(bool, onlyMobile);
    QFETCH(QStringList, expectedItems);

    const LinkOptions options{language, onlyMobile};
    const QUrl once = applyLinkOptions(QUrl(link, QUrl::StrictMode), options);
    const QUrl twice = applyLinkOptions(once, options);
    QCOMPARE(twice, once);
    QCOMPARE(sorted(rawItems(twice)), sorted(expectedItems));
}

void TestLinkOptions::laterLanguageReplacesEarlier()
{
    const QUrl link(base + QStringLiteral("?token=") + jwt, QUrl::StrictMode);
    const QUrl german = applyLinkOptions(link, LinkOptions{QStringLiteral("de-DE"), true});
    const QUrl french = applyLinkOptions(german, LinkOptions{QStringLiteral("fr-FR"), true});
    QCOMPARE(sorted(rawItems(french)),
             sorted(QStringList{QStringLiteral("token=") + jwt, QStringLiteral("lang=fr-FR"),
                                QStringLiteral("onlyMobile=true")}));
    QCOMPARE(countItems(french, QStringLiteral("lang")), 1);
}

QTEST_GUILESS_MAIN(TestLinkOptions)
#include "tst_linkoptions.moc"
