#pragma once
// Turns the connection flags, an optional profile and the password source into an ApiConnection.

#include "api/apiconnection.h"
#include "clienvironment.h"
#include "commandline.h"

#include <optional>

namespace Cli {

struct ResolvedConnection {
    Api::ApiConnection connection;
    QString profileReturnUrl;
    int profilePollIntervalSeconds = 0; // 0: no profile
};

// Nothing, with *problem set to one line for standard error, when something is missing or
// wrong (unknown profile, no URL, no username, no password, unreadable CA bundle).
std::optional<ResolvedConnection> resolveConnection(const ConnectionOptions& options,
                                                    CliEnvironment& environment, QString* problem);

} // namespace Cli
