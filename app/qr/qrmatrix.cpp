#include "qrmatrix.h"

#include <QByteArray>
#include <QCoreApplication>
#include <qrcodegen/qrcodegen.hpp>

#include <exception>
#include <vector>

namespace Qr {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Qr::QrMatrix)
};

// Numeric/alphanumeric/byte segments as qrcodegen chooses them; makeSegments() reads a C string,
// so a text holding a NUL character is encoded as one byte segment instead.
std::vector<qrcodegen::QrSegment> segmentsFor(const QByteArray& utf8)
{
    if (utf8.contains('\0')) {
        const std::vector<std::uint8_t> bytes(utf8.cbegin(), utf8.cend());
        return {qrcodegen::QrSegment::makeBytes(bytes)};
    }
    return qrcodegen::QrSegment::makeSegments(utf8.constData());
}

} // namespace

QrMatrix::QrMatrix(int size, QBitArray modules)
    : m_size(size)
    , m_modules(std::move(modules))
{}

std::optional<QrMatrix> QrMatrix::encode(const QString& text, QString* error)
{
    const QByteArray utf8 = text.toUtf8();
    try {
        const qrcodegen::QrCode code = qrcodegen::QrCode::encodeSegments(
            segmentsFor(utf8), qrcodegen::QrCode::Ecc::MEDIUM, qrcodegen::QrCode::MIN_VERSION,
            qrcodegen::QrCode::MAX_VERSION, -1, /*boostEcl=*/false);
        const int size = code.getSize();
        QBitArray modules(size * size);
        for (int y = 0; y < size; ++y) {
            for (int x = 0; x < size; ++x) {
                if (code.getModule(x, y))
                    modules.setBit(y * size + x);
            }
        }
        return QrMatrix(size, modules);
    } catch (const qrcodegen::data_too_long&) {
        if (error) {
            *error =
                Text::tr("The text is too long for a QR code: %1 bytes as UTF-8, while a QR code "
                         "at error correction level M holds at most 2331 bytes (more only for "
                         "texts of digits or capital letters alone).")
                    .arg(utf8.size());
        }
    } catch (const std::exception& e) {
        if (error)
            *error =
                Text::tr("The QR code could not be created: %1").arg(QString::fromUtf8(e.what()));
    }
    return std::nullopt;
}

bool QrMatrix::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.testBit(y * m_size + x);
}

bool QrMatrix::operator==(const QrMatrix& other) const
{
    return m_size == other.m_size && m_modules == other.m_modules;
}

} // namespace Qr
