#pragma once
// Runs a local event loop until an asynchronous client call answers: the headless commands are
// linear scripts, and this keeps them readable without blocking the network stack.

#include "api/enrolmentclient.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace Cli {

// start receives (context, callback) and must start exactly one client call.
template <typename T, typename Start> Api::Result<T> await(Start start)
{
    QEventLoop loop;
    std::optional<Api::Result<T>> outcome;
    start(&loop, [&](const Api::Result<T>& result) {
        outcome = result;
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return *outcome;
}

inline void pause(std::chrono::milliseconds duration)
{
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace Cli
