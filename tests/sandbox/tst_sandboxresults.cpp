// The sandbox's data endpoints: decision results for each outcome, document and face results,
// images, 409 before results exist, deletion and the session list.

#include "sandboxtestsupport.h"

#include <QImage>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using Sandbox::Outcome;

class TestSandboxResults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QCOMPARE(m_f.start(), QString()); }
    void cleanup() { m_f.stop(); }

    void decisionShapes_data();
    void decisionShapes();
    void applicantIntegrityFactor();
    void resultsConflictBeforeFinish_data();
    void resultsConflictBeforeFinish();
    void dataEndpoints();
    void deleteSession();
    void sessionList();

private:
    SandboxFixture m_f;
};

namespace {

const QStringList ExampleFactors = {QStringLiteral("dateOfExpiration"),
                                    QStringLiteral("documentLiveness"),
                                    QStringLiteral("faceVerification"),
                                    QStringLiteral("mrzOcrCrossCheck"),
                                    QStringLiteral("overallOcrFieldsConfidence"),
                                    QStringLiteral("passiveLiveness"),
                                    QStringLiteral("mrzValidity")};

} // namespace

void TestSandboxResults::decisionShapes_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("HIGH") << Outcome::High;
    QTest::newRow("MEDIUM") << Outcome::Medium;
    QTest::newRow("LOW") << Outcome::Low;
}

void TestSandboxResults::decisionShapes()
{
    QFETCH(Outcome, outcome);
    const QString id = TestHttp::newId();
    QCOMPARE(m_f.create(id).status, 200);
    QVERIFY(m_f.server->finishSession(id, outcome));
    const TestReply reply =
        m_f.http->get(QStringLiteral("/api/v1/data/%1/decision/results").arg(id));
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    const QJsonObject decision = json.value(QStringLiteral("decision")).toObject();
    const QJsonObject factors = json.value(QStringLiteral("verifications")).toObject();
    QVERIFY(decision.value(QStringLiteral("score")).isDouble());
    QMap<QString, int> levels;
    for (auto it = factors.begin(); it != factors.end(); ++it) {
        const QJsonObject factor = it.value().toObject();
        QVERIFY2(factor.value(QStringLiteral("score")).isDouble(), qPrintable(it.key()));
        ++levels[factor.value(QStringLiteral("level")).toString()];
    }
    switch (outcome) {
    case Outcome::High: {
        QCOMPARE(decision, (QJsonObject{{QStringLiteral("score"), 94},
                                        {QStringLiteral("level"), QStringLiteral("HIGH")}}));
        QStringList keys = factors.keys();
        QStringList expected = ExampleFactors;
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(levels.value(QStringLiteral("HIGH")), 7);
        const QJsonArray fields = factors.value(QStringLiteral("mrzOcrCrossCheck"))
                                      .toObject()
                                      .value(QStringLiteral("fields"))
                                      .toArray();
        QVERIFY(!fields.isEmpty());
        QVERIFY(fields.at(0).toObject().contains(QStringLiteral("inputFieldName")));
        break;
    }
    case Outcome::Medium:
        QCOMPARE(decision.value(QStringLiteral("level")).toString(), QStringLiteral("MEDIUM"));
        QVERIFY(levels.value(QStringLiteral("MEDIUM")) >= 2);
        QCOMPARE(factors.value(QStringLiteral("ageVerification"))
                     .toObject()
                     .value(QStringLiteral("level"))
                     .toString(),
                 QStringLiteral("UNAVAILABLE"));
        QVERIFY(factors.contains(QStringLiteral("voiceLivenessCheck")));
        break;
    case Outcome::Low:
    case Outcome::Expire:
        QCOMPARE(decision.value(QStringLiteral("level")).toString(), QStringLiteral("LOW"));
        QVERIFY(levels.value(QStringLiteral("LOW")) >= 2);
        QCOMPARE(levels.value(QStringLiteral("UNKNOWN")), 1);
        break;
    }
}

