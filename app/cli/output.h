#pragma once
// How the headless commands print results: readable text for people, one JSON object for
// scripts. Pure functions, so the JSON contract is tested directly.

#include "domain/decision.h"
#include "domain/session.h"
#include "domain/sessionstatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Cli {

QByteArray sessionJson(const Domain::CreatedSession& session);
QString sessionText(const Domain::CreatedSession& session, const QDateTime& nowUtc);

QByteArray statusJson(const QString& sessionId, const Domain::SessionStatus& status,
                      const std::optional<Domain::Decision>& decision);
QString statusText(const QString& sessionId, const Domain::SessionStatus& status,
                   const std::optional<Domain::Decision>& decision);

} // namespace Cli
