#pragma once
// Where the customer display goes: a dialog listing every screen except the staff window's, with
// a "Test display" button that shows the customer display's test page full screen on the selected
// screen for a few seconds. With no other screen it says why the customer display is unavailable.

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QScreen;

namespace Ui {

class CustomerDisplay;

class ScreenChooser : public QDialog
{
    Q_OBJECT

public:
    // staffWindow: the window whose screen is left out (null: the primary screen is left out).
    explicit ScreenChooser(const QWidget* staffWindow, QWidget* parent = nullptr);
    ~ScreenChooser() override;

    // The screen chosen in the list; null when none (or it was disconnected).
    QScreen* selectedScreen() const;
    // Preselects a screen (e.g. the one used last time) when it is in the list.
    void setSelectedScreen(QScreen* screen);

    bool isTesting() const;
    // How long "Test display" shows the test page (5 s unless changed).
    void setTestDuration(int milliseconds) { m_testTimer.setInterval(milliseconds); }

    // The screens a customer display can use: all but the staff window's, in the system's order.
    static QList<QScreen*> customerScreens(const QWidget* staffWindow);
    // Why there is no customer display ("Only one screen is connected. ..."); empty when there is
    // a screen for it.
    static QString unavailableReason(const QWidget* staffWindow);
    // One line for the list: name, make and model when known, and size.
    static QString describe(const QScreen* screen);

    // Also stops a running test.
    void done(int result) override;

private:
    void refresh();
    void updateButtons();
    void toggleTest();
    void stopTest();

    QPointer<const QWidget> m_staffWindow;
    QList<QPointer<QScreen>> m_screens; // in the list's order
    QListWidget* m_list;
    QLabel* m_reason;
    QPushButton* m_testButton;
    QDialogButtonBox* m_buttons;
    std::unique_ptr<CustomerDisplay> m_testDisplay; // created for the first test
    QTimer m_testTimer;
};

} // namespace Ui