void TestSandboxResults::applicantIntegrityFactor()
{
    for (const bool skip : {false, true}) {
        const QString id = TestHttp::newId();
        QJsonObject body = TestHttp::minimalRequest(id);
        body.insert(QStringLiteral("applicantForm"), SandboxFixture::applicantForm(skip));
        QCOMPARE(m_f.http->postJson(body).status, 200);
        QVERIFY(m_f.server->finishSession(id, Outcome::High));
        const QJsonObject factors =
            m_f.http->get(QStringLiteral("/api/v1/data/%1/decision/results").arg(id))
                .json()
                .value(QStringLiteral("verifications"))
                .toObject();
        QCOMPARE(factors.contains(QStringLiteral("applicantIntegrity")), !skip);
    }
}

void TestSandboxResults::resultsConflictBeforeFinish_data()
{
    QTest::addColumn<QString>("suffix");
    for (const char* suffix :
         {"decision/results", "document/result", "face/result", "images", "images/selfie"})
        QTest::newRow(suffix) << QString::fromLatin1(suffix);
}

void TestSandboxResults::resultsConflictBeforeFinish()
{
    QFETCH(QString, suffix);
    const QString id = TestHttp::newId();
    QCOMPARE(m_f.create(id).status, 200);
    const QString path = QStringLiteral("/api/v1/data/%1/%2").arg(id, suffix);
    const TestReply pending = m_f.http->get(path);
    QCOMPARE(pending.status, 409);
    QVERIFY(pending.json().contains(QStringLiteral("error")));
    QVERIFY(m_f.server->finishSession(id, Outcome::Expire));
    QCOMPARE(m_f.http->get(path).status, 409);
    QCOMPARE(
        m_f.http->get(QStringLiteral("/api/v1/data/%1/%2").arg(TestHttp::newId(), suffix)).status,
        404);
}

void TestSandboxResults::dataEndpoints()
{
    const QString id = TestHttp::newId();
    QJsonObject body = TestHttp::minimalRequest(id);
    body.insert(QStringLiteral("applicantForm"), SandboxFixture::applicantForm());
    QCOMPARE(m_f.http->postJson(body).status, 200);
    QVERIFY(m_f.server->finishSession(id, Outcome::High));
    const QString prefix = QStringLiteral("/api/v1/data/%1/").arg(id);

    const TestReply document = m_f.http->get(prefix + QStringLiteral("document/result"));
    QCOMPARE(document.status, 200);
    const QJsonObject doc = document.json();
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Z]{3}$"))
                .match(doc.value(QStringLiteral("country")).toString())
                .hasMatch());
    const QJsonObject applicant = doc.value(QStringLiteral("applicant")).toObject();
    QCOMPARE(applicant.value(QStringLiteral("firstName")).toString(), QStringLiteral("ZOË"));
    QCOMPARE(applicant.value(QStringLiteral("lastName")).toString(),
             QStringLiteral("O'BRIEN-SMITH"));
    QCOMPARE(applicant.value(QStringLiteral("dateOfBirth")).toString(),
             QStringLiteral("1990-04-23"));
    for (const char* key : {"documentType", "documentReleaseYear", "documentVisualResults",
                            "documentMrzResults", "documentBarcodeResults", "availableImages"})
        QVERIFY2(doc.contains(QLatin1String(key)), key);

    const QJsonObject face = m_f.http->get(prefix + QStringLiteral("face/result")).json();
    for (const char* key :
         {"age", "gender", "passiveLivenessScore", "verificationScore", "availableImages"})
        QVERIFY2(face.contains(QLatin1String(key)), key);
    QVERIFY(face.value(QStringLiteral("verificationScore")).toInt() > 50);
    QVERIFY(!m_f.http->get(prefix + QStringLiteral("face/result")).body.contains("ZO"));

    const QJsonObject images = m_f.http->get(prefix + QStringLiteral("images")).json();
    QStringList names;
    for (const char* group : {"document", "face"}) {
        for (const QJsonValue& name : images.value(QLatin1String(group)).toArray())
            names.append(name.toString());
    }
    QVERIFY(names.size() >= 2);
    for (const QString& name : names) {
        const TestReply jpeg = m_f.http->get(prefix + QStringLiteral("images/") + name);
        QCOMPARE(jpeg.status, 200);
        QCOMPARE(jpeg.contentType, QByteArray("image/jpeg"));
        QVERIFY(jpeg.body.startsWith("\xFF\xD8"));
        QVERIFY(!QImage::fromData(jpeg.body, "JPG").isNull());
    }
    QCOMPARE(m_f.http->get(prefix + QStringLiteral("images/passport-scan")).status, 404);
}

