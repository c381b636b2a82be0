#pragma once
// A service manager's end of the notification socket (what systemd binds for NOTIFY_SOCKET): a
// Unix datagram socket at a path, or in the abstract namespace when the name starts with '@'.

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace TestSupport {

class NotifySocket
{
public:
    explicit NotifySocket(const QByteArray& path)
        : m_path(path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM, 0);
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        if (address.sun_path[0] == '@')
            address.sun_path[0] = '\0';
        const auto length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(path.size()));
        m_bound = m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr*>(&address), length) == 0;
    }
    ~NotifySocket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isBound() const { return m_bound; }

    // Every datagram waiting now, without blocking.
    QList<QByteArray> received()
    {
        QList<QByteArray> messages;
        char buffer[4096];
        for (;;) {
            const ssize_t size = ::recv(m_fd, buffer, sizeof(buffer), MSG_DONTWAIT);
            if (size < 0)
                break;
            messages.append(QByteArray(buffer, int(size)));
        }
        return messages;
    }

private:
    QByteArray m_path;
    int m_fd = -1;
    bool m_bound = false;
};

} // namespace TestSupport
