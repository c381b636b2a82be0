#include "kioskpinpad.h"

#include "announce.h"
#include "kiosk/pin.h"
#include "kioskstyle.h"

#include <QFrame>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

KioskPinPad::KioskPinPad(Kiosk::PinGate& gate, QWidget* parent)
    : QWidget(parent)
    , m_gate(gate)
{
    setObjectName(QStringLiteral("kioskPinPad"));
    setProperty("role", QStringLiteral("veil"));
    setAttribute(Qt::WA_StyledBackground);
    setFocusPolicy(Qt::StrongFocus);
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("pinPadCard"));
    card->setProperty("role", QStringLiteral("card"));

    QLabel* title = kioskLabel(QStringLiteral("pinTitle"), "subtitle", card);
    setKioskText(title, tr("Staff: enter the admin PIN to leave the kiosk"));
    // The pad itself takes the focus (the digits come from the keyboard): a screen reader names
    // it by what it asks for.
    setAccessibleName(title->text());
    m_dots = new QLineEdit(card);
    m_dots->setObjectName(QStringLiteral("pinDots"));
    m_dots->setAccessibleName(tr("PIN typed so far"));
    m_dots->setEchoMode(QLineEdit::Password);
    m_dots->setReadOnly(true);
    m_dots->setFocusPolicy(Qt::NoFocus);
    m_dots->setAlignment(Qt::AlignCenter);
    m_dots->setMaxLength(Kiosk::MaxPinLength);
    m_dots->setContextMenuPolicy(Qt::NoContextMenu);
    m_message = kioskLabel(QStringLiteral("pinMessage"), "problem", card);

    auto* grid = new QGridLayout;
    for (int digit = 0; digit <= 9; ++digit) {
        const QString text = QString::number(digit);
        QPushButton* button = kioskButton(QStringLiteral("pinDigit%1").arg(digit), "choice", card);
        setKioskText(button, text);
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, text] { type(text); });
        grid->addWidget(button, digit == 0 ? 3 : (digit - 1) / 3, digit == 0 ? 1 : (digit - 1) % 3);
    }
    QPushButton* erase = kioskButton(QStringLiteral("pinErase"), "choice", card);
    setKioskText(erase, tr("Erase"));
    erase->setFocusPolicy(Qt::NoFocus);
    connect(erase, &QPushButton::clicked, this, &KioskPinPad::erase);
    grid->addWidget(erase, 3, 0);
    m_ok = kioskButton(QStringLiteral("pinOk"), "primary", card);
    setKioskText(m_ok, tr("OK"));
    m_ok->setFocusPolicy(Qt::NoFocus);
    connect(m_ok, &QPushButton::clicked, this, &KioskPinPad::submit);
    grid->addWidget(m_ok, 3, 2);
    QPushButton* cancel = kioskButton(QStringLiteral("pinCancel"), "secondary", card);
    setKioskText(cancel, tr("Back to the kiosk"));
    cancel->setFocusPolicy(Qt::NoFocus);
    connect(cancel, &QPushButton::clicked, this, &KioskPinPad::dismiss);

    auto* inner = new QVBoxLayout(card);
    inner->setContentsMargins(32, 24, 32, 24);
    inner->addWidget(title);
    inner->addWidget(m_dots);
    inner->addWidget(m_message);
    inner->addLayout(grid);
    inner->addWidget(cancel);
    auto* outer = new QGridLayout(this);
    outer->addWidget(card, 1, 1);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 1);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(2, 1);

    m_lockTick.setInterval(std::chrono::seconds(1));
    connect(&m_lockTick, &QTimer::timeout, this, &KioskPinPad::showLockOut);
    hide();
}

void KioskPinPad::open()
{
    m_dots->setText(QString());
    setMessage(QString());
    setGeometry(parentWidget()->rect());
    show();
    raise();
    setFocus();
    m_ok->setEnabled(true);
    if (m_gate.lockedForSeconds() > 0)
        showLockOut();
}

void KioskPinPad::dismiss()
{
    const bool wasVisible = isVisible();
    m_lockTick.stop();
    m_dots->setText(QString());
    setMessage(QString());
    hide();
    if (wasVisible)
        Q_EMIT dismissed();
}

QString KioskPinPad::message() const
{
    return m_message->text();
}

void KioskPinPad::keyPressEvent(QKeyEvent* event)
{
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isDigit() && text.at(0).unicode() < 128)
        type(text);
    else if (event->key() == Qt::Key_Backspace)
        erase();
    else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        submit();
    else if (event->key() == Qt::Key_Escape)
        dismiss();
    event->accept(); // nothing reaches the page underneath
}

void KioskPinPad::type(const QString& digit)
{
    if (m_dots->text().size() < Kiosk::MaxPinLength)
        m_dots->setText(m_dots->text() + digit);
}

void KioskPinPad::erase()
{
    m_dots->setText(m_dots->text().chopped(std::min<qsizetype>(1, m_dots->text().size())));
}

void KioskPinPad::submit()
{
    const QString pin = m_dots->text();
    m_dots->setText(QString());
    switch (m_gate.attempt(pin)) {
    case Kiosk::PinGate::Outcome::Accepted:
        setMessage(QString());
        Q_EMIT accepted();
        return;
    case Kiosk::PinGate::Outcome::Refused:
        if (m_gate.lockedForSeconds() > 0) {
            showLockOut();
            return;
        }
        {
            const int free = Kiosk::PinGate::FreeAttempts - m_gate.failures();
            setMessage(free > 0 ? tr("Wrong PIN. Attempts left before a pause: %1.").arg(free)
                                : tr("Wrong PIN. The next wrong PIN pauses the pad."));
        }
        announce(m_message, QAccessible::Alert);
        return;
    case Kiosk::PinGate::Outcome::LockedOut:
        showLockOut();
        return;
    case Kiosk::PinGate::Outcome::NoPinSet:
        setMessage(tr("No admin PIN is set, so the kiosk cannot be left here. On this computer, "
                      "an administrator runs: enrolment-desk kiosk-pin --set"));
        announce(m_message, QAccessible::Alert);
        return;
    }
}

void KioskPinPad::showLockOut()
{
    const qint64 seconds = m_gate.lockedForSeconds();
    m_ok->setEnabled(seconds == 0);
    if (seconds == 0) {
        m_lockTick.stop();
        setMessage(QString());
        return;
    }
    setMessage(tr("Too many wrong PINs. Try again in %1 s.").arg(seconds));
    if (!m_lockTick.isActive()) {
        announce(m_message, QAccessible::Alert); // once, not every second of the pause
        m_lockTick.start();
    }
}

void KioskPinPad::setMessage(const QString& text)
{
    setKioskText(m_message, text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace Ui
