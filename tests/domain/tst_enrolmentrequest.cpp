// The body of POST /api/v1/enrolment/initialize (API.md section 1 and seed/create-session.txt).

#include "domain/enrolmentrequest.h"
#include "domain/sessionid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Domain;

namespace {

const QDate today(2024, 6, 15);
const QString seedId = QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee");
const QString returnUrl = QStringLiteral("https://bank.example/enrolment/done");

const QRegularExpression canonicalShape(
    QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

EnrolmentRequestInput minimalInput()
{
    EnrolmentRequestInput input;
    input.sessionId = seedId;
    input.returnUrl = returnUrl;
    return input;
}

ApplicantInput applicant(const QString& first, const QString& last, const QString& additional,
                         const QString& dateOfBirth, bool skip = false)
{
    ApplicantInput a;
    a.firstName = first;
    a.lastName = last;
    a.additionalNames = additional;
    a.dateOfBirth = dateOfBirth;
    a.skipIntegrityCheck = skip;
    return a;
}

QJsonObject minimalJson()
{
    return QJsonObject{{QStringLiteral("sessionId"), seedId},
                       {QStringLiteral("returnUrl"), returnUrl}};
}

QJsonObject formJson(const QString& first, const QString& last, const QString& dateOfBirth,
                     bool skip)
{
    return QJsonObject{{QStringLiteral("firstName"), first},
                       {QStringLiteral("lastName"), last},
                       {QStringLiteral("dateOfBirth"), dateOfBirth},
                       {QStringLiteral("skipIntegrityCheck"), skip}};
}

QJsonObject with(QJsonObject object, const QString& key, const QJsonValue& value)
{
    object.insert(key, value);
    return object;
}

// Null values or empty strings anywhere in the body: the API wants absent fields instead.
void collectEmptyValues(const QJsonObject& object, const QString& path, QStringList& found)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString where = path + QLatin1Char('/') + it.key();
        const QJsonValue value = it.value();
        if (value.isNull() || value.isUndefined() ||
            (value.isString() && value.toString().isEmpty()))
            found << where;
        else if (value.isObject())
            collectEmptyValues(value.toObject(), where, found);
        else if (value.isArray())
            found << where + QStringLiteral(" (unexpected array)");
    }
}

QList<Field> sortedFields(const ValidationErrors& errors)
{
    QList<Field> fields;
    for (const ValidationError& error : errors)
        fields << error.field;
    std::sort(fields.begin(), fields.end());
    return fields;
}

QString describe(const ValidationErrors& errors)
{
    QStringList lines;
    for (const ValidationError& error : errors)
        lines << error.message;
    return lines.join(QLatin1String(" | "));
}

} // namespace

class TestEnrolmentRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toJson_data();
    void toJson();
    void seedExample();
    void accessors();
    void generatesSessionIdWhenEmpty();
    void toJsonBytesParsesBack_data();
    void toJsonBytesParsesBack();
    void withNewSessionIdChangesOnlyTheId_data();
    void withNewSessionIdChangesOnlyTheId();
    void errors_data();
    void errors();
};

