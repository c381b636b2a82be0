#include "sandboxrequest.h"

#include "domain/sessionid.h"
#include "domain/validation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace Sandbox {
namespace {

class Reader
{
public:
    explicit Reader(RequestError* error)
        : m_error(error)
    {}

    bool fail(const QString& field, const QString& message)
    {
        if (m_error)
            *m_error = RequestError{message, field};
        return false;
    }

    // Reads an optional string; false (with an error) when present but not a string.
    bool optionalString(const QJsonObject& object, const QString& key, const QString& path,
                        QString* out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString())
            return fail(path, QStringLiteral("%1 must be a string.").arg(path));
        *out = value.toString();
        return true;
    }

    bool requiredString(const QJsonObject& object, const QString& key, const QString& path,
                        QString* out)
    {
        if (!object.contains(key) || object.value(key).isNull())
            return fail(path, QStringLiteral("%1 is required.").arg(path));
        return optionalString(object, key, path, out);
    }

    bool check(const QString& path, const std::optional<Domain::ValidationError>& problem)
    {
        return problem ? fail(path, problem->message) : true;
    }

    bool readApplicant(const QJsonObject& form, QDate today, ApplicantForm* out);

private:
    RequestError* m_error;
};

bool Reader::readApplicant(const QJsonObject& form, QDate today, ApplicantForm* out)
{
    using Domain::Field;
    const auto path = [](const char* key) {
        return QStringLiteral("applicantForm.") + QLatin1String(key);
    };
    if (!requiredString(form, QStringLiteral("firstName"), path("firstName"), &out->firstName) ||
        !check(path("firstName"), Domain::checkName(Field::FirstName, out->firstName, true)))
        return false;
    if (!requiredString(form, QStringLiteral("lastName"), path("lastName"), &out->lastName) ||
        !check(path("lastName"), Domain::checkName(Field::LastName, out->lastName, true)))
        return false;
    if (!optionalString(form, QStringLiteral("additionalNames"), path("additionalNames"),
                        &out->additionalNames) ||
        !check(path("additionalNames"),
               Domain::checkName(Field::AdditionalNames, out->additionalNames, false)))
        return false;
    if (!requiredString(form, QStringLiteral("dateOfBirth"), path("dateOfBirth"),
                        &out->dateOfBirth) ||
        !check(path("dateOfBirth"), Domain::checkDateOfBirth(out->dateOfBirth, today)))
        return false;
    const QJsonValue skip = form.value(QStringLiteral("skipIntegrityCheck"));
    if (!skip.isUndefined() && !skip.isNull() && !skip.isBool())
        return fail(path("skipIntegrityCheck"),
                    QStringLiteral("%1 must be true or false.").arg(path("skipIntegrityCheck")));
    out->skipIntegrityCheck = skip.toBool(false);
    return true;
}

} // namespace

std::optional<InitializeRequest> parseInitializeRequest(const QByteArray& body, QDate today,
                                                        RequestError* error)
{
    Reader reader(error);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reader.fail(QString(), QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        reader.fail(QString(), QStringLiteral("The body must be a JSON object."));
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    InitializeRequest request;

    QString sessionId;
    if (!reader.requiredString(object, QStringLiteral("sessionId"), QStringLiteral("sessionId"),
                               &sessionId))
        return std::nullopt;
    const auto normalized = Domain::normalizeSessionId(sessionId);
    if (!normalized) {
        reader.fail(QStringLiteral("sessionId"),
                    QStringLiteral("sessionId must be a GUID such as "
                                   "ad90c821-e5ea-4385-be5b-4fc9f9ea24ee."));
        return std::nullopt;
    }
    request.sessionId = *normalized;

    if (!reader.requiredString(object, QStringLiteral("returnUrl"), QStringLiteral("returnUrl"),
                               &request.returnUrl) ||
        !reader.check(QStringLiteral("returnUrl"), Domain::checkReturnUrl(request.returnUrl)))
        return std::nullopt;

    if (!reader.optionalString(object, QStringLiteral("externalId"), QStringLiteral("externalId"),
                               &request.externalId) ||
        !reader.check(QStringLiteral("externalId"), Domain::checkExternalId(request.externalId)))
        return std::nullopt;
    QString scriptError;
    request.script = parseSandboxScript(request.externalId, &scriptError);
    if (!scriptError.isEmpty()) {
        reader.fail(QStringLiteral("externalId"), scriptError);
        return std::nullopt;
    }

    if (!reader.optionalString(object, QStringLiteral("webEnrolmentTheme"),
                               QStringLiteral("webEnrolmentTheme"), &request.theme) ||
        !reader.check(QStringLiteral("webEnrolmentTheme"), Domain::checkTheme(request.theme)))
        return std::nullopt;

    const QJsonValue form = object.value(QStringLiteral("applicantForm"));
    if (!form.isUndefined() && !form.isNull()) {
        if (!form.isObject()) {
            reader.fail(QStringLiteral("applicantForm"),
                        QStringLiteral("applicantForm must be a JSON object."));
            return std::nullopt;
        }
        ApplicantForm applicant;
        if (!reader.readApplicant(form.toObject(), today, &applicant))
            return std::nullopt;
        request.applicant = applicant;
    }
    return request;
}

} // namespace Sandbox
