#pragma once
// Reads and validates the body of POST /api/v1/enrolment/initialize the way the sandbox enforces
// API.md section 1, so a client learns about a bad request from a 400 naming the field.

#include "sandboxscript.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace Sandbox {

struct ApplicantForm {
    QString firstName;
    QString lastName;
    QString additionalNames;
    QString dateOfBirth; // YYYY-MM-DD
    bool skipIntegrityCheck = false;
};

struct InitializeRequest {
    QString sessionId; // normalised: lowercase, no braces
    QString returnUrl;
    QString externalId;
    QString theme;
    std::optional<ApplicantForm> applicant;
    SandboxScript script; // the directives found in externalId
};

struct RequestError {
    QString message;
    QString field; // JSON path such as "applicantForm.firstName"; empty for the body as a whole
};

// Unknown top-level keys are ignored; optional fields may be absent or null.
std::optional<InitializeRequest> parseInitializeRequest(const QByteArray& body, QDate today,
                                                        RequestError* error);

} // namespace Sandbox
