#include "kioskpagestack.h"

#include "domain/applicantphrases.h"
#include "kioskcodepage.h"
#include "kioskform.h"
#include "kioskpages.h"

#include <QUrl>
#include <QUrlQuery>

namespace Ui {

using Domain::Phrase;

KioskPageStack::KioskPageStack(const QColor& background, QWidget* parent)
    : QStackedWidget(parent)
{
    setObjectName(QStringLiteral("kioskPages"));
    const auto calm = KioskMessagePage::ButtonStyle::Calm;
    m_start = new KioskStartPage(this);
    m_form = new KioskForm(this);
    m_preparing = new KioskMessagePage(QStringLiteral("kioskPreparingPage"), calm, this);
    m_code = new KioskCodePage(this);
    m_code->setBackground(background);
    m_waiting = new KioskMessagePage(QStringLiteral("kioskWaitingPage"), calm, this);
    m_end = new KioskMessagePage(QStringLiteral("kioskEndPage"), calm, this);
    // In the order of Page.
    for (QWidget* page : {static_cast<QWidget*>(m_start), static_cast<QWidget*>(m_form),
                          static_cast<QWidget*>(m_preparing), static_cast<QWidget*>(m_code),
                          static_cast<QWidget*>(m_waiting), static_cast<QWidget*>(m_end)})
        addWidget(page);
}

void KioskPageStack::showPage(Page page)
{
    m_page = page;
    setCurrentIndex(int(page));
}

void KioskPageStack::showEnd(const QString& words)
{
    m_end->setTexts(words);
    showPage(Page::End);
}

void KioskPageStack::setLanguage(const QString& webLanguage, const QString& shownLanguage)
{
    const auto phrase = [&shownLanguage](Phrase which) {
        return Domain::applicantPhrase(which, shownLanguage);
    };
    m_start->setLanguage(webLanguage, shownLanguage);
    m_form->setLanguage(shownLanguage);
    m_code->setLanguage(shownLanguage);
    m_preparing->setTexts(phrase(Phrase::KioskPreparing));
    m_waiting->setTexts(phrase(Phrase::KioskProgress));
    m_waiting->setButtons(phrase(Phrase::KioskShowCodeAgain), phrase(Phrase::KioskCancel));
}

QStringList KioskPageStack::customerTraces() const
{
    QStringList traces = m_form->typedTexts();
    const QUrl link(m_code->shownLink());
    if (!link.isEmpty()) {
        traces << link.toString(QUrl::FullyEncoded) << link.toString()
               << QUrlQuery(link).queryItemValue(QStringLiteral("token"));
    }
    traces.removeAll(QString());
    return traces;
}

void KioskPageStack::clearCustomer()
{
    m_form->clear();
    m_code->clear();
}

} // namespace Ui
