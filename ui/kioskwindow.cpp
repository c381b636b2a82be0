#include "kioskwindow.h"

#include "kioskpinpad.h"
#include "kiosksession.h"
#include "kioskstyle.h"

#include <QApplication>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QTimer>

namespace Ui {

KioskWindow::KioskWindow(const QString& pinHash, QWidget* parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint)
    , m_gate(pinHash)
{
    setContextMenuPolicy(Qt::NoContextMenu);
    m_staffButton = kioskButton(QStringLiteral("staffButton"), "quiet", this);
    setKioskText(m_staffButton, tr("Staff"));
    m_staffButton->setAccessibleDescription(tr("For staff: leave the kiosk with the admin PIN"));
    m_staffButton->setFocusPolicy(Qt::NoFocus);
    m_pinPad = new KioskPinPad(m_gate, this);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_L), this);
    connect(shortcut, &QShortcut::activated, this, &KioskWindow::openPinPad);
    connect(m_staffButton, &QPushButton::clicked, this, &KioskWindow::openPinPad);
    connect(m_pinPad, &KioskPinPad::dismissed, this, [this] {
        m_staffButton->show();
        Q_EMIT pinPadOpenChanged(false);
    });
    connect(m_pinPad, &KioskPinPad::accepted, this, [this] {
        qCInfo(lcKiosk) << "admin PIN accepted: leaving kiosk mode";
        m_leaving = true;
        Q_EMIT leaving();
        close();
    });
    qApp->installEventFilter(this);
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
}

void KioskWindow::showFullScreenOn(const QString& screenName)
{
    QScreen* target = nullptr;
    for (QScreen* screen : QGuiApplication::screens()) {
        if (!screenName.isEmpty() && screen->name() == screenName)
            target = screen;
    }
    if (!target) {
        if (!screenName.isEmpty())
            qCWarning(lcKiosk) << "screen" << screenName
                               << "is not connected; using the primary one";
        target = QGuiApplication::primaryScreen();
    }
    if (target) {
        setScreen(target);
        setGeometry(target->geometry());
    }
    showFullScreen();
}

void KioskWindow::openPinPad()
{
    m_pinPad->open();
    m_staffButton->hide();
    Q_EMIT pinPadOpenChanged(true);
}

void KioskWindow::dismissPinPad()
{
    m_pinPad->dismiss();
}

bool KioskWindow::isPinPadOpen() const
{
    return m_pinPad->isVisible();
}

void KioskWindow::setCornerTop(int top)
{
    m_cornerTop = top;
    placeCorner();
}

bool KioskWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
    case QEvent::Wheel:
        Q_EMIT activity();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // A window manager's "minimise" or "show desktop" does not put the kiosk away either.
    if (event->type() == QEvent::WindowStateChange && !m_leaving &&
        (windowState() & Qt::WindowMinimized))
        QTimer::singleShot(0, this, [this] { showFullScreen(); });
}

void KioskWindow::closeEvent(QCloseEvent* event)
{
    // Alt+F4, the window manager's close and a stray close() alike: only the PIN lets it go.
    if (m_leaving)
        event->accept();
    else
        event->ignore();
}

void KioskWindow::keyPressEvent(QKeyEvent* event)
{
    // Escape and Alt+F4 (when no window manager takes it) do nothing; no key leaves the kiosk.
    event->accept();
}

void KioskWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeCorner();
    if (m_pinPad->isVisible())
        m_pinPad->setGeometry(rect());
}

void KioskWindow::placeCorner()
{
    m_staffButton->adjustSize();
    const int margin = std::max(8, kioskUnit(size()) / 80);
    m_staffButton->move(width() - m_staffButton->width() - margin, m_cornerTop + margin);
    m_staffButton->raise();
}

} // namespace Ui
