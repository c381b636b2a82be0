// Decision levels and trust factor names (API.md section 3).

#include "domain/decision.h"

#include <QSet>
#include <QTest>

using namespace Domain;

namespace {

const QList<Level> allLevels{Level::High, Level::Medium, Level::Low, Level::Unavailable,
                             Level::Unknown};

} // namespace

class TestDecision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levelFromWire_data();
    void levelFromWire();
    void levelWireNameRoundTrips_data();
    void levelWireNameRoundTrips();
    void levelDisplayTextsAreDistinct();
    void knownFactorNames_data();
    void knownFactorNames();
    void unknownFactorNames_data();
    void unknownFactorNames();
    void defaults();
};

void TestDecision::levelFromWire_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<Level>("level");

    QTest::newRow("HIGH") << QStringLiteral("HIGH") << Level::High;
    QTest::newRow("MEDIUM") << QStringLiteral("MEDIUM") << Level::Medium;
    QTest::newRow("LOW") << QStringLiteral("LOW") << Level::Low;
    QTest::newRow("UNAVAILABLE") << QStringLiteral("UNAVAILABLE") << Level::Unavailable;
    QTest::newRow("UNKNOWN") << QStringLiteral("UNKNOWN") << Level::Unknown;
    QTest::newRow("garbage") << QStringLiteral("GARBAGE") << Level::Unknown;
    QTest::newRow("empty") << QString() << Level::Unknown;
    QTest::newRow("lower case") << QStringLiteral("high") << Level::Unknown;
    QTest::newRow("padded") << QStringLiteral(" HIGH") << Level::Unknown;
    QTest::newRow("number") << QStringLiteral("100") << Level::Unknown;
    QTest::newRow("VERY_HIGH") << QStringLiteral("VERY_HIGH") << Level::Unknown;
}

void TestDecision::levelFromWire()
{
    QFETCH(QString, wire);
    QFETCH(Level, level);
    QCOMPARE(Domain::levelFromWire(wire), level);
}

void TestDecision::levelWireNameRoundTrips_data()
{
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("wire");

    QTest::newRow("High") << Level::High << QStringLiteral("HIGH");
    QTest::newRow("Medium") << Level::Medium << QStringLiteral("MEDIUM");
    QTest::newRow("Low") << Level::Low << QStringLiteral("LOW");
    QTest::newRow("Unavailable") << Level::Unavailable << QStringLiteral("UNAVAILABLE");
    QTest::newRow("Unknown") << Level::Unknown << QStringLiteral("UNKNOWN");
}

void TestDecision::levelWireNameRoundTrips()
{
    QFETCH(Level, level);
    QFETCH(QString, wire);
    QCOMPARE(levelWireName(level), wire);
    QCOMPARE(Domain::levelFromWire(levelWireName(level)), level);
}

void TestDecision::levelDisplayTextsAreDistinct()
{
    QSet<QString> texts;
    for (const Level level : allLevels) {
        const QString text = levelDisplayText(level);
        QVERIFY(!text.isEmpty());
        texts.insert(text);
    }
    QCOMPARE(texts.size(), allLevels.size());
    QCOMPARE(levelDisplayText(Level::High), QStringLiteral("Passed"));
    QCOMPARE(levelDisplayText(Level::Low), QStringLiteral("Not passed"));
    QVERIFY(levelDisplayText(Level::Medium).startsWith(QLatin1String("Suspicious")));
}

void TestDecision::knownFactorNames_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");

    QTest::newRow("dateOfExpiration")
        << QStringLiteral("dateOfExpiration") << QStringLiteral("Document not expired");
    QTest::newRow("documentLiveness")
        << QStringLiteral("documentLiveness") << QStringLiteral("Document liveness");
    QTest::newRow("faceVerification")
        << QStringLiteral("faceVerification") << QStringLiteral("Face match");
    QTest::newRow("mrzOcrCrossCheck")
        << QStringLiteral("mrzOcrCrossCheck") << QStringLiteral("MRZ and printed text agree");
    QTest::newRow("overallOcrFieldsConfidence") << QStringLiteral("overallOcrFieldsConfidence")
                                                << QStringLiteral("Text recognition confidence");
    QTest::newRow("passiveLiveness")
        << QStringLiteral("passiveLiveness") << QStringLiteral("Face liveness");
    QTest::newRow("mrzValidity") << QStringLiteral("mrzValidity") << QStringLiteral("MRZ valid");
    QTest::newRow("applicantIntegrity")
        << QStringLiteral("applicantIntegrity") << QStringLiteral("Applicant integrity");
    QTest::newRow("ageVerification")
        << QStringLiteral("ageVerification") << QStringLiteral("Age verification");
    QTest::newRow("barcodeCrossCheck")
        << QStringLiteral("barcodeCrossCheck") << QStringLiteral("Barcode cross-check");
}

void TestDecision::knownFactorNames()
{
    QFETCH(QString, key);
    QFETCH(QString, name);
    QCOMPARE(TrustFactor::trustFactorDisplayName(key), name);
    TrustFactor factor;
    factor.key = key;
    QCOMPARE(factor.displayName(), name);
}

void TestDecision::unknownFactorNames_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name"); // empty: any non-empty placeholder

    QTest::newRow("camel case") << QStringLiteral("voiceLivenessCheck")
                                << QStringLiteral("Voice liveness check");
    QTest::newRow("snake and kebab")
        << QStringLiteral("some_new-check") << QStringLiteral("Some new check");
    QTest::newRow("someNewCheck") << QStringLiteral("someNewCheck")
                                  << QStringLiteral("Some new check");
    QTest::newRow("one word") << QStringLiteral("hologram") << QStringLiteral("Hologram");
    QTest::newRow("already capitalised")
        << QStringLiteral("Hologram") << QStringLiteral("Hologram");
    QTest::newRow("pascal case") << QStringLiteral("NfcChipCheck")
                                 << QStringLiteral("Nfc chip check");
    QTest::newRow("acronym inside")
        << QStringLiteral("documentMRZCheck") << QStringLiteral("Document MRZ check");
    QTest::newRow("acronym before word")
        << QStringLiteral("faceIDCheck") << QStringLiteral("Face ID check");
    QTest::newRow("acronym first")
        << QStringLiteral("NFCChipCheck") << QStringLiteral("NFC chip check");
    QTest::newRow("acronym last") << QStringLiteral("checkNFC") << QStringLiteral("Check NFC");
    QTest::newRow("doubled separators")
        << QStringLiteral("__voice--check__") << QStringLiteral("Voice check");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("separators only") << QStringLiteral("_-_") << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
}

void TestDecision::unknownFactorNames()
{
    QFETCH(QString, key);
    QFETCH(QString, name);

    const QString shown = TrustFactor::trustFactorDisplayName(key);
    if (name.isEmpty()) {
        QVERIFY(!shown.trimmed().isEmpty());
        // The placeholder is the same for every nameless key.
        QCOMPARE(shown, TrustFactor::trustFactorDisplayName(QString()));
    } else {
        QCOMPARE(shown, name);
    }
    TrustFactor factor;
    factor.key = key;
    QCOMPARE(factor.displayName(), shown);
}

void TestDecision::defaults()
{
    const TrustFactor factor;
    QCOMPARE(factor.level, Level::Unknown);
    QVERIFY(!factor.score);
    const Decision decision;
    QCOMPARE(decision.level, Level::Unknown);
    QVERIFY(!decision.score);
    QVERIFY(decision.factors.isEmpty());
}

QTEST_GUILESS_MAIN(TestDecision)
#include "tst_decision.moc"
