#pragma once
// The session history's SQLite schema as an ordered list of migrations, each raising
// PRAGMA user_version by one. A new file runs all of them; an older file runs the rest.

#include <QSqlDatabase>
#include <QString>

namespace History::Schema {

// The version the last migration leaves (what this build writes).
int currentVersion();

// Brings an open database to currentVersion() inside one write transaction. False with *problem
// (one sentence naming path) when the file is damaged, locked, read-only, from a newer version,
// or some other program's database.
bool migrate(QSqlDatabase& database, const QString& path, QString* problem);

} // namespace History::Schema
