// The shipped translations are complete and safe to use: every German and Slovak message is
// translated, keeps the source's placeholders and its keyboard mnemonic, has the plural forms its
// language needs, and the files hold exactly the messages the code has today (lupdate run afresh
// over app/ and ui/ finds nothing new and nothing gone).

#include "tsfile.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString SourceDir = QStringLiteral(ENROLMENT_SOURCE_DIR);

QString tsPath(const QString& language)
{
    return SourceDir + QStringLiteral("/translations/enrolmentdesk_%1.ts").arg(language);
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

// "&File" has one mnemonic; "&&" is a literal ampersand, "& " is plain text.
int mnemonics(const QString& text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QString describe(const TsMessage& message)
{
    return QStringLiteral("[%1] \"%2\"").arg(message.context, message.source.left(70));
}

// Every problem of one message against the rules above; English, the source language, may drop
// %n from a singular form ("every second").
QStringList problemsOf(const TsMessage& message, int pluralForms, bool sourceLanguage)
{
    QStringList problems;
    if (message.unfinished)
        problems.append(QStringLiteral("not translated (unfinished)"));
    const int expectedForms = message.numerus ? pluralForms : 1;
    if (message.translations.size() != expectedForms)
        problems.append(QStringLiteral("%1 forms, expected %2")
                            .arg(message.translations.size())
                            .arg(expectedForms));
    const QSet<QString> expected = placeholders(message.source);
    for (qsizetype form = 0; form < message.translations.size(); ++form) {
        const QString& text = message.translations.at(form);
        if (text.trimmed().isEmpty()) {
            problems.append(QStringLiteral("form %1 is empty").arg(form));
            continue;
        }
        QSet<QString> actual = placeholders(text);
        QSet<QString> wanted = expected;
        if (sourceLanguage && form == 0) {
            actual.remove(QStringLiteral("%n"));
            wanted.remove(QStringLiteral("%n"));
        }
        if (actual != wanted)
            problems.append(QStringLiteral("placeholders %1, source has %2")
                                .arg(QStringList(actual.values()).join(QLatin1Char(' ')),
                                     QStringList(wanted.values()).join(QLatin1Char(' '))));
        if (mnemonics(text) != mnemonics(message.source))
            problems.append(QStringLiteral("%1 mnemonics (&), source has %2")
                                .arg(mnemonics(text))
                                .arg(mnemonics(message.source)));
    }
    return problems;
}

QString report(const QStringList& problems)
{
    return QStringLiteral("%1 problem(s):\n").arg(problems.size()) +
           problems.mid(0, 30).join(QLatin1Char('\n'));
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslatedSafely_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::addColumn<bool>("onlyPlurals");
        QTest::newRow("German") << QStringLiteral("de") << 2 << false;
        QTest::newRow("Slovak") << QStringLiteral("sk") << 3 << false;
        QTest::newRow("English plurals") << QStringLiteral("en") << 2 << true;
    }

    void everyMessageIsTranslatedSafely()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QFETCH(bool, onlyPlurals);
        const TsFile file = readTsFile(tsPath(language));
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QCOMPARE(file.language, language);
        QVERIFY(!file.messages.isEmpty());

        QStringList problems;
        for (const TsMessage& message : file.messages) {
            if (onlyPlurals && !message.numerus)
                problems.append(describe(message) + QStringLiteral(": not a plural message"));
            for (const QString& problem : problemsOf(message, pluralForms, onlyPlurals))
                problems.append(describe(message) + QStringLiteral(": ") + problem);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    // Fails when user-visible text was added or changed without a translation, and tells how to
    // update the files for the translators.
    void filesMatchTheCode_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("extraOptions");
        QTest::newRow("German") << QStringLiteral("de") << QStringList();
        QTest::newRow("Slovak") << QStringLiteral("sk") << QStringList();
        QTest::newRow("English plurals")
            << QStringLiteral("en") << QStringList{QStringLiteral("-pluralonly")};
    }

    void filesMatchTheCode()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, extraOptions);
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString copy = work.filePath(QStringLiteral("copy.ts"));
        QVERIFY(QFile::copy(tsPath(language), copy));

        // The options of translations/CMakeLists.txt.
        QStringList arguments{QStringLiteral("-silent"),
                              QStringLiteral("-locations"),
                              QStringLiteral("none"),
                              QStringLiteral("-no-obsolete"),
                              QStringLiteral("-source-language"),
                              QStringLiteral("en")};
        arguments << extraOptions << SourceDir + QStringLiteral("/app")
                  << SourceDir + QStringLiteral("/ui") << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE), arguments);
        QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
        QCOMPARE(lupdate.exitCode(), 0);

        const TsFile shipped = readTsFile(tsPath(language));
        const TsFile fresh = readTsFile(copy);
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
        QSet<QString> shippedKeys;
        for (const TsMessage& message : shipped.messages)
            shippedKeys.insert(message.context + QLatin1Char('|') + message.source);
        QStringList problems;
        QSet<QString> freshKeys;
        for (const TsMessage& message : fresh.messages) {
            const QString key = message.context + QLatin1Char('|') + message.source;
            freshKeys.insert(key);
            if (!shippedKeys.contains(key))
                problems.append(describe(message) + QStringLiteral(": new in the code"));
        }
        for (const TsMessage& message : shipped.messages) {
            if (!freshKeys.contains(message.context + QLatin1Char('|') + message.source))
                problems.append(describe(message) + QStringLiteral(": no longer in the code"));
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(report(problems) +
                            QStringLiteral("\nUpdate the files with `cmake --build <build dir> "
                                           "--target update_translations` and translate.")));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
