#pragma once
// The kiosk's simple pages: the start page (title, what to have at hand, the language choice for
// the screens and the web flow, one clear start button) and a message page (one big sentence,
// optionally a line under it and up to two buttons) for "one moment", the calm progress screen
// and the neutral end. Their texts come from the caller, in the customer's language.

#include <QString>
#include <QWidget>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QPushButton;

namespace Ui {

class KioskStartPage : public QWidget
{
    Q_OBJECT

public:
    explicit KioskStartPage(QWidget* parent = nullptr);

    // Checks the button of webLanguage and writes the texts in shownLanguage (a language with
    // kiosk phrases, else English).
    void setLanguage(const QString& webLanguage, const QString& shownLanguage);

Q_SIGNALS:
    void languageChosen(const QString& webLanguage);
    void startRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrangeLanguages(int columns);

    QLabel* m_title;
    QLabel* m_hint;
    QWidget* m_languageBox;
    QGridLayout* m_languageGrid;
    QButtonGroup* m_languages;
    QPushButton* m_start;
    int m_columns = 0;
};

class KioskMessagePage : public QWidget
{
    Q_OBJECT

public:
    // Calm: both buttons quiet outlines (nothing the customer must do); Prominent: the first one
    // is the page's main action.
    enum class ButtonStyle { Calm, Prominent };
    KioskMessagePage(const QString& objectName, ButtonStyle style, QWidget* parent = nullptr);

    // The big sentence and the smaller line under it (empty: hidden).
    void setTexts(const QString& title, const QString& body = QString());
    // Empty text: the button is hidden.
    void setButtons(const QString& primary, const QString& secondary = QString());

    QString title() const;

Q_SIGNALS:
    void primaryClicked();
    void secondaryClicked();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QLabel* m_title;
    QLabel* m_body;
    QPushButton* m_primary;
    QPushButton* m_secondary;
};

} // namespace Ui
