#pragma once
// What came back from one HTTP exchange, and the one function that turns it into an ApiError
// (or says the body can be parsed). Kept apart from QNetworkReply so every case is testable.

#include "apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QString>

#include <optional>

namespace Api {

inline constexpr qint64 MaxReplyBytes = 1024 * 1024;

struct RawReply {
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    int httpStatus = 0; // 0: no HTTP answer was read
    QByteArray body;
    QByteArray retryAfterHeader;
    QString tlsProblem; // described certificate errors, when the handshake failed
    bool timedOut = false;
    bool tooLarge = false;
};

// Nothing when the reply is a 2xx whose body should be parsed.
std::optional<ApiError> transportError(const RawReply& reply, const QString& host,
                                       int timeoutSeconds);

// Retry-After in seconds (delta-seconds or an HTTP date), or nothing when absent or unreadable.
std::optional<int> parseRetryAfter(const QByteArray& header, const QDateTime& nowUtc);

} // namespace Api
