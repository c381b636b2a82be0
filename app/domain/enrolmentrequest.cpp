#include "enrolmentrequest.h"

#include "sessionid.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Domain {

bool ApplicantInput::isEmpty() const
{
    return firstName.trimmed().isEmpty() && lastName.trimmed().isEmpty() &&
           additionalNames.trimmed().isEmpty() && dateOfBirth.trimmed().isEmpty();
}

EnrolmentRequest::Validated EnrolmentRequest::create(const EnrolmentRequestInput& input,
                                                     QDate today)
{
    Validated result;
    auto collect = [&result](std::optional<ValidationError> problem) {
        if (problem)
            result.errors.append(*problem);
    };

    EnrolmentRequest request;
    const ApplicantInput& applicant = input.applicant;
    if (!applicant.isEmpty()) {
        // API.md: any applicant data means the three core fields are required.
        collect(checkName(Field::FirstName, applicant.firstName, true));
        collect(checkName(Field::LastName, applicant.lastName, true));
        collect(checkName(Field::AdditionalNames, applicant.additionalNames, false));
        collect(checkDateOfBirth(normalizeDate(applicant.dateOfBirth), today));
        request.m_applicantForm =
            ApplicantForm{applicant.firstName.trimmed(), applicant.lastName.trimmed(),
                          applicant.additionalNames.trimmed(),
                          QDate::fromString(normalizeDate(applicant.dateOfBirth), Qt::ISODate),
                          applicant.skipIntegrityCheck};
    }
    collect(checkExternalId(input.externalId));
    collect(checkTheme(input.theme));
    collect(checkReturnUrl(input.returnUrl));

    if (input.sessionId.trimmed().isEmpty()) {
        request.m_sessionId = newSessionId();
    } else if (auto normalized = normalizeSessionId(input.sessionId)) {
        request.m_sessionId = *normalized;
    } else {
        result.errors.append(
            {Field::SessionId, QCoreApplication::translate("Domain::Validation",
                                                           "%1 must be a GUID such as "
                                                           "ad90c821-e5ea-4385-be5b-4fc9f9ea24ee.")
                                   .arg(fieldLabel(Field::SessionId))});
    }

    if (!result.errors.isEmpty())
        return result;

    request.m_returnUrl = input.returnUrl.trimmed();
    request.m_externalId = input.externalId.trimmed();
    request.m_theme = input.theme.trimmed();
    result.request = request;
    return result;
}

QJsonObject EnrolmentRequest::toJson() const
{
    QJsonObject body{
        {QStringLiteral("sessionId"), m_sessionId},
        {QStringLiteral("returnUrl"), m_returnUrl},
    };
    if (!m_externalId.isEmpty())
        body.insert(QStringLiteral("externalId"), m_externalId);
    if (!m_theme.isEmpty())
        body.insert(QStringLiteral("webEnrolmentTheme"), m_theme);
    if (m_applicantForm) {
        QJsonObject form{
            {QStringLiteral("firstName"), m_applicantForm->firstName},
            {QStringLiteral("lastName"), m_applicantForm->lastName},
            {QStringLiteral("dateOfBirth"), m_applicantForm->dateOfBirth.toString(Qt::ISODate)},
            {QStringLiteral("skipIntegrityCheck"), m_applicantForm->skipIntegrityCheck},
        };
        if (!m_applicantForm->additionalNames.isEmpty())
            form.insert(QStringLiteral("additionalNames"), m_applicantForm->additionalNames);
        body.insert(QStringLiteral("applicantForm"), form);
    }
    return body;
}

QByteArray EnrolmentRequest::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

EnrolmentRequest EnrolmentRequest::withNewSessionId() const
{
    EnrolmentRequest copy = *this;
    copy.m_sessionId = newSessionId();
    return copy;
}

} // namespace Domain
