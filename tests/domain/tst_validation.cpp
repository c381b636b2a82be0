// Field rules of app/domain/validation.h and the loopback rule they rely on.

#include "domain/loopback.h"
#include "domain/validation.h"

#include <QSet>
#include <QTest>
#include <QUrl>

using namespace Domain;

namespace {

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

QString repeated(const char* unit, int count)
{
    return QString::fromUtf8(unit).repeated(count);
}

// The labels staff see; messages must name the field with them.
QString expectedLabel(Field field)
{
    switch (field) {
    case Field::FirstName:
        return QStringLiteral("First name");
    case Field::LastName:
        return QStringLiteral("Last name");
    case Field::AdditionalNames:
        return QStringLiteral("Additional names");
    case Field::DateOfBirth:
        return QStringLiteral("Date of birth");
    case Field::ExternalId:
        return QStringLiteral("External ID");
    case Field::Theme:
        return QStringLiteral("Web theme");
    case Field::SessionId:
        return QStringLiteral("Session ID");
    case Field::ReturnUrl:
        return QStringLiteral("Return URL");
    case Field::Language:
        return QStringLiteral("Language");
    }
    return {};
}

const QList<Field> allFields{Field::FirstName,   Field::LastName,   Field::AdditionalNames,
                             Field::DateOfBirth, Field::ExternalId, Field::Theme,
                             Field::SessionId,   Field::ReturnUrl,  Field::Language};

const QList<Field> nameFields{Field::FirstName, Field::LastName, Field::AdditionalNames};

const char* fieldTag(Field field)
{
    switch (field) {
    case Field::FirstName:
        return "first";
    case Field::LastName:
        return "last";
    case Field::AdditionalNames:
        return "additional";
    default:
        break;
    }
    return "other";
}

// Checks a rule's answer against the expectation of one data row.
void verifyOutcome(const std::optional<ValidationError>& problem, Field field, bool accepted,
                   const QString& messagePart)
{
    if (accepted) {
        QVERIFY2(!problem, problem ? qPrintable(problem->message) : "");
        return;
    }
    QVERIFY2(problem.has_value(), "the value was accepted but must be refused");
    QCOMPARE(problem->field, field);
    QVERIFY2(problem->message.contains(expectedLabel(field)),
             qPrintable(QStringLiteral("message does not name the field: ") + problem->message));
    QVERIFY2(problem->message.contains(messagePart),
             qPrintable(QStringLiteral("message \"%1\" does not contain \"%2\"")
                            .arg(problem->message, messagePart)));
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldLabels_data();
    void fieldLabels();
    void fieldLabelsAreDistinct();

    void codePointCount_data();
    void codePointCount();
    void describeCodePoint_data();
    void describeCodePoint();

    void names_data();
    void names();
    void emptyNameRefusedOnlyWhenRequired_data();
    void emptyNameRefusedOnlyWhenRequired();

    void dateOfBirth_data();
    void dateOfBirth();
    void dateOfBirthAgainstTheRealToday();
    void localDatesAreNormalized_data();
    void localDatesAreNormalized();

    void externalId_data();
    void externalId();

    void theme_data();
    void theme();

    void returnUrl_data();
    void returnUrl();

    void loopbackHost_data();
    void loopbackHost();
    void loopbackUrl_data();
    void loopbackUrl();
};

void TestValidation::fieldLabels_data()
{
    QTest::addColumn<Field>("field");
    for (const Field field : allFields)
        QTest::addRow("%s", qPrintable(expectedLabel(field))) << field;
}

void TestValidation::fieldLabels()
{
    QFETCH(Field, field);
    QCOMPARE(fieldLabel(field), expectedLabel(field));
}

void TestValidation::fieldLabelsAreDistinct()
{
    QSet<QString> labels;
    for (const Field field : allFields) {
        QVERIFY(!fieldLabel(field).isEmpty());
        labels.insert(fieldLabel(field));
    }
    QCOMPARE(labels.size(), allFields.size());
}

void TestValidation::codePointCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("ascii") << QStringLiteral("abc") << 3;
    QTest::newRow("latin-1") << utf8("José") << 4;
    QTest::newRow("decomposed") << utf8("Jose\u0301") << 5;
    QTest::newRow("emoji") << utf8("😀") << 1;
    QTest::newRow("emoji inside") << utf8("a😀b") << 3;
    QTest::newRow("two emoji") << utf8("😀😀") << 2;
    QTest::newRow("astral letters") << repeated("𠀀", 7) << 7;
    QTest::newRow("lone high surrogate") << QString(QChar(0xD83D)) << 1;
    QTest::newRow("lone low surrogate") << QString(QChar(0xDE00)) << 1;
    QTest::newRow("low then high") << (QString(QChar(0xDE00)) + QChar(0xD83D)) << 2;
    QTest::newRow("512 emoji") << repeated("😀", 512) << 512;
}

