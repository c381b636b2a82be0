#pragma once
// The exit codes every command shares: a contract that scripts rely on.

#include "api/apierror.h"

namespace Cli {

enum ExitCode : int {
    Success = 0,
    UsageError = 2,    // invalid usage or input; nothing was sent
    AuthRefused = 3,   // 401 or 403
    HttpError = 4,     // any other HTTP error
    NetworkError = 5,  // network failure, TLS failure or timeout
    ReplyRejected = 6, // malformed reply, missing fields, sessionId mismatch, unsafe link
    Interrupted = 130, // SIGINT or SIGTERM while waiting for the platform (128 + SIGINT)
};

inline ExitCode exitCodeFor(const Api::ApiError& error)
{
    switch (error.kind()) {
    case Api::ApiError::Kind::InvalidInput:
        return UsageError;
    case Api::ApiError::Kind::AuthRefused:
        return AuthRefused;
    case Api::ApiError::Kind::Http:
        return HttpError;
    case Api::ApiError::Kind::Network:
    case Api::ApiError::Kind::Tls:
    case Api::ApiError::Kind::Timeout:
        return NetworkError;
    case Api::ApiError::Kind::InvalidReply:
        return ReplyRejected;
    }
    return HttpError;
}

} // namespace Cli
