#pragma once
// The history view's filter row: the case number (externalId) contains..., created from and
// until (YYYY-MM-DD; empty: open). A date still being typed, or mistyped, is left out of the
// filter and explained beside the fields.

#include "history/sessionlog.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Ui {

class HistoryFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryFilterBar(QWidget* parent = nullptr);

    // The filter as typed now; updates the hint about a date that is not YYYY-MM-DD.
    History::HistoryFilter filter();

Q_SIGNALS:
    void changed();

private:
    QLineEdit* m_externalId;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QLabel* m_hint;
};

} // namespace Ui
