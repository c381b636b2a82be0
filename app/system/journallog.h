#pragma once
// Log lines with a priority the journal understands. Under systemd, standard error is a stream
// into the journal (JOURNAL_STREAM names its device and inode); a line that starts with "<N>"
// (syslog's priorities: 3 error, 4 warning, 6 info, 7 debug) is stored with that priority, so a
// fleet's log collection can alert on errors and warnings. Elsewhere (a terminal, a file, another
// system) the lines stay exactly as Qt writes them.

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace System {

// Installs the message handler when standard error is the journal's stream; returns whether.
bool installJournalPriorities();

// Whether fd is the stream that JOURNAL_STREAM's value ("DEVICE:INODE") names.
bool isJournalStream(int fd, const QByteArray& journalStream);

// The syslog priority of a Qt message type.
int journalPriority(QtMsgType type);

// formatted (one or more lines) with the priority prefix on every line, ending in a newline.
QByteArray journalLines(QtMsgType type, const QString& formatted);

} // namespace System