void TestValidation::codePointCount()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(Domain::codePointCount(text), expected);
}

void TestValidation::describeCodePoint_data()
{
    QTest::addColumn<uint>("codePoint");
    QTest::addColumn<QString>("hex");
    QTest::addColumn<bool>("showsGlyph");

    QTest::newRow("NUL") << 0x0u << QStringLiteral("U+0000") << false;
    QTest::newRow("tab") << 0x9u << QStringLiteral("U+0009") << false;
    QTest::newRow("DEL") << 0x7Fu << QStringLiteral("U+007F") << false;
    QTest::newRow("zero width space") << 0x200Bu << QStringLiteral("U+200B") << false;
    QTest::newRow("line separator") << 0x2028u << QStringLiteral("U+2028") << false;
    QTest::newRow("A") << 0x41u << QStringLiteral("U+0041") << true;
    QTest::newRow("at sign") << 0x40u << QStringLiteral("U+0040") << true;
    QTest::newRow("e acute") << 0xE9u << QStringLiteral("U+00E9") << true;
    QTest::newRow("emoji") << 0x1F600u << QStringLiteral("U+1F600") << true;
}

void TestValidation::describeCodePoint()
{
    QFETCH(uint, codePoint);
    QFETCH(QString, hex);
    QFETCH(bool, showsGlyph);

    const char32_t cp = codePoint;
    const QString text = Domain::describeCodePoint(cp);
    QVERIFY2(text.contains(hex), qPrintable(text));
    const QString glyph = QString::fromUcs4(&cp, 1);
    QCOMPARE(text.contains(glyph), showsGlyph);
    if (!showsGlyph)
        QCOMPARE(text, hex);
}

