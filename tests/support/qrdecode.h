#pragma once
// Reads a QR code back from pixels with ZXing, so tests check what a phone would read.

#include <QImage>
#include <QString>

namespace TestSupport {

// The text of the one QR code in the image, or an empty string when none is readable.
QString decodeQr(const QImage& image);

} // namespace TestSupport
