#include "sandboxscript.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace Sandbox {
namespace {

const QLatin1String Prefix("sandbox:");

struct Flag {
    const char* name;
    bool SandboxScript::*member;
};

constexpr Flag Flags[] = {
    {"malformed-json", &SandboxScript::malformedJson},
    {"empty-body", &SandboxScript::emptyBody},
    {"not-json", &SandboxScript::notJson},
    {"wrong-session-id", &SandboxScript::wrongSessionId},
    {"plain-http-link", &SandboxScript::plainHttpLink},
    {"foreign-link", &SandboxScript::foreignLink},
    {"missing-link", &SandboxScript::missingLink},
    {"no-token", &SandboxScript::noToken},
};

constexpr const char* ValuedNames[] = {"complete",    "status",     "slow",       "http",
                                       "retry-after", "expires-in", "status-http"};

bool isValuedName(const QString& name)
{
    for (const char* valued : ValuedNames) {
        if (name == QLatin1String(valued))
            return true;
    }
    return false;
}

std::optional<double> parseSeconds(const QString& text, double maximum)
{
    static const QRegularExpression decimal(QStringLiteral("^\\d{1,9}(\\.\\d{1,3})?$"));
    if (!decimal.match(text).hasMatch())
        return std::nullopt;
    const double value = text.toDouble();
    if (!std::isfinite(value) || value > maximum)
        return std::nullopt;
    return value;
}

std::optional<int> parseInteger(const QString& text, int minimum, int maximum)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,9}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const int value = text.toInt();
    if (value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

// "VALUE@AFTER" -> {VALUE, AFTER}; AFTER is empty when there is no '@'.
std::pair<QString, QString> splitAt(const QString& value)
{
    const qsizetype at = value.indexOf(QLatin1Char('@'));
    if (at < 0)
        return {value, QString()};
    return {value.left(at), value.mid(at + 1)};
}

class Parser
{
public:
    bool parseWord(const QString& word);
    bool checkCombinations();

    SandboxScript script;
    QString error;

private:
    bool fail(const QString& message)
    {
        error = message;
        return false;
    }
    bool badValue(const QString& word, const QString& expected)
    {
        return fail(
            QStringLiteral("Bad sandbox directive \"%1\": expected %2.").arg(word, expected));
    }
    bool parseValued(const QString& word, const QString& name, const QString& value);

    QStringList m_seen;
};

bool Parser::parseWord(const QString& word)
{
    if (!word.startsWith(Prefix)) {
        script.words.append(word);
        return true;
    }
    const QString body = word.mid(Prefix.size());
    const qsizetype equals = body.indexOf(QLatin1Char('='));
    const QString name = equals < 0 ? body : body.left(equals);
    const Flag* flag = std::find_if(std::begin(Flags), std::end(Flags), [&name](const Flag& f) {
        return name == QLatin1String(f.name);
    });
    const bool isFlag = flag != std::end(Flags);
    if (!isFlag && !isValuedName(name))
        return fail(QStringLiteral("Unknown sandbox directive \"%1\".").arg(word));
    if (m_seen.contains(name))
        return fail(QStringLiteral("Sandbox directive \"sandbox:%1\" is given twice.").arg(name));
    m_seen.append(name);

    if (isFlag) {
        if (equals >= 0)
            return fail(QStringLiteral("Sandbox directive \"%1\" takes no value.").arg(word));
        script.*(flag->member) = true;
        return true;
    }
    if (equals < 0)
        return fail(QStringLiteral("Sandbox directive \"%1\" needs a value (sandbox:%2=...).")
                        .arg(word, name));
    return parseValued(word, name, body.mid(equals + 1));
}

bool Parser::parseValued(const QString& word, const QString& name, const QString& value)
{
    const auto [head, after] = splitAt(value);
    const bool hasAfter = value.contains(QLatin1Char('@'));
    std::optional<double> afterSeconds = 0.0;
    if (hasAfter)
        afterSeconds = parseSeconds(after, MaxScriptSeconds);

    if (name == QLatin1String("complete")) {
        const auto outcome = outcomeFromName(head);
        if (!outcome || !afterSeconds)
            return badValue(word,
                            QStringLiteral("sandbox:complete=HIGH|MEDIUM|LOW|EXPIRED[@SECONDS]"));
        script.complete = SandboxScript::Completion{*outcome, *afterSeconds};
        return true;
    }
    if (name == QLatin1String("status")) {
        static const QRegularExpression raw(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
        if (!raw.match(head).hasMatch() || !afterSeconds)
            return badValue(word, QStringLiteral("sandbox:status=RAW[@SECONDS], RAW made of "
                                                 "letters, digits, '_' and '-'"));
        script.status = SandboxScript::ScriptedStatus{head, *afterSeconds};
        return true;
    }
    if (name == QLatin1String("slow")) {
        const auto seconds = parseSeconds(value, MaxSlowSeconds);
        if (!seconds)
            return badValue(
                word,
                QStringLiteral("sandbox:slow=SECONDS, at most %1 seconds").arg(MaxSlowSeconds));
        script.slowSeconds = *seconds;
        return true;
    }
    if (name == QLatin1String("http")) {
        const auto code = parseInteger(value, 400, 599);
        if (!code)
            return badValue(word, QStringLiteral("sandbox:http=CODE with CODE from 400 to 599"));
        script.httpStatus = *code;
        return true;
    }
    if (name == QLatin1String("retry-after") || name == QLatin1String("expires-in")) {
        const bool retry = name == QLatin1String("retry-after");
        const auto seconds = parseInteger(value, retry ? 0 : 1, int(MaxScriptSeconds));
        if (!seconds)
            return badValue(word, QStringLiteral("sandbox:%1=SECONDS, whole seconds up to %2")
                                      .arg(name)
                                      .arg(MaxScriptSeconds));
        (retry ? script.retryAfterSeconds : script.expiresInSeconds) = *seconds;
        return true;
    }
    if (name == QLatin1String("status-http")) {
        const auto code = parseInteger(head, 400, 599);
        const auto count = hasAfter ? parseInteger(after, 1, 1000) : std::optional<int>(1);
        if (!code || !count)
            return badValue(word, QStringLiteral("sandbox:status-http=CODE[@COUNT] with CODE from "
                                                 "400 to 599 and COUNT from 1 to 1000"));
        script.statusFault = SandboxScript::StatusFault{*code, *count};
        return true;
    }
    return fail(QStringLiteral("Unknown sandbox directive \"%1\".").arg(word));
}

bool Parser::checkCombinations()
{
    const auto exclusive = [this](std::initializer_list<std::pair<const char*, bool>> group) {
        QStringList given;
        for (const auto& [name, set] : group) {
            if (set)
                given.append(Prefix + QLatin1String(name));
        }
        if (given.size() > 1)
            return fail(QStringLiteral("Sandbox directives %1 cannot be combined.")
                            .arg(given.join(QStringLiteral(" and "))));
        return true;
    };
    const SandboxScript& s = script;
    if (!exclusive({{"http", s.httpStatus.has_value()},
                    {"malformed-json", s.malformedJson},
                    {"empty-body", s.emptyBody},
                    {"not-json", s.notJson}}))
        return false;
    if (!exclusive({{"plain-http-link", s.plainHttpLink},
                    {"foreign-link", s.foreignLink},
                    {"missing-link", s.missingLink}}))
        return false;
    if (!exclusive({{"complete", s.complete.has_value()}, {"status", s.status.has_value()}}))
        return false;
    if (s.retryAfterSeconds && !s.httpStatus && !s.statusFault)
        return fail(QStringLiteral("Sandbox directive sandbox:retry-after needs sandbox:http or "
                                   "sandbox:status-http."));
    return true;
}

} // namespace

SandboxScript parseSandboxScript(const QString& externalId, QString* error)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    Parser parser;
    const QStringList words = externalId.split(whitespace, Qt::SkipEmptyParts);
    bool ok = true;
    for (const QString& word : words) {
        ok = parser.parseWord(word);
        if (!ok)
            break;
    }
    ok = ok && parser.checkCombinations();
    if (error)
        *error = ok ? QString() : parser.error;
    return ok ? parser.script : SandboxScript();
}

} // namespace Sandbox
