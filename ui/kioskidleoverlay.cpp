#include "kioskidleoverlay.h"

#include "announce.h"
#include "domain/applicantphrases.h"
#include "kioskstyle.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

using Domain::Phrase;

KioskIdleOverlay::KioskIdleOverlay(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kioskIdleWarning"));
    setProperty("role", QStringLiteral("veil"));
    setAttribute(Qt::WA_StyledBackground);
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("idleWarningCard"));
    card->setProperty("role", QStringLiteral("card"));
    m_text = kioskLabel(QStringLiteral("idleWarningText"), "subtitle", card);
    m_count = kioskLabel(QStringLiteral("idleWarningCount"), "big", card);
    m_continue = kioskButton(QStringLiteral("idleContinueButton"), "primary", card);
    connect(m_continue, &QPushButton::clicked, this, &KioskIdleOverlay::continueClicked);
    auto* inner = new QVBoxLayout(card);
    inner->setContentsMargins(40, 30, 40, 30);
    inner->addWidget(m_text);
    inner->addWidget(m_count);
    inner->addWidget(m_continue, 0, Qt::AlignHCenter);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 4);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(1);
    hide();
    render();
}

void KioskIdleOverlay::setLanguage(const QString& shownLanguage)
{
    m_language = shownLanguage;
    render();
}

void KioskIdleOverlay::showWarning(qint64 secondsLeft)
{
    m_secondsLeft = secondsLeft;
    render();
    setGeometry(parentWidget()->rect());
    show();
    raise();
    announce(m_text, QAccessible::Alert);
}

void KioskIdleOverlay::setSecondsLeft(qint64 secondsLeft)
{
    m_secondsLeft = secondsLeft;
    render();
}

QString KioskIdleOverlay::text() const
{
    return m_text->text();
}

void KioskIdleOverlay::render()
{
    const QString seconds = QString::number(m_secondsLeft);
    setKioskText(m_text,
                 Domain::applicantPhrase(Phrase::KioskIdleWarning, m_language).arg(seconds));
    setKioskText(m_count, seconds);
    m_count->setAccessibleName(m_text->text());
    setKioskText(m_continue, Domain::applicantPhrase(Phrase::KioskContinue, m_language));
}

} // namespace Ui