void TestEnrolmentRequest::toJson_data()
{
    QTest::addColumn<EnrolmentRequestInput>("input");
    QTest::addColumn<QJsonObject>("expected");

    {
        QTest::newRow("minimal") << minimalInput() << minimalJson();
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.externalId = QStringLiteral("53421526A");
        QTest::newRow("external id")
            << input << with(minimalJson(), QStringLiteral("externalId"), input.externalId);
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.theme = QStringLiteral("white");
        QTest::newRow("theme") << input
                               << with(minimalJson(), QStringLiteral("webEnrolmentTheme"),
                                       QStringLiteral("white"));
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.externalId = QStringLiteral("   ");
        input.theme = QStringLiteral(" \t");
        QTest::newRow("blank optional fields omitted") << input << minimalJson();
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.externalId = QStringLiteral("  case 7  ");
        input.theme = QStringLiteral(" dark ");
        input.returnUrl = QStringLiteral("  ") + returnUrl + QStringLiteral(" ");
        QJsonObject expected = minimalJson();
        expected.insert(QStringLiteral("externalId"), QStringLiteral("case 7"));
        expected.insert(QStringLiteral("webEnrolmentTheme"), QStringLiteral("dark"));
        QTest::newRow("values trimmed") << input << expected;
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.externalId = QString::fromUtf8("😀").repeated(512);
        QTest::newRow("512 astral code points")
            << input << with(minimalJson(), QStringLiteral("externalId"), input.externalId);
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.applicant = applicant(QStringLiteral("John"), QStringLiteral("Doe"), QString(),
                                    QStringLiteral("2004-07-09"));
        QTest::newRow("applicant without additional names")
            << input
            << with(minimalJson(), QStringLiteral("applicantForm"),
                    formJson(QStringLiteral("John"), QStringLiteral("Doe"),
                             QStringLiteral("2004-07-09"), false));
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.applicant = applicant(QStringLiteral("John"), QStringLiteral("Doe"),
                                    QStringLiteral("   "), QStringLiteral("2004-07-09"), true);
        QTest::newRow("blank additional names omitted, skip true")
            << input
            << with(minimalJson(), QStringLiteral("applicantForm"),
                    formJson(QStringLiteral("John"), QStringLiteral("Doe"),
                             QStringLiteral("2004-07-09"), true));
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.applicant = applicant(QStringLiteral("  John "), QStringLiteral(" Doe  "),
                                    QStringLiteral(" Michael "), QStringLiteral(" 2004-07-09 "));
        QTest::newRow("applicant values trimmed")
            << input
            << with(minimalJson(), QStringLiteral("applicantForm"),
                    with(formJson(QStringLiteral("John"), QStringLiteral("Doe"),
                                  QStringLiteral("2004-07-09"), false),
                         QStringLiteral("additionalNames"), QStringLiteral("Michael")));
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.applicant = applicant(utf8("李"), utf8("小龍"), utf8("Jose\u0301 O’Brien"),
                                    QStringLiteral("2024-02-29"));
        QTest::newRow("unicode names kept as typed")
            << input
            << with(minimalJson(), QStringLiteral("applicantForm"),
                    with(formJson(utf8("李"), utf8("小龍"), QStringLiteral("2024-02-29"), false),
                         QStringLiteral("additionalNames"), utf8("Jose\u0301 O’Brien")));
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.applicant.skipIntegrityCheck = true;
        QTest::newRow("skip without applicant data: no applicantForm") << input << minimalJson();
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.applicant = applicant(QStringLiteral(" "), QStringLiteral("\t"), QStringLiteral(" "),
                                    QStringLiteral(" "), true);
        QTest::newRow("blank applicant data: no applicantForm") << input << minimalJson();
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.sessionId = QStringLiteral(" {AD90C821-E5EA-4385-BE5B-4FC9F9EA24EE} ");
        QTest::newRow("session id normalised") << input << minimalJson();
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.returnUrl = QStringLiteral("http://127.0.0.1:8080/done");
        QTest::newRow("loopback http return url")
            << input
            << QJsonObject{{QStringLiteral("sessionId"), seedId},
                           {QStringLiteral("returnUrl"), input.returnUrl}};
    }
}

void TestEnrolmentRequest::toJson()
{
    QFETCH(EnrolmentRequestInput, input);
    QFETCH(QJsonObject, expected);

    const EnrolmentRequest::Validated validated = EnrolmentRequest::create(input, today);
    QVERIFY2(validated.errors.isEmpty(), qPrintable(describe(validated.errors)));
    QVERIFY(validated.request);
    const QJsonObject json = validated.request->toJson();
    QCOMPARE(json, expected);

    QStringList empty;
    collectEmptyValues(json, QString(), empty);
    QVERIFY2(empty.isEmpty(), qPrintable(empty.join(QLatin1String(", "))));

    // skipIntegrityCheck exists only inside applicantForm.
    QVERIFY(!json.contains(QStringLiteral("skipIntegrityCheck")));
    QVERIFY(!json.contains(QStringLiteral("WebEnrolmentTheme")));
}

// The seed's JSON example, with its placeholder return URL replaced, is what the request builds.
void TestEnrolmentRequest::seedExample()
{
    const QByteArray seed = R"({
        "sessionId": "ad90c821-e5ea-4385-be5b-4fc9f9ea24ee",
        "returnUrl": "https://bank.example/enrolment/done",
        "externalId": "53421526A",
        "webEnrolmentTheme": "white",
        "applicantForm": {
            "firstName": "John",
            "lastName": "Doe",
            "additionalNames": "Michael",
            "dateOfBirth": "2004-07-09",
            "skipIntegrityCheck": false
        }
    })";
    QJsonParseError parseError{};
    const QJsonObject expected = QJsonDocument::fromJson(seed, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);

    EnrolmentRequestInput input = minimalInput();
    input.externalId = QStringLiteral("53421526A");
    input.theme = QStringLiteral("white");
    input.applicant = applicant(QStringLiteral("John"), QStringLiteral("Doe"),
                                QStringLiteral("Michael"), QStringLiteral("2004-07-09"));
    const auto validated = EnrolmentRequest::create(input, today);
    QVERIFY2(validated.request, qPrintable(describe(validated.errors)));
    QCOMPARE(validated.request->toJson(), expected);
}

