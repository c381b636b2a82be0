#pragma once
// Runs a function once a top-level window is on screen: after the window's first Expose and the
// first paint that follows it, on the next turn of the event loop (so that paint has been
// flushed). The demo starts its sandbox there, after the first frame; the start-up benchmarks
// (bench/startup) stop their clock there, for the staff window and the minimal reference window
// alike. Header-only, so the reference window needs nothing but Qt Widgets.

#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <functional>
#include <utility>

namespace Ui {

class AfterFirstPaint : public QObject
{
public:
    // Watch a top-level widget before it is shown; owned by it. then runs once.
    AfterFirstPaint(QWidget* window, std::function<void()> then)
        : QObject(window)
        , m_window(window)
        , m_then(std::move(then))
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
            if (watched == m_window && m_exposed && m_then) {
                QTimer::singleShot(0, this, std::exchange(m_then, {}));
                m_window->removeEventFilter(this);
                if (m_handle)
                    m_handle->removeEventFilter(this);
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
    std::function<void()> m_then;
};

} // namespace Ui
