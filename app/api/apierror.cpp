#include "apierror.h"

#include <QCoreApplication>

namespace Api {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Api::ApiError)
};

QString reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 404:
        return QStringLiteral("Not Found");
    case 409:
        return QStringLiteral("Conflict");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

} // namespace

ApiError ApiError::invalidInput(const QString& reason)
{
    return {Kind::InvalidInput, reason};
}

ApiError ApiError::http(int status, const QString& excerpt, std::optional<int> retryAfterSeconds)
{
    ApiError error(status == 401 || status == 403 ? Kind::AuthRefused : Kind::Http, excerpt);
    error.m_httpStatus = status;
    error.m_retryAfter = retryAfterSeconds;
    return error;
}

ApiError ApiError::network(const QString& host, const QString& reason, bool nothingSent)
{
    ApiError error(Kind::Network, reason);
    error.m_host = host;
    error.m_nothingSent = nothingSent;
    return error;
}

ApiError::Delivery ApiError::delivery() const
{
    switch (m_kind) {
    case Kind::InvalidInput:
    case Kind::Tls: // the handshake comes before the request
        return Delivery::NotSent;
    case Kind::Network:
        return m_nothingSent ? Delivery::NotSent : Delivery::Unknown;
    case Kind::Timeout:
        return Delivery::Unknown;
    case Kind::AuthRefused:
    case Kind::Http:
    case Kind::InvalidReply:
        return Delivery::Answered;
    }
    return Delivery::Unknown;
}

ApiError ApiError::tls(const QString& host, const QString& reason)
{
    ApiError error(Kind::Tls, reason);
    error.m_host = host;
    return error;
}

ApiError ApiError::timeout(const QString& host, int seconds)
{
    ApiError error(Kind::Timeout, {});
    error.m_host = host;
    error.m_timeoutSeconds = seconds;
    return error;
}

ApiError ApiError::invalidReply(const QString& reason)
{
    return {Kind::InvalidReply, reason};
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return m_httpStatus == 429 || m_httpStatus == 502 || m_httpStatus == 503 ||
               m_httpStatus == 504;
    default:
        return false;
    }
}

QString ApiError::userMessage() const
{
    switch (m_kind) {
    case Kind::InvalidInput:
        return m_detail;
    case Kind::AuthRefused:
        if (m_httpStatus == 403)
            return Text::tr(
                "The platform refused access (HTTP 403): these credentials may not create "
                "or read sessions. Check the profile's username with your administrator.");
        return Text::tr(
            "The platform refused the credentials (HTTP 401). Check the profile's username "
            "and password.");
    case Kind::Http: {
        const QString phrase = reasonPhrase(m_httpStatus);
        const QString status = phrase.isEmpty()
                                   ? QStringLiteral("HTTP %1").arg(m_httpStatus)
                                   : QStringLiteral("HTTP %1 %2").arg(m_httpStatus).arg(phrase);
        QString message;
        if (m_httpStatus == 429) {
            message = m_retryAfter
                          ? Text::tr("The platform is limiting requests (%1). Try again in %n "
                                     "second(s).",
                                     nullptr, *m_retryAfter)
                                .arg(status)
                          : Text::tr("The platform is limiting requests (%1). Try again in a "
                                     "minute.")
                                .arg(status);
        } else if (m_httpStatus >= 500) {
            message =
                Text::tr("The platform had a problem (%1). Try again in a moment.").arg(status);
        } else {
            message = Text::tr("The platform refused the request (%1).").arg(status);
        }
        if (!m_detail.isEmpty())
            message += QLatin1Char(' ') + Text::tr("It said: “%1”").arg(m_detail);
        return message;
    }
    case Kind::Network:
        return Text::tr(
                   "Could not reach the platform at %1: %2. Check the network connection and the "
                   "profile's address.")
            .arg(m_host, m_detail);
    case Kind::Tls:
        return Text::tr(
                   "The secure connection to %1 could not be trusted: %2. Nothing was sent. Ask "
                   "your administrator whether a company certificate must be added to the profile.")
            .arg(m_host, m_detail);
    case Kind::Timeout:
        return Text::tr(
                   "The platform at %1 did not answer within %n second(s). Check the network and "
                   "try again.",
                   nullptr, m_timeoutSeconds)
            .arg(m_host);
    case Kind::InvalidReply:
        return Text::tr("The platform's reply was rejected: %1.").arg(m_detail);
    }
    return m_detail;
}

} // namespace Api
