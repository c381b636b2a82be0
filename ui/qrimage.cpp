#include "qrimage.h"

#include "qr/qrmatrix.h"

#include <cstring>

namespace Qr {

namespace {

constexpr int MaxImageSide = 32767;
constexpr uchar Dark = 0;
constexpr uchar Light = 255;

} // namespace

QImage toImage(const QrMatrix& matrix, int modulePixels)
{
    const int modules = matrix.size() + 2 * QrMatrix::QuietZone;
    if (modulePixels < 1 || modulePixels > MaxImageSide / modules)
        return {};
    const int side = modules * modulePixels;
    QImage image(side, side, QImage::Format_Grayscale8);
    if (image.isNull())
        return {};
    for (int row = 0; row < modules; ++row) {
        uchar* first = image.scanLine(row * modulePixels);
        for (int column = 0; column < modules; ++column) {
            const bool dark =
                matrix.isDark(column - QrMatrix::QuietZone, row - QrMatrix::QuietZone);
            std::memset(first + column * modulePixels, dark ? Dark : Light, size_t(modulePixels));
        }
        for (int line = 1; line < modulePixels; ++line)
            std::memcpy(image.scanLine(row * modulePixels + line), first, size_t(side));
    }
    return image;
}

} // namespace Qr
