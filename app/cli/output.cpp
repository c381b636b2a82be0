#include "output.h"

#include "domain/displaytext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli::Output)
};

QJsonValue scoreJson(const std::optional<int>& score)
{
    return score ? QJsonValue(*score) : QJsonValue(QJsonValue::Null);
}

QString scoreText(const std::optional<int>& score)
{
    return score ? QString::number(*score) : QStringLiteral("-");
}

QByteArray compactLine(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

QByteArray sessionJson(const Domain::CreatedSession& session)
{
    return compactLine({
        {QStringLiteral("sessionId"), session.sessionId},
        {QStringLiteral("webEnrolmentUrl"), session.webEnrolmentUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("expiresAt"),
         session.expiresAt ? QJsonValue(session.expiresAt->toUTC().toString(Qt::ISODate))
                           : QJsonValue(QJsonValue::Null)},
    });
}

QString sessionText(const Domain::CreatedSession& session, const QDateTime& nowUtc)
{
    QString expiry = Text::tr("unknown (the platform sent no token expiry)");
    if (session.expiresAt) {
        const qint64 minutes = (nowUtc.secsTo(*session.expiresAt) + 59) / 60;
        expiry = Text::tr("%1 (in %n minute(s))", nullptr, int(qMax<qint64>(0, minutes)))
                     .arg(session.expiresAt->toUTC().toString(
                         QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
    }
    return Text::tr("Session: %1\nLink:    %2\nExpires: %3\n")
        .arg(session.sessionId, session.webEnrolmentUrl.toString(QUrl::FullyEncoded), expiry);
}

QByteArray statusJson(const QString& sessionId, const Domain::SessionStatus& status,
                      const std::optional<Domain::Decision>& decision)
{
    QJsonValue decisionValue(QJsonValue::Null);
    if (decision) {
        QJsonObject verifications;
        for (const Domain::TrustFactor& factor : decision->factors) {
            verifications.insert(
                factor.key,
                QJsonObject{{QStringLiteral("level"), factor.rawLevel.isEmpty()
                                                          ? Domain::levelWireName(factor.level)
                                                          : factor.rawLevel},
                            {QStringLiteral("score"), scoreJson(factor.score)}});
        }
        decisionValue = QJsonObject{
            {QStringLiteral("level"), Domain::levelWireName(decision->level)},
            {QStringLiteral("score"), scoreJson(decision->score)},
            {QStringLiteral("verifications"), verifications},
        };
    }
    return compactLine({
        {QStringLiteral("sessionId"), sessionId},
        {QStringLiteral("status"), status.rawText()},
        {QStringLiteral("decision"), decisionValue},
    });
}

QString statusText(const QString& sessionId, const Domain::SessionStatus& status,
                   const std::optional<Domain::Decision>& decision)
{
    // Everything the platform wrote is printed with its control characters replaced: an escape
    // sequence in a status or a factor name would otherwise drive the terminal.
    QString text = Text::tr("Session:  %1\nStatus:   %2 (%3)\n")
                       .arg(sessionId, Domain::shownValue(status.rawText(), 200),
                            Domain::printableText(status.displayText()));
    if (!decision)
        return text;
    text += Text::tr("Decision: %1 (%2), score %3\n")
                .arg(Domain::levelWireName(decision->level),
                     Domain::levelDisplayText(decision->level), scoreText(decision->score));
    int width = 0;
    for (const Domain::TrustFactor& factor : decision->factors)
        width = qMax(width, int(Domain::shownValue(factor.displayName(), 80).size()));
    for (const Domain::TrustFactor& factor : decision->factors) {
        const QString level = factor.level == Domain::Level::Unknown && !factor.rawLevel.isEmpty()
                                  ? factor.rawLevel
                                  : Domain::levelWireName(factor.level);
        text += QStringLiteral("  %1  %2  %3\n")
                    .arg(Domain::shownValue(factor.displayName(), 80), -width)
                    .arg(Domain::shownValue(level, 40), -11)
                    .arg(scoreText(factor.score));
    }
    return text;
}

} // namespace Cli
