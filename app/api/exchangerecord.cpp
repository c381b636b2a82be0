#include "exchangerecord.h"

#include "redaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>

namespace Api {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Api::ExchangeRecord)
};

bool isSecretKey(const QString& key)
{
    const QString name = key.toLower();
    return name.endsWith(QLatin1String("token")) || name.contains(QLatin1String("password")) ||
           name.contains(QLatin1String("secret")) || name == QLatin1String("authorization") ||
           name == QLatin1String("apikey") || name == QLatin1String("api_key");
}

// Personal data of the applicant: what staff typed (applicantForm) and what the platform read
// from the document (decision results' OCR/MRZ values, the document result's applicant). The
// inspector is a QA tool that is open on staff screens, so these are kept out like secrets; the
// keys stay, so the shape of the exchange is still visible.
bool isPersonalKey(const QString& key)
{
    static const QStringList keys = {QStringLiteral("firstName"),
                                     QStringLiteral("lastName"),
                                     QStringLiteral("additionalNames"),
                                     QStringLiteral("dateOfBirth"),
                                     QStringLiteral("surnameAndGivenNames"),
                                     QStringLiteral("ocrTextValue"),
                                     QStringLiteral("mrzTextValue")};
    return keys.contains(key, Qt::CaseInsensitive);
}

// A token in a URL's query or fragment (token=, access_token=, ...), up to the next parameter.
QString redactString(const QString& text)
{
    static const QRegularExpression urlToken(
        QStringLiteral("([?&#;][^=&#?;\\s\"']*(?:token|password|secret)=)[^&#\\s\"']*"),
        QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    result.replace(urlToken, QStringLiteral("\\1") + RedactedMarker);
    return redactSecrets(result);
}

QJsonValue redactValue(const QJsonValue& value)
{
    if (value.isString())
        return redactString(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue item : value.toArray())
            array.append(redactValue(item));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if ((isSecretKey(it.key()) || isPersonalKey(it.key())) && !it.value().isNull())
                it.value() = QString(RedactedMarker);
            else
                it.value() = redactValue(it.value());
        }
        return object;
    }
    return value;
}

// Cuts at most MaxRecordedBodyBytes, never inside a UTF-8 sequence.
QByteArray cut(QByteArray body, bool* truncated)
{
    *truncated = body.size() > MaxRecordedBodyBytes;
    if (!*truncated)
        return body;
    qsizetype size = MaxRecordedBodyBytes;
    while (size > 0 && (quint8(body.at(size)) & 0xC0) == 0x80)
        --size;
    body.truncate(size);
    return body;
}

QList<QPair<QByteArray, QByteArray>> safeHeaders(const QNetworkRequest& request)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray& name : {QByteArrayLiteral("Accept"), QByteArrayLiteral("Authorization"),
                                   QByteArrayLiteral("Content-Type")}) {
        if (!request.hasRawHeader(name))
            continue;
        QByteArray value = request.rawHeader(name);
        if (name == "Authorization") {
            const QByteArray scheme = value.trimmed().split(' ').constFirst();
            value = scheme.isEmpty() ? QByteArray(RedactedMarker.data(), RedactedMarker.size())
                                     : scheme + ' ' + RedactedMarker.data();
        }
        headers.append({name, value});
    }
    return headers;
}

// The user name of a Basic Authorization value; empty for anything else.
QString basicUsername(const QNetworkRequest& request)
{
    const QByteArray value = request.rawHeader("Authorization").trimmed();
    if (!value.startsWith("Basic "))
        return QString();
    const QByteArray decoded = QByteArray::fromBase64(value.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    return colon > 0 ? QString::fromUtf8(decoded.left(colon)) : QString();
}

// Stands for the sessionId in a body until the body is quoted for the shell.
const QLatin1String FreshSessionId("@@fresh-session-id@@");

// A new GUID from the shell at each run: Linux's kernel, else uuidgen (macOS, BSDs).
const QLatin1String
    ShellSessionId("'\"$(cat /proc/sys/kernel/random/uuid 2>/dev/null || uuidgen)\"'");

struct ReplayBody {
    QString text;
    bool withoutApplicant = false;
    bool freshSessionId = false;
};

ReplayBody replayBody(const QByteArray& body)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {QString::fromUtf8(body)};
    QJsonObject object = document.object();
    ReplayBody replay;
    if (object.contains(QLatin1String("applicantForm"))) {
        object.remove(QLatin1String("applicantForm"));
        replay.withoutApplicant = true;
    }
    if (object.value(QLatin1String("sessionId")).isString()) {
        object.insert(QLatin1String("sessionId"), FreshSessionId);
        replay.freshSessionId = true;
    }
    replay.text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return replay;
}