void TestValidation::names_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    // Part of the refusal message: the offending character, or the rule broken.
    QTest::addColumn<QString>("messagePart");

    struct Row {
        const char* tag;
        QString value;
        bool accepted;
        QString messagePart;
    };
    const QString ok;
    const QList<Row> rows{
        {"plain", QStringLiteral("John"), true, ok},
        {"latin accent", utf8("José"), true, ok},
        {"polish", utf8("Łukasz"), true, ok},
        {"ascii apostrophe", QStringLiteral("O'Brien"), true, ok},
        {"typographic apostrophe", utf8("O’Brien"), true, ok},
        {"hyphen", QStringLiteral("Anne-Marie"), true, ok},
        {"space", QStringLiteral("Mary Ann"), true, ok},
        {"periods", QStringLiteral("J. R. R."), true, ok},
        {"chinese", utf8("李小龍"), true, ok},
        {"arabic", utf8("محمد"), true, ok},
        {"greek", utf8("Αλέξανδρος"), true, ok},
        {"cyrillic", utf8("Юлия"), true, ok},
        {"hebrew", utf8("דוד"), true, ok},
        {"korean", utf8("김민준"), true, ok},
        {"vietnamese", utf8("Nguyễn"), true, ok},
        {"devanagari with virama", utf8("अर्जुन"), true, ok},
        {"devanagari spacing mark", utf8("प्रिया"), true, ok},
        {"thai with marks", utf8("สมศักดิ์"), true, ok},
        {"decomposed accent", utf8("Jose\u0301"), true, ok},
        {"modifier letter okina", utf8("Keʻala"), true, ok},
        {"surrounding spaces trimmed", utf8("  José  "), true, ok},
        {"surrounding newline trimmed", QStringLiteral("\nJohn\n"), true, ok},
        {"100 characters", QString(100, QChar(u'a')), true, ok},
        {"100 characters after trimming",
         QStringLiteral("  ") + QString(100, QChar(u'a')) + QStringLiteral("  "), true, ok},
        {"100 astral letters", repeated("𠀀", 100), true, ok},
        {"100 code points with combining marks", repeated("e\u0301", 50), true, ok},

        {"NUL", QStringLiteral("Bob") + QChar(u'\0'), false, QStringLiteral("U+0000")},
        {"NUL inside", QStringLiteral("Bo") + QChar(u'\0') + QStringLiteral("b"), false,
         QStringLiteral("U+0000")},
        {"tab inside", QStringLiteral("Bob\tSmith"), false, QStringLiteral("U+0009")},
        {"newline inside", QStringLiteral("Ann\nMarie"), false, QStringLiteral("U+000A")},
        {"DEL", QStringLiteral("Bob\x7f"), false, QStringLiteral("U+007F")},
        {"zero width space", utf8("Bob\u200B"), false, QStringLiteral("U+200B")},
        {"digit", QStringLiteral("J0hn"), false, QStringLiteral("0")},
        {"trailing digit", QStringLiteral("John2"), false, QStringLiteral("2")},
        {"arabic-indic digit", utf8("محمد٣"), false, QStringLiteral("U+0663")},
        {"fullwidth digit", utf8("Ann７"), false, QStringLiteral("U+FF17")},
        {"superscript two", utf8("Ann²"), false, QStringLiteral("U+00B2")},
        {"emoji only", utf8("😀"), false, utf8("😀")},
        {"emoji code point", utf8("John😀"), false, QStringLiteral("U+1F600")},
        {"at sign", QStringLiteral("Ann@"), false, QStringLiteral("@")},
        {"underscore", QStringLiteral("Ann_Marie"), false, QStringLiteral("_")},
        {"comma", QStringLiteral("Doe, John"), false, QStringLiteral(",")},
        {"slash", QStringLiteral("Ann/Marie"), false, QStringLiteral("/")},
        {"math symbol", utf8("Ann∑"), false, QStringLiteral("U+2211")},
        {"replacement char", utf8("Ann\uFFFD"), false, QStringLiteral("U+FFFD")},
        {"hyphens only", QStringLiteral("---"), false, QStringLiteral("letter")},
        {"punctuation only", QStringLiteral("'. -"), false, QStringLiteral("letter")},
        {"combining mark only", utf8("\u0301"), false, QStringLiteral("letter")},
        {"101 characters", QString(101, QChar(u'a')), false, QStringLiteral("100")},
        {"101 astral letters", repeated("𠀀", 101), false, QStringLiteral("100")},
        {"101 code points with combining marks", repeated("e\u0301", 50) + QStringLiteral("e"),
         false, QStringLiteral("100")},
    };

    for (const Field field : nameFields) {
        for (const Row& row : rows) {
            QTest::addRow("%s: %s", fieldTag(field), row.tag)
                << field << row.value << row.accepted << row.messagePart;
        }
    }
}

void TestValidation::names()
{
    QFETCH(Field, field);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QFETCH(QString, messagePart);

    // The rule is the same whether or not the field is required.
    verifyOutcome(checkName(field, value, true), field, accepted, messagePart);
    verifyOutcome(checkName(field, value, false), field, accepted, messagePart);
}

void TestValidation::emptyNameRefusedOnlyWhenRequired_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("required");
    QTest::addColumn<bool>("accepted");

    for (const Field field : nameFields) {
        QTest::addRow("%s: empty, required", fieldTag(field))
            << field << QString() << true << false;
        QTest::addRow("%s: blank, required", fieldTag(field))
            << field << QStringLiteral(" \t ") << true << false;
        QTest::addRow("%s: empty, optional", fieldTag(field))
            << field << QString() << false << true;
        QTest::addRow("%s: blank, optional", fieldTag(field))
            << field << QStringLiteral(" \t ") << false << true;
    }
}

void TestValidation::emptyNameRefusedOnlyWhenRequired()
{
    QFETCH(Field, field);
    QFETCH(QString, value);
    QFETCH(bool, required);
    QFETCH(bool, accepted);
    verifyOutcome(checkName(field, value, required), field, accepted, QStringLiteral("required"));
}

