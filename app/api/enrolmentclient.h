#pragma once
// The verification platform's API (API.md sections 1 to 4) over an injected
// QNetworkAccessManager. Callers get value types through callbacks bound to a context object;
// replies never leave this class.
//
// initialize is never retried: a reply lost on the way back would otherwise create a second
// session for the same applicant. status and decisionResults are idempotent reads and are retried
// after transient failures (network, timeout, 502/503/504) with a doubling delay. 429 is not
// retried here: its Retry-After belongs to the caller's polling schedule.

#include "apiconnection.h"
#include "domain/decision.h"
#include "domain/enrolmentrequest.h"
#include "domain/session.h"
#include "domain/sessionstatus.h"
#include "exchangerecord.h"
#include "result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkReply;

namespace Api {

struct PendingCall;

// Why no request can be sent with this connection, or nothing (see EnrolmentClient).
std::optional<ApiError> connectionProblem(const ApiConnection& connection);

// Why username and password cannot be sent as HTTP Basic credentials (RFC 7617), or nothing.
std::optional<QString> credentialProblem(const QString& username, const QString& password);

class EnrolmentClient : public QObject
{
    Q_OBJECT

public:
    using RequestId = quint64;
    template <typename T> using Callback = std::function<void(const Result<T>&)>;

    EnrolmentClient(QNetworkAccessManager* network, ApiConnection connection,
                    QObject* parent = nullptr);
    ~EnrolmentClient() override;

    const ApiConnection& connection() const { return m_connection; }
    void setConnection(ApiConnection connection) { m_connection = std::move(connection); }

    // Each call answers exactly once through the callback, unless cancelled or the context is
    // destroyed first; errors that need no network (bad input) also arrive asynchronously.
    RequestId initialize(const Domain::EnrolmentRequest& enrolment, QObject* context,
                         Callback<Domain::CreatedSession> callback);
    RequestId status(const QString& sessionId, QObject* context,
                     Callback<Domain::SessionStatus> callback);
    RequestId decisionResults(const QString& sessionId, QObject* context,
                              Callback<Domain::Decision> callback);
    RequestId deleteSession(const QString& sessionId, QObject* context, Callback<Done> callback);

    // Why no request can be sent with this connection (bad address, user info or query in it,
    // plain http to a remote host, unusable credentials), or nothing. Every call checks it first.
    std::optional<ApiError> connectionProblem() const
    {
        return Api::connectionProblem(m_connection);
    }

    void cancel(RequestId id);
    void cancelAll();
    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    // Once per HTTP attempt that finished (retries and failures included, cancelled ones not),
    // before the caller's callback; the record is already redacted. Built only when connected.
    void exchangeFinished(const Api::ExchangeRecord& record);

private:
    friend struct PendingCall;
    using Completion = std::function<void(const Result<QByteArray>&)>;
    struct Call {
        QByteArray method;
        QString path;
        QByteArray body;
        int retries = 0;
        Completion complete;
    };

    template <typename T, typename Parse>
    RequestId request(Call call, QObject* context, Callback<T> callback, Parse parse);
    template <typename T>
    RequestId sessionCall(const QByteArray& method, const QString& sessionId, const QString& suffix,
                          QObject* context, Callback<T> callback,
                          std::function<Result<T>(const QByteArray&)> parse);

    RequestId start(Call call);
    void send(RequestId id);
    void onHeaders(RequestId id);
    void readBody(RequestId id);
    void onFinished(RequestId id);
    void complete(RequestId id, const Result<QByteArray>& outcome);

    QNetworkAccessManager* m_network;
    ApiConnection m_connection;
    RequestId m_nextId = 1;
    std::unordered_map<RequestId, std::unique_ptr<PendingCall>> m_pending;
};

} // namespace Api
