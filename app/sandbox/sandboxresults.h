#pragma once
// Synthetic result bodies of the data endpoints (API.md sections 3 and 4): decision results,
// document and face results, image names and sample images, and session list entries. Only the
// document result echoes the applicant's names, as a document read would.

#include "sandboxoutcome.h"
#include "sandboxsessions.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Sandbox {

// `level` is High, Medium or Low (see resultLevelForStatus).
QJsonObject decisionResults(Outcome level, const SandboxSession& session);
QJsonObject documentResult(Outcome level, const SandboxSession& session);
QJsonObject faceResult(Outcome level);

// {"document": [...], "face": [...]}
QJsonObject imageList();
bool isImageName(const QString& name);
// A small generated JPEG for one of the image names; empty if JPEG encoding is unavailable.
QByteArray sampleJpeg(const QString& name);

QJsonObject sessionListEntry(const SandboxSession& session, const SessionState& state);

} // namespace Sandbox
