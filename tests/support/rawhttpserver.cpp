#include "rawhttpserver.h"

#include <QTcpSocket>

namespace TestSupport {
namespace {

constexpr qint64 FillerPieceBytes = 64 * 1024;
const char BufferProperty[] = "rawHttpBuffer";
const char FillerLeftProperty[] = "rawHttpFillerLeft";
const char AnswerProperty[] = "rawHttpAnswer";

// The length of the first complete request in buffer (head and Content-Length body), or -1.
qsizetype completeRequestLength(const QByteArray& buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return -1;
    qint64 bodyLength = 0;
    for (const QByteArray& line : buffer.left(headEnd).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            bodyLength = line.mid(colon + 1).trimmed().toLongLong();
    }
    const qsizetype total = headEnd + 4 + bodyLength;
    return buffer.size() >= total ? total : -1;
}

} // namespace

RawAnswer RawAnswer::bytes(QByteArray head, bool close)
{
    RawAnswer answer;
    answer.head = std::move(head);
    answer.close = close;
    return answer;
}

RawAnswer RawAnswer::closeAfterRead()
{
    return RawAnswer{};
}

RawAnswer RawAnswer::silence()
{
    RawAnswer answer;
    answer.hang = true;
    answer.close = false;
    return answer;
}

RawAnswer RawAnswer::json(int status, const QByteArray& body)
{
    return bytes("HTTP/1.1 " + QByteArray::number(status) +
                 " Status\r\nContent-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
}

RawHttpServer::RawHttpServer(QList<RawAnswer> answers)
    : m_answers(std::move(answers))
{
    listen(QHostAddress::LocalHost);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::bytesWritten, this,
                    [this, socket] { writeFiller(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QUrl RawHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
}

void RawHttpServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray buffer = socket->property(BufferProperty).toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype length = completeRequestLength(buffer);
        if (length < 0)
            break;
        m_requests.append(buffer.left(length));
        buffer.remove(0, length);
        if (!m_answers.isEmpty())
            answer(socket, m_answers.at(qMin(m_requests.size(), m_answers.size()) - 1));
    }
    socket->setProperty(BufferProperty, buffer);
}

void RawHttpServer::answer(QTcpSocket* socket, const RawAnswer& answer)
{
    if (answer.hang)
        return;
    socket->write(answer.head);
    socket->setProperty(FillerLeftProperty, answer.fillerBytes);
    socket->setProperty(AnswerProperty, m_requests.size() - 1);
    writeFiller(socket);
}

void RawHttpServer::writeFiller(QTcpSocket* socket)
{
    if (socket->state() != QAbstractSocket::ConnectedState ||
        !socket->property(AnswerProperty).isValid())
        return;
    const RawAnswer& answer =
        m_answers.at(qMin(socket->property(AnswerProperty).toInt(), int(m_answers.size()) - 1));
    qint64 left = socket->property(FillerLeftProperty).toLongLong();
    while (left > 0 && socket->bytesToWrite() < 4 * FillerPieceBytes) {
        // Whole patterns (a chunk stays a chunk), cut only at the very end.
        QByteArray piece;
        while (piece.size() < qMin(left, FillerPieceBytes))
            piece += answer.fillerPattern.isEmpty() ? QByteArray("x") : answer.fillerPattern;
        piece.truncate(qMin<qint64>(left, piece.size()));
        socket->write(piece);
        left -= piece.size();
    }
    socket->setProperty(FillerLeftProperty, left);
    if (left > 0)
        return;
    socket->setProperty(AnswerProperty, QVariant());
    socket->write(answer.tail);
    if (answer.close)
        socket->disconnectFromHost();
}

} // namespace TestSupport
