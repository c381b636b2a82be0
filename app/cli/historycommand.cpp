// `enrolment-desk history`: the session history as a table or one JSON object.

#include "commands.h"
#include "exitcodes.h"
#include "history/sessionlog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli::HistoryCommand)
};

const QString CommandName = QStringLiteral("history");
constexpr int MaxExternalIdWidth = 40;

QJsonValue textJson(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeJson(const std::optional<QDateTime>& time)
{
    return time && time->isValid() ? QJsonValue(time->toUTC().toString(Qt::ISODate))
                                   : QJsonValue(QJsonValue::Null);
}

QByteArray historyJson(const QList<History::SessionRecord>& records)
{
    QJsonArray sessions;
    for (const History::SessionRecord& record : records) {
        sessions.append(QJsonObject{
            {QStringLiteral("sessionId"), record.sessionId},
            {QStringLiteral("externalId"), textJson(record.externalId)},
            {QStringLiteral("profile"), record.profile},
            {QStringLiteral("created"), timeJson(record.createdUtc)},
            {QStringLiteral("expires"), timeJson(record.expiresUtc)},
            {QStringLiteral("status"), record.lastStatus},
            {QStringLiteral("decision"), textJson(record.decisionLevel)},
            {QStringLiteral("updated"), timeJson(record.updatedUtc)},
            {QStringLiteral("deleted"), timeJson(record.deletedUtc)},
            {QStringLiteral("outcome"), textJson(record.outcome)},
        });
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("sessions"), sessions}})
               .toJson(QJsonDocument::Compact) +
           '\n';
}

// What a terminal shows of free text: no control characters, at most width characters.
QString cell(const QString& text, int width = -1)
{
    QString shown = text;
    for (QChar& c : shown) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char('?');
    }
    if (width > 0 && shown.size() > width)
        shown = shown.left(width - 1) + QChar(0x2026);
    return shown.isEmpty() ? QStringLiteral("-") : shown;
}

QString minuteText(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString historyText(const QList<History::SessionRecord>& records)
{
    if (records.isEmpty())
        return Text::tr("No sessions in the history.\n");
    QList<QStringList> rows{{Text::tr("Created (UTC)"), Text::tr("Session ID"), Text::tr("Status"),
                             Text::tr("Decision"), Text::tr("Profile"), Text::tr("External ID")}};
    for (const History::SessionRecord& record : records) {
        // No link came back: how the creation ended, until a status is read.
        QString status = record.outcome.isEmpty() ? cell(record.lastStatus)
                                                  : cell(History::outcomeText(record.outcome));
        if (record.deletedUtc)
            status += Text::tr(", data deleted %1").arg(minuteText(*record.deletedUtc));
        rows.append({minuteText(record.createdUtc), cell(record.sessionId), status,
                     cell(record.decisionLevel), cell(record.profile),
                     cell(record.externalId, MaxExternalIdWidth)});
    }
    QList<int> widths(rows.constFirst().size(), 0);
    for (const QStringList& row : std::as_const(rows)) {
        for (int column = 0; column < row.size(); ++column)
            widths[column] = qMax(widths.at(column), int(row.at(column).size()));
    }
    QString text;
    for (const QStringList& row : std::as_const(rows)) {
        QString line;
        for (int column = 0; column < row.size(); ++column) {
            const bool last = column == row.size() - 1;
            line += last ? row.at(column) : row.at(column).leftJustified(widths.at(column) + 2);
        }
        text += line + QLatin1Char('\n');
    }
    return text;
}

} // namespace

int runHistory(const HistoryCommand& command, CliEnvironment& environment)
{
    const QString path = History::SessionLog::defaultPath();
    QList<History::SessionRecord> records;
    // Nothing created here yet: an empty history, and no file is created just to read it.
    if (QFileInfo::exists(path)) {
        QString problem;
        const auto log = History::SessionLog::open(path, &problem);
        if (!log) {
            reportProblem(environment, CommandName, problem);
            return UsageError;
        }
        History::HistoryFilter filter;
        filter.externalIdContains = command.externalIdContains;
        filter.from = command.from;
        filter.to = command.to;
        filter.limit = command.limit;
        records = log->search(filter, &problem);
        if (!problem.isEmpty()) {
            reportProblem(environment, CommandName, problem);
            return UsageError;
        }
    }
    if (command.json) {
        environment.out << QString::fromUtf8(historyJson(records));
    } else {
        environment.out << historyText(records);
        if (records.size() == command.limit)
            environment.err << Text::tr("Showing the newest %n session(s); --limit shows more.",
                                        nullptr, command.limit)
                            << Qt::endl;
    }
    environment.out.flush();
    return Success;
}

} // namespace Cli
