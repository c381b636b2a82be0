#pragma once
// Builds compact JWTs for the API tests: real HS256 signatures over base64url segments, so the
// tokens look exactly like the platform's (API.md section 1).

#include <QByteArray>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QString>

namespace TestJwt {

inline QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// header.payload.signature with the payload exactly as given (it need not be JSON).
inline QString
signedToken(const QByteArray& payload,
            const QByteArray& header = QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})"))
{
    const QByteArray signingInput = base64Url(header) + '.' + base64Url(payload);
    const QByteArray signature = QMessageAuthenticationCode::hash(
        signingInput, QByteArrayLiteral("test-secret"), QCryptographicHash::Sha256);
    return QString::fromLatin1(signingInput + '.' + base64Url(signature));
}

// The payload claims the platform sends, with the given exp (unix seconds).
inline QString platformToken(qint64 exp)
{
    return signedToken(
        QByteArrayLiteral(R"({"sessionId":"ad90c821-e5ea-4385-be5b-4fc9f9ea24ee",)"
                          R"("customer":"12f50235-ad6f-45f6-b8c5-16dc57d09253","nbf":)") +
        QByteArray::number(exp - 3600) + QByteArrayLiteral(R"(,"exp":)") + QByteArray::number(exp) +
        '}');
}

// The access token of the seed's example reply (create-session.txt), joined from its wrapped lines.
inline QString seedAccessToken()
{
    return QStringLiteral(
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
        "eyJzZXNzaW9uSWQiOiJhZDkwYzgyMS1lNWVhLTQzODUtYmU1Yi00ZmM5ZjllYTI0ZWU"
        "iLCJjdXN0b21lciI6IjEyZjUwMjM1LWFkNmYtNDVmNi1iOGM1LTE2ZGM1N2QwOTI1MyIsIm5iZiI6MTY0Mzk3NDMy"
        "MywiZXhwIjoxNjQzOTc3OTIzfQ.t5zUPHZjpo-q3Rl5ZibyKSaBXAdItuCRdTBMS2JW8gQ");
}

// exp of the seed's token: 2022-02-04 12:32:03 UTC.
inline constexpr qint64 SeedExpiry = 1643977923;

} // namespace TestJwt
