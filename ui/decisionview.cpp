#include "decisionview.h"

#include "announce.h"

#include <QAccessible>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ui {
namespace {

struct LevelStyle {
    const char* symbol;
    QColor background; // white text on these keeps a contrast above 4.5:1
};

LevelStyle styleFor(Domain::Level level)
{
    switch (level) {
    case Domain::Level::High:
        return {"✓", QColor(0x1b, 0x6e, 0x2e)};
    case Domain::Level::Medium:
        return {"!", QColor(0x8a, 0x5a, 0x00)};
    case Domain::Level::Low:
        return {"✗", QColor(0xa8, 0x1c, 0x1c)};
    case Domain::Level::Unavailable:
    case Domain::Level::Unknown:
        break;
    }
    return {"?", QColor(0x4a, 0x4a, 0x4a)};
}

} // namespace

QString DecisionView::levelText(Domain::Level level)
{
    return QStringLiteral("%1 %2").arg(QString::fromUtf8(styleFor(level).symbol),
                                       Domain::levelDisplayText(level));
}

DecisionView::DecisionView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("decisionLevel"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setTextFormat(Qt::PlainText);
    // Every label wraps: an unwrapped one is as wide as its text, and a long level in German
    // widened the whole window beyond the screen.
    m_badge->setWordWrap(true);
    m_badge->setMargin(10);
    QFont font = m_badge->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_badge->setFont(font);
    m_badge->setAutoFillBackground(true);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("decisionStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("decisionScore"));
    m_score->setAlignment(Qt::AlignCenter);
    m_score->setWordWrap(true);
    m_advice = new QLabel(this);
    m_advice->setObjectName(QStringLiteral("decisionAdvice"));
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::PlainText);

    m_factors = new QTreeWidget(this);
    m_factors->setObjectName(QStringLiteral("trustFactors"));
    m_factors->setAccessibleName(tr("Trust factors"));
    m_factors->setRootIsDecorated(false);
    //: Column headers of the trust factors; "Check" is a noun (the check that was made).
    m_factors->setHeaderLabels({tr("Check"), tr("Result"), tr("Score")});
    // The check's name takes the room the result and the score do not need; the last section
    // must not stretch as well, or it takes half of that room from the names.
    m_factors->header()->setStretchLastSection(false);
    m_factors->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_factors->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_factors->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_factors->setTextElideMode(Qt::ElideMiddle);

    layout->addWidget(m_badge);
    layout->addWidget(m_status);
    layout->addWidget(m_score);
    layout->addWidget(m_advice);
    layout->addWidget(m_factors, 1);
}

void DecisionView::showResult(const Domain::SessionStatus& status,
                              const std::optional<Domain::Decision>& decision)
{
    m_status->setText(status.displayText());
    const bool interim = status.kind() == Domain::SessionStatus::Kind::WaitingForManualApprove;
    m_factors->clear();
    if (!decision) {
        // A final status without results: expired, or a value the contract does not name.
        const bool expired = status.kind() == Domain::SessionStatus::Kind::Expired;
        m_badge->setText(expired ? tr("⌛ Expired") : tr("? No result"));
        QPalette palette = m_badge->palette();
        palette.setColor(QPalette::Window, QColor(0x4a, 0x4a, 0x4a));
        palette.setColor(QPalette::WindowText, Qt::white);
        m_badge->setPalette(palette);
        m_score->clear();
        m_advice->clear();
        announce(m_badge, QAccessible::NameChanged);
        return;
    }
    const LevelStyle style = styleFor(decision->level);
    m_badge->setText(interim ? tr("%1 (interim)").arg(levelText(decision->level))
                             : levelText(decision->level));
    QPalette palette = m_badge->palette();
    palette.setColor(QPalette::Window, style.background);
    palette.setColor(QPalette::WindowText, Qt::white);
    m_badge->setPalette(palette);
    m_score->setText(decision->score ? tr("Score %1 of 100").arg(*decision->score)
                                     : tr("No overall score"));

    QStringList advice;
    if (interim)
        advice << tr("A reviewer at the platform has not decided yet: these are interim "
                     "results.");
    if (decision->level == Domain::Level::Medium)
        advice << tr("Extra checks are recommended before you continue: compare the document "
                     "with the applicant in person.");
    if (decision->level == Domain::Level::Low)
        advice << tr("Do not continue with this identity. Follow your branch's procedure.");
    m_advice->setText(advice.join(QLatin1Char('\n')));
    m_advice->setVisible(!advice.isEmpty());

    for (const Domain::TrustFactor& factor : decision->factors) {
        const QString result =
            factor.level == Domain::Level::Unknown && !factor.rawLevel.isEmpty() &&
                    Domain::levelFromWire(factor.rawLevel) == Domain::Level::Unknown &&
                    factor.rawLevel != QLatin1String("UNKNOWN")
                ? tr("? Unknown level “%1”").arg(factor.rawLevel)
                : levelText(factor.level);
        // A factor that was not evaluated has no score, whatever number came with it.
        const bool evaluated =
            factor.level != Domain::Level::Unavailable && factor.level != Domain::Level::Unknown;
        auto* item = new QTreeWidgetItem(
            m_factors, {factor.displayName(), result,
                        evaluated && factor.score ? QString::number(*factor.score) : tr("–")});
        item->setToolTip(1, result);
        item->setToolTip(0, factor.key);
        item->setData(0, Qt::AccessibleTextRole,
                      tr("%1: %2, score %3").arg(factor.displayName(), result, item->text(2)));
    }
    announce(m_badge, QAccessible::NameChanged);
}

void DecisionView::clear()
{
    m_badge->clear();
    m_status->clear();
    m_score->clear();
    m_advice->clear();
    m_factors->clear();
}

} // namespace Ui