void TestValidation::dateOfBirth_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("messagePart");

    const QDate today(2024, 6, 15);
    const QString ok;
    const QString format = QStringLiteral("YYYY-MM-DD");
    const QString notReal = QStringLiteral("not a real calendar date");

    QTest::newRow("ordinary") << QStringLiteral("1990-04-23") << today << true << ok;
    QTest::newRow("seed example") << QStringLiteral("2004-07-09") << today << true << ok;
    QTest::newRow("leap day 2024") << QStringLiteral("2024-02-29") << today << true << ok;
    QTest::newRow("leap day 2000") << QStringLiteral("2000-02-29") << today << true << ok;
    QTest::newRow("first allowed day") << QStringLiteral("1900-01-01") << today << true << ok;
    QTest::newRow("today") << QStringLiteral("2024-06-15") << today << true << ok;
    QTest::newRow("yesterday") << QStringLiteral("2024-06-14") << today << true << ok;
    QTest::newRow("surrounding spaces") << QStringLiteral(" 1990-04-23 ") << today << true << ok;
    QTest::newRow("other today: last day")
        << QStringLiteral("1999-12-31") << QDate(1999, 12, 31) << true << ok;

    QTest::newRow("tomorrow") << QStringLiteral("2024-06-16") << today << false
                              << QStringLiteral("future");
    QTest::newRow("next year") << QStringLiteral("2025-01-01") << today << false
                               << QStringLiteral("future");
    QTest::newRow("other today: day after")
        << QStringLiteral("2000-01-01") << QDate(1999, 12, 31) << false << QStringLiteral("future");
    QTest::newRow("day before 1900")
        << QStringLiteral("1899-12-31") << today << false << QStringLiteral("1900-01-01");
    QTest::newRow("year 0001") << QStringLiteral("0001-01-01") << today << false
                               << QStringLiteral("1900-01-01");
    QTest::newRow("no leap day 2023") << QStringLiteral("2023-02-29") << today << false << notReal;
    QTest::newRow("no leap day 1900") << QStringLiteral("1900-02-29") << today << false << notReal;
    QTest::newRow("month 13") << QStringLiteral("2000-13-01") << today << false << notReal;
    QTest::newRow("month 00") << QStringLiteral("2000-00-10") << today << false << notReal;
    QTest::newRow("day 32") << QStringLiteral("2000-01-32") << today << false << notReal;
    QTest::newRow("day 00") << QStringLiteral("2000-01-00") << today << false << notReal;
    QTest::newRow("april 31") << QStringLiteral("2000-04-31") << today << false << notReal;
    QTest::newRow("single-digit month and day")
        << QStringLiteral("1990-4-3") << today << false << format;
    QTest::newRow("slashes") << QStringLiteral("03/04/1990") << today << false << format;
    QTest::newRow("dots") << QStringLiteral("23.04.1990") << today << false << format;
    QTest::newRow("no dashes") << QStringLiteral("19900423") << today << false << format;
    QTest::newRow("with time") << QStringLiteral("1990-04-23T00:00:00") << today << false << format;
    QTest::newRow("signed year") << QStringLiteral("+1990-04-23") << today << false << format;
    QTest::newRow("five-digit year") << QStringLiteral("19900-04-23") << today << false << format;
    QTest::newRow("arabic-indic digits") << utf8("١٩٩٠-٠٤-٢٣") << today << false << format;
    QTest::newRow("text") << QStringLiteral("yesterday") << today << false << format;
    QTest::newRow("empty") << QString() << today << false << QStringLiteral("required");
    QTest::newRow("blank") << QStringLiteral("   ") << today << false << QStringLiteral("required");
}

void TestValidation::dateOfBirth()
{
    QFETCH(QString, value);
    QFETCH(QDate, today);
    QFETCH(bool, accepted);
    QFETCH(QString, messagePart);
    verifyOutcome(checkDateOfBirth(value, today), Field::DateOfBirth, accepted, messagePart);
}

// Issue 13: dates typed the local way become YYYY-MM-DD before they are checked; anything else
// is left for checkDateOfBirth to explain.
void TestValidation::localDatesAreNormalized_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("ISO") << QStringLiteral("1990-04-23") << QStringLiteral("1990-04-23");
    QTest::newRow("dots") << QStringLiteral("23.04.1990") << QStringLiteral("1990-04-23");
    QTest::newRow("dots, one digit")
        << QStringLiteral(" 3.4.1990 ") << QStringLiteral("1990-04-03");
    QTest::newRow("dots, not real") << QStringLiteral("31.02.1990") << QStringLiteral("1990-02-31");
    QTest::newRow("no separators") << QStringLiteral("19900423") << QStringLiteral("1990-04-23");
    QTest::newRow("two-digit year") << QStringLiteral("23.04.90") << QStringLiteral("23.04.90");
    QTest::newRow("slashes: ambiguous")
        << QStringLiteral("03/04/1990") << QStringLiteral("03/04/1990");
    QTest::newRow("seven digits") << QStringLiteral("1990042") << QStringLiteral("1990042");
}

