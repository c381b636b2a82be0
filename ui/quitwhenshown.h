#pragma once
// Quits the application once a top-level window is on screen: after the window's first Expose
// and the first paint that follows it, on the next turn of the event loop (so that paint has
// been flushed). For start-up benchmarks only: the desk's quitWhenShown mode and the minimal
// reference window in bench/startup share this one header, so both stop at the same moment.

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace Ui {

class QuitWhenShown : public QObject
{
public:
    // Watch a top-level widget before it is shown; owned by it.
    explicit QuitWhenShown(QWidget* window)
        : QObject(window)
        , m_window(window)
    {
        window->installEventFilter(this);
        watchNativeWindow();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        switch (event->type()) {
        case QEvent::Show:
            // The native window exists from here on; Expose goes to it, not to the widget.
            if (watched == m_window)
                watchNativeWindow();
            break;
        case QEvent::Expose:
            if (watched == m_handle && m_handle->isExposed())
                m_exposed = true;
            break;
        case QEvent::UpdateRequest:
        case QEvent::Paint:
            if (watched == m_window && m_exposed && !m_quitting) {
                m_quitting = true;
                QTimer::singleShot(0, this, [] { QCoreApplication::quit(); });
            }
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void watchNativeWindow()
    {
        if (m_handle || !m_window->windowHandle())
            return;
        m_handle = m_window->windowHandle();
        m_handle->installEventFilter(this);
    }

    QWidget* m_window;
    QWindow* m_handle = nullptr;
    bool m_exposed = false;
    bool m_quitting = false;
};

} // namespace Ui
