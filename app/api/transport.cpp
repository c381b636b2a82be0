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
                                       int timeoutSeconds)
{
    if (reply.tooLarge)
        return ApiError::invalidReply(
            QCoreApplication::translate("Api::Transport", "the reply is larger than %1 KiB")
                .arg(MaxReplyBytes / 1024));
    if (reply.timedOut || reply.networkError == QNetworkReply::TimeoutError)
        return ApiError::timeout(host, timeoutSeconds);
    if (!reply.tlsProblem.isEmpty())
        return ApiError::tls(host, reply.tlsProblem);
    if (reply.networkError == QNetworkReply::SslHandshakeFailedError)
        return ApiError::tls(host, reply.networkErrorText);
    if (reply.httpStatus != 0 && (reply.httpStatus < 200 || reply.httpStatus >= 300))
        return ApiError::http(
            reply.httpStatus, safeExcerpt(errorTextOf(reply.body)),
            parseRetryAfter(reply.retryAfterHeader, QDateTime::currentDateTimeUtc()));
    if (reply.networkError != QNetworkReply::NoError || reply.httpStatus == 0)
        return ApiError::network(host, reply.networkErrorText);
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
