// The client-generated session GUID (API.md section 1: lowercase 8-4-4-4-12, no braces).

#include "domain/sessionid.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Domain;

namespace {

const QRegularExpression canonicalShape(
    QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));

const QString seedId = QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee");

} // namespace

class TestSessionId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newIdHasTheCanonicalForm();
    void newIdsDiffer();
    void normalize_data();
    void normalize();
};

void TestSessionId::newIdHasTheCanonicalForm()
{
    for (int i = 0; i < 100; ++i) {
        const QString id = newSessionId();
        QCOMPARE(id.size(), 36);
        QVERIFY2(canonicalShape.match(id).hasMatch(), qPrintable(id));
        QVERIFY(!id.contains(QLatin1Char('{')) && !id.contains(QLatin1Char('}')));
        QCOMPARE(id, id.toLower());
        const QUuid uuid = QUuid::fromString(id);
        QVERIFY(!uuid.isNull());
        QCOMPARE(uuid.version(), QUuid::Random);
        QCOMPARE(normalizeSessionId(id), std::optional<QString>(id));
    }
}

void TestSessionId::newIdsDiffer()
{
    QSet<QString> seen;
    const int count = 1000;
    for (int i = 0; i < count; ++i)
        seen.insert(newSessionId());
    QCOMPARE(seen.size(), count);
}

void TestSessionId::normalize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("expected");

    const QString none;
    QTest::newRow("canonical") << seedId << true << seedId;
    QTest::newRow("braces") << QStringLiteral("{ad90c821-e5ea-4385-be5b-4fc9f9ea24ee}") << true
                            << seedId;
    QTest::newRow("upper case") << QStringLiteral("AD90C821-E5EA-4385-BE5B-4FC9F9EA24EE") << true
                                << seedId;
    QTest::newRow("braces and upper case")
        << QStringLiteral("{AD90C821-E5EA-4385-BE5B-4FC9F9EA24EE}") << true << seedId;
    QTest::newRow("mixed case") << QStringLiteral("Ad90C821-e5EA-4385-bE5b-4fc9F9ea24eE") << true
                                << seedId;
    QTest::newRow("surrounding spaces")
        << QStringLiteral("  ad90c821-e5ea-4385-be5b-4fc9f9ea24ee\n") << true << seedId;
    QTest::newRow("all f") << QStringLiteral("FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF") << true
                           << QStringLiteral("ffffffff-ffff-ffff-ffff-ffffffffffff");

    QTest::newRow("empty") << QString() << false << none;
    QTest::newRow("blank") << QStringLiteral("   ") << false << none;
    QTest::newRow("garbage") << QStringLiteral("garbage") << false << none;
    QTest::newRow("nil") << QStringLiteral("00000000-0000-0000-0000-000000000000") << false << none;
    QTest::newRow("nil with braces")
        << QStringLiteral("{00000000-0000-0000-0000-000000000000}") << false << none;
    QTest::newRow("one digit short")
        << QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24e") << false << none;
    QTest::newRow("non-hex digit")
        << QStringLiteral("gd90c821-e5ea-4385-be5b-4fc9f9ea24ee") << false << none;
    QTest::newRow("wrong separators")
        << QStringLiteral("ad90c821_e5ea_4385_be5b_4fc9f9ea24ee") << false << none;
    QTest::newRow("dashes misplaced")
        << QStringLiteral("ad90c821e-5ea-4385-be5b-4fc9f9ea24ee") << false << none;
    QTest::newRow("trailing character")
        << QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24eeX") << false << none;
    QTest::newRow("trailing text")
        << QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee-and-more") << false << none;
    QTest::newRow("opening brace only")
        << QStringLiteral("{ad90c821-e5ea-4385-be5b-4fc9f9ea24ee") << false << none;
    QTest::newRow("closing brace only")
        << QStringLiteral("ad90c821-e5ea-4385-be5b-4fc9f9ea24ee}") << false << none;
    QTest::newRow("two ids") << (seedId + seedId) << false << none;
    QTest::newRow("url") << (QStringLiteral("https://x/") + seedId) << false << none;
}

void TestSessionId::normalize()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(QString, expected);

    const std::optional<QString> normalized = normalizeSessionId(text);
    QCOMPARE(normalized.has_value(), accepted);
    if (accepted) {
        QCOMPARE(*normalized, expected);
        QVERIFY(canonicalShape.match(*normalized).hasMatch());
        // Normalising is idempotent.
        QCOMPARE(normalizeSessionId(*normalized), normalized);
    }
}

QTEST_GUILESS_MAIN(TestSessionId)
#include "tst_sessionid.moc"
