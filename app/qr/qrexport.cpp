#include "qrexport.h"

#include "qrmatrix.h"

#include <QCoreApplication>
#include <QDir>
#include <QImageWriter>
#include <QSaveFile>

#include <cstring>

namespace Qr {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Qr::QrExport)
};

constexpr int MaxImageSide = 32767;
constexpr uchar Dark = 0;
constexpr uchar Light = 255;

// Modules per side with the quiet zone; module (x, y) of the matrix is at (x + QuietZone, ...).
int fullSide(const QrMatrix& matrix)
{
    return matrix.size() + 2 * QrMatrix::QuietZone;
}

bool isDarkWithQuietZone(const QrMatrix& matrix, int column, int row)
{
    return matrix.isDark(column - QrMatrix::QuietZone, row - QrMatrix::QuietZone);
}

} // namespace

QImage toImage(const QrMatrix& matrix, int modulePixels)
{
    const int modules = fullSide(matrix);
    if (modulePixels < 1 || modulePixels > MaxImageSide / modules)
        return {};
    const int side = modules * modulePixels;
    QImage image(side, side, QImage::Format_Grayscale8);
    if (image.isNull())
        return {};
    for (int row = 0; row < modules; ++row) {
        uchar* first = image.scanLine(row * modulePixels);
        for (int column = 0; column < modules; ++column) {
            const uchar value = isDarkWithQuietZone(matrix, column, row) ? Dark : Light;
            std::memset(first + column * modulePixels, value, size_t(modulePixels));
        }
        for (int line = 1; line < modulePixels; ++line)
            std::memcpy(image.scanLine(row * modulePixels + line), first, size_t(side));
    }
    return image;
}

bool savePng(const QrMatrix& matrix, const QString& path, int modulePixels, QString* error)
{
    const auto fail = [&](const QString& cause) {
        if (error) {
            *error = Text::tr("Could not save the QR code as \"%1\": %2")
                         .arg(QDir::toNativeSeparators(path), cause);
        }
        return false;
    };
    const QImage image = toImage(matrix, modulePixels);
    if (image.isNull())
        return fail(Text::tr("a module size of %1 pixels is not possible.").arg(modulePixels));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    QImageWriter writer(&file, QByteArrayLiteral("png"));
    if (!writer.write(image)) {
        file.cancelWriting();
        return fail(writer.errorString());
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

QByteArray toSvg(const QrMatrix& matrix)
{
    const QByteArray side = QByteArray::number(fullSide(matrix));
    // One sub-path per horizontal run of dark modules: a rectangle "run" wide and 1 high.
    QByteArray path;
    for (int y = 0; y < matrix.size(); ++y) {
        for (int x = 0; x < matrix.size();) {
            if (!matrix.isDark(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (matrix.isDark(x + run, y))
                ++run;
            const QByteArray length = QByteArray::number(run);
            path += 'M' + QByteArray::number(x + QrMatrix::QuietZone) + ',' +
                    QByteArray::number(y + QrMatrix::QuietZone) + 'h' + length + "v1h-" + length +
                    'z';
            x += run;
        }
    }
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                             "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" "
                             "viewBox=\"0 0 ") +
           side + ' ' + side +
           QByteArrayLiteral("\" shape-rendering=\"crispEdges\">\n"
                             "<rect x=\"0\" y=\"0\" width=\"") +
           side + QByteArrayLiteral("\" height=\"") + side +
           QByteArrayLiteral("\" fill=\"#ffffff\"/>\n<path fill=\"#000000\" d=\"") + path +
           QByteArrayLiteral("\"/>\n</svg>\n");
}

QString toTerminalText(const QrMatrix& matrix, TerminalStyle style)
{
    static const QString colourStart = QStringLiteral("\x1b[30;107m");
    static const QString colourEnd = QStringLiteral("\x1b[0m");
    const bool colour = style == TerminalStyle::AnsiColour;
    const int modules = fullSide(matrix);
    QString text;
    text.reserve((modules + 1) / 2 * (modules + 16));
    for (int row = 0; row < modules; row += 2) {
        if (colour)
            text += colourStart;
        for (int column = 0; column < modules; ++column) {
            const bool upper = isDarkWithQuietZone(matrix, column, row);
            const bool lower = row + 1 < modules && isDarkWithQuietZone(matrix, column, row + 1);
            if (upper && lower)
                text += QChar(0x2588); // FULL BLOCK
            else if (upper)
                text += QChar(0x2580); // UPPER HALF BLOCK
            else if (lower)
                text += QChar(0x2584); // LOWER HALF BLOCK
            else
                text += QLatin1Char(' ');
        }
        if (colour)
            text += colourEnd;
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace Qr
