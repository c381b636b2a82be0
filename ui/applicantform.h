#pragma once
// What staff type about the applicant: names, date of birth, case number, web theme, the
// applicant's language and the skip-integrity option. It shows each field's problem inline once
// the field has been left, and never decides on its own: the window validates with the domain
// rules and hands the problems back.

#include "domain/enrolmentrequest.h"
#include "domain/linkoptions.h"
#include "domain/validation.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Ui {

class ApplicantForm : public QWidget
{
    Q_OBJECT

public:
    explicit ApplicantForm(QWidget* parent = nullptr);

    // The typed values; the return URL is the profile's and is left empty here.
    Domain::EnrolmentRequestInput input() const;
    Domain::LinkOptions linkOptions() const;

    void setThemes(const QStringList& themes);
    void setReadOnly(bool readOnly);
    // Empties every field and forgets which fields were visited.
    void clear();

    // Shows the problems of the fields already visited (all of them after markAllVisited()).
    void showProblems(const Domain::ValidationErrors& errors);
    void markAllVisited();
    void focusFirstProblem();

Q_SIGNALS:
    void edited();
    void submitted(); // Enter in a field

private:
    struct FieldRow {
        QWidget* editor = nullptr;
        QLabel* problem = nullptr;
        QString hint; // the editor's accessible description while it has no problem
    };
    QLabel* addProblemLabel(Domain::Field field, QWidget* editor, const QString& objectName);
    QLineEdit* addLineEdit(Domain::Field field, const QString& objectName);
    void showCalendar();
    void updateSkipOption();

    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_additionalNames;
    QLineEdit* m_dateOfBirth;
    QAction* m_calendar; // F4 in the date field and the "Calendar…" button
    QLineEdit* m_externalId;
    QComboBox* m_theme;
    QComboBox* m_language;
    QCheckBox* m_skipIntegrityCheck;
    QHash<Domain::Field, FieldRow> m_rows;
    QSet<Domain::Field> m_visited;
    Domain::ValidationErrors m_lastErrors;
};

} // namespace Ui
