#include "sandboxresults.h"

#include <QFile>
#include <QJsonArray>

namespace Sandbox {
namespace {

const QString DocumentFront = QStringLiteral("documentFront");
const QString DocumentBack = QStringLiteral("documentBack");
const QString Selfie = QStringLiteral("selfie");

QJsonObject factor(int score, const char* level)
{
    return {{QStringLiteral("score"), score}, {QStringLiteral("level"), QLatin1String(level)}};
}

QJsonObject crossCheckField(const char* name, const QString& ocr, const QString& mrz, int distance,
                            int score)
{
    return {{QStringLiteral("inputFieldName"), QLatin1String(name)},
            {QStringLiteral("ocrTextValue"), ocr},
            {QStringLiteral("mrzTextValue"), mrz},
            {QStringLiteral("distance"), distance},
            {QStringLiteral("score"), score}};
}

QJsonObject mrzOcrCrossCheck(Outcome level)
{
    const bool high = level == Outcome::High;
    const QString lastNameOcr = high ? QStringLiteral("MUSTERMANN") : QStringLiteral("MUSTERMAN");
    QJsonArray fields{
        crossCheckField("firstName", QStringLiteral("ERIKA"), QStringLiteral("ERIKA"), 0, 100),
        crossCheckField("lastName", lastNameOcr, QStringLiteral("MUSTERMANN"), high ? 0 : 1,
                        high ? 100 : 88)};
    QJsonObject check = level == Outcome::High     ? factor(100, "HIGH")
                        : level == Outcome::Medium ? factor(64, "MEDIUM")
                                                   : factor(40, "LOW");
    check.insert(QStringLiteral("fields"), fields);
    return check;
}

bool checksIntegrity(const SandboxSession& session)
{
    return session.applicant && !session.applicant->skipIntegrityCheck;
}

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString upper(const QString& text)
{
    return text.trimmed().toUpper();
}

} // namespace

QJsonObject decisionResults(Outcome level, const SandboxSession& session)
{
    QJsonObject verifications;
    QJsonObject decision;
    const auto add = [&verifications](const char* key, const QJsonObject& value) {
        verifications.insert(QLatin1String(key), value);
    };
    add("mrzOcrCrossCheck", mrzOcrCrossCheck(level));
    switch (level) {
    case Outcome::High:
        add("dateOfExpiration", factor(100, "HIGH"));
        add("documentLiveness", factor(99, "HIGH"));
        add("faceVerification", factor(71, "HIGH"));
        add("overallOcrFieldsConfidence", factor(98, "HIGH"));
        add("passiveLiveness", factor(97, "HIGH"));
        add("mrzValidity", factor(100, "HIGH"));
        if (checksIntegrity(session))
            add("applicantIntegrity", factor(100, "HIGH"));
        decision = factor(94, "HIGH");
        break;
    case Outcome::Medium:
        add("dateOfExpiration", factor(100, "HIGH"));
        add("documentLiveness", factor(58, "MEDIUM"));
        add("faceVerification", factor(55, "MEDIUM"));
        add("overallOcrFieldsConfidence", factor(81, "HIGH"));
        add("passiveLiveness", factor(88, "HIGH"));
        add("mrzValidity", factor(100, "HIGH"));
        add("ageVerification", factor(0, "UNAVAILABLE"));
        add("voiceLivenessCheck", factor(61, "MEDIUM"));
        if (checksIntegrity(session))
            add("applicantIntegrity", factor(70, "MEDIUM"));
        decision = factor(62, "MEDIUM");
        break;
    case Outcome::Low:
    case Outcome::Expire:
        add("dateOfExpiration", factor(100, "HIGH"));
        add("documentLiveness", factor(12, "LOW"));
        add("faceVerification", factor(9, "LOW"));
        add("overallOcrFieldsConfidence", factor(0, "UNKNOWN"));
        add("passiveLiveness", factor(31, "LOW"));
        add("mrzValidity", factor(45, "LOW"));
        if (checksIntegrity(session))
            add("applicantIntegrity", factor(15, "LOW"));
        decision = factor(23, "LOW");
        break;
    }
    return {{QStringLiteral("verifications"), verifications},
            {QStringLiteral("decision"), decision}};
}

QJsonObject documentResult(Outcome level, const SandboxSession& session)
{
    const bool echo = session.applicant.has_value();
    const QString firstName = echo ? upper(session.applicant->firstName) : QStringLiteral("ERIKA");
    const QString lastName =
        echo ? upper(session.applicant->lastName) : QStringLiteral("MUSTERMANN");
    const QString dateOfBirth =
        echo ? session.applicant->dateOfBirth.trimmed() : QStringLiteral("1964-08-12");
    const int confidence = level == Outcome::High ? 97 : level == Outcome::Medium ? 71 : 38;
    const auto visual = [confidence](const char* name, const QString& value, const char* side) {
        return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                           {QStringLiteral("value"), value},
                           {QStringLiteral("confidence"), confidence},
                           {QStringLiteral("pageSide"), QLatin1String(side)}};
    };
    const auto named = [](const char* name, const QString& value) {
        return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                           {QStringLiteral("value"), value}};
    };
    QJsonObject birth =
        visual("DateOfBirth",
               QDate::fromString(dateOfBirth, Qt::ISODate).toString(QStringLiteral("dd.MM.yyyy")),
               "FRONT");
    birth.insert(QStringLiteral("normalizedDateValue"), dateOfBirth);
    const QJsonObject applicant{
        {QStringLiteral("firstName"), firstName},
        {QStringLiteral("lastName"), lastName},
        {QStringLiteral("dateOfBirth"), dateOfBirth},
        {QStringLiteral("surnameAndGivenNames"), lastName + QLatin1Char(' ') + firstName}};
    return {
        {QStringLiteral("country"), QStringLiteral("DEU")},
        {QStringLiteral("documentType"), QStringLiteral("PASSPORT")},
        {QStringLiteral("documentReleaseYear"), 2017},
        {QStringLiteral("applicant"), applicant},
        {QStringLiteral("documentVisualResults"),
         QJsonArray{visual("Surname", lastName, "FRONT"), visual("GivenNames", firstName, "FRONT"),
                    birth, visual("DocumentNumber", QStringLiteral("C01X00T47"), "FRONT")}},
        {QStringLiteral("documentMrzResults"),
         QJsonArray{named("DocumentNumber", QStringLiteral("C01X00T47")),
                    named("Nationality", QStringLiteral("D"))}},
        {QStringLiteral("documentBarcodeResults"), QJsonArray()},
        {QStringLiteral("availableImages"), QJsonArray{DocumentFront, DocumentBack}}};
}

