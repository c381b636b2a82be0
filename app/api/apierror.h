#pragma once
// Every way a call to the platform can fail, as one value with the message staff and scripts see.
// The message is made in one place (userMessage) so the window, the CLI and the logs agree.

#include <QString>

#include <optional>

namespace Api {

class ApiError
{
public:
    enum class Kind {
        InvalidInput, // refused before sending (bad id, unsafe URL): nothing was sent
        AuthRefused,  // 401 or 403
        Http,         // any other non-2xx status
        Network,      // connection refused, DNS, reset...
        Tls,          // certificate or handshake failure
        Timeout,      // no complete answer within the transfer timeout
        InvalidReply, // answered, but the answer is unusable or unsafe
    };

    // Whether the request reached the platform: what a failed creation leaves behind there.
    enum class Delivery {
        NotSent,  // refused locally, or no connection could be made: nothing was created
        Unknown,  // sent, but no usable answer came back: the platform may have acted on it
        Answered, // the platform answered (an HTTP error, or a reply the desk rejected)
    };

    static ApiError invalidInput(const QString& reason);
    // excerpt: a short, already redacted piece of the body; retryAfterSeconds from the header.
    static ApiError http(int status, const QString& excerpt,
                         std::optional<int> retryAfterSeconds = std::nullopt);
    // nothingSent: the connection itself failed (refused, host unknown), so the request never left.
    static ApiError network(const QString& host, const QString& reason, bool nothingSent = false);
    static ApiError tls(const QString& host, const QString& reason);
    static ApiError timeout(const QString& host, int seconds);
    static ApiError invalidReply(const QString& reason);

    Kind kind() const { return m_kind; }
    Delivery delivery() const;
    int httpStatus() const { return m_httpStatus; } // 0 when no HTTP answer was read
    std::optional<int> retryAfterSeconds() const { return m_retryAfter; }
    // The specific part: the reason, the body excerpt, the host.
    const QString& detail() const { return m_detail; }

    // One or two plain sentences: what happened and what to do next.
    QString userMessage() const;
    // True when trying the same request again later may succeed.
    bool isTransient() const;

private:
    ApiError(Kind kind, QString detail)
        : m_kind(kind)
        , m_detail(std::move(detail))
    {}

    Kind m_kind;
    QString m_detail;
    QString m_host;
    int m_httpStatus = 0;
    int m_timeoutSeconds = 0;
    std::optional<int> m_retryAfter;
    bool m_nothingSent = false;
};

} // namespace Api
