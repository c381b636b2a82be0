#pragma once
// The big QR code of the applicant's enrolment link, the one staff point the phone's camera at.
// Paints the modules itself: always black on white whatever the theme, a 4-module white quiet
// zone, every module a whole number of device pixels, centred; a text too long for a QR code shows
// the reason instead of a code.

#include "qr/qrmatrix.h"

#include <QString>
#include <QWidget>

#include <optional>

class QPainter;

namespace Ui {

class QrView : public QWidget
{
    Q_OBJECT

public:
    explicit QrView(QWidget* parent = nullptr);

    // Encodes the text (error correction M) and shows its code; on failure shows why instead.
    // An empty text is the same as clear().
    void setText(const QString& text);
    // Shows nothing: no code, no message.
    void clear();

    // The text last given to setText() (also when it could not be encoded).
    QString text() const { return m_text; }
    // True when a code is shown.
    bool hasCode() const { return m_matrix.has_value(); }
    // Why the text could not be encoded (shown in the widget); empty when there is no error.
    QString errorMessage() const { return m_error; }

    // Side of one module in device pixels at the current size and device pixel ratio, 0 without a
    // code.
    int moduleDevicePixels() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

    // Never taller than wide: in a column, the words above and below then stay next to the code
    // and the spare height goes to the column's stretches. Off by default.
    void setNeverTallerThanWide(bool on);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // Modules per side with the quiet zone on both sides; that of the smallest code without one.
    int modulesWithQuietZone() const;
    void paintError(QPainter& painter) const;
    void updateAccessibleDescription();
    void codeChanged();

    QString m_text;
    QString m_error;
    std::optional<Qr::QrMatrix> m_matrix;
    bool m_neverTallerThanWide = false;
};

} // namespace Ui
