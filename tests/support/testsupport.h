#pragma once
// Small helpers shared by the test executables: the built binary, a sandbox on loopback, a clock
// that tests move by hand, and a way to run the binary while this process keeps serving.
//
// None of them stops the process: a helper that cannot do its part records a failure against the
// running test (QTest::qFail), which Qt Test reports under that test's name, and the other tests
// still run.

#include "api/apiconnection.h"
#include "api/result.h"
#include "domain/enrolmentrequest.h"
#include "qtrytimeout.h"
#include "sandbox/sandboxserver.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace TestSupport {

// Path of the built enrolment-desk binary (set by CTest in ENROLMENT_DESK_BINARY).
QString desktopBinary();

// TestSupport::EventTimeoutMs (qtrytimeout.h, 30 s) is how long a test waits for something that
// happens without time passing: a reply from a server on loopback, a queued signal, a repaint.
// Generous, because a busy machine can be slow, and free when things go well, since QTRY_*
// returns as soon as its condition holds. Never a substitute for moving a TestClock.

// The result an asynchronous client call passes to its callback: start(context, callback) makes
// the call. Without an answer within EventTimeoutMs, the failure is recorded and a timeout error
// is returned.
template <typename T, typename Start> Api::Result<T> waitForResult(Start start)
{
    std::optional<Api::Result<T>> outcome;
    QObject context;
    start(&context, [&outcome](const Api::Result<T>& result) { outcome = result; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, EventTimeoutMs)) {
        QTest::qFail("no answer from the client", __FILE__, __LINE__);
        return Api::ApiError::timeout(QStringLiteral("test"), EventTimeoutMs / 1000);
    }
    return *outcome;
}

// The request for input. Input that the rules refuse is the test's own mistake: it is recorded as
// a failure, and a request with input's return URL alone is returned.
Domain::EnrolmentRequest validRequest(const Domain::EnrolmentRequestInput& input, const char* file,
                                      int line);
#define TEST_REQUEST(input) TestSupport::validRequest((input), __FILE__, __LINE__)

// Creates a session on the sandbox (with only a return URL and externalId, which may carry
// sandbox: directives) and returns its ID. When the sandbox does not create it, the failure is
// recorded and the ID that was sent is returned.
QString createSandboxSession(const Sandbox::SandboxServer& sandbox,
                             const QString& externalId = QString());

// A sandbox listening on a free loopback port, with demo/demo credentials. When it cannot listen,
// the failure is recorded and the server returned does not listen (its requests fail).
std::unique_ptr<Sandbox::SandboxServer> startSandbox(Sandbox::SandboxOptions options = {});

// Time as a test wants it: it stands still until the test moves it, so nothing depends on how
// fast the machine is. It starts at the current second (whole seconds, as tokens carry them), so
// links it dates are valid for a checker that reads the real clock. Give function() to every
// part under test (the sandbox, the window, the kiosk) so they all agree on the time.
class TestClock
{
public:
    TestClock();
    QDateTime now() const { return *m_now; }
    void advance(std::chrono::seconds by) { *m_now = m_now->addSecs(by.count()); }
    std::function<QDateTime()> function() const
    {
        return [now = m_now] { return *now; };
    }

private:
    std::shared_ptr<QDateTime> m_now;
};

// A connection to that sandbox with its credentials, a timeout no busy machine reaches, and short
// retry delays.
Api::ApiConnection sandboxConnection(const Sandbox::SandboxServer& sandbox);

struct ProcessResult {
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;
};

// Runs the binary while this process's event loop keeps running (so an in-process sandbox can
// answer it). The environment gets an empty config home so no real settings are read.
ProcessResult runDesk(const QStringList& arguments,
                      const QProcessEnvironment& environment = QProcessEnvironment(),
                      const QByteArray& standardInput = {}, int timeoutMs = 30000);

// An environment with HOME/XDG dirs inside a temporary folder owned by the caller.
QProcessEnvironment isolatedEnvironment(const QString& folder);

} // namespace TestSupport
