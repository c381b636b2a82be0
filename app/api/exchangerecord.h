#pragma once
// One HTTP exchange with the platform as the QA inspector shows it: a value with every secret
// (Authorization, access tokens, link tokens, passwords) and the applicant's names and date of
// birth already removed, so whatever receives a record (signal, model, widget, clipboard) cannot
// see one. Kept in memory only, never on disk.

#include "apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QNetworkRequest>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace Api {

// Bodies longer than this are cut (after redaction) before they are kept.
inline constexpr qsizetype MaxRecordedBodyBytes = 64 * 1024;

struct ExchangeRecord {
    QDateTime started; // UTC
    QString method;
    QUrl url;           // scheme, host, port and path: never user info, query or fragment
    QString path;       // url's path, which includes the base URL's own path
    int httpStatus = 0; // 0 when no HTTP answer was read
    qint64 durationMs = 0;
    int attempt = 1;                         // 2 and more for retries of the same call
    std::optional<ApiError::Kind> errorKind; // set when the attempt failed
    QString errorMessage;                    // ApiError::userMessage
    // Content-Type, Accept and Authorization (its scheme only: "Basic [redacted]").
    QList<QPair<QByteArray, QByteArray>> requestHeaders;
    // The account name of Basic authentication (not a secret: it is in the profile), so that a
    // replay needs only the password; empty for other schemes.
    QString username;
    QByteArray requestBody;        // redacted, at most MaxRecordedBodyBytes
    qsizetype requestBodySize = 0; // before redaction and cutting
    QByteArray responseContentType;
    QByteArray responseBody; // redacted, at most MaxRecordedBodyBytes
    qsizetype responseBodySize = 0;
    bool requestBodyTruncated = false;
    bool responseBodyTruncated = false;

    bool failed() const { return errorKind.has_value(); }
};

// What the client knows about one finished attempt, secrets included. It only ever goes straight
// into makeExchangeRecord and is never kept.
struct ExchangeFacts {
    QByteArray method;
    QNetworkRequest request; // as sent: its URL and headers
    QByteArray requestBody;
    QDateTime started; // UTC
    qint64 durationMs = 0;
    int attempt = 1;
    int httpStatus = 0;
    QByteArray responseContentType;
    QByteArray responseBody;
    std::optional<ApiError> error;
};

ExchangeRecord makeExchangeRecord(const ExchangeFacts& facts);

// A body that is safe to keep: in JSON, the values of secret keys (accessToken, token, password,
// secret...), of the applicant's personal data (firstName, lastName, additionalNames,
// dateOfBirth, OCR/MRZ text values) and the token query parameter of URL strings become
// "[redacted]", structure kept; anything else goes through redactSecrets. Not cut.
QByteArray redactBody(const QByteArray& body);

// Indented JSON when the body parses as a JSON object or array, else the body as text.
QString prettyBody(const QByteArray& body);

// The shell variable a copied curl command reads the password from.
inline constexpr char CurlPasswordVariable[] = "ENROLMENT_DESK_PASSWORD";

// A POSIX shell command line that repeats the exchange with curl, as pasted: baseUrl gives the
// scheme, host and port, the record the path. The record's user name is written out, the
// password is the shell variable ENROLMENT_DESK_PASSWORD (the shell refuses to run without it);
// --fail-with-body makes an HTTP error curl's exit status. A JSON body is the redacted one, with
// what cannot be replayed taken out: the applicant's data (redacted, it would be refused) and the
// sessionId, which the shell makes anew for each run (the platform refuses one it has seen).
QString curlCommand(const ExchangeRecord& record, const QUrl& baseUrl);

// Single-quotes text for a POSIX shell.
QString shellQuote(const QString& text);

} // namespace Api

Q_DECLARE_METATYPE(Api::ExchangeRecord)
