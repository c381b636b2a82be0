// The sandbox directive parser: which externalId texts script what, and which are refused.

#include "sandbox/sandboxscript.h"

#include <QTest>

using Sandbox::Outcome;
using Sandbox::parseSandboxScript;
using Sandbox::SandboxScript;

class TestSandboxScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainTextHasNoDirectives();
    void completion_data();
    void completion();
    void rawStatus();
    void flags_data();
    void flags();
    void valuedFaults();
    void invalid_data();
    void invalid();
};

void TestSandboxScript::plainTextHasNoDirectives()
{
    QString error = QStringLiteral("stale");
    const SandboxScript script =
        parseSandboxScript(QStringLiteral("  case 53421526A  sandbox "), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(script.words, (QStringList{QStringLiteral("case"), QStringLiteral("53421526A"),
                                        QStringLiteral("sandbox")}));
    QVERIFY(!script.complete);
    QVERIFY(!script.status);
    QVERIFY(!script.slowSeconds);
    QVERIFY(!script.httpStatus);
    QVERIFY(!script.malformedJson && !script.emptyBody && !script.notJson);
}

void TestSandboxScript::completion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<double>("after");

    QTest::newRow("high") << QStringLiteral("sandbox:complete=HIGH") << Outcome::High << 0.0;
    QTest::newRow("medium after 5")
        << QStringLiteral("A1 sandbox:complete=MEDIUM@5") << Outcome::Medium << 5.0;
    QTest::newRow("low fractional")
        << QStringLiteral("sandbox:complete=LOW@0.25") << Outcome::Low << 0.25;
    QTest::newRow("expired") << QStringLiteral("sandbox:complete=EXPIRED@60") << Outcome::Expire
                             << 60.0;
    QTest::newRow("lower case level")
        << QStringLiteral("sandbox:complete=high") << Outcome::High << 0.0;
}