QJsonObject faceResult(Outcome level)
{
    const int liveness = level == Outcome::High ? 97 : level == Outcome::Medium ? 88 : 31;
    const int verification = level == Outcome::High ? 71 : level == Outcome::Medium ? 55 : 9;
    return {{QStringLiteral("age"), 34},
            {QStringLiteral("gender"), QStringLiteral("F")},
            {QStringLiteral("passiveLivenessScore"), liveness},
            {QStringLiteral("verificationScore"), verification},
            {QStringLiteral("availableImages"), QJsonArray{Selfie}}};
}

QJsonObject imageList()
{
    return {{QStringLiteral("document"), QJsonArray{DocumentFront, DocumentBack}},
            {QStringLiteral("face"), QJsonArray{Selfie}}};
}

bool isImageName(const QString& name)
{
    return name == DocumentFront || name == DocumentBack || name == Selfie;
}

QByteArray sampleJpeg(const QString& name)
{
    // Small pictures shipped as resources (resources/sandbox/), so the core needs no image codec.
    QFile file(QStringLiteral(":/sandbox/%1.jpg").arg(name));
    if (!isImageName(name) || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject sessionListEntry(const SandboxSession& session, const SessionState& state)
{
    const bool hasDocument = resultLevelForStatus(state.status).has_value();
    const auto orNull = [](bool present, const QString& value) {
        return present ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
    };
    return {{QStringLiteral("id"), session.id},
            {QStringLiteral("createdDateUtc"), isoUtc(session.created)},
            {QStringLiteral("expiryDateUtc"), isoUtc(session.expires)},
            {QStringLiteral("documentType"), orNull(hasDocument, QStringLiteral("PASSPORT"))},
            {QStringLiteral("verificationStatus"), state.status},
            {QStringLiteral("completedDateUtc"),
             orNull(state.completedAt.isValid(), isoUtc(state.completedAt))},
            {QStringLiteral("country"), orNull(hasDocument, QStringLiteral("DEU"))}};
}

} // namespace Sandbox
