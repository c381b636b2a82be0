#pragma once

#include <QString>
#include <QUrl>

namespace Domain {

// True for "localhost" and addresses in 127.0.0.0/8 or ::1: the only hosts that may be spoken to
// over plain http (the local sandbox).
bool isLoopbackHost(const QString& host);
inline bool isLoopbackUrl(const QUrl& url)
{
    return isLoopbackHost(url.host());
}

} // namespace Domain