void TestEnrolmentRequest::accessors()
{
    EnrolmentRequestInput input = minimalInput();
    input.sessionId = QStringLiteral("{AD90C821-E5EA-4385-BE5B-4FC9F9EA24EE}");
    input.returnUrl = QStringLiteral(" ") + returnUrl;
    input.externalId = QStringLiteral(" 53421526A ");
    input.theme = QStringLiteral("white ");
    input.applicant = applicant(QStringLiteral(" John"), QStringLiteral("Doe "), QString(),
                                QStringLiteral("2004-07-09"), true);
    const auto validated = EnrolmentRequest::create(input, today);
    QVERIFY2(validated.request, qPrintable(describe(validated.errors)));
    const EnrolmentRequest& request = *validated.request;
    QCOMPARE(request.sessionId(), seedId);
    QCOMPARE(request.returnUrl(), returnUrl);
    QCOMPARE(request.externalId(), QStringLiteral("53421526A"));
    QCOMPARE(request.theme(), QStringLiteral("white"));
    QVERIFY(request.applicantForm());
    QCOMPARE(request.applicantForm()->firstName, QStringLiteral("John"));
    QCOMPARE(request.applicantForm()->lastName, QStringLiteral("Doe"));
    QCOMPARE(request.applicantForm()->additionalNames, QString());
    QCOMPARE(request.applicantForm()->dateOfBirth, QDate(2004, 7, 9));
    QCOMPARE(request.applicantForm()->skipIntegrityCheck, true);

    const auto noApplicant = EnrolmentRequest::create(minimalInput(), today);
    QVERIFY(noApplicant.request);
    QVERIFY(!noApplicant.request->applicantForm());
}

void TestEnrolmentRequest::generatesSessionIdWhenEmpty()
{
    QSet<QString> ids;
    for (const QString& given : {QString(), QStringLiteral("  ")}) {
        EnrolmentRequestInput input = minimalInput();
        input.sessionId = given;
        for (int i = 0; i < 20; ++i) {
            const auto validated = EnrolmentRequest::create(input, today);
            QVERIFY2(validated.request, qPrintable(describe(validated.errors)));
            const QString id = validated.request->sessionId();
            QVERIFY2(canonicalShape.match(id).hasMatch(), qPrintable(id));
            QCOMPARE(validated.request->toJson().value(QStringLiteral("sessionId")).toString(), id);
            ids.insert(id);
        }
    }
    QCOMPARE(ids.size(), 40);
}

void TestEnrolmentRequest::toJsonBytesParsesBack_data()
{
    toJson_data();
}

void TestEnrolmentRequest::toJsonBytesParsesBack()
{
    QFETCH(EnrolmentRequestInput, input);
    QFETCH(QJsonObject, expected);

    const auto validated = EnrolmentRequest::create(input, today);
    QVERIFY2(validated.request, qPrintable(describe(validated.errors)));
    const QByteArray bytes = validated.request->toJsonBytes();
    QVERIFY(!bytes.isEmpty());
    QVERIFY2(!bytes.contains('\n'), bytes.constData()); // compact

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    QCOMPARE(document.object(), expected);
    QCOMPARE(document.object(), validated.request->toJson());
}

void TestEnrolmentRequest::withNewSessionIdChangesOnlyTheId_data()
{
    toJson_data();
}

void TestEnrolmentRequest::withNewSessionIdChangesOnlyTheId()
{
    QFETCH(EnrolmentRequestInput, input);
    QFETCH(QJsonObject, expected);

    const auto validated = EnrolmentRequest::create(input, today);
    QVERIFY2(validated.request, qPrintable(describe(validated.errors)));
    const EnrolmentRequest& original = *validated.request;
    const EnrolmentRequest again = original.withNewSessionId();

    QVERIFY(again.sessionId() != original.sessionId());
    QVERIFY2(canonicalShape.match(again.sessionId()).hasMatch(), qPrintable(again.sessionId()));
    QCOMPARE(original.sessionId(), seedId); // the original is untouched
    QCOMPARE(original.toJson(), expected);

    QJsonObject againJson = again.toJson();
    QCOMPARE(againJson.value(QStringLiteral("sessionId")).toString(), again.sessionId());
    againJson.insert(QStringLiteral("sessionId"), seedId);
    QCOMPARE(againJson, expected);

    QCOMPARE(again.returnUrl(), original.returnUrl());
    QCOMPARE(again.externalId(), original.externalId());
    QCOMPARE(again.theme(), original.theme());
    QCOMPARE(again.applicantForm().has_value(), original.applicantForm().has_value());

    QVERIFY(again.withNewSessionId().sessionId() != again.sessionId());
}

