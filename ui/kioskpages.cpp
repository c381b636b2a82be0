#include "kioskpages.h"

#include "domain/applicantphrases.h"
#include "domain/linkoptions.h"
#include "kioskstyle.h"

#include <QButtonGroup>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace Ui {
namespace {

using Domain::Phrase;

// A language's own name, unless no installed font draws its script (a kiosk without CJK or Arabic
// fonts would show boxes): then its English name, which at least staff can read out.
QString languageButtonText(const Domain::WebLanguage& language)
{
    const QList<QFontDatabase::WritingSystem> available = QFontDatabase::writingSystems();
    for (const QChar c : language.nativeName) {
        QFontDatabase::WritingSystem needed = QFontDatabase::Any;
        if (c.script() == QChar::Script_Arabic)
            needed = QFontDatabase::Arabic;
        else if (c.script() == QChar::Script_Han || c.script() == QChar::Script_Hiragana ||
                 c.script() == QChar::Script_Katakana)
            needed = QFontDatabase::Japanese;
        else if (c.script() == QChar::Script_Cyrillic)
            needed = QFontDatabase::Cyrillic;
        if (needed != QFontDatabase::Any && !available.contains(needed)) {
            QString code = language.code;
            code.replace(QLatin1String("jp-"), QLatin1String("ja-")); // the platform's spelling
            return QLocale::languageToString(QLocale(code).language());
        }
    }
    return language.nativeName;
}

} // namespace

KioskStartPage::KioskStartPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kioskStartPage"));
    m_title = kioskLabel(QStringLiteral("startTitle"), "title", this);
    m_hint = kioskLabel(QStringLiteral("startHint"), "subtitle", this);

    m_languageBox = new QWidget(this);
    m_languageBox->setObjectName(QStringLiteral("languageChoice"));
    m_languageGrid = new QGridLayout(m_languageBox);
    m_languageGrid->setContentsMargins(0, 0, 0, 0);
    m_languages = new QButtonGroup(this);
    m_languages->setExclusive(true);
    for (const Domain::WebLanguage& language : Domain::webLanguages()) {
        QPushButton* button =
            kioskButton(QStringLiteral("language-%1").arg(language.code), "choice", m_languageBox);
        setKioskText(button, languageButtonText(language));
        button->setCheckable(true);
        button->setProperty("webLanguage", language.code);
        m_languages->addButton(button);
    }
    connect(m_languages, &QButtonGroup::buttonClicked, this, [this](QAbstractButton* button) {
        Q_EMIT languageChosen(button->property("webLanguage").toString());
    });

    m_start = kioskButton(QStringLiteral("startButton"), "primary", this);
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &KioskStartPage::startRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    layout->addWidget(m_languageBox);
    layout->addStretch(1);
    layout->addWidget(m_start, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    arrangeLanguages(6);
}

void KioskStartPage::setLanguage(const QString& webLanguage, const QString& shownLanguage)
{
    const auto phrase = [&shownLanguage](Phrase which) {
        return Domain::applicantPhrase(which, shownLanguage);
    };
    setKioskText(m_title, phrase(Phrase::KioskStartTitle));
    setKioskText(m_hint, phrase(Phrase::KioskStartHint));
    setKioskText(m_start, phrase(Phrase::KioskStart));
    m_languageBox->setAccessibleName(phrase(Phrase::KioskLanguage));
    for (QAbstractButton* button : m_languages->buttons()) {
        const bool chosen = button->property("webLanguage").toString() == webLanguage;
        button->setChecked(chosen);
        button->setAccessibleDescription(chosen ? phrase(Phrase::KioskLanguage) : QString());
    }
}

void KioskStartPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Enter or Space starts from a keyboard as a touch does from the screen.
    m_start->setFocus();
}

void KioskStartPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Wide screens get fewer, longer rows; portrait screens narrower ones.
    arrangeLanguages(event->size().width() > event->size().height() ? 6 : 3);
    const int side = event->size().width() / 12;
    layout()->setContentsMargins(side, 0, side, 0);
    m_start->setMinimumWidth(event->size().width() / 3);
}

void KioskStartPage::arrangeLanguages(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    const QList<QAbstractButton*> buttons = m_languages->buttons();
    for (QAbstractButton* button : buttons)
        m_languageGrid->removeWidget(button);
    for (int i = 0; i < buttons.size(); ++i)
        m_languageGrid->addWidget(buttons.at(i), i / columns, i % columns);
    // The columns share the spare room equally (a long name still widens its own column, as six
    // equal columns of the longest name would not fit a 1280-pixel screen); the chosen language
    // never gets more room than the others.
    for (int column = 0; column < 6; ++column)
        m_languageGrid->setColumnStretch(column, column < columns ? 1 : 0);
}

KioskMessagePage::KioskMessagePage(const QString& objectName, ButtonStyle style, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    m_title = kioskLabel(objectName + QStringLiteral("Title"), "title", this);
    m_body = kioskLabel(objectName + QStringLiteral("Body"), "subtitle", this);
    m_primary = kioskButton(objectName + QStringLiteral("Primary"),
                            style == ButtonStyle::Calm ? "secondary" : "primary", this);
    m_secondary = kioskButton(objectName + QStringLiteral("Secondary"), "secondary", this);
    connect(m_primary, &QPushButton::clicked, this, &KioskMessagePage::primaryClicked);
    connect(m_secondary, &QPushButton::clicked, this, &KioskMessagePage::secondaryClicked);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(3);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addStretch(2);
    layout->addWidget(m_primary, 0, Qt::AlignHCenter);
    layout->addSpacing(24);
    layout->addWidget(m_secondary, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    setTexts(QString());
    setButtons(QString());
}

void KioskMessagePage::setTexts(const QString& title, const QString& body)
{
    setKioskText(m_title, title);
    setKioskText(m_body, body);
    m_body->setVisible(!body.isEmpty());
}

void KioskMessagePage::setButtons(const QString& primary, const QString& secondary)
{
    setKioskText(m_primary, primary);
    setKioskText(m_secondary, secondary);
    m_primary->setVisible(!primary.isEmpty());
    m_secondary->setVisible(!secondary.isEmpty());
}

QString KioskMessagePage::title() const
{
    return m_title->text();
}

void KioskMessagePage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // A readable measure for long sentences rather than lines across the whole screen.
    const int side = event->size().width() / 9;
    layout()->setContentsMargins(side, 0, side, 0);
    m_primary->setMinimumWidth(event->size().width() / 3);
    m_secondary->setMinimumWidth(event->size().width() / 3);
}

} // namespace Ui
