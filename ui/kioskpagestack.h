#pragma once
// The kiosk's pages in one stack: start, form, "one moment", the code, the calm progress screen
// and the end. It writes every page's words in the customer's language, switches between them,
// and knows what of a customer they hold, so the shell can wipe it (and find its traces).

#include <QColor>
#include <QStackedWidget>
#include <QString>
#include <QStringList>

namespace Ui {

class KioskCodePage;
class KioskForm;
class KioskMessagePage;
class KioskStartPage;

class KioskPageStack : public QStackedWidget
{
    Q_OBJECT

public:
    enum class Page { Start, Form, Preparing, Code, Waiting, End };
    Q_ENUM(Page)

    // background: the kiosk's, around the code's white square.
    KioskPageStack(const QColor& background, QWidget* parent);

    void showPage(Page page);
    Page page() const { return m_page; }
    // The end page with these words.
    void showEnd(const QString& words);

    // webLanguage is the customer's choice (its button is checked); shownLanguage the language
    // the words are in (the choice, or English when the kiosk has no words in it).
    void setLanguage(const QString& webLanguage, const QString& shownLanguage);

    // What the customer typed and the link shown, as texts to look for elsewhere (the clipboard).
    QStringList customerTraces() const;
    // Empties the form and the code.
    void clearCustomer();

    KioskStartPage* startPage() const { return m_start; }
    KioskForm* form() const { return m_form; }
    KioskCodePage* codePage() const { return m_code; }
    KioskMessagePage* waitingPage() const { return m_waiting; }

private:
    Page m_page = Page::Start;
    KioskStartPage* m_start;
    KioskForm* m_form;
    KioskMessagePage* m_preparing;
    KioskCodePage* m_code;
    KioskMessagePage* m_waiting;
    KioskMessagePage* m_end;
};

} // namespace Ui
