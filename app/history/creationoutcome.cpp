#include "creationoutcome.h"

#include "sessionlog.h"

#include <QCoreApplication>

namespace History {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(History::CreationOutcome)
};

} // namespace

std::optional<QString> outcomeOf(const Api::ApiError& error)
{
    switch (error.delivery()) {
    case Api::ApiError::Delivery::NotSent:
        return std::nullopt;
    case Api::ApiError::Delivery::Unknown:
        return Outcome::ReplyLost;
    case Api::ApiError::Delivery::Answered:
        break;
    }
    return error.kind() == Api::ApiError::Kind::InvalidReply ? Outcome::ReplyRejected
                                                             : Outcome::Refused;
}

QString mayExistNote(const QString& sessionId, const QString& outcome, bool recorded)
{
    if (!recorded)
        return Text::tr("The session %1 may exist on the platform.").arg(sessionId);
    return Text::tr("The session %1 may exist on the platform: the history lists it as “%2”, "
                    "where its status can be checked and its data deleted.")
        .arg(sessionId, outcomeText(outcome));
}

} // namespace History
