#include "qrexport.h"

#include "qrmatrix.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <csetjmp>
#include <cstring>
#include <png.h>

namespace Qr {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Qr::QrExport)
};

constexpr int MaxImageSide = 32767;

// Modules per side with the quiet zone; module (x, y) of the matrix is at (x + QuietZone, ...).
int fullSide(const QrMatrix& matrix)
{
    return matrix.size() + 2 * QrMatrix::QuietZone;
}

bool isDarkWithQuietZone(const QrMatrix& matrix, int column, int row)
{
    return matrix.isDark(column - QrMatrix::QuietZone, row - QrMatrix::QuietZone);
}

// What writePng() and the libpng callbacks share. Plain data only: libpng reports errors by
// longjmp, which runs no destructors.
struct PngJob {
    const uchar* modules = nullptr; // moduleCount^2 bytes, row-major, quiet zone included, 1 = dark
    int moduleCount = 0;            // modules per side
    int modulePixels = 0;
    uchar* row = nullptr;      // one pixel row, 1 bit per pixel: (side + 7) / 8 bytes
    QByteArray* out = nullptr; // receives the PNG's bytes
    bool outOfMemory = false;
    char message[160] = {}; // libpng's error message
};

void onPngError(png_structp png, png_const_charp message)
{
    auto* job = static_cast<PngJob*>(png_get_error_ptr(png));
    if (job)
        qstrncpy(job->message, message ? message : "unknown error", sizeof job->message);
    png_longjmp(png, 1); // back to writePng()'s setjmp; libpng's own handler would print first
}

void onPngWarning(png_structp, png_const_charp)
{
    // Nothing a user could act on (and libpng's default would print to stderr).
}

void onPngWrite(png_structp png, png_bytep data, size_t length)
{
    auto* job = static_cast<PngJob*>(png_get_io_ptr(png));
    try {
        job->out->append(reinterpret_cast<const char*>(data), qsizetype(length));
    } catch (...) { // std::bad_alloc must not unwind through libpng's C frames
        job->outOfMemory = true;
    }
    if (job->outOfMemory)
        png_error(png, "out of memory"); // outside the catch block: longjmp leaves nothing behind
}

void onPngFlush(png_structp) {}

// Packs module row moduleRow into job->row: bit 1 (white) for light pixels, most significant first.
void fillPngRow(const PngJob* job, int moduleRow)
{
    const int side = job->moduleCount * job->modulePixels;
    const uchar* modules = job->modules + moduleRow * job->moduleCount;
    std::memset(job->row, 0, size_t((side + 7) / 8));
    for (int x = 0; x < side; ++x) {
        if (!modules[x / job->modulePixels])
            job->row[x / 8] |= uchar(0x80u >> (x % 8));
    }
}

// Encodes job's modules as a 1-bit grayscale PNG into *job->out. On failure returns false with
// job->message or job->outOfMemory set. libpng's errors longjmp back to the setjmp below, so this
// function (and every callback) keeps only trivially destructible objects alive: no Qt types here.
bool writePng(PngJob* job)
{
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, job, onPngError, onPngWarning);
    if (!png) {
        qstrncpy(job->message, "the encoder could not be created", sizeof job->message);
        return false;
    }
    png_infop info = png_create_info_struct(png);
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        qstrncpy(job->message, "the encoder could not be created", sizeof job->message);
        return false;
    }
    // png and info do not change between this setjmp and any longjmp, so they stay valid here.
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return false;
    }
    const auto side = png_uint_32(job->moduleCount * job->modulePixels);
    png_set_write_fn(png, job, onPngWrite, onPngFlush);
    png_set_IHDR(png, info, side, side, 1, PNG_COLOR_TYPE_GRAY, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    for (int moduleRow = 0; moduleRow < job->moduleCount; ++moduleRow) {
        fillPngRow(job, moduleRow);
        for (int line = 0; line < job->modulePixels; ++line)
            png_write_row(png, job->row);
    }
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return true;
}

// toPng() without the leading sentence: on failure, empty and *cause set.
QByteArray encodePng(const QrMatrix& matrix, int modulePixels, QString* cause)
{
    const int modules = fullSide(matrix);
    if (modulePixels < 1 || modulePixels > MaxImageSide / modules) {
        *cause = Text::tr("a module size of %1 pixels is not possible.").arg(modulePixels);
        return {};
    }
    const int side = modules * modulePixels;
    QByteArray grid(modules * modules, Qt::Uninitialized);
    for (int row = 0; row < modules; ++row) {
        for (int column = 0; column < modules; ++column)
            grid[row * modules + column] = isDarkWithQuietZone(matrix, column, row) ? 1 : 0;
    }
    QByteArray pixelRow((side + 7) / 8, Qt::Uninitialized);
    QByteArray png;
    PngJob job;
    job.modules = reinterpret_cast<const uchar*>(grid.constData());
    job.moduleCount = modules;
    job.modulePixels = modulePixels;
    job.row = reinterpret_cast<uchar*>(pixelRow.data());
    job.out = &png;
    if (!writePng(&job)) {
        *cause =
            job.outOfMemory
                ? Text::tr("there is not enough memory.")
                : Text::tr("the PNG encoder failed (%1).").arg(QString::fromLatin1(job.message));
        return {};
    }
    return png;
}

} // namespace

QByteArray toPng(const QrMatrix& matrix, int modulePixels, QString* error)
{
    QString cause;
    QByteArray png = encodePng(matrix, modulePixels, &cause);
    if (png.isEmpty() && error)
        *error = Text::tr("Could not make a PNG image of the QR code: %1").arg(cause);
    return png;
}

bool savePng(const QrMatrix& matrix, const QString& path, int modulePixels, QString* error)
{
    const auto fail = [&](const QString& cause) {
        if (error) {
            *error = Text::tr("Could not save the QR code as “%1”: %2")
                         .arg(QDir::toNativeSeparators(path), cause);
        }
        return false;
    };
    QString cause;
    const QByteArray png = encodePng(matrix, modulePixels, &cause);
    if (png.isEmpty())
        return fail(cause);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(png) != png.size()) {
        const QString writeError = file.errorString();
        file.cancelWriting();
        return fail(writeError);
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
