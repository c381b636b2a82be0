#include "redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace Api {

QString redactSecrets(const QString& text)
{
    // Three base64url segments separated by dots: a JWT, signed or not.
    static const QRegularExpression jwt(
        QStringLiteral("[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*"));
    // token=..., accessToken / password / secret in JSON or query form. A quoted value is
    // redacted up to its closing quote (or the end of a cut-off text), so a password with
    // spaces, commas or escaped quotes does not leak past its first word.
    static const QString key =
        QStringLiteral("(?:token|accesstoken|access_token|password|secret|apikey|api_key|x-api-key)"
                       "[\"']?\\s*[:=]\\s*");
    static const QRegularExpression doubleQuoted(
        QLatin1Char('(') + key + QStringLiteral("\")[^\"\\\\]*(?:\\\\.[^\"\\\\]*)*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression singleQuoted(
        QLatin1Char('(') + key + QStringLiteral("')[^'\\\\]*(?:\\\\.[^'\\\\]*)*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression keyed(QLatin1Char('(') + key +
                                              QStringLiteral(")([^\"'&\\s,}]+)"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression authorization(
        QStringLiteral("((?:Basic|Bearer)\\s+)[A-Za-z0-9+/=._-]+"),
        QRegularExpression::CaseInsensitiveOption);

    QString result = text;
    result.replace(jwt, RedactedMarker);
    result.replace(doubleQuoted, QStringLiteral("\\1") + RedactedMarker);
    result.replace(singleQuoted, QStringLiteral("\\1") + RedactedMarker);
    result.replace(keyed, QStringLiteral("\\1") + RedactedMarker);
    result.replace(authorization, QStringLiteral("\\1") + RedactedMarker);
    return result;
}

namespace {

// Every form in which a body may carry the password the desk sent.
QList<QByteArray> formsOf(const QString& username, const QString& password)
{
    const QByteArray raw = password.toUtf8();
    const QByteArray basic = (username + QLatin1Char(':') + password).toUtf8();
    QByteArray json = QJsonDocument(QJsonArray{password}).toJson(QJsonDocument::Compact);
    json = json.mid(2, json.size() - 4); // the string's inside, without [" and "]
    QList<QByteArray> forms = {basic.toBase64(),
                               basic.toBase64(QByteArray::Base64UrlEncoding),
                               basic.toBase64(QByteArray::OmitTrailingEquals),
                               raw,
                               json,
                               QUrl::toPercentEncoding(password),
                               raw.toBase64()};
    // Longest first, so that a form containing another is removed whole.
    std::sort(forms.begin(), forms.end(),
              [](const QByteArray& a, const QByteArray& b) { return a.size() > b.size(); });
    forms.removeAll(QByteArray());
    return forms;
}

} // namespace

QByteArray scrubKnownSecrets(const QByteArray& bytes, const QString& username,
                             const QString& password)
{
    if (password.isEmpty())
        return bytes;
    QByteArray result = bytes;
    const QByteArray marker(RedactedMarker.data(), RedactedMarker.size());
    for (const QByteArray& form : formsOf(username, password))
        result.replace(form, marker);
    return result;
}

QString scrubKnownSecrets(const QString& text, const QString& username, const QString& password)
{
    if (password.isEmpty())
        return text;
    return QString::fromUtf8(scrubKnownSecrets(text.toUtf8(), username, password));
}

QString safeExcerpt(const QByteArray& body, int maxChars)
{
    QString text = QString::fromUtf8(body.left(64 * 1024));
    static const QRegularExpression scriptOrStyle(
        QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.replace(scriptOrStyle, QStringLiteral(" ")); // keeps the words around it apart
    text.replace(tags, QStringLiteral(" "));
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char(' ');
    }
    text = redactSecrets(text.simplified());
    if (text.size() > maxChars) {
        text.truncate(maxChars - 1);
        if (text.back().isHighSurrogate())
            text.chop(1);
        text += QChar(0x2026);
    }
    return text;
}

} // namespace Api
