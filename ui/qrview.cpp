#include "qrview.h"

#include "accessibleroles.h"

#include <QFontMetrics>
#include <QPaintEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QSizePolicy>

#include <algorithm>
#include <cmath>

namespace Ui {

namespace {

// Logical pixels per module below which a phone struggles, and the preferred size.
constexpr int MinimumModulePixels = 3;
constexpr int PreferredModulePixels = 4;
constexpr int PreferredSide = 240;
// Modules per side of the smallest code (version 1), for the size hints without a code.
constexpr int SmallestCodeSize = 21;

} // namespace

QrView::QrView(QWidget* parent)
    : QWidget(parent)
{
    ensureAccessibleRoles(); // an image to screen readers, not a "filler"
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    // Nothing to interact with: no keyboard focus, but screen readers still list it by name.
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("QR code of the enrolment link"));
    updateAccessibleDescription();
}

void QrView::setText(const QString& text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_text = text;
    m_error.clear();
    m_matrix = Qr::QrMatrix::encode(text, &m_error);
    if (!m_matrix && m_error.isEmpty())
        m_error = tr("The QR code could not be created.");
    codeChanged();
}

void QrView::clear()
{
    m_text.clear();
    m_error.clear();
    m_matrix.reset();
    codeChanged();
}

int QrView::modulesWithQuietZone() const
{
    return (m_matrix ? m_matrix->size() : SmallestCodeSize) + 2 * Qr::QrMatrix::QuietZone;
}

int QrView::moduleDevicePixels() const
{
    if (!m_matrix)
        return 0;
    const qreal side = std::min(width(), height()) * devicePixelRatioF();
    return std::max(1, int(std::floor(side / modulesWithQuietZone())));
}

void QrView::setNeverTallerThanWide(bool on)
{
    m_neverTallerThanWide = on;
    setMaximumHeight(on ? width() : QWIDGETSIZE_MAX);
}

void QrView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // The width comes from the column, so capping the height cannot feed back into it.
    if (m_neverTallerThanWide && maximumHeight() != width())
        setMaximumHeight(width());
}

QSize QrView::sizeHint() const
{
    const int side = std::max(PreferredSide, modulesWithQuietZone() * PreferredModulePixels);
    return {side, side};
}

QSize QrView::minimumSizeHint() const
{
    const int side = modulesWithQuietZone() * MinimumModulePixels;
    return {side, side};
}

void QrView::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(rect(), palette().color(QPalette::Window));

    if (!m_matrix) {
        if (!m_error.isEmpty())
            paintError(painter);
        return;
    }

    // From here on, one unit is one device pixel, so every module covers whole pixels.
    const qreal ratio = devicePixelRatioF();
    painter.scale(1 / ratio, 1 / ratio);
    const int module = moduleDevicePixels();
    const int size = m_matrix->size();
    const int quiet = Qr::QrMatrix::QuietZone;
    const int codeSide = (size + 2 * quiet) * module;
    const int deviceWidth = int(width() * ratio);
    const int deviceHeight = int(height() * ratio);
    const int left = (deviceWidth - codeSide) / 2;
    const int top = (deviceHeight - codeSide) / 2;

    // White square with the quiet zone, then one black rectangle per horizontal run of dark
    // modules. Fixed colours: a dark theme must not invert the code, many readers reject that.
    painter.fillRect(QRect(left, top, codeSide, codeSide), QColor(0xff, 0xff, 0xff));
    const QColor dark(0, 0, 0);
    for (int y = 0; y < size; ++y) {
        const int rowTop = top + (quiet + y) * module;
        int x = 0;
        while (x < size) {
            if (!m_matrix->isDark(x, y)) {
                ++x;
                continue;
            }
            const int runStart = x;
            while (x < size && m_matrix->isDark(x, y))
                ++x;
            painter.fillRect(
                QRect(left + (quiet + runStart) * module, rowTop, (x - runStart) * module, module),
                dark);
        }
    }
}

void QrView::paintError(QPainter& painter) const
{
    // A bold title and the reason under it, centred together, in the theme's text colour.
    const int margin = fontMetrics().height();
    const QRect area = rect().adjusted(margin, margin, -margin, -margin);
    const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
    const QString title = tr("No QR code");
    QFont titleFont = font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    const QRect titleBox = QFontMetrics(titleFont).boundingRect(area, flags, title);
    const QRect messageBox = fontMetrics().boundingRect(area, flags, m_error);
    const int spacing = margin / 2;
    const int top =
        area.top() +
        std::max(0, (area.height() - titleBox.height() - spacing - messageBox.height()) / 2);

    painter.setPen(palette().color(QPalette::WindowText));
    painter.setFont(titleFont);
    painter.drawText(QRect(area.left(), top, area.width(), titleBox.height()), flags, title);
    painter.setFont(font());
    painter.drawText(
        QRect(area.left(), top + titleBox.height() + spacing, area.width(), messageBox.height()),
        flags, m_error);
}

void QrView::updateAccessibleDescription()
{
    if (m_matrix)
        setAccessibleDescription(tr("Scan it with the phone's camera to open the enrolment link."));
    else if (!m_error.isEmpty())
        setAccessibleDescription(m_error);
    else
        setAccessibleDescription(tr("No enrolment link is shown yet."));
}

void QrView::codeChanged()
{
    updateAccessibleDescription();
    updateGeometry(); // the size hints follow the number of modules
    update();
}

} // namespace Ui
