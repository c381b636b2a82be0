#pragma once
// Exports of a QrMatrix without Qt Gui: PNG (libpng), SVG document, text for a terminal. The QImage
// of a code is in ui/qrimage.h, for the widgets. Every export is dark modules on light, with the
// 4-module quiet zone, whatever the theme.

#include <QByteArray>
#include <QString>

namespace Qr {

class QrMatrix;

// A PNG file's bytes (encoded with libpng): 1-bit grayscale, black modules on white, quiet zone
// included: each side is (size() + 2 * QuietZone) * modulePixels pixels, every module exactly
// modulePixels x modulePixels. The same pixels as Qr::toImage() of ui/qrimage.h.
// Empty when modulePixels < 1 or the image would exceed 32767 pixels per side, or when libpng
// fails; then *error (if given) is set to a message for the user.
QByteArray toPng(const QrMatrix& matrix, int modulePixels, QString* error = nullptr);

// Writes toPng(matrix, modulePixels) to a file (atomically, through a temporary file).
// On failure returns false and sets *error (if given) to a message naming the file and the cause.
bool savePng(const QrMatrix& matrix, const QString& path, int modulePixels,
             QString* error = nullptr);

// A standalone SVG 1.1 document (UTF-8): a white background and one black path, one user unit per
// module, viewBox "0 0 N N" with N = size() + 2 * QuietZone, shape-rendering="crispEdges". No
// width/height: it scales to wherever it is placed.
QByteArray toSvg(const QrMatrix& matrix);

enum class TerminalStyle {
    // ANSI colours: each line starts with "\x1b[30;107m" (black foreground, bright white
    // background) and ends with "\x1b[0m", so the code reads right on dark and light themes alike.
    AnsiColour,
    // No escape codes, for terminals without colour: the glyphs are drawn for DARK modules, so the
    // code is right on a dark-on-light terminal and inverted on a light-on-dark one.
    NoColour,
};

// The code as text, quiet zone included: one character per module column and two module rows per
// line, using U+2580 (upper half dark), U+2584 (lower half dark), U+2588 (both dark) and space
// (both light). There are (N + 1) / 2 lines, each ending with '\n'; N is odd, so the lower half of
// the last line is an extra light row.
QString toTerminalText(const QrMatrix& matrix, TerminalStyle style = TerminalStyle::AnsiColour);

} // namespace Qr