void TestEnrolmentRequest::errors_data()
{
    QTest::addColumn<EnrolmentRequestInput>("input");
    QTest::addColumn<QList<Field>>("expectedFields");

    const QString dob = QStringLiteral("1990-04-23");
    {
        EnrolmentRequestInput input = minimalInput();
        input.applicant = applicant(QStringLiteral("John"), QString(), QString(), QString());
        QTest::newRow("first name only")
            << input << QList<Field>{Field::LastName, Field::DateOfBirth};
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.applicant = applicant(QString(), QStringLiteral("Doe"), QString(), QString());
        QTest::newRow("last name only")
            << input << QList<Field>{Field::FirstName, Field::DateOfBirth};
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.applicant = applicant(QString(), QString(), QString(), dob);
        QTest::newRow("date of birth only")
            << input << QList<Field>{Field::FirstName, Field::LastName};
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.applicant =
            applicant(QString(), QString(), QStringLiteral("Michael"), QString(), true);
        QTest::newRow("additional names only")
            << input << QList<Field>{Field::FirstName, Field::LastName, Field::DateOfBirth};
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.applicant = applicant(QStringLiteral("John"), QStringLiteral("Doe"), QString(),
                                    QStringLiteral("2023-02-29"));
        QTest::newRow("impossible date") << input << QList<Field>{Field::DateOfBirth};
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.applicant = applicant(QStringLiteral("John"), QStringLiteral("Doe"), QString(),
                                    QStringLiteral("2024-06-16"));
        QTest::newRow("born tomorrow") << input << QList<Field>{Field::DateOfBirth};
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.applicant =
            applicant(QStringLiteral("J0hn"), QStringLiteral("Doe"), QStringLiteral("Ann@"), dob);
        QTest::newRow("bad first and additional names")
            << input << QList<Field>{Field::FirstName, Field::AdditionalNames};
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.returnUrl.clear();
        QTest::newRow("missing return url") << input << QList<Field>{Field::ReturnUrl};
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.returnUrl = QStringLiteral("http://example.com/done");
        QTest::newRow("plain http return url") << input << QList<Field>{Field::ReturnUrl};
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.sessionId = QStringLiteral("garbage");
        QTest::newRow("garbage session id") << input << QList<Field>{Field::SessionId};
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.sessionId = QStringLiteral("00000000-0000-0000-0000-000000000000");
        QTest::newRow("nil session id") << input << QList<Field>{Field::SessionId};
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.externalId = QString(513, QChar(u'x'));
        QTest::newRow("external id too long") << input << QList<Field>{Field::ExternalId};
    }
    {
        EnrolmentRequestInput input = minimalInput();
        input.theme = QStringLiteral("my theme");
        QTest::newRow("bad theme") << input << QList<Field>{Field::Theme};
    }
    {
        EnrolmentRequestInput input;
        input.sessionId = QStringLiteral("not-a-guid");
        input.returnUrl = QStringLiteral("ftp://example.com/");
        input.externalId = QStringLiteral("a\x01"
                                          "b");
        input.theme = QString::fromUtf8("thème");
        input.applicant = applicant(QString::fromUtf8("😀"), QStringLiteral("---"),
                                    QString(101, QChar(u'a')), QStringLiteral("03/04/1990"));
        QTest::newRow("everything wrong")
            << input << QList<Field>{Field::FirstName,   Field::LastName,   Field::AdditionalNames,
                                     Field::DateOfBirth, Field::ExternalId, Field::Theme,
                                     Field::SessionId,   Field::ReturnUrl};
    }
    {
        EnrolmentRequestInput input;
        input.applicant = applicant(QString(), QString(), QString(), QStringLiteral("1899-12-31"));
        QTest::newRow("no return url, old date, no names")
            << input
            << QList<Field>{Field::FirstName, Field::LastName, Field::DateOfBirth,
                            Field::ReturnUrl};
    }
}

void TestEnrolmentRequest::errors()
{
    QFETCH(EnrolmentRequestInput, input);
    QFETCH(QList<Field>, expectedFields);

    const EnrolmentRequest::Validated validated = EnrolmentRequest::create(input, today);
    QVERIFY(!validated.request);
    std::sort(expectedFields.begin(), expectedFields.end());
    QCOMPARE(sortedFields(validated.errors), expectedFields);
    for (const ValidationError& error : validated.errors) {
        QVERIFY2(error.message.contains(fieldLabel(error.field)), qPrintable(error.message));
    }
}

QTEST_GUILESS_MAIN(TestEnrolmentRequest)
#include "tst_enrolmentrequest.moc"