void TestSandboxScript::completion()
{
    QFETCH(QString, text);
    QFETCH(Outcome, outcome);
    QFETCH(double, after);
    QString error;
    const SandboxScript script = parseSandboxScript(text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(script.complete.has_value());
    QCOMPARE(script.complete->outcome, outcome);
    QCOMPARE(script.complete->afterSeconds, after);
}

void TestSandboxScript::rawStatus()
{
    QString error;
    SandboxScript script = parseSandboxScript(QStringLiteral("sandbox:status=FROZEN@2.5"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(script.status.has_value());
    QCOMPARE(script.status->status, QStringLiteral("FROZEN"));
    QCOMPARE(script.status->afterSeconds, 2.5);

    script = parseSandboxScript(QStringLiteral("sandbox:status=MANUAL_APPROVED"), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(script.status->status, QStringLiteral("MANUAL_APPROVED"));
    QCOMPARE(script.status->afterSeconds, 0.0);
}

void TestSandboxScript::flags_data()
{
    QTest::addColumn<QString>("directive");
    QTest::addColumn<bool SandboxScript::*>("member");

    QTest::newRow("malformed-json")
        << QStringLiteral("malformed-json") << &SandboxScript::malformedJson;
    QTest::newRow("empty-body") << QStringLiteral("empty-body") << &SandboxScript::emptyBody;
    QTest::newRow("not-json") << QStringLiteral("not-json") << &SandboxScript::notJson;
    QTest::newRow("wrong-session-id")
        << QStringLiteral("wrong-session-id") << &SandboxScript::wrongSessionId;
    QTest::newRow("plain-http-link")
        << QStringLiteral("plain-http-link") << &SandboxScript::plainHttpLink;
    QTest::newRow("foreign-link") << QStringLiteral("foreign-link") << &SandboxScript::foreignLink;
    QTest::newRow("missing-link") << QStringLiteral("missing-link") << &SandboxScript::missingLink;
    QTest::newRow("no-token") << QStringLiteral("no-token") << &SandboxScript::noToken;
}

void TestSandboxScript::flags()
{
    QFETCH(QString, directive);
    QFETCH(bool SandboxScript::*, member);
    QString error;
    const SandboxScript script =
        parseSandboxScript(QStringLiteral("case-7 sandbox:") + directive, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(script.*member);
    QCOMPARE(script.words, QStringList{QStringLiteral("case-7")});
    int set = 0;
    for (bool SandboxScript::*flag :
         {&SandboxScript::malformedJson, &SandboxScript::emptyBody, &SandboxScript::notJson,
          &SandboxScript::wrongSessionId, &SandboxScript::plainHttpLink,
          &SandboxScript::foreignLink, &SandboxScript::missingLink, &SandboxScript::noToken})
        set += script.*flag ? 1 : 0;
    QCOMPARE(set, 1);
}

void TestSandboxScript::valuedFaults()
{
    QString error;
    const SandboxScript script = parseSandboxScript(
        QStringLiteral("sandbox:slow=0.5 sandbox:http=503 sandbox:retry-after=7 "
                       "sandbox:expires-in=120 sandbox:status-http=429@3 sandbox:wrong-session-id"),
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(script.slowSeconds, std::optional<double>(0.5));
    QCOMPARE(script.httpStatus, std::optional<int>(503));
    QCOMPARE(script.retryAfterSeconds, std::optional<int>(7));
    QCOMPARE(script.expiresInSeconds, std::optional<int>(120));
    QVERIFY(script.statusFault.has_value());
    QCOMPARE(script.statusFault->httpStatus, 429);
    QCOMPARE(script.statusFault->count, 3);
    QVERIFY(script.wrongSessionId);

    const SandboxScript single =
        parseSandboxScript(QStringLiteral("sandbox:status-http=500"), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(single.statusFault->count, 1);
}

void TestSandboxScript::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named"); // the error must mention this

    QTest::newRow("unknown") << QStringLiteral("A1 sandbox:explode")
                             << QStringLiteral("sandbox:explode");
    QTest::newRow("unknown with value")
        << QStringLiteral("sandbox:colour=red") << QStringLiteral("sandbox:colour=red");
    QTest::newRow("empty name") << QStringLiteral("sandbox:") << QStringLiteral("sandbox:");
    QTest::newRow("bad level") << QStringLiteral("sandbox:complete=GREEN")
                               << QStringLiteral("sandbox:complete=GREEN");
    QTest::newRow("bad delay") << QStringLiteral("sandbox:complete=HIGH@soon")
                               << QStringLiteral("sandbox:complete=HIGH@soon");
    QTest::newRow("negative delay")
        << QStringLiteral("sandbox:complete=HIGH@-1") << QStringLiteral("sandbox:complete=HIGH@-1");
    QTest::newRow("complete without value")
        << QStringLiteral("sandbox:complete") << QStringLiteral("sandbox:complete");
    QTest::newRow("status with space-like junk")
        << QStringLiteral("sandbox:status=A/B") << QStringLiteral("sandbox:status=A/B");
    QTest::newRow("empty status") << QStringLiteral("sandbox:status=")
                                  << QStringLiteral("sandbox:status=");
    QTest::newRow("slow not a number")
        << QStringLiteral("sandbox:slow=abc") << QStringLiteral("sandbox:slow=abc");
    QTest::newRow("slow too long")
        << QStringLiteral("sandbox:slow=601") << QStringLiteral("sandbox:slow=601");
    QTest::newRow("http 200") << QStringLiteral("sandbox:http=200")
                              << QStringLiteral("sandbox:http=200");
    QTest::newRow("http 600") << QStringLiteral("sandbox:http=600")
                              << QStringLiteral("sandbox:http=600");
    QTest::newRow("http text") << QStringLiteral("sandbox:http=teapot")
                               << QStringLiteral("sandbox:http=teapot");
    QTest::newRow("retry-after fractional")
        << QStringLiteral("sandbox:http=429 sandbox:retry-after=1.5")
        << QStringLiteral("sandbox:retry-after=1.5");
    QTest::newRow("retry-after alone")
        << QStringLiteral("sandbox:retry-after=5") << QStringLiteral("sandbox:retry-after");
    QTest::newRow("expires-in zero")
        << QStringLiteral("sandbox:expires-in=0") << QStringLiteral("sandbox:expires-in=0");
    QTest::newRow("status-http count zero") << QStringLiteral("sandbox:status-http=503@0")
                                            << QStringLiteral("sandbox:status-http=503@0");
    QTest::newRow("status-http 302")
        << QStringLiteral("sandbox:status-http=302") << QStringLiteral("sandbox:status-http=302");
    QTest::newRow("flag with value")
        << QStringLiteral("sandbox:no-token=yes") << QStringLiteral("sandbox:no-token=yes");
    QTest::newRow("twice") << QStringLiteral("sandbox:slow=1 sandbox:slow=2")
                           << QStringLiteral("sandbox:slow");
    QTest::newRow("two bodies") << QStringLiteral("sandbox:empty-body sandbox:not-json")
                                << QStringLiteral("sandbox:not-json");
    QTest::newRow("http and malformed") << QStringLiteral("sandbox:http=500 sandbox:malformed-json")
                                        << QStringLiteral("sandbox:malformed-json");
    QTest::newRow("two links") << QStringLiteral("sandbox:foreign-link sandbox:missing-link")
                               << QStringLiteral("sandbox:foreign-link");
    QTest::newRow("complete and status")
        << QStringLiteral("sandbox:complete=HIGH sandbox:status=FROZEN")
        << QStringLiteral("sandbox:status");
}

void TestSandboxScript::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, named);
    QString error;
    const SandboxScript script = parseSandboxScript(text, &error);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(named), qPrintable(error));
    QVERIFY(script.words.isEmpty());
    QVERIFY(!script.complete && !script.slowSeconds && !script.httpStatus);
}

QTEST_GUILESS_MAIN(TestSandboxScript)
#include "tst_sandboxscript.moc"
