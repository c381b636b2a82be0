#include "replyparsing.h"

#include "domain/sessionid.h"
#include "jwtclaims.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    return document.object();
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
    const QUrl link(linkText, QUrl::StrictMode);
    if (const auto problem = linkPolicy.check(link))
        return ApiError::invalidReply(*problem);

    Domain::CreatedSession session;
    session.sessionId = *replyId;
    session.webEnrolmentUrl = link;
    session.expiresAt = jwtExpiry(reply.value(QStringLiteral("accessToken")).toString());
    return session;
}

Result<Domain::SessionStatus> parseStatusReply(const QByteArray& body)
{
    const Result<QJsonObject> parsed = parseObject(body);
    if (!parsed)
        return parsed.error();
    const QJsonValue status = parsed.value().value(QStringLiteral("status"));
    if (!status.isString())
        return ApiError::invalidReply(Text::tr("the status reply has no status text"));
    return Domain::SessionStatus::fromWire(status.toString());
}

Result<Domain::Decision> parseDecisionReply(const QByteArray& body)
{
    const Result<QJsonObject> parsed = parseObject(body);
    if (!parsed)
        return parsed.error();
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