void TestValidation::localDatesAreNormalized()
{
    QFETCH(QString, typed);
    QFETCH(QString, normalized);
    QCOMPARE(Domain::normalizeDate(typed), normalized);
}

void TestValidation::dateOfBirthAgainstTheRealToday()
{
    const QDate today = QDate::currentDate();
    QVERIFY(!checkDateOfBirth(today.toString(Qt::ISODate), today));
    const auto tomorrow = checkDateOfBirth(today.addDays(1).toString(Qt::ISODate), today);
    QVERIFY(tomorrow);
    QCOMPARE(tomorrow->field, Field::DateOfBirth);
}

void TestValidation::externalId_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("messagePart");

    const QString ok;
    QTest::newRow("empty") << QString() << true << ok;
    QTest::newRow("blank") << QStringLiteral("   ") << true << ok;
    QTest::newRow("seed example") << QStringLiteral("53421526A") << true << ok;
    QTest::newRow("free text") << utf8("Case #42 / Müller, branch 7") << true << ok;
    QTest::newRow("emoji") << utf8("case 😀") << true << ok;
    QTest::newRow("512 characters") << QString(512, QChar(u'x')) << true << ok;
    QTest::newRow("512 astral code points") << repeated("😀", 512) << true << ok;
    QTest::newRow("511 characters and an emoji")
        << (QString(511, QChar(u'x')) + utf8("😀")) << true << ok;
    QTest::newRow("512 characters with surrounding spaces")
        << (QStringLiteral("  ") + QString(512, QChar(u'x')) + QStringLiteral("  ")) << true << ok;

    QTest::newRow("513 characters") << QString(513, QChar(u'x')) << false << QStringLiteral("512");
    QTest::newRow("513 astral code points") << repeated("😀", 513) << false << QStringLiteral("512");
    QTest::newRow("SOH") << QStringLiteral("a\x01"
                                           "b")
                         << false << QStringLiteral("U+0001");
    QTest::newRow("NUL") << (QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b")) << false
                         << QStringLiteral("U+0000");
    QTest::newRow("tab inside") << QStringLiteral("a\tb") << false << QStringLiteral("U+0009");
    QTest::newRow("newline inside") << QStringLiteral("a\nb") << false << QStringLiteral("U+000A");
    QTest::newRow("DEL") << QStringLiteral("a\x7f"
                                           "b")
                         << false << QStringLiteral("U+007F");
    QTest::newRow("C1 control") << utf8("a\u0085b") << false << QStringLiteral("U+0085");
    // Issue 14 item 11: what changes how a case number looks (CVE-2021-42574).
    QTest::newRow("right-to-left override")
        << utf8("CASE-1\u202Eexe.cod") << false << QStringLiteral("U+202E");
    QTest::newRow("left-to-right isolate")
        << utf8("CASE-\u20661") << false << QStringLiteral("U+2066");
    QTest::newRow("zero width space") << utf8("CASE\u200B-1") << false << QStringLiteral("U+200B");
    QTest::newRow("line separator") << utf8("CASE\u2028-1") << false << QStringLiteral("U+2028");
    QTest::newRow("byte order mark") << utf8("CASE\uFEFF-1") << false << QStringLiteral("U+FEFF");
}

void TestValidation::externalId()
{
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QFETCH(QString, messagePart);
    verifyOutcome(checkExternalId(value), Field::ExternalId, accepted, messagePart);
}

void TestValidation::theme_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("messagePart");

    const QString ok;
    QTest::newRow("empty") << QString() << true << ok;
    QTest::newRow("blank") << QStringLiteral("  ") << true << ok;
    QTest::newRow("seed example") << QStringLiteral("white") << true << ok;
    QTest::newRow("every allowed kind") << QStringLiteral("Dark_Mode-2.v1") << true << ok;
    QTest::newRow("64 characters") << QString(64, QChar(u'a')) << true << ok;
    QTest::newRow("surrounding spaces") << QStringLiteral(" white ") << true << ok;

    QTest::newRow("65 characters") << QString(65, QChar(u'a')) << false << QStringLiteral("64");
    // Issue 13: a space is named in words, not as a code.
    QTest::newRow("space inside") << QStringLiteral("my theme") << false
                                  << QStringLiteral("contains a space");
    QTest::newRow("slash") << QStringLiteral("white/black") << false << QStringLiteral("/");
    QTest::newRow("accent") << utf8("thème") << false << utf8("è");
    QTest::newRow("non-latin letter") << utf8("тема") << false << QStringLiteral("U+0442");
    QTest::newRow("control") << QStringLiteral("a\x01"
                                               "b")
                             << false << QStringLiteral("U+0001");
    // 40 characters (80 UTF-16 units): within the length, refused for the character itself.
    QTest::newRow("40 emoji") << repeated("😀", 40) << false << QStringLiteral("U+1F600");
}

