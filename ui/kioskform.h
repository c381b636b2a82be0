#pragma once
// The kiosk's optional form where customers type their own names and date of birth: large,
// touch-friendly fields (the date as day, month and year), problems in plain words in the
// customer's language under each field, and no learning keyboards. It keeps nothing once cleared:
// fields, their undo history and the messages go.

#include "domain/applicantphrases.h"
#include "domain/enrolmentrequest.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

class QBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Ui {

// The plain-words problem of a typed name or date; nothing when it is fine.
std::optional<Domain::Phrase> plainNameProblem(const QString& name, bool first);
std::optional<Domain::Phrase> plainDateProblem(const QString& day, const QString& month,
                                               const QString& year, QDate today);

class KioskForm : public QWidget
{
    Q_OBJECT

public:
    explicit KioskForm(QWidget* parent = nullptr);

    void setLanguage(const QString& shownLanguage);
    // Checks every field, shows the problems and focuses the first; the applicant when all is
    // well (the date as YYYY-MM-DD).
    std::optional<Domain::ApplicantInput> check(QDate today);
    // Empties the fields (with their undo history) and the messages.
    void clear();
    // Whatever the customer typed, to look for in places such as the clipboard.
    QStringList typedTexts() const;
    // Focus on the first field.
    void begin();
    // Focus on the first field check() found a problem in.
    void focusFirstProblem();

Q_SIGNALS:
    void submitted();
    void cancelled();
    void edited();

private:
    struct Row {
        QLabel* label = nullptr;
        QLabel* problem = nullptr;
    };
    QLineEdit* addField(const QString& objectName, int maxLength, bool digits);
    void render();
    void showProblem(QLabel* label, const QList<QLineEdit*>& fields,
                     std::optional<Domain::Phrase> problem);
    void arrangeDate();

    QString m_language;
    bool m_checked = false; // after the first press on Continue, problems follow the typing
    std::optional<bool> m_monthFirst;
    QDate m_today;
    QLabel* m_title;
    QLabel* m_hint;
    Row m_firstRow;
    Row m_lastRow;
    Row m_dateRow;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_day;
    QLineEdit* m_month;
    QLineEdit* m_year;
    QLabel* m_dayLabel;
    QLabel* m_monthLabel;
    QLabel* m_yearLabel;
    QBoxLayout* m_dateLayout;
    QPushButton* m_cancel;
    QPushButton* m_continue;
};

} // namespace Ui
