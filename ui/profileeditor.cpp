#include "profileeditor.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ui {

using Config::ProfileField;

namespace {

QLineEdit* lineEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QPlainTextEdit* listEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(ProfileEditor::tr("One per line, or separated by commas"));
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

QSpinBox* secondsBox(QWidget* parent, const QString& objectName, const QString& accessibleName,
                     int minimum, int maximum)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setRange(minimum, maximum);
    box->setSuffix(ProfileEditor::tr(" s"));
    return box;
}

} // namespace

ProfileEditor::ProfileEditor(QWidget* parent)
    : QWidget(parent)
{
    m_name = lineEdit(this, QStringLiteral("profileName"), tr("Profile name"));
    m_name->setMaxLength(64);
    connect(m_name, &QLineEdit::textEdited, this, &ProfileEditor::nameEdited);
    m_baseUrl = lineEdit(this, QStringLiteral("baseUrl"), tr("Base URL"));
    m_baseUrl->setPlaceholderText(tr("https://platform.example.com"));
    m_username = lineEdit(this, QStringLiteral("username"), tr("Username"));
    m_password = lineEdit(this, QStringLiteral("password"), tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordStatus = new QLabel(this);
    m_passwordStatus->setObjectName(QStringLiteral("passwordStatus"));
    m_passwordStatus->setAccessibleDescription(tr("Password status"));
    m_passwordStatus->setWordWrap(true);
    m_passwordStatus->setTextFormat(Qt::PlainText);
    m_returnUrl = lineEdit(this, QStringLiteral("returnUrl"), tr("Return URL"));
    m_returnUrl->setPlaceholderText(tr("https://bank.example/enrolment-finished"));
    m_themes = listEdit(this, QStringLiteral("themes"), tr("Web themes"));
    m_allowedLinkHosts =
        listEdit(this, QStringLiteral("allowedLinkHosts"), tr("Allowed link hosts"));
    m_pollInterval =
        secondsBox(this, QStringLiteral("pollInterval"), tr("Poll interval in seconds"),
                   Config::MinPollIntervalSeconds, Config::MaxPollIntervalSeconds);
    m_timeout = secondsBox(this, QStringLiteral("timeout"), tr("Timeout in seconds"),
                           Config::MinTimeoutSeconds, Config::MaxTimeoutSeconds);
    m_caBundle = lineEdit(this, QStringLiteral("caBundle"), tr("CA bundle file"));
    m_caBundle->setPlaceholderText(tr("Optional: extra CA certificates in PEM"));
    m_browse = new QPushButton(tr("Bro&wse…"), this);
    m_browse->setObjectName(QStringLiteral("caBundleBrowse"));
    m_browse->setAccessibleName(tr("Browse for a CA bundle file"));
    connect(m_browse, &QPushButton::clicked, this, &ProfileEditor::browseCaBundle);

    m_name->setAccessibleDescription(tr("How the profile is listed in the toolbar"));
    m_baseUrl->setAccessibleDescription(tr("Address of the verification platform"));
    m_username->setAccessibleDescription(tr("The platform's API user"));
    m_returnUrl->setAccessibleDescription(
        tr("Required: where the applicant's browser goes when the enrolment is finished"));
    m_themes->setAccessibleDescription(
        tr("Web themes staff can choose, one per line or separated by commas"));
    m_allowedLinkHosts->setAccessibleDescription(
        tr("Hosts the platform's links may point to besides the API's own"));
    m_pollInterval->setAccessibleDescription(tr("How often the desk asks for a session's status"));
    m_timeout->setAccessibleDescription(tr("How long one request to the platform may take"));
    m_caBundle->setAccessibleDescription(
        tr("Optional file of extra CA certificates in PEM, for networks that inspect TLS"));

    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(tr("&Name:"), QStringLiteral("profileName"), m_name, nullptr, ProfileField::Name);
    addRow(tr("&Base URL:"), QStringLiteral("baseUrl"), m_baseUrl, nullptr, ProfileField::BaseUrl);
    addRow(tr("&Username:"), QStringLiteral("username"), m_username, nullptr,
           ProfileField::Username);
    auto* password = new QWidget(this);
    password->setObjectName(QStringLiteral("passwordRow"));
    auto* passwordBox = new QVBoxLayout(password);
    passwordBox->setContentsMargins(0, 0, 0, 0);
    passwordBox->addWidget(m_password);
    passwordBox->addWidget(m_passwordStatus);
    addRow(tr("&Password:"), QStringLiteral("password"), password, m_password);
    //: The return URL is required: sessions cannot be created without one.
    addRow(tr("&Return URL (required):"), QStringLiteral("returnUrl"), m_returnUrl, nullptr,
           ProfileField::ReturnUrl);
    addRow(tr("Web &themes:"), QStringLiteral("themes"), m_themes, nullptr, ProfileField::Themes);
    addRow(tr("Allowed &link hosts:"), QStringLiteral("allowedLinkHosts"), m_allowedLinkHosts,
           nullptr, ProfileField::AllowedLinkHosts);
    addRow(tr("P&oll interval:"), QStringLiteral("pollInterval"), m_pollInterval, nullptr,
           ProfileField::PollInterval);
    addRow(tr("T&imeout:"), QStringLiteral("timeout"), m_timeout, nullptr, ProfileField::Timeout);
    auto* caBundle = new QWidget(this);
    caBundle->setObjectName(QStringLiteral("caBundleRow"));
    auto* caBox = new QHBoxLayout(caBundle);
    caBox->setContentsMargins(0, 0, 0, 0);
    caBox->addWidget(m_caBundle, 1);
    caBox->addWidget(m_browse);
    addRow(tr("&CA bundle:"), QStringLiteral("caBundle"), caBundle, m_caBundle,
           ProfileField::CaBundle);

    m_allowedLinkHosts->setToolTip(tr("Hosts the platform's links may point to besides the API's "
                                      "own; *.example.com allows its subdomains."));
    m_caBundle->setToolTip(tr("For networks that inspect TLS with their own certificate "
                              "authority."));

    const QList<QWidget*> order{
        m_name,   m_baseUrl,          m_username,     m_password, m_returnUrl,
        m_themes, m_allowedLinkHosts, m_pollInterval, m_timeout,  m_caBundle,
        m_browse};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    setProfile(Config::Profile(), QString());
}

void ProfileEditor::addRow(const QString& label, const QString& objectName, QWidget* editor,
                           QWidget* buddy, std::optional<ProfileField> field)
{
    auto* layout = static_cast<QFormLayout*>(this->layout());
    auto* caption = new QLabel(label, this);
    caption->setObjectName(objectName + QStringLiteral("Label"));
    caption->setBuddy(buddy ? buddy : editor);
    if (!field) {
        layout->addRow(caption, editor);
        return;
    }
    auto* column = new QWidget(this);
    column->setObjectName(objectName + QStringLiteral("Column"));
    auto* box = new QVBoxLayout(column);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(editor);
    auto* problem = new QLabel(column);
    problem->setObjectName(objectName + QStringLiteral("Problem"));
    // "Problem with Base URL", from the caption "&Base URL:".
    QString fieldName = caption->text().remove(QLatin1Char('&')).trimmed();
    if (fieldName.endsWith(QLatin1Char(':')))
        fieldName.chop(1);
    problem->setAccessibleDescription(tr("Problem with %1").arg(fieldName));
    problem->setWordWrap(true);
    problem->setTextFormat(Qt::PlainText);
    problem->hide();
    box->addWidget(problem);
    layout->addRow(caption, column);
    m_editors.insert(*field, buddy ? buddy : editor);
    m_problems.insert(*field, problem);
    m_hints.insert(*field, (buddy ? buddy : editor)->accessibleDescription());
}

void ProfileEditor::setProfile(const Config::Profile& profile, const QString& newPassword)
{
    m_name->setText(profile.name);
    m_baseUrl->setText(profile.baseUrl.toString());
    m_username->setText(profile.username);
    m_password->setText(newPassword);
    m_returnUrl->setText(profile.returnUrl);
    m_themes->setPlainText(profile.themes.join(QLatin1Char('\n')));
    m_allowedLinkHosts->setPlainText(profile.allowedLinkHosts.join(QLatin1Char('\n')));
    m_pollInterval->setValue(profile.pollIntervalSeconds);
    m_timeout->setValue(profile.timeoutSeconds);
    m_caBundle->setText(profile.caBundlePath);
    showProblems({});
}

Config::Profile ProfileEditor::profile() const
{
    Config::Profile profile;
    profile.name = m_name->text().trimmed();
    const QString url = m_baseUrl->text().trimmed();
    profile.baseUrl = url.isEmpty() ? QUrl() : QUrl(url, QUrl::StrictMode);
    profile.username = m_username->text().trimmed();
    profile.returnUrl = m_returnUrl->text().trimmed();
    profile.themes = Config::splitList(m_themes->toPlainText());
    profile.allowedLinkHosts = Config::splitList(m_allowedLinkHosts->toPlainText());
    profile.pollIntervalSeconds = m_pollInterval->value();
    profile.timeoutSeconds = m_timeout->value();
    profile.caBundlePath = m_caBundle->text().trimmed();
    return profile;
}

QString ProfileEditor::newPassword() const
{
    return m_password->text();
}

void ProfileEditor::setPasswordState(PasswordState state, const QString& problem)
{
    const QString keep = tr("Leave empty to keep the stored password");
    const QString type = tr("Type the API password");
    switch (state) {
    case PasswordState::New:
        m_password->setPlaceholderText(type);
        m_passwordStatus->setText(tr("Saved in the system keychain when you press OK."));
        break;
    case PasswordState::Checking:
        m_password->setPlaceholderText(keep);
        m_passwordStatus->setText(tr("Checking the system keychain…"));
        break;
    case PasswordState::Stored:
        m_password->setPlaceholderText(keep);
        m_passwordStatus->setText(tr("•••• stored in the system keychain. Type a new password "
                                     "only to change it."));
        break;
    case PasswordState::NotStored:
        m_password->setPlaceholderText(type);
        m_passwordStatus->setText(tr("No password is stored for this profile yet."));
        break;
    case PasswordState::Problem:
        m_password->setPlaceholderText(type);
        m_passwordStatus->setText(problem);
        break;
    case PasswordState::ThisRun:
        m_password->setPlaceholderText(keep);
        m_passwordStatus->setText(tr("•••• kept until the desk closes: the system keychain could "
                                     "not store it. Type it again after the next start."));
        break;
    }
    m_password->setAccessibleDescription(m_passwordStatus->text());
    // The form caches the row's height for a width; the new text may wrap to more lines.
    m_passwordStatus->parentWidget()->updateGeometry();
}

void ProfileEditor::showProblems(const QList<Config::ProfileProblem>& problems)
{
    for (QLabel* label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
    for (const Config::ProfileProblem& problem : problems) {
        QLabel* label = m_problems.value(problem.field);
        if (!label || !label->text().isEmpty())
            continue;
        // Dark red on light palettes, light red on dark ones: above 4.5:1 on either.
        QPalette palette = label->palette();
        const bool darkPalette = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText,
                         darkPalette ? QColor(0xff, 0x9e, 0x9e) : QColor(0xb0, 0x1e, 0x1e));
        label->setPalette(palette);
        label->setText(problem.message);
        label->show();
    }
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString problem = m_problems.value(it.key())->text();
        it.value()->setAccessibleDescription(problem.isEmpty() ? m_hints.value(it.key()) : problem);
    }
}

void ProfileEditor::focusField(ProfileField field)
{
    QWidget* editor = m_editors.value(field);
    if (!editor)
        return;
    editor->setFocus(Qt::OtherFocusReason);
    // Typing replaces the text, as for a new profile's suggested name.
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->selectAll();
}

QWidget* ProfileEditor::firstField() const
{
    return m_name;
}

QWidget* ProfileEditor::lastField() const
{
    return m_browse;
}

void ProfileEditor::browseCaBundle()
{
    const QString current = m_caBundle->text().trimmed();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a CA bundle"), current.isEmpty() ? QString() : QFileInfo(current).path(),
        tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_caBundle->setText(path);
}

} // namespace Ui
