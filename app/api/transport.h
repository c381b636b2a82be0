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
// How much of a reply Qt may hold before the client has read it: the cap on memory while a
// hostile server streams a huge body.
inline constexpr qint64 ReplyReadBufferBytes = 64 * 1024;

struct RawReply {
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    int httpStatus = 0; // 0: no HTTP answer was read
    QByteArray body;
    QByteArray retryAfterHeader;
    QString tlsProblem; // described certificate errors, when the handshake failed
    bool timedOut = false;
    bool tooLarge = false;
    // Why the reply's framing cannot be trusted (conflicting or broken Content-Length, a body
    // shorter than announced, an unasked-for compression); empty when it can.
    QString framingProblem;
};

// The credentials the desk sent, so that an error body echoing them is scrubbed.
struct KnownSecrets {
    QString username;
    QString password;
};

// Nothing when the reply is a 2xx whose body should be parsed.
std::optional<ApiError> transportError(const RawReply& reply, const QString& host,
                                       int timeoutSeconds, const KnownSecrets& secrets = {});

// The headers' own problem with how the body is framed or encoded (RFC 9112 section 6.3), or
// nothing: contentLength and transferEncoding and contentEncoding as the reply's raw headers,
// where Qt joins repeated headers with ", ".
std::optional<QString> framingProblem(const QByteArray& contentLength,
                                      const QByteArray& transferEncoding,
                                      const QByteArray& contentEncoding);
// The announced body length, or nothing when there is none or it is not one number.
std::optional<qint64> announcedLength(const QByteArray& contentLength);

// Retry-After in seconds (delta-seconds or an HTTP date), or nothing when absent or unreadable.
std::optional<int> parseRetryAfter(const QByteArray& header, const QDateTime& nowUtc);

} // namespace Api
