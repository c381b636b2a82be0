#include "transport.h"

#include "redaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Api {
namespace {

// A JSON error body's own sentence ("error", "message", "detail" or "title"); else the body.
QByteArray errorTextOf(const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const char* key : {"error", "message", "detail", "title"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return value.toString().toUtf8();
    }
    return body;
}

} // namespace

std::optional<ApiError> transportError(const RawReply& reply, const QString& host,
                                       int timeoutSeconds, const KnownSecrets& secrets)
{
    if (reply.tooLarge)
        return ApiError::invalidReply(
            QCoreApplication::translate("Api::Transport", "the reply is larger than %1 KiB")
                .arg(MaxReplyBytes / 1024));
    if (!reply.framingProblem.isEmpty())
        return ApiError::invalidReply(reply.framingProblem);
    if (reply.timedOut || reply.networkError == QNetworkReply::TimeoutError)
        return ApiError::timeout(host, timeoutSeconds);
    if (!reply.tlsProblem.isEmpty())
        return ApiError::tls(host, reply.tlsProblem);
    if (reply.networkError == QNetworkReply::SslHandshakeFailedError)
        return ApiError::tls(host, reply.networkErrorText);
    if (reply.httpStatus != 0 && (reply.httpStatus < 200 || reply.httpStatus >= 300))
        return ApiError::http(
            reply.httpStatus,
            safeExcerpt(scrubKnownSecrets(QString::fromUtf8(errorTextOf(scrubKnownSecrets(
                                              reply.body, secrets.username, secrets.password))),
                                          secrets.username, secrets.password)
                            .toUtf8()),
            parseRetryAfter(reply.retryAfterHeader, QDateTime::currentDateTimeUtc()));
    if (reply.networkError == QNetworkReply::ContentReSendError)
        return ApiError::network(
            host, QCoreApplication::translate("Api::Transport",
                                              "the connection ended before a complete answer, and "
                                              "the request was not sent a second time"));
    if (reply.networkError != QNetworkReply::NoError || reply.httpStatus == 0) {
        switch (reply.networkError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
            return ApiError::network(host, reply.networkErrorText, true);
        default:
            return ApiError::network(host, reply.networkErrorText);
        }
    }
    return std::nullopt;
}

std::optional<qint64> announcedLength(const QByteArray& contentLength)
{
    const QByteArray text = contentLength.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 length = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(length) : std::nullopt;
}

std::optional<QString> framingProblem(const QByteArray& contentLength,
                                      const QByteArray& transferEncoding,
                                      const QByteArray& contentEncoding)
{
    const QByteArray encoding = contentEncoding.trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return QCoreApplication::translate(
                   "Api::Transport",
                   "the reply is compressed (%1), though only an uncompressed reply was asked for")
            .arg(QString::fromLatin1(encoding.left(40)));
    const QByteArray transfer = transferEncoding.trimmed().toLower();
    if (!transfer.isEmpty() && transfer != "chunked")
        return QCoreApplication::translate("Api::Transport",
                                           "the reply uses the transfer coding %1, which the desk "
                                           "does not accept")
            .arg(QString::fromLatin1(transfer.left(40)));
    if (contentLength.isEmpty())
        return std::nullopt;
    if (!transfer.isEmpty())
        return QCoreApplication::translate("Api::Transport",
                                           "the reply announces both a length and chunked "
                                           "transfer, so where it ends is ambiguous");
    // Repeated headers arrive joined by ", ": identical values are one length, others conflict.
    std::optional<qint64> length;
    for (const QByteArray& part : contentLength.split(',')) {
        const auto value = announcedLength(part);
        if (!value)
            return QCoreApplication::translate("Api::Transport",
                                               "the reply's Content-Length is not a number");
        if (length && *length != *value)
            return QCoreApplication::translate("Api::Transport",
                                               "the reply announces two different lengths (%1)")
                .arg(QString::fromLatin1(contentLength.simplified().left(60)));
        length = value;
    }
    return std::nullopt;
}

std::optional<int> parseRetryAfter(const QByteArray& header, const QDateTime& nowUtc)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt
                           : std::optional<int>(int(qMin<qlonglong>(seconds, 86400)));
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT". Date and time are read apart and joined
    // as UTC: read as one local date-time, a time in the desk's daylight-saving gap is lost.
    const QStringList parts = QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 6 || parts.at(5) != QLatin1String("GMT"))
        return std::nullopt;
    const QDate date = QLocale::c().toDate(parts.mid(0, 4).join(QLatin1Char(' ')),
                                           QStringLiteral("ddd, dd MMM yyyy"));
    const QTime time = QLocale::c().toTime(parts.at(4), QStringLiteral("hh:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QDateTime utc(date, time, Qt::UTC);
    return int(qBound(qint64(0), nowUtc.secsTo(utc), qint64(86400)));
}

} // namespace Api
