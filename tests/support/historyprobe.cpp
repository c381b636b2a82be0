#include "historyprobe.h"

#include <QDirIterator>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

namespace HistoryProbe {

RecordingProxy::RecordingProxy(QUrl target)
    : m_target(std::move(target))
{
    m_http.setMissingHandler(
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            forward(request, std::move(responder));
        });
    m_port = m_http.listen(QHostAddress::LocalHost);
}

void RecordingProxy::forward(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    QUrl url = m_target;
    url.setPath(request.url().path());
    QNetworkRequest outgoing(url);
    outgoing.setRawHeader("Authorization", request.value("Authorization"));
    outgoing.setRawHeader("Content-Type", request.value("Content-Type"));
    const QByteArray verb = request.method() == QHttpServerRequest::Method::Post     ? "POST"
                            : request.method() == QHttpServerRequest::Method::Delete ? "DELETE"
                                                                                     : "GET";
    requestBodies.append(request.body());
    QNetworkReply* reply = m_network.sendCustomRequest(outgoing, verb, request.body());
    const auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
    QObject::connect(reply, &QNetworkReply::finished, &m_network, [this, reply, kept] {
        const QByteArray body = reply->readAll();
        replyBodies.append(body);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QHttpServerResponse response(QByteArrayLiteral("application/json"), body,
                                     QHttpServerResponse::StatusCode(status));
        response.write(std::move(*kept));
        reply->deleteLater();
    });
}

QStringList everyValue(const QString& path)
{
    QStringList values;
    const QString name = QStringLiteral("scan");
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!database.open()) {
            // An unreadable history proves nothing: fail the test that asked.
            QTest::qFail(
                qPrintable(
                    QStringLiteral("cannot open %1: %2").arg(path, database.lastError().text())),
                __FILE__, __LINE__);
        }
        QStringList tables{QStringLiteral("sqlite_master")};
        QSqlQuery list(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"),
                       database);
        while (list.next())
            tables.append(list.value(0).toString());
        for (const QString& table : std::as_const(tables)) {
            // A table name from the file itself; quoted as an identifier.
            QSqlQuery rows(QStringLiteral("SELECT * FROM \"%1\"").arg(table), database);
            while (rows.next()) {
                for (int column = 0; column < rows.record().count(); ++column)
                    values.append(rows.value(column).toString());
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

QByteArray everyByte(const QString& folder)
{
    QByteArray bytes;
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace HistoryProbe
