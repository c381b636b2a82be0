#pragma once
// Turns a profile into an ApiConnection: the profile's settings, its extra CA certificates, and
// the password from the credential store (or, for this run only, the environment variable).

#include "api/apiconnection.h"
#include "config/credentialstore.h"
#include "config/profile.h"

#include <QProcessEnvironment>

#include <functional>
#include <optional>

namespace Desk {

inline constexpr char PasswordVariable[] = "ENROLMENT_DESK_PASSWORD";

// Everything but the password. Nothing, with *problem set, when the CA bundle is unreadable.
std::optional<Api::ApiConnection> connectionFromProfile(const Config::Profile& profile,
                                                        QString* problem);

struct ResolvedConnection {
    std::optional<Api::ApiConnection> connection;
    QString problem; // a sentence for staff when connection is empty
};

// Reads the password from the store; when the store has none or fails, the environment
// variable is used. Answers once through done, unless context is destroyed first.
void resolveConnection(const Config::Profile& profile, Config::CredentialStore& credentials,
                       const QProcessEnvironment& variables, QObject* context,
                       std::function<void(const ResolvedConnection&)> done);

} // namespace Desk
