#include "enrolmentclient.h"

#include "domain/displaytext.h"
#include "domain/loopback.h"
#include "domain/sessionid.h"
#include "linkpolicy.h"
#include "oneshotbody.h"
#include "redaction.h"
#include "replyparsing.h"
#include "transport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMetaMethod>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopedPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcApi, "enrolment.api", QtWarningMsg)

namespace Api {

struct PendingCall {
    EnrolmentClient::Call call;
    std::unique_ptr<QNetworkReply, QScopedPointerDeleteLater> reply;
    RawReply raw;
    QTimer timer; // the deadline while a reply runs, the delay before a retry otherwise
    QElapsedTimer elapsed;
    QDateTime started; // UTC, of the attempt in flight (for the inspector)
    int attempt = 0;
};

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Api::EnrolmentClient)
};

QUrl endpoint(const QUrl& base, const QString& path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString()); // credentials travel in the Authorization header, never the URL
    return url;
}

QString describeTlsErrors(const QList<QSslError>& errors)
{
    QStringList parts;
    for (const QSslError& error : errors) {
        QString part = error.errorString();
        const QSslCertificate certificate = error.certificate();
        if (!certificate.isNull()) {
            part += QStringLiteral(" (subject “%1”, issuer “%2”, SHA-256 %3)")
                        .arg(certificate.subjectDisplayName(), certificate.issuerDisplayName(),
                             QString::fromLatin1(
                                 certificate.digest(QCryptographicHash::Sha256).toHex(':')));
        }
        if (!parts.contains(part))
            parts.append(part);
    }
    return parts.join(QStringLiteral("; "));
}

// Which certificate authorities a request trusts beyond the system's: a digest of the extra CAs,
// empty for none.
QByteArray trustOf(const QList<QSslCertificate>& extraCas)
{
    if (extraCas.isEmpty())
        return {};
    QList<QByteArray> digests;
    for (const QSslCertificate& certificate : extraCas)
        digests.append(certificate.digest(QCryptographicHash::Sha256));
    std::sort(digests.begin(), digests.end());
    return QCryptographicHash::hash(digests.join(), QCryptographicHash::Sha256);
}

// QNetworkAccessManager keeps connections for reuse by scheme, host and port only, with the TLS
// configuration of the request that opened them. A connection trusted through one profile's extra
// CA must never carry a request whose profile does not trust that CA, so the manager's cached
// connections are dropped whenever the trust of its requests changes (a profile switch; a request
// of the previous trust still running then ends on its deadline).
void keepConnectionsApartByTrust(QNetworkAccessManager* network, const QByteArray& trust)
{
    static const char property[] = "enrolmentTlsTrust";
    const QVariant previous = network->property(property);
    if (previous.isValid() && previous.toByteArray() == trust)
        return;
    if (previous.isValid())
        network->clearConnectionCache();
    network->setProperty(property, trust);
}

std::optional<QString> normalizedOrError(const QString& sessionId, ApiError* error)
{
    if (auto id = Domain::normalizeSessionId(sessionId))
        return id;
    *error = ApiError::invalidInput(Text::tr("“%1” is not a session ID: it must be a GUID such as "
                                             "ad90c821-e5ea-4385-be5b-4fc9f9ea24ee.")
                                        .arg(sessionId.left(80)));
    return std::nullopt;
}

} // namespace

