#include "replyparsing.h"

#include "domain/displaytext.h"
#include "domain/sessionid.h"
#include "jsonkeys.h"
#include "jwtclaims.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringView>

#include <cmath>

namespace Api {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Api::ReplyParsing)
};

// The body as a JSON object, or the reason it is not one.
Result<QJsonObject> parseObject(const QByteArray& body)
{
    if (body.trimmed().isEmpty())
        return ApiError::invalidReply(Text::tr("the reply was empty"));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return ApiError::invalidReply(Text::tr("the reply is not valid JSON (%1 at byte %2)")
                                          .arg(error.errorString())
                                          .arg(error.offset));
    if (!document.isObject())
        return ApiError::invalidReply(Text::tr("the reply is not a JSON object"));
    if (const auto name = duplicateKey(body))
        return ApiError::invalidReply(
            Text::tr("the reply names %1 twice, so it can be read in two ways")
                .arg(Domain::quotedForMessage(*name, 40)));
    return document.object();
}

// A reply that names a session must name ours: an absent sessionId is accepted, any other
// value (another GUID, or something that is not one) is not.
std::optional<ApiError> otherSessionProblem(const QJsonObject& reply,
                                            const QString& expectedSessionId)
{
    if (!reply.contains(QStringLiteral("sessionId")) || expectedSessionId.isEmpty())
        return std::nullopt;
    const QJsonValue value = reply.value(QStringLiteral("sessionId"));
    const std::optional<QString> replyId = Domain::normalizeSessionId(value.toString());
    if (value.isString() && replyId && replyId == Domain::normalizeSessionId(expectedSessionId))
        return std::nullopt;
    return ApiError::invalidReply(
        Text::tr("the reply is for another session (%1 instead of %2) and was discarded")
            .arg(Domain::quotedForMessage(
                     value.isString() ? value.toString() : QStringLiteral("not a text"), 40),
                 expectedSessionId));
}

std::optional<int> scoreOf(const QJsonObject& object)
{
    const QJsonValue score = object.value(QStringLiteral("score"));
    if (!score.isDouble())
        return std::nullopt;
    const double value = score.toDouble();
    if (!std::isfinite(value) || value < 0 || value > 100)
        return std::nullopt;
    return static_cast<int>(std::lround(value));
}

Domain::TrustFactor factorFrom(const QString& key, const QJsonValue& value)
{
    Domain::TrustFactor factor;
    factor.key = key;
    const QJsonObject object = value.toObject();
    factor.rawLevel = object.value(QStringLiteral("level")).toString();
    factor.level = Domain::levelFromWire(factor.rawLevel);
    factor.score = scoreOf(object);
    return factor;
}

} // namespace

Result<Domain::CreatedSession> parseInitializeReply(const QByteArray& body,
                                                    const QString& expectedSessionId,
                                                    const LinkPolicy& linkPolicy)
{
    const Result<QJsonObject> parsed = parseObject(body);
    if (!parsed)
        return parsed.error();
    const QJsonObject& reply = parsed.value();

    const QString sessionId = reply.value(QStringLiteral("sessionId")).toString();
    if (sessionId.isEmpty())
        return ApiError::invalidReply(Text::tr("the reply has no sessionId"));
    // Two ids that are not GUIDs (or nil) never match: nullopt == nullopt is not a match.
    const std::optional<QString> replyId = Domain::normalizeSessionId(sessionId);
    if (!replyId)
        return ApiError::invalidReply(Text::tr("the reply's sessionId is not a GUID"));
    if (replyId != Domain::normalizeSessionId(expectedSessionId))
        return ApiError::invalidReply(
            Text::tr("the reply is for another session (%1 instead of %2) and was discarded")
                .arg(*replyId, expectedSessionId));

    const QString linkText = reply.value(QStringLiteral("webEnrolmentUrl")).toString();
    if (linkText.isEmpty())
        return ApiError::invalidReply(
            Text::tr("the reply has no enrolment link (webEnrolmentUrl)"));
    // A lone surrogate (\ud800) is no character: it would be printed as invalid UTF-8.
    if (!QStringView(linkText).isValidUtf16())
        return ApiError::invalidReply(
            Text::tr("the enrolment link contains an invalid character (a lone UTF-16 surrogate)"));
    const QUrl link(linkText, QUrl::StrictMode);
    if (const auto problem = linkPolicy.check(link))
        return ApiError::invalidReply(*problem);

    // The token is the platform's word on which session it opens: it must be ours too.
    const QString token = reply.value(QStringLiteral("accessToken")).toString();
    if (const auto claims = jwtPayload(token)) {
        if (const auto problem = otherSessionProblem(*claims, expectedSessionId))
            return ApiError::invalidReply(
                Text::tr("the access token is for another session (%1), not %2")
                    .arg(Domain::quotedForMessage(
                             claims->value(QStringLiteral("sessionId")).toString(), 40),
                         expectedSessionId));
    }

    Domain::CreatedSession session;
    session.sessionId = *replyId;
    session.webEnrolmentUrl = link;
    session.expiresAt = jwtExpiry(token);
    return session;
}

Result<Domain::SessionStatus> parseStatusReply(const QByteArray& body,
                                               const QString& expectedSessionId)
{
    const Result<QJsonObject> parsed = parseObject(body);
    if (!parsed)
        return parsed.error();
    if (const auto problem = otherSessionProblem(parsed.value(), expectedSessionId))
        return *problem;
    const QJsonValue status = parsed.value().value(QStringLiteral("status"));
    if (!status.isString())
        return ApiError::invalidReply(Text::tr("the status reply has no status text"));
    return Domain::SessionStatus::fromWire(status.toString());
}

Result<Domain::Decision> parseDecisionReply(const QByteArray& body,
                                            const QString& expectedSessionId)
{
    const Result<QJsonObject> parsed = parseObject(body);
    if (!parsed)
        return parsed.error();
    if (const auto problem = otherSessionProblem(parsed.value(), expectedSessionId))
        return *problem;
    const QJsonValue decisionValue = parsed.value().value(QStringLiteral("decision"));
    if (!decisionValue.isObject())
        return ApiError::invalidReply(Text::tr("the results have no decision"));
    const QJsonObject decisionObject = decisionValue.toObject();

    Domain::Decision decision;
    decision.level =
        Domain::levelFromWire(decisionObject.value(QStringLiteral("level")).toString());
    decision.score = scoreOf(decisionObject);

    const QJsonObject verifications =
        parsed.value().value(QStringLiteral("verifications")).toObject();
    for (auto it = verifications.constBegin(); it != verifications.constEnd(); ++it)
        decision.factors.append(factorFrom(it.key(), it.value()));
    return decision;
}

} // namespace Api
