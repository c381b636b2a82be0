#pragma once
// The body of POST /api/v1/enrolment/initialize, built only from validated input.

#include "validation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Domain {

// What staff typed, as typed.
struct ApplicantInput {
    QString firstName;
    QString lastName;
    QString additionalNames;
    QString dateOfBirth; // YYYY-MM-DD
    bool skipIntegrityCheck = false;

    bool isEmpty() const;
};

struct EnrolmentRequestInput {
    QString sessionId; // empty: a fresh one is generated
    QString returnUrl;
    QString externalId;
    QString theme;
    ApplicantInput applicant;
};

struct ApplicantForm {
    QString firstName;
    QString lastName;
    QString additionalNames; // empty: omitted from the JSON
    QDate dateOfBirth;
    bool skipIntegrityCheck = false;
};

class EnrolmentRequest
{
public:
    struct Validated;
    // Checks every field and reports every problem at once, in form order.
    static Validated create(const EnrolmentRequestInput& input, QDate today);

    const QString& sessionId() const { return m_sessionId; }
    const QString& returnUrl() const { return m_returnUrl; }
    const QString& externalId() const { return m_externalId; }
    const QString& theme() const { return m_theme; }
    const std::optional<ApplicantForm>& applicantForm() const { return m_applicantForm; }

    // Exactly API.md section 1: camelCase keys, no null or empty optional fields.
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;

    // A copy for the same applicant with a new session id ("create again" after expiry).
    EnrolmentRequest withNewSessionId() const;

private:
    EnrolmentRequest() = default;

    QString m_sessionId;
    QString m_returnUrl;
    QString m_externalId;
    QString m_theme;
    std::optional<ApplicantForm> m_applicantForm;
};

struct EnrolmentRequest::Validated {
    std::optional<EnrolmentRequest> request;
    ValidationErrors errors;
};

} // namespace Domain