EnrolmentClient::EnrolmentClient(QNetworkAccessManager* network, ApiConnection connection,
                                 QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_connection(std::move(connection))
{
    Q_ASSERT(m_network);
}

EnrolmentClient::~EnrolmentClient()
{
    cancelAll();
}

template <typename T, typename Parse>
EnrolmentClient::RequestId EnrolmentClient::request(Call call, QObject* context,
                                                    Callback<T> callback, Parse parse)
{
    Q_ASSERT(context);
    call.complete = [guard = QPointer<QObject>(context), callback = std::move(callback),
                     parse = std::move(parse)](const Result<QByteArray>& outcome) {
        if (!guard)
            return;
        if (!outcome) {
            callback(outcome.error());
            return;
        }
        callback(parse(outcome.value()));
    };
    return start(std::move(call));
}

template <typename T>
EnrolmentClient::RequestId
EnrolmentClient::sessionCall(const QByteArray& method, const QString& sessionId,
                             const QString& suffix, QObject* context, Callback<T> callback,
                             std::function<Result<T>(const QByteArray&)> parse)
{
    ApiError invalid = ApiError::invalidInput({});
    const auto id = normalizedOrError(sessionId, &invalid);
    // Only reads are retried; a delete is answered once and the caller decides.
    const int retries = method == "GET" ? m_connection.readRetries : 0;
    Call call{method, QString(), {}, retries, {}};
    if (id)
        call.path = QStringLiteral("/api/v1/data/%1%2").arg(*id, suffix);
    else
        parse = [invalid](const QByteArray&) -> Result<T> { return invalid; };
    return request<T>(std::move(call), context, std::move(callback), std::move(parse));
}

EnrolmentClient::RequestId EnrolmentClient::initialize(const Domain::EnrolmentRequest& enrolment,
                                                       QObject* context,
                                                       Callback<Domain::CreatedSession> callback)
{
    Call call{
        "POST", QStringLiteral("/api/v1/enrolment/initialize"), enrolment.toJsonBytes(), 0, {}};
    const LinkPolicy policy{m_connection.baseUrl, m_connection.allowedLinkHosts};
    return request<Domain::CreatedSession>(
        std::move(call), context, std::move(callback),
        [policy, sessionId = enrolment.sessionId()](const QByteArray& body) {
            return parseInitializeReply(body, sessionId, policy);
        });
}

EnrolmentClient::RequestId EnrolmentClient::status(const QString& sessionId, QObject* context,
                                                   Callback<Domain::SessionStatus> callback)
{
    return sessionCall<Domain::SessionStatus>(
        "GET", sessionId, QStringLiteral("/status"), context, std::move(callback),
        [sessionId](const QByteArray& body) { return parseStatusReply(body, sessionId); });
}

EnrolmentClient::RequestId EnrolmentClient::decisionResults(const QString& sessionId,
                                                            QObject* context,
                                                            Callback<Domain::Decision> callback)
{
    return sessionCall<Domain::Decision>(
        "GET", sessionId, QStringLiteral("/decision/results"), context, std::move(callback),
        [sessionId](const QByteArray& body) { return parseDecisionReply(body, sessionId); });
}

EnrolmentClient::RequestId EnrolmentClient::deleteSession(const QString& sessionId,
                                                          QObject* context, Callback<Done> callback)
{
    return sessionCall<Done>("DELETE", sessionId, QString(), context, std::move(callback),
                             [](const QByteArray&) -> Result<Done> { return Done{}; });
}

std::optional<ApiError> connectionProblem(const ApiConnection& connection)
{
    const QUrl& base = connection.baseUrl;
    const QString scheme = base.scheme().toLower();
    const QString shown = Domain::quotedForMessage(base.toDisplayString(QUrl::RemoveUserInfo), 100);
    if (!base.isValid() || base.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return ApiError::invalidInput(
            Text::tr("The API address %1 is not a valid http(s) URL.").arg(shown));
    if (!base.userInfo().isEmpty())
        return ApiError::invalidInput(
            Text::tr("The API address %1 contains a user name or password: give the username on "
                     "its own and the password through the keychain, the environment or standard "
                     "input.")
                .arg(shown));
    if (base.hasQuery() || base.hasFragment())
        return ApiError::invalidInput(
            Text::tr("The API address %1 has a query or fragment (after ? or #), which would be "
                     "dropped: give only scheme, host, port and path.")
                .arg(shown));
    if (scheme == QLatin1String("http") && !Domain::isLoopbackHost(base.host()))
        return ApiError::invalidInput(
            Text::tr("Credentials are never sent over plain http to %1: use an https:// address.")
                .arg(base.host()));
    if (connection.username.isEmpty())
        return ApiError::invalidInput(Text::tr("No API username is set for this connection."));
    if (const auto problem = credentialProblem(connection.username, connection.password))
        return ApiError::invalidInput(*problem);
    return std::nullopt;
}

std::optional<QString> credentialProblem(const QString& username, const QString& password)
{
    // RFC 7617: the user-id cannot hold a colon (the platform would split it into another user
    // and password), and neither part may hold a control character.
    if (username.contains(QLatin1Char(':')))
        return Text::tr("The API username %1 contains a colon (:), which HTTP Basic credentials "
                        "cannot carry.")
            .arg(Domain::quotedForMessage(username));
    const auto hasControl = [](const QString& text) {
        return std::any_of(text.cbegin(), text.cend(),
                           [](QChar c) { return c.category() == QChar::Other_Control; });
    };
    if (hasControl(username))
        return Text::tr("The API username %1 contains a control character (a line break, tab or "
                        "similar), which HTTP Basic credentials cannot carry.")
            .arg(Domain::quotedForMessage(username));
    if (hasControl(password))
        return Text::tr("The API password contains a control character (a line break, tab, NUL "
                        "or similar), which HTTP Basic credentials cannot carry.");
    return std::nullopt;
}

EnrolmentClient::RequestId EnrolmentClient::start(Call call)
{
    const RequestId id = m_nextId++;
    auto pending = std::make_unique<PendingCall>();
    pending->call = std::move(call);
    pending->timer.setSingleShot(true);
    m_pending.emplace(id, std::move(pending));

    // Refusals that need no network still answer asynchronously, like every other outcome.
    std::optional<ApiError> refusal = connectionProblem();
    if (refusal || m_pending.at(id)->call.path.isEmpty()) {
        const Result<QByteArray> outcome =
            refusal ? Result<QByteArray>(*refusal) : Result<QByteArray>(QByteArray());
        QTimer::singleShot(0, this, [this, id, outcome] {
            if (m_pending.count(id))
                complete(id, outcome);
        });
        return id;
    }
    send(id);
    return id;
}

void EnrolmentClient::send(RequestId id)
{
    PendingCall& pending = *m_pending.at(id);
    pending.raw = RawReply{};
    pending.elapsed.start();
    pending.started = QDateTime::currentDateTimeUtc();

    QNetworkRequest request(endpoint(m_connection.baseUrl, pending.call.path));
    const QByteArray credentials =
        (m_connection.username + QLatin1Char(':') + m_connection.password).toUtf8();
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    request.setRawHeader("Accept", "application/json, text/plain");
    // Asking for identity ourselves also turns off Qt's own decompression: a compressed reply
    // (a gzip bomb, or bytes labelled gzip that are not) is refused, never inflated.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    // Only the credentials set above are ever sent: none cached by the manager for this URL.
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    // HTTP/1.1 only: its framing is what the reply is checked against below.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!pending.call.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    keepConnectionsApartByTrust(m_network, trustOf(m_connection.extraCaCertificates));
    if (!m_connection.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_connection.extraCaCertificates);
        request.setSslConfiguration(tls);
    }

    QNetworkReply* reply = nullptr;
    if (pending.call.method == "GET") {
        reply = m_network->sendCustomRequest(request, pending.call.method);
    } else {
        // Not a read: Qt must not send it again by itself (see OneShotBody).
        auto* body = new OneShotBody(pending.call.body);
        request.setHeader(QNetworkRequest::ContentLengthHeader, pending.call.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = m_network->sendCustomRequest(request, pending.call.method, body);
        body->setParent(reply);
    }
    pending.reply.reset(reply);
    // Qt's HTTP thread reads no further ahead than this, so a huge body costs no memory.
    reply->setReadBufferSize(ReplyReadBufferBytes);

    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError>& errors) {
        if (auto it = m_pending.find(id); it != m_pending.end())
            it->second->raw.tlsProblem = describeTlsErrors(errors);
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] { onHeaders(id); });
    connect(reply, &QNetworkReply::readyRead, this, [this, id] { readBody(id); });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });

    pending.timer.disconnect(this);
    connect(&pending.timer, &QTimer::timeout, this, [this, id] {
        auto it = m_pending.find(id);
        if (it == m_pending.end() || !it->second->reply)
            return;
        it->second->raw.timedOut = true;
        it->second->reply->abort();
    });
    pending.timer.start(m_connection.timeout);
}

