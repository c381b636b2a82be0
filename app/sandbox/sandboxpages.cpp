#include "sandboxpages.h"

namespace Sandbox {
namespace {

QByteArray page(const QString& heading, const QString& bodyHtml)
{
    static const QLatin1String style(
        "body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
        "background:#f3f5f7;color:#1d2329;line-height:1.45}"
        "main{max-width:28rem;margin:0 auto;padding:1.25rem}"
        ".banner{background:#8a4b00;color:#fff;font-weight:600;padding:.6rem 1rem;"
        "border-radius:.5rem;text-align:center}"
        "h1{font-size:1.4rem;margin:1.2rem 0 .4rem}"
        ".meta{color:#56606b;font-size:.9rem;word-break:break-all}"
        "form{display:grid;gap:.75rem;margin-top:1.25rem}"
        "button{font:inherit;font-size:1.05rem;padding:.9rem 1rem;border:0;border-radius:.6rem;"
        "color:#fff;cursor:pointer;text-align:left}"
        "button small{display:block;font-size:.85rem;opacity:.9}"
        ".high{background:#1e7b34}.medium{background:#9a6700}.low{background:#b42318}"
        ".expire{background:#4b5563}"
        "button:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}");
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<meta name=\"referrer\" content=\"no-referrer\">"
                       "<title>Enrolment Desk sandbox</title><style>%1</style></head><body><main>"
                       "<p class=\"banner\">DEMO &ndash; no real verification</p>"
                       "<h1>%2</h1>%3</main></body></html>\n")
            .arg(style, heading.toHtmlEscaped(), bodyHtml);
    return html.toUtf8();
}

QString button(const char* outcome, const char* cssClass, const char* label, const char* detail)
{
    return QStringLiteral("<button type=\"submit\" name=\"outcome\" value=\"%1\" class=\"%2\">"
                          "%3<small>%4</small></button>")
        .arg(QLatin1String(outcome), QLatin1String(cssClass), QLatin1String(label),
             QLatin1String(detail));
}

} // namespace

QByteArray enrolmentPage(const QString& token, const QString& sessionId)
{
    const QString body =
        QStringLiteral(
            "<p>This is the Enrolment Desk sandbox, a demonstration. No document is read, no "
            "face is compared and nothing is verified. Choose how this session should end.</p>"
            "<p class=\"meta\">Session %1</p>"
            "<form method=\"post\" action=\"/web-enrolment/finish\">"
            "<input type=\"hidden\" name=\"token\" value=\"%2\">%3%4%5%6</form>")
            .arg(sessionId.toHtmlEscaped(), token.toHtmlEscaped(),
                 button("HIGH", "high", "Finish: passed (HIGH)", "Status AUTO_APPROVED"),
                 button("MEDIUM", "medium", "Finish: suspicious (MEDIUM)",
                        "Status WAITING_FOR_MANUAL_APPROVE"),
                 button("LOW", "low", "Finish: not passed (LOW)", "Status AUTO_REJECTED"),
                 button("EXPIRE", "expire", "Let it expire", "Status EXPIRED"));
    return page(QStringLiteral("Enrolment Desk sandbox"), body);
}

QByteArray thankYouPage(const QString& status)
{
    return page(QStringLiteral("Thank you"),
                QStringLiteral("<p>The session is finished with status <strong>%1</strong>. "
                               "You can close this page; the desk shows the result.</p>")
                    .arg(status.toHtmlEscaped()));
}

QByteArray linkNotValidPage()
{
    return page(QStringLiteral("This link is not valid"),
                QStringLiteral("<p>The link is unknown, was already used, or its session has "
                               "ended. Ask at the desk for a new one.</p>"));
}

QByteArray badRequestPage(const QString& message)
{
    return page(QStringLiteral("Something is missing"),
                QStringLiteral("<p>%1</p>").arg(message.toHtmlEscaped()));
}

} // namespace Sandbox
