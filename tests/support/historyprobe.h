#pragma once
// What the history tests look through: a proxy that keeps the platform's replies (so a test knows
// the exact tokens the desk received), and every value and every byte of a history file (so a
// test can prove none of them holds anything personal).

#include <QByteArray>
#include <QHttpServer>
#include <QList>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QUrl>

namespace HistoryProbe {

// Passes every request on to target and keeps each reply body, in order.
class RecordingProxy
{
public:
    explicit RecordingProxy(QUrl target);
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    QList<QByteArray> requestBodies;
    QList<QByteArray> replyBodies;

private:
    void forward(const QHttpServerRequest& request, QHttpServerResponder&& responder);

    QUrl m_target;
    QHttpServer m_http;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
};

// Every value of every row of every table of the SQLite file (its schema table included).
QStringList everyValue(const QString& path);
// The bytes of every file under folder (the database and any journal beside it).
QByteArray everyByte(const QString& folder);

} // namespace HistoryProbe
