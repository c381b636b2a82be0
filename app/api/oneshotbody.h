#pragma once
// A request body that can be read exactly once. Qt's HTTP layer re-sends a request by itself when
// a connection closes or a status line is unreadable, and it can only do so by rewinding the body:
// a body that refuses to rewind turns that silent resend into QNetworkReply::ContentReSendError.
// Creating a session or deleting its data must never be sent twice behind the caller's back
// (RFC 9110 section 9.2.2), so their bodies go through this device.

#include <QByteArray>
#include <QIODevice>

namespace Api {

class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray data, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    // Never rewinds, and says so without a warning.
    bool reset() override { return false; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace Api
