#include "kioskcodepage.h"

#include "announce.h"
#include "domain/applicantphrases.h"
#include "kioskstyle.h"
#include "qrview.h"
#include "sessionpanel.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>

namespace Ui {

using Domain::Phrase;

KioskCodePage::KioskCodePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kioskCodePage"));
    m_qrView = new QrView(this);
    m_qrView->setObjectName(QStringLiteral("kioskQrView"));
    m_qrView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_instruction = kioskLabel(QStringLiteral("scanInstruction"), "title", this);
    m_timeLeft = kioskLabel(QStringLiteral("timeLeft"), "subtitle", this);
    m_scanned = kioskButton(QStringLiteral("scannedButton"), "primary", this);
    m_cantScan = kioskButton(QStringLiteral("cantScanButton"), "secondary", this);
    m_cantScan->setCheckable(true);
    m_help = kioskLabel(QStringLiteral("cantScanHelp"), "body", this);
    m_help->hide();
    m_cancel = kioskButton(QStringLiteral("codeCancelButton"), "secondary", this);
    connect(m_scanned, &QPushButton::clicked, this, &KioskCodePage::scanned);
    connect(m_cancel, &QPushButton::clicked, this, &KioskCodePage::cancelled);
    connect(m_cantScan, &QPushButton::toggled, m_help, &QWidget::setVisible);

    auto* side = new QVBoxLayout;
    side->addStretch(1);
    side->addWidget(m_instruction);
    side->addWidget(m_timeLeft);
    side->addStretch(1);
    side->addWidget(m_scanned);
    side->addWidget(m_cantScan);
    side->addWidget(m_help);
    side->addStretch(1);
    side->addWidget(m_cancel);
    side->addStretch(1);

    m_layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_layout->addWidget(m_qrView, 3);
    m_layout->addLayout(side, 2);
    render();
}

void KioskCodePage::setLanguage(const QString& shownLanguage)
{
    m_language = shownLanguage;
    render();
}

void KioskCodePage::setBackground(const QColor& colour)
{
    QPalette palette = m_qrView->palette();
    palette.setColor(QPalette::Window, colour);
    m_qrView->setPalette(palette);
}

void KioskCodePage::showCode(const QString& link)
{
    m_qrView->setText(link);
    m_secondsLeft.reset();
    m_cantScan->setChecked(false);
    render();
    announce(m_qrView, QAccessible::Alert); // its name says what to do with it
}

void KioskCodePage::setSecondsLeft(qint64 seconds)
{
    m_secondsLeft = std::max<qint64>(0, seconds);
    render();
}

void KioskCodePage::clear()
{
    m_qrView->clear();
    m_secondsLeft.reset();
    m_cantScan->setChecked(false);
    render();
}

QString KioskCodePage::shownLink() const
{
    return m_qrView->text();
}

bool KioskCodePage::isHelpShown() const
{
    return m_cantScan->isChecked();
}

void KioskCodePage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // The code beside the words on a wide screen, above them on a portrait one.
    const QSize size = event->size();
    m_layout->setDirection(size.width() >= size.height() ? QBoxLayout::LeftToRight
                                                         : QBoxLayout::TopToBottom);
    const int margin = kioskUnit(size) / 25;
    m_layout->setContentsMargins(margin, margin, margin, margin);
    m_layout->setSpacing(margin);
}

void KioskCodePage::render()
{
    const auto phrase = [this](Phrase which) { return Domain::applicantPhrase(which, m_language); };
    setKioskText(m_instruction, phrase(Phrase::KioskScanInstruction));
    setKioskText(m_timeLeft,
                 m_secondsLeft ? phrase(Phrase::KioskTimeLeft).arg(formatCountdown(*m_secondsLeft))
                               : QString());
    setKioskText(m_scanned, phrase(Phrase::KioskScanned));
    setKioskText(m_cantScan, phrase(Phrase::KioskCantScan));
    setKioskText(m_help, phrase(Phrase::KioskCantScanHelp));
    setKioskText(m_cancel, phrase(Phrase::KioskCancel));
    // The code's own description is the staff's; the customer hears the instruction.
    m_qrView->setAccessibleName(phrase(Phrase::KioskScanInstruction));
    m_qrView->setAccessibleDescription(QString());
}

} // namespace Ui
