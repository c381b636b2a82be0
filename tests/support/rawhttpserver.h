#pragma once
// A loopback server that answers each HTTP request with exactly the bytes a test scripts: broken
// status lines, conflicting or false lengths, cut chunked bodies, a close right after reading,
// endless headers or bodies. It counts the requests it read, so a test sees whether the client
// sent a request again by itself.

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace TestSupport {

struct RawAnswer {
    QByteArray head;          // written first, as it is
    QByteArray fillerPattern; // then repeated until fillerBytes bytes, streamed as the client reads
    qint64 fillerBytes = 0;
    QByteArray tail;   // written after the filler
    bool close = true; // close the connection once everything is written
    bool hang = false; // write nothing and keep the connection open

    // An answer of these bytes, then a close.
    static RawAnswer bytes(QByteArray head, bool close = true);
    // A close right after the request was read, without a byte of answer.
    static RawAnswer closeAfterRead();
    // No answer at all, the connection kept open.
    static RawAnswer silence();
    // A complete response with a Content-Length that matches body.
    static RawAnswer json(int status, const QByteArray& body);
};

class RawHttpServer : public QTcpServer
{
public:
    // The n-th request read gets answers[n], the ones after the last get the last.
    explicit RawHttpServer(QList<RawAnswer> answers);

    QUrl url() const;
    int requestCount() const { return int(m_requests.size()); }
    int connectionCount() const { return m_connections; }
    // Each request as read: head and body.
    const QList<QByteArray>& requests() const { return m_requests; }

private:
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const RawAnswer& answer);
    void writeFiller(QTcpSocket* socket);

    QList<RawAnswer> m_answers;
    QList<QByteArray> m_requests;
    int m_connections = 0;
};

} // namespace TestSupport
