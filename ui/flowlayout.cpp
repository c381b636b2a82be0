#include "flowlayout.h"

#include <QWidget>

namespace Ui {

FlowLayout::FlowLayout(QWidget* parent)
    : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem* item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row with every button: what the layout would like when there is room.
    int width = 0;
    int height = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? qMax(0, spacing()) : 0) + item->sizeHint().width();
        height = qMax(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacing() >= 0 ? spacing() : 6;
    QList<QList<QLayoutItem*>> rows(1);
    int rowWidth = 0;
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const int width = qMin(item->sizeHint().width(), area.width());
        if (!rows.constLast().isEmpty() && rowWidth + gap + width > area.width()) {
            rows.append(QList<QLayoutItem*>());
            rowWidth = 0;
        }
        rowWidth += (rows.constLast().isEmpty() ? 0 : gap) + width;
        rows.last().append(item);
    }
    int y = area.y();
    for (const QList<QLayoutItem*>& row : std::as_const(rows)) {
        if (row.isEmpty())
            continue;
        int width = 0;
        int height = 0;
        for (const QLayoutItem* item : row) {
            width += (width > 0 ? gap : 0) + qMin(item->sizeHint().width(), area.width());
            height = qMax(height, item->sizeHint().height());
        }
        int x = area.x() + qMax(0, (area.width() - width) / 2);
        for (QLayoutItem* item : row) {
            const int itemWidth = qMin(item->sizeHint().width(), area.width());
            if (apply)
                item->setGeometry(QRect(x, y, itemWidth, height));
            x += itemWidth + gap;
        }
        y += height + gap;
    }
    const QMargins margins = contentsMargins();
    return qMax(0, y - gap - area.y()) + margins.top() + margins.bottom();
}

} // namespace Ui
