#pragma once
// The kiosk's inactivity warning, over whatever page is shown: "Are you still there?", a big
// countdown and a Continue button. Any touch or key anywhere extends the time (the shell sees those
// and withdraws the warning); the button is there because people look for one.

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Ui {

class KioskIdleOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit KioskIdleOverlay(QWidget* parent);

    void setLanguage(const QString& shownLanguage);
    // Covers the parent and shows the countdown.
    void showWarning(qint64 secondsLeft);
    void setSecondsLeft(qint64 secondsLeft);
    qint64 secondsLeft() const { return m_secondsLeft; }
    QString text() const;

Q_SIGNALS:
    void continueClicked();

private:
    void render();

    QString m_language;
    qint64 m_secondsLeft = 0;
    QLabel* m_text;
    QLabel* m_count;
    QPushButton* m_continue;
};

} // namespace Ui