bool isPlainToken(const QString& text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.:/=@%+,-]+$"));
    return plain.match(text).hasMatch();
}

} // namespace

QByteArray redactBody(const QByteArray& body)
{
    if (body.isEmpty())
        return body;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && document.isObject())
        return QJsonDocument(redactValue(document.object()).toObject())
            .toJson(QJsonDocument::Compact);
    if (error.error == QJsonParseError::NoError && document.isArray())
        return QJsonDocument(redactValue(document.array()).toArray())
            .toJson(QJsonDocument::Compact);
    if (body.contains('\0'))
        return Text::tr("[%n bytes of binary data]", nullptr, int(body.size())).toUtf8();
    return redactString(QString::fromUtf8(body)).toUtf8();
}

ExchangeRecord makeExchangeRecord(const ExchangeFacts& facts)
{
    ExchangeRecord record;
    record.started = facts.started.toUTC();
    record.method = QString::fromLatin1(facts.method);
    QUrl url = facts.request.url();
    url.setUserInfo(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    record.url = url;
    record.path = url.path();
    record.httpStatus = facts.httpStatus;
    record.durationMs = facts.durationMs;
    record.attempt = facts.attempt;
    if (facts.error) {
        record.errorKind = facts.error->kind();
        record.errorMessage = redactSecrets(facts.error->userMessage());
    }
    record.requestHeaders = safeHeaders(facts.request);
    record.username = basicUsername(facts.request);
    record.requestBodySize = facts.requestBody.size();
    record.requestBody = cut(redactBody(facts.requestBody), &record.requestBodyTruncated);
    record.responseContentType =
        redactSecrets(QString::fromLatin1(facts.responseContentType)).toLatin1().left(200);
    record.responseBodySize = facts.responseBody.size();
    record.responseBody = cut(redactBody(facts.responseBody), &record.responseBodyTruncated);
    return record;
}

QString prettyBody(const QByteArray& body)
{
    if (body.isEmpty())
        return QString();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && (document.isObject() || document.isArray()))
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
    return QString::fromUtf8(body);
}

QString shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString curlCommand(const ExchangeRecord& record, const QUrl& baseUrl)
{
    QUrl url = baseUrl;
    url.setUserInfo(QString());
    url.setPath(record.path);
    url.setQuery(QString());
    url.setFragment(QString());

    QString command = QStringLiteral("curl --silent --show-error --fail-with-body");
    if (record.method != QLatin1String("GET"))
        command += QStringLiteral(" -X ") +
                   (isPlainToken(record.method) ? record.method : shellQuote(record.method));
    command += QLatin1Char(' ') + shellQuote(url.toString(QUrl::FullyEncoded));

    QStringList options;
    bool authorized = false;
    for (const auto& header : record.requestHeaders) {
        if (header.first.compare("Authorization", Qt::CaseInsensitive) == 0) {
            authorized = true;
            continue;
        }
        options.append(QStringLiteral("-H ") +
                       shellQuote(QString::fromLatin1(header.first + ": " + header.second)));
    }
    const QString password = QLatin1String(CurlPasswordVariable);
    if (authorized) {
        const QString user = record.username.isEmpty()
                                 ? QStringLiteral("\"${ENROLMENT_DESK_USERNAME:?set "
                                                  "ENROLMENT_DESK_USERNAME first}\"")
                                 : shellQuote(record.username);
        options.prepend(QStringLiteral("-u %1:\"${%2:?export %2 first}\"").arg(user, password));
    }
    ReplayBody body;
    if (!record.requestBody.isEmpty()) {
        body = replayBody(record.requestBody);
        QString quoted = shellQuote(body.text);
        quoted.replace(FreshSessionId, ShellSessionId);
        options.append(QStringLiteral("--data-raw ") + quoted);
    }

    QString result;
    if (record.requestBodyTruncated)
        result += QStringLiteral("# The request body was cut at %1 bytes: it is incomplete.\n")
                      .arg(MaxRecordedBodyBytes);
    if (body.withoutApplicant)
        result += QStringLiteral("# Without the applicant's names and date of birth, which the "
                                 "desk never copies.\n");
    if (body.freshSessionId)
        result += QStringLiteral("# A new sessionId at each run: the platform refuses one it has "
                                 "seen.\n");
    result += command;
    for (const QString& option : options)
        result += QStringLiteral(" \\\n  ") + option;
    return result;
}

} // namespace Api