void TestSandboxResults::deleteSession()
{
    const QString id = TestHttp::newId();
    const QString other = TestHttp::newId();
    QCOMPARE(m_f.create(id).status, 200);
    QCOMPARE(m_f.create(other).status, 200);
    QVERIFY(m_f.server->finishSession(id, Outcome::High));
    QCOMPARE(m_f.server->sessionCount(), 2);

    QCOMPARE(m_f.http->del(QStringLiteral("/api/v1/data/%1").arg(id)).status, 200);
    QCOMPARE(m_f.server->sessionCount(), 1);
    QCOMPARE(m_f.http->status(id).status, 404);
    QCOMPARE(m_f.http->get(QStringLiteral("/api/v1/data/%1/decision/results").arg(id)).status, 404);
    QCOMPARE(m_f.http->get(QStringLiteral("/api/v1/data/%1/document/result").arg(id)).status, 404);
    QCOMPARE(m_f.http->del(QStringLiteral("/api/v1/data/%1").arg(id)).status, 404);
    QVERIFY(!m_f.server->finishSession(id, Outcome::Low));
    QCOMPARE(m_f.create(id).status, 409);
    QCOMPARE(m_f.http->status(other).status, 200);
}

void TestSandboxResults::sessionList()
{
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        ids.prepend(TestHttp::newId());
        QCOMPARE(m_f.create(ids.first()).status, 200);
        m_f.now = m_f.now.addSecs(60);
    }
    QVERIFY(m_f.server->finishSession(ids.at(1), Outcome::Low));

    const TestReply all = m_f.http->get(QStringLiteral("/api/v1/data/session/list"));
    QCOMPARE(all.status, 200);
    const QJsonObject json = all.json();
    QCOMPARE(json.value(QStringLiteral("totalRecords")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("pageNumber")).toInt(), 1);
    const QJsonArray data = json.value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(data.at(i).toObject().value(QStringLiteral("id")).toString(), ids.at(i));
    const QJsonObject finished = data.at(1).toObject();
    QCOMPARE(finished.value(QStringLiteral("verificationStatus")).toString(),
             QStringLiteral("AUTO_REJECTED"));
    QVERIFY(QDateTime::fromString(finished.value(QStringLiteral("completedDateUtc")).toString(),
                                  Qt::ISODate)
                .isValid());
    const QJsonObject pending = data.at(0).toObject();
    QVERIFY(pending.value(QStringLiteral("completedDateUtc")).isNull());
    const QDateTime created = QDateTime::fromString(
        pending.value(QStringLiteral("createdDateUtc")).toString(), Qt::ISODate);
    const QDateTime expires = QDateTime::fromString(
        pending.value(QStringLiteral("expiryDateUtc")).toString(), Qt::ISODate);
    QCOMPARE(created.secsTo(expires), 3600);
    for (const char* key : {"documentType", "country"})
        QVERIFY2(pending.contains(QLatin1String(key)), key);

    const TestReply page =
        m_f.http->get(QStringLiteral("/api/v1/data/session/list?pageNumber=2&pageSize=2"));
    QCOMPARE(page.status, 200);
    const QJsonArray second = page.json().value(QStringLiteral("data")).toArray();
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.at(0).toObject().value(QStringLiteral("id")).toString(), ids.at(2));
    QCOMPARE(page.json().value(QStringLiteral("totalRecords")).toInt(), 3);

    QCOMPARE(m_f.http->get(QStringLiteral("/api/v1/data/session/list?pageSize=0")).status, 400);
    QCOMPARE(m_f.http->get(QStringLiteral("/api/v1/data/session/list?pageNumber=x")).status, 400);
}

QTEST_GUILESS_MAIN(TestSandboxResults)
#include "tst_sandboxresults.moc"
