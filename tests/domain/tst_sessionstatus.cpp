// GET /api/v1/data/{id}/status values (API.md section 2).

#include "domain/sessionstatus.h"

#include <QSet>
#include <QTest>

using namespace Domain;
using Kind = SessionStatus::Kind;

namespace {

const QStringList knownWireNames{
    QStringLiteral("PENDING"),       QStringLiteral("WAITING_FOR_MANUAL_APPROVE"),
    QStringLiteral("AUTO_APPROVED"), QStringLiteral("MANUAL_APPROVED"),
    QStringLiteral("AUTO_REJECTED"), QStringLiteral("MANUAL_REJECTED"),
    QStringLiteral("EXPIRED"),
};

} // namespace

class TestSessionStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void known_data();
    void known();
    void knownDisplayTextsAreDistinct();
    void unknown_data();
    void unknown();
    void defaultIsPending();
};

void TestSessionStatus::known_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("isFinal");
    QTest::addColumn<bool>("hasResults");
    QTest::addColumn<bool>("isApproved");
    QTest::addColumn<bool>("isRejected");

    //                                                      final  results approved rejected
    QTest::newRow("PENDING") << QStringLiteral("PENDING") << Kind::Pending //
                             << false << false << false << false;
    QTest::newRow("WAITING_FOR_MANUAL_APPROVE")
        << QStringLiteral("WAITING_FOR_MANUAL_APPROVE") << Kind::WaitingForManualApprove //
        << false << true << false << false;
    QTest::newRow("AUTO_APPROVED") << QStringLiteral("AUTO_APPROVED") << Kind::AutoApproved //
                                   << true << true << true << false;
    QTest::newRow("MANUAL_APPROVED") << QStringLiteral("MANUAL_APPROVED") << Kind::ManualApproved //
                                     << true << true << true << false;
    QTest::newRow("AUTO_REJECTED") << QStringLiteral("AUTO_REJECTED") << Kind::AutoRejected //
                                   << true << true << false << true;
    QTest::newRow("MANUAL_REJECTED") << QStringLiteral("MANUAL_REJECTED") << Kind::ManualRejected //
                                     << true << true << false << true;
    QTest::newRow("EXPIRED") << QStringLiteral("EXPIRED") << Kind::Expired //
                             << true << false << false << false;
}

void TestSessionStatus::known()
{
    QFETCH(QString, wire);
    QFETCH(Kind, kind);
    QFETCH(bool, isFinal);
    QFETCH(bool, hasResults);
    QFETCH(bool, isApproved);
    QFETCH(bool, isRejected);

    const SessionStatus status = SessionStatus::fromWire(wire);
    QCOMPARE(status.kind(), kind);
    QCOMPARE(status.rawText(), wire);
    QCOMPARE(status.wireName(), wire);
    QCOMPARE(status.isFinal(), isFinal);
    QCOMPARE(status.hasResults(), hasResults);
    QCOMPARE(status.isApproved(), isApproved);
    QCOMPARE(status.isRejected(), isRejected);
    QVERIFY(!status.displayText().isEmpty());
    QVERIFY2(!status.displayText().contains(QLatin1String("nknown")),
             qPrintable(status.displayText()));
    QCOMPARE(SessionStatus::fromWire(status.wireName()), status);
}

void TestSessionStatus::knownDisplayTextsAreDistinct()
{
    QSet<QString> texts;
    for (const QString& wire : knownWireNames)
        texts.insert(SessionStatus::fromWire(wire).displayText());
    QCOMPARE(texts.size(), knownWireNames.size());
}

void TestSessionStatus::unknown_data()
{
    QTest::addColumn<QString>("wire");

    QTest::newRow("FROZEN") << QStringLiteral("FROZEN");
    QTest::newRow("empty") << QString();
    QTest::newRow("lower-case pending") << QStringLiteral("pending");
    QTest::newRow("mixed-case approved") << QStringLiteral("Auto_Approved");
    QTest::newRow("APPROVED") << QStringLiteral("APPROVED");
    QTest::newRow("leading space") << QStringLiteral(" PENDING");
    QTest::newRow("trailing space") << QStringLiteral("AUTO_APPROVED ");
    QTest::newRow("prefix of a known value") << QStringLiteral("AUTO_");
    QTest::newRow("UNKNOWN") << QStringLiteral("UNKNOWN");
    QTest::newRow("non-latin") << QString::fromUtf8("ÉTAT_INCONNU");
}

void TestSessionStatus::unknown()
{
    QFETCH(QString, wire);

    const SessionStatus status = SessionStatus::fromWire(wire);
    QCOMPARE(status.kind(), Kind::Unknown);
    QCOMPARE(status.rawText(), wire);
    QCOMPARE(status.wireName(), wire);
    QVERIFY(!status.isFinal());
    QVERIFY(!status.hasResults());
    QVERIFY(!status.isApproved());
    QVERIFY(!status.isRejected());

    const QString text = status.displayText();
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.contains(wire), qPrintable(text));
    for (const QString& known : knownWireNames)
        QVERIFY(text != SessionStatus::fromWire(known).displayText());

    // Two unknown values are different statuses; the same one is equal.
    QCOMPARE(SessionStatus::fromWire(wire), status);
    QVERIFY(!(SessionStatus::fromWire(wire + QStringLiteral("X")) == status));
}

void TestSessionStatus::defaultIsPending()
{
    const SessionStatus status;
    QCOMPARE(status.kind(), Kind::Pending);
    QCOMPARE(status.rawText(), QStringLiteral("PENDING"));
    QCOMPARE(status.wireName(), QStringLiteral("PENDING"));
    QVERIFY(!status.isFinal());
    QVERIFY(!status.hasResults());
    QCOMPARE(status, SessionStatus::fromWire(QStringLiteral("PENDING")));
}

QTEST_GUILESS_MAIN(TestSessionStatus)
#include "tst_sessionstatus.moc"
