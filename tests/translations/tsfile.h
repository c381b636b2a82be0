#pragma once
// Reads a Qt Linguist .ts file into its messages, for the translation tests.

#include <QList>
#include <QString>
#include <QStringList>

struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;  // type="unfinished" (or "vanished"/"obsolete")
    QStringList translations; // one, or the plural forms
};

struct TsFile {
    QString language;
    QList<TsMessage> messages;
    QString error; // an XML problem, with its line
};

TsFile readTsFile(const QString& path);
