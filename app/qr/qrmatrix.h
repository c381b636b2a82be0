#pragma once
// The modules of a QR code for one text, encoded with qrcodegen at error correction level M.
// A plain copyable value: rendering it (image, SVG, terminal, widget) is done elsewhere.

#include <QBitArray>
#include <QString>

#include <optional>

namespace Qr {

class QrMatrix
{
public:
    // Light modules every reader expects around the code, on each side (not part of size()).
    static constexpr int QuietZone = 4;

    // The smallest QR code (versions 1 to 40) holding the text as UTF-8 at level M exactly (no
    // boost). On failure (text too long) returns nullopt and sets *error (if given) to a message
    // for the user; no exception escapes.
    static std::optional<QrMatrix> encode(const QString& text, QString* error = nullptr);

    // Modules per side, without the quiet zone: 21 to 177.
    int size() const { return m_size; }

    // True for a dark module. Coordinates outside 0..size()-1 (the quiet zone and beyond) are
    // light.
    bool isDark(int x, int y) const;

    bool operator==(const QrMatrix& other) const;
    bool operator!=(const QrMatrix& other) const { return !(*this == other); }

private:
    QrMatrix(int size, QBitArray modules);

    int m_size = 0;
    QBitArray m_modules; // row-major, size() * size() bits, set = dark
};

} // namespace Qr