void EnrolmentClient::onHeaders(RequestId id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->second->reply)
        return;
    PendingCall& pending = *it->second;
    QNetworkReply* reply = pending.reply.get();
    const QByteArray length = reply->rawHeader("Content-Length");
    if (const auto problem = framingProblem(length, reply->rawHeader("Transfer-Encoding"),
                                            reply->rawHeader("Content-Encoding"))) {
        pending.raw.framingProblem = *problem;
        reply->abort();
        return;
    }
    // An announced length over the cap is refused before a byte of the body is read.
    if (announcedLength(length.split(',').constFirst()).value_or(0) > MaxReplyBytes) {
        pending.raw.tooLarge = true;
        reply->abort();
    }
}

void EnrolmentClient::readBody(RequestId id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->second->reply)
        return;
    PendingCall& pending = *it->second;
    QNetworkReply* reply = pending.reply.get();
    if (!reply->isOpen() || pending.raw.tooLarge || !pending.raw.framingProblem.isEmpty())
        return;
    pending.raw.body += reply->read(MaxReplyBytes + 1 - pending.raw.body.size());
    if (pending.raw.body.size() > MaxReplyBytes) {
        pending.raw.tooLarge = true;
        pending.raw.body.clear();
        reply->abort();
    }
}

void EnrolmentClient::onFinished(RequestId id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    PendingCall& pending = *it->second;
    pending.timer.stop();
    QNetworkReply* reply = pending.reply.get();
    readBody(id); // what is left; an aborted reply is closed and is not read

    RawReply& raw = pending.raw;
    raw.networkError = reply->error();
    raw.networkErrorText = reply->errorString();
    raw.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.retryAfterHeader = reply->rawHeader("Retry-After");
    // A body shorter than its announced length was cut off, whether or not Qt noticed the close
    // in time (it sometimes takes the close as the end). A chunked body that ends in a closed
    // connection is cut off too.
    const bool closedEarly = raw.networkError == QNetworkReply::NoError ||
                             raw.networkError == QNetworkReply::RemoteHostClosedError ||
                             raw.networkError == QNetworkReply::ContentReSendError;
    const auto announced =
        announcedLength(reply->rawHeader("Content-Length").split(',').constFirst());
    if (raw.httpStatus != 0 && raw.framingProblem.isEmpty() && !raw.tooLarge && closedEarly &&
        !raw.timedOut) {
        if (announced && raw.body.size() != *announced)
            raw.framingProblem = Text::tr("the reply was cut off: %1 of the %2 bytes it announced "
                                          "arrived")
                                     .arg(raw.body.size())
                                     .arg(*announced);
        else if (!announced && raw.networkError != QNetworkReply::NoError)
            raw.framingProblem = Text::tr("the reply was cut off: the connection closed before "
                                          "its end");
    }

    const QString host = m_connection.baseUrl.host();
    const int timeoutSeconds = int(std::chrono::duration_cast<std::chrono::seconds>(
                                       m_connection.timeout + std::chrono::milliseconds(999))
                                       .count());
    const KnownSecrets secrets{m_connection.username, m_connection.password};
    const std::optional<ApiError> error = transportError(raw, host, timeoutSeconds, secrets);
    qCInfo(lcApi).noquote() << pending.call.method << pending.call.path << "->"
                            << (raw.httpStatus ? QString::number(raw.httpStatus)
                                               : QStringLiteral("no HTTP status"))
                            << "in" << pending.elapsed.elapsed() << "ms";
    // The inspector's record, redacted in makeExchangeRecord; emitted last, as a slot may cancel.
    std::optional<ExchangeRecord> record;
    if (isSignalConnected(QMetaMethod::fromSignal(&EnrolmentClient::exchangeFinished)))
        record = makeExchangeRecord(
            {pending.call.method, reply->request(), pending.call.body, pending.started,
             pending.elapsed.elapsed(), pending.attempt + 1, raw.httpStatus,
             reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             scrubKnownSecrets(raw.body, secrets.username, secrets.password), error});

    pending.reply.reset();
    if (error && error->isTransient() && error->httpStatus() != 429 &&
        pending.attempt < pending.call.retries) {
        const auto delay = m_connection.retryBaseDelay * (1 << pending.attempt);
        ++pending.attempt;
        qCInfo(lcApi).noquote() << "retrying" << pending.call.path << "in" << delay.count() << "ms";
        pending.timer.disconnect(this);
        connect(&pending.timer, &QTimer::timeout, this, [this, id] {
            if (m_pending.count(id))
                send(id);
        });
        pending.timer.start(delay);
        if (record)
            Q_EMIT exchangeFinished(*record);
        return;
    }
    const Result<QByteArray> outcome =
        error ? Result<QByteArray>(*error) : Result<QByteArray>(raw.body);
    if (record)
        Q_EMIT exchangeFinished(*record);
    complete(id, outcome);
}

void EnrolmentClient::complete(RequestId id, const Result<QByteArray>& outcome)
{
    auto node = m_pending.extract(id);
    if (node.empty())
        return;
    // The pending call is gone before the callback runs, so the callback may start new calls
    // or cancel everything.
    node.mapped()->call.complete(outcome);
}

void EnrolmentClient::cancel(RequestId id)
{
    auto node = m_pending.extract(id);
    if (node.empty())
        return;
    if (QNetworkReply* reply = node.mapped()->reply.get()) {
        reply->disconnect(this);
        reply->abort();
    }
}

void EnrolmentClient::cancelAll()
{
    std::vector<RequestId> ids;
    ids.reserve(m_pending.size());
    for (const auto& entry : m_pending)
        ids.push_back(entry.first);
    for (RequestId id : ids)
        cancel(id);
}

} // namespace Api
