#pragma once
// Settings > Language: the staff's language, used from the next start (the window does not
// change its language while it runs). "System default" follows the desktop's language. The
// applicant-facing screens follow the applicant's language instead, chosen in the form.

#include "config/settings.h"

#include <QMenu>

class QActionGroup;

namespace Ui {

class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    // preferences: the user's own settings (also in the demo, whose profiles are temporary).
    LanguageMenu(QSettings& preferences, QWidget* parent);

Q_SIGNALS:
    // The choice was stored; message says when it takes effect, for the status bar.
    void chosen(const QString& message);

private:
    void choose(const QString& code);

    Config::Settings m_settings;
    QActionGroup* m_group = nullptr;
};

} // namespace Ui