void TestValidation::theme()
{
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QFETCH(QString, messagePart);
    verifyOutcome(checkTheme(value), Field::Theme, accepted, messagePart);
}

void TestValidation::returnUrl_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("https") << QStringLiteral("https://example.com/done") << true;
    QTest::newRow("https with query")
        << QStringLiteral("https://bank.example/return?case=1") << true;
    QTest::newRow("https with port") << QStringLiteral("https://example.com:8443/") << true;
    QTest::newRow("https upper-case scheme") << QStringLiteral("HTTPS://Example.com/") << true;
    QTest::newRow("https surrounding spaces") << QStringLiteral("  https://example.com/  ") << true;
    QTest::newRow("https loopback") << QStringLiteral("https://127.0.0.1/done") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/done") << true;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1/done") << true;
    QTest::newRow("http 127.5.6.7") << QStringLiteral("http://127.5.6.7:9000/") << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:9000/done") << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false;
    QTest::newRow("http remote") << QStringLiteral("http://example.com/done") << false;
    QTest::newRow("http private address") << QStringLiteral("http://10.0.0.1/done") << false;
    QTest::newRow("http localhost lookalike")
        << QStringLiteral("http://localhost.example.com/") << false;
    QTest::newRow("http loopback lookalike")
        << QStringLiteral("http://127.0.0.1.example.com/") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/done") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("mailto") << QStringLiteral("mailto:desk@example.com") << false;
    QTest::newRow("no scheme") << QStringLiteral("example.com/done") << false;
    QTest::newRow("relative path") << QStringLiteral("/done") << false;
    QTest::newRow("scheme only") << QStringLiteral("https://") << false;
    QTest::newRow("no host") << QStringLiteral("https:///done") << false;
    QTest::newRow("space in host") << QStringLiteral("https://exa mple.com/") << false;
    QTest::newRow("seed placeholder")
        << QStringLiteral("{A url where end user will be redirected after enrolment}") << false;
    // Issue 14 item 11: the applicant's phone would go to evil.example.
    QTest::newRow("user info") << QStringLiteral("https://bank.example@evil.example/") << false;
    QTest::newRow("user and password")
        << QStringLiteral("https://bank.example:x@evil.example/") << false;
}

void TestValidation::returnUrl()
{
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    verifyOutcome(checkReturnUrl(value), Field::ReturnUrl, accepted,
                  expectedLabel(Field::ReturnUrl));
}

void TestValidation::loopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LOCALHOST") << QStringLiteral("LOCALHOST") << true;
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.5.6.7") << QStringLiteral("127.5.6.7") << true;
    QTest::newRow("127.255.255.254") << QStringLiteral("127.255.255.254") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("::1 long form") << QStringLiteral("0:0:0:0:0:0:0:1") << true;

    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("192.168.1.1") << QStringLiteral("192.168.1.1") << false;
    QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("::") << QStringLiteral("::") << false;
    QTest::newRow("::2") << QStringLiteral("::2") << false;
    QTest::newRow("example.com") << QStringLiteral("example.com") << false;
    QTest::newRow("localhost lookalike") << QStringLiteral("localhost.example.com") << false;
    QTest::newRow("loopback lookalike") << QStringLiteral("127.0.0.1.example.com") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestValidation::loopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(isLoopbackHost(host), loopback);
}

void TestValidation::loopbackUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("localhost") << QStringLiteral("http://localhost:8080/x") << true;
    QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1/") << true;
    QTest::newRow("::1") << QStringLiteral("http://[::1]:8080/") << true;
    QTest::newRow("remote") << QStringLiteral("http://example.com/") << false;
    QTest::newRow("private") << QStringLiteral("http://10.0.0.1/") << false;
    QTest::newRow("userinfo trick") << QStringLiteral("http://localhost@example.com/") << false;
    QTest::newRow("no host") << QStringLiteral("file:///tmp/x") << false;
}

void TestValidation::loopbackUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, loopback);
    QCOMPARE(isLoopbackUrl(QUrl(url)), loopback);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
