#pragma once
// The platform's answer as staff read it: the level in words, a symbol and a colour (never the
// colour alone), the score, what MEDIUM asks of staff, and every trust factor by a readable name.

#include "domain/decision.h"
#include "domain/sessionstatus.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Ui {

class DecisionView : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionView(QWidget* parent = nullptr);

    // interim: a reviewer has not decided yet (WAITING_FOR_MANUAL_APPROVE).
    void showResult(const Domain::SessionStatus& status,
                    const std::optional<Domain::Decision>& decision);
    void clear();

    // "✓", "!" or "✗" and the words for a level, e.g. "✓ Passed".
    static QString levelText(Domain::Level level);

private:
    QLabel* m_badge;
    QLabel* m_status;
    QLabel* m_score;
    QLabel* m_advice;
    QTreeWidget* m_factors;
};

} // namespace Ui
