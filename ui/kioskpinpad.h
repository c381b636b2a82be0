#pragma once
// The staff's way out of the kiosk: an in-window PIN pad (large digits 0-9) over the current page.
// The PIN is checked by a Kiosk::PinGate the shell owns for the whole run, so closing and opening
// the pad does not reset its lock-out. Staff-facing, so its words are the UI language's (tr()).

#include <QString>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Kiosk {
class PinGate;
}

namespace Ui {

class KioskPinPad : public QWidget
{
    Q_OBJECT

public:
    KioskPinPad(Kiosk::PinGate& gate, QWidget* parent);

    // Covers the parent with an empty pad and takes the keyboard.
    void open();
    // Hides the pad and forgets the digits typed and the message.
    void dismiss();
    QString message() const;

Q_SIGNALS:
    void accepted();
    void dismissed();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void type(const QString& digit);
    void erase();
    void submit();
    void showLockOut();
    void setMessage(const QString& text);

    Kiosk::PinGate& m_gate;
    QLineEdit* m_dots;
    QLabel* m_message;
    QPushButton* m_ok;
    QTimer m_lockTick; // 1 Hz, only while a lock-out is shown
};

} // namespace Ui
