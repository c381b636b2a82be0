#pragma once
// The QImage of a QR code, for the widgets and the tests: Qt Gui stays out of enrolment_core, whose
// PNG export (app/qr/qrexport.h) draws the same pixels with libpng.

#include <QImage>

namespace Qr {

class QrMatrix;

// Format_Grayscale8 image, black (0) modules on white (255), quiet zone included: each side is
// (size() + 2 * QuietZone) * modulePixels pixels, every module exactly modulePixels x modulePixels.
// A null image when modulePixels < 1 or the image would exceed 32767 pixels per side.
QImage toImage(const QrMatrix& matrix, int modulePixels);

} // namespace Qr
