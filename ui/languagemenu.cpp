#include "languagemenu.h"

#include "config/uilanguage.h"

#include <QActionGroup>
#include <QLocale>

namespace Ui {

LanguageMenu::LanguageMenu(QSettings& preferences, QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(preferences)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString current = m_settings.uiLanguage();
    const QString systemCode =
        Config::resolveUiLanguage(QString(), QLocale::system().uiLanguages()).code;

    auto addChoice = [this, &current](const QString& text, const QString& code) {
        QAction* action = addAction(text);
        action->setObjectName(QStringLiteral("language_") +
                              (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    QString systemName;
    for (const Config::UiLanguage& language : Config::uiLanguages()) {
        if (language.code == systemCode)
            systemName = language.nativeName;
    }
    addChoice(tr("System default (%1)").arg(systemName), QString());
    addSeparator();
    for (const Config::UiLanguage& language : Config::uiLanguages())
        addChoice(language.nativeName, language.code);
    // A setting the program does not know (edited by hand) reads as the system's language.
    if (!m_group->checkedAction())
        m_group->actions().constFirst()->setChecked(true);
    addSeparator();
    QAction* note = addAction(tr("Used from the next start"));
    note->setEnabled(false);
}

void LanguageMenu::choose(const QString& code)
{
    m_settings.setUiLanguage(code);
    QString name = tr("the system's language");
    for (const Config::UiLanguage& language : Config::uiLanguages()) {
        if (language.code == code)
            name = language.nativeName;
    }
    Q_EMIT chosen(tr("Enrolment Desk will be in %1 from its next start.").arg(name));
}

} // namespace Ui
