#pragma once
// A top-level window a customer cannot leave: frameless, full screen on a chosen screen, deaf to
// Escape and Alt+F4, refusing the window manager's close and bringing itself back from
// "minimise". The one way out is for staff: a small Staff button in a corner (or
// Ctrl+Alt+Shift+L) opens a PIN pad over the window, and the admin PIN closes it. It reports
// every touch, click and key anywhere in the application as activity(), for the idle reset.

#include "kiosk/pin.h"

#include <QString>
#include <QWidget>

class QPushButton;

namespace Ui {

class KioskPinPad;

class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    // pinHash: as Kiosk::hashPin() writes it; empty: no PIN, the pad explains how to set one.
    explicit KioskWindow(const QString& pinHash, QWidget* parent = nullptr);
    ~KioskWindow() override;

    // Full screen on the screen of that QScreen::name(); the primary one when the name is empty
    // or no such screen is connected (with a warning). Placed before it is shown.
    void showFullScreenOn(const QString& screenName);
    bool isLeaving() const { return m_leaving; }

    void openPinPad();
    // Hides the pad and forgets what was typed (its lock-out stays).
    void dismissPinPad();
    bool isPinPadOpen() const;

Q_SIGNALS:
    void activity();
    void pinPadOpenChanged(bool open);
    // The admin PIN was accepted; the window closes right after.
    void leaving();

protected:
    // Where the Staff button sits from the top (below a banner, say).
    void setCornerTop(int top);
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void placeCorner();

    Kiosk::PinGate m_gate; // one for the whole run: closing the pad does not end a lock-out
    bool m_leaving = false;
    int m_cornerTop = 0;
    QPushButton* m_staffButton;
    KioskPinPad* m_pinPad;
};

} // namespace Ui
