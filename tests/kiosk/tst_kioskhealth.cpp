// KioskHealth: "serving" until a session cannot be created, then "out of service since HH:MM:
// reason" (the time of the first failure, the latest reason) until the next session is created.

#include "kiosk/kioskhealth.h"

#include <QTest>

using Kiosk::KioskHealth;

class TestKioskHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servingUntilAFailureAndAgainAfterASession()
    {
        KioskHealth health;
        QVERIFY(health.serving());
        QCOMPARE(health.statusLine(), QStringLiteral("serving"));
        QVERIFY(!health.sessionCreated()); // already serving: nothing changes

        const QDateTime nineTwelve(QDate(2026, 11, 26), QTime(9, 12, 30), Qt::LocalTime);
        QVERIFY(health.sessionFailed(QStringLiteral("platform unreachable"), nineTwelve));
        QVERIFY(!health.serving());
        QCOMPARE(health.statusLine(),
                 QStringLiteral("out of service since 09:12: platform unreachable"));
        // The same failure later changes nothing; another reason keeps the first time.
        QVERIFY(
            !health.sessionFailed(QStringLiteral("platform unreachable"), nineTwelve.addSecs(600)));
        QVERIFY(health.sessionFailed(QStringLiteral("platform error (HTTP 500)"),
                                     nineTwelve.addSecs(1200)));
        QCOMPARE(health.statusLine(),
                 QStringLiteral("out of service since 09:12: platform error (HTTP 500)"));

        QVERIFY(health.sessionCreated());
        QCOMPARE(health.statusLine(), QStringLiteral("serving"));
    }

    void reasonsInAFewWords()
    {
        QCOMPARE(KioskHealth::reasonFor(Api::ApiError::network(QStringLiteral("api.example"),
                                                               QStringLiteral("refused"))),
                 QStringLiteral("platform unreachable"));
        QCOMPARE(KioskHealth::reasonFor(Api::ApiError::timeout(QStringLiteral("api.example"), 30)),
                 QStringLiteral("platform unreachable"));
        QCOMPARE(KioskHealth::reasonFor(Api::ApiError::http(401, QString())),
                 QStringLiteral("credentials refused (HTTP 401)"));
        QCOMPARE(KioskHealth::reasonFor(Api::ApiError::http(500, QString())),
                 QStringLiteral("platform error (HTTP 500)"));
        QCOMPARE(KioskHealth::reasonFor(Api::ApiError::invalidReply(QStringLiteral("x"))),
                 QStringLiteral("platform's reply rejected"));
    }
};

QTEST_GUILESS_MAIN(TestKioskHealth)
#include "tst_kioskhealth.moc"
