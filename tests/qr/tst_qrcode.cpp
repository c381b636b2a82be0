// QR codes of app/qr/ (and their QImage, ui/qrimage.h): encoded with qrcodegen, exported, then read
// back (ZXing, Qt's PNG reader, XML, Qt Svg) and compared with the text and the matrix.

#include "qr/qrexport.h"
#include "qr/qrmatrix.h"
#include "qrimage.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#define ZX_USE_UTF8 // Result::text() as UTF-8 std::string (ZXing 1.4)
#include <ZXing/ReadBarcode.h>

using Qr::QrMatrix;

namespace {

constexpr int Q = QrMatrix::QuietZone;

const QByteArray PngSignature("\x89PNG\r\n\x1a\n", 8);

// Width and height from a PNG's IHDR chunk (which libpng writes first, right after the signature).
QSize pngHeaderSize(const QByteArray& png)
{
    if (png.size() < 24 || png.mid(12, 4) != "IHDR")
        return {};
    const auto be32 = [&](int at) {
        return int(quint32(uchar(png[at])) << 24 | quint32(uchar(png[at + 1])) << 16 |
                   quint32(uchar(png[at + 2])) << 8 | quint32(uchar(png[at + 3])));
    };
    return {be32(16), be32(20)};
}

// A link as the platform returns it: a ~300 character JWT-like token and a language option.
QString enrolmentLink()
{
    const auto b64 = [](const QByteArray& data) {
        return QString::fromLatin1(
            data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    const QString header = b64(R"({"alg":"HS256","typ":"JWT"})");
    const QString payload = b64(
        R"({"sessionId":"6f1c2a9e-8d3b-4c57-a1e0-93b7d2f4c805","externalId":"CASE-2024-000417",)"
        R"("iss":"sandbox.example","iat":1717400000,"exp":1717403600,"theme":"branch"})");
    const QString signature = b64(QByteArray(32, '\x5a') + "signature-bytes!");
    const QString token = header + QLatin1Char('.') + payload + QLatin1Char('.') + signature;
    return QStringLiteral("https://sandbox.example/web-enrolment/?token=") + token +
           QStringLiteral("&lang=de-DE");
}

struct Decoded {
    bool valid = false;
    QString text;
    QString ecLevel;
};

Decoded decode(const QImage& source)
{
    const QImage image = source.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(image.constBits(), image.width(), image.height(),
                                ZXing::ImageFormat::Lum, int(image.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    return {result.isValid(), QString::fromStdString(result.text()),
            QString::fromStdString(result.ecLevel())};
}

QrMatrix encodeOrFail(const QString& text)
{
    QString error;
    const std::optional<QrMatrix> matrix = QrMatrix::encode(text, &error);
    if (!matrix) {
        qWarning("encode failed: %s", qPrintable(error));
        return *QrMatrix::encode(QString()); // keeps the caller's checks meaningful (and failing)
    }
    return *matrix;
}

// First pixel (x, y) whose value is not the module's, as "x,y"; empty when the image is exact.
QString firstWrongPixel(const QImage& image, const QrMatrix& matrix, int modulePixels)
{
    const int side = (matrix.size() + 2 * Q) * modulePixels;
    if (image.width() != side || image.height() != side)
        return QStringLiteral("size %1x%2, not %3")
            .arg(image.width())
            .arg(image.height())
            .arg(side);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const bool dark = matrix.isDark(x / modulePixels - Q, y / modulePixels - Q);
            const int gray = qGray(image.pixel(x, y));
            if (gray != (dark ? 0 : 255))
                return QStringLiteral("%1,%2").arg(x).arg(y);
        }
    }
    return {};
}

void addTexts()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("enrolment link") << enrolmentLink();
    QTest::newRow("one letter") << QStringLiteral("A");
    QTest::newRow("short url") << QStringLiteral("https://sandbox.example/");
    QTest::newRow("digits") << QStringLiteral("0123456789012345");
    QTest::newRow("non-ascii") << QStringLiteral("Grüße aus Köln – Zoë, naïve café ✓");
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkIsRealistic();
    void encode_data() { addTexts(); }
    void encode();
    void encodeTooLong_data();
    void encodeTooLong();
    void image_data();
    void image();
    void imageInvalidModuleSize_data();
    void imageInvalidModuleSize();
    void png_data();
    void png();
    void pngLargestModules();
    void savePng_data() { addTexts(); }
    void savePng();
    void savePngMissingDirectory();
    void terminalText_data();
    void terminalText();
    void svg_data() { addTexts(); }
    void svg();
};

void TestQrCode::linkIsRealistic()
{
    const QString link = enrolmentLink();
    const QString token = link.section(QStringLiteral("token="), 1).section(QLatin1Char('&'), 0, 0);
    QVERIFY2(token.size() >= 280 && token.size() <= 340, qPrintable(QString::number(token.size())));
    QCOMPARE(token.count(QLatin1Char('.')), 2);
    QVERIFY(link.endsWith(QStringLiteral("&lang=de-DE")));
}

void TestQrCode::encode()
{
    QFETCH(QString, text);
    QString error;
    const std::optional<QrMatrix> matrix = QrMatrix::encode(text, &error);
    QVERIFY2(matrix.has_value(), qPrintable(error));
    QVERIFY(error.isEmpty());
    const int size = matrix->size();
    QVERIFY(size >= 21 && size <= 177);
    QCOMPARE(size % 4, 1); // 17 + 4 * version
    QCOMPARE(QrMatrix::QuietZone, 4);

    // Finder pattern corners are dark; outside the matrix is light.
    QVERIFY(matrix->isDark(0, 0));
    QVERIFY(matrix->isDark(size - 1, 0));
    QVERIFY(matrix->isDark(0, size - 1));
    QVERIFY(!matrix->isDark(-1, 0));
    QVERIFY(!matrix->isDark(0, size));
    QVERIFY(!matrix->isDark(size, size));

    // A copyable value, deterministic for the same text, different for another.
    const QrMatrix copy = *matrix;
    QCOMPARE(copy.size(), size);
    QVERIFY(copy == *matrix);
    QVERIFY(*QrMatrix::encode(text) == *matrix);
    QVERIFY(*QrMatrix::encode(text + QLatin1Char('!')) != *matrix);

    // Error correction level M exactly, as read by ZXing.
    const Decoded decoded = decode(Qr::toImage(*matrix, 4));
    QVERIFY(decoded.valid);
    QCOMPARE(decoded.ecLevel, QStringLiteral("M"));
}

void TestQrCode::encodeTooLong_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("size"); // 0: does not fit
    QTest::newRow("5000 chars") << QString(5000, QLatin1Char('x')) << 0;
    QTest::newRow("2332 bytes") << QString(2332, QLatin1Char('x')) << 0;
    QTest::newRow("2331 bytes (the limit)") << QString(2331, QLatin1Char('x')) << 177;
    QTest::newRow("1200 umlauts = 2400 bytes") << QString(1200, QChar(0x00FC)) << 0;
    QTest::newRow("6000 digits") << QString(6000, QLatin1Char('7')) << 0;
    QTest::newRow("5000 digits (numeric mode)") << QString(5000, QLatin1Char('7')) << 169;
}

void TestQrCode::encodeTooLong()
{
    QFETCH(QString, text);
    QFETCH(int, size);
    const bool fits = size > 0;
    QString error;
    std::optional<QrMatrix> matrix;
    try {
        matrix = QrMatrix::encode(text, &error);
    } catch (...) {
        QFAIL("an exception escaped QrMatrix::encode");
    }
    QCOMPARE(matrix.has_value(), fits);
    if (fits) {
        QCOMPARE(matrix->size(), size);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY(error.contains(QStringLiteral("too long")));
        QVERIFY(!QrMatrix::encode(text).has_value()); // no error pointer: no crash
    }
}

void TestQrCode::image_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("modulePixels");
    const QList<std::pair<const char*, QString>> texts = {
        {"link", enrolmentLink()},
        {"short", QStringLiteral("A")},
        {"non-ascii", QStringLiteral("Grüße aus Köln")},
    };
    for (const auto& [name, text] : texts) {
        for (int pixels = 1; pixels <= 8; ++pixels)
            QTest::addRow("%s, %d px", name, pixels) << text << pixels;
    }
}

void TestQrCode::image()
{
    QFETCH(QString, text);
    QFETCH(int, modulePixels);
    const QrMatrix matrix = encodeOrFail(text);
    const QImage image = Qr::toImage(matrix, modulePixels);
    QVERIFY(!image.isNull());
    QVERIFY(image.format() == QImage::Format_Grayscale8 || image.format() == QImage::Format_Mono);
    const int side = (matrix.size() + 2 * Q) * modulePixels;
    QCOMPARE(image.width(), side);
    QCOMPARE(image.height(), side);

    // Quiet zone: white, four modules on every side.
    const int zone = Q * modulePixels;
    for (int a = 0; a < side; ++a) {
        for (int b = 0; b < zone; ++b) {
            QCOMPARE(qGray(image.pixel(a, b)), 255);
            QCOMPARE(qGray(image.pixel(a, side - 1 - b)), 255);
            QCOMPARE(qGray(image.pixel(b, a)), 255);
            QCOMPARE(qGray(image.pixel(side - 1 - b, a)), 255);
        }
    }
    // Every module exactly modulePixels whole pixels of pure black or white.
    QCOMPARE(firstWrongPixel(image, matrix, modulePixels), QString());

    const Decoded decoded = decode(image);
    QVERIFY2(decoded.valid, "ZXing could not read the image");
    QCOMPARE(decoded.text, text);
}

void TestQrCode::imageInvalidModuleSize_data()
{
    QTest::addColumn<int>("modulePixels");
    QTest::newRow("zero") << 0;
    QTest::newRow("negative") << -3;
    QTest::newRow("over 32767 px") << 1000;
    QTest::newRow("overflowing int") << (1 << 28);
}

void TestQrCode::imageInvalidModuleSize()
{
    QFETCH(int, modulePixels);
    const QrMatrix matrix = encodeOrFail(enrolmentLink());
    QVERIFY(Qr::toImage(matrix, modulePixels).isNull());

    QString pngError;
    QVERIFY(Qr::toPng(matrix, modulePixels, &pngError).isEmpty());
    QVERIFY2(pngError.contains(QString::number(modulePixels)), qPrintable(pngError));
    QVERIFY(Qr::toPng(matrix, modulePixels).isEmpty()); // no error pointer: no crash

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY(!Qr::savePng(matrix, dir.filePath(QStringLiteral("qr.png")), modulePixels, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("qr.png"))));
}

void TestQrCode::png_data()
{
    image_data();
}

void TestQrCode::png()
{
    QFETCH(QString, text);
    QFETCH(int, modulePixels);
    const QrMatrix matrix = encodeOrFail(text);
    QString error;
    const QByteArray png = Qr::toPng(matrix, modulePixels, &error);
    QVERIFY2(!png.isEmpty(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(png.startsWith(PngSignature));
    QVERIFY(png.endsWith(QByteArray("IEND\xae\x42\x60\x82", 8))); // complete: the IEND chunk last
    QCOMPARE(Qr::toPng(matrix, modulePixels), png);               // deterministic

    QImage loaded;
    QVERIFY(loaded.loadFromData(png, "PNG"));
    const int side = (matrix.size() + 2 * Q) * modulePixels;
    QCOMPARE(pngHeaderSize(png), QSize(side, side));
    QCOMPARE(firstWrongPixel(loaded, matrix, modulePixels), QString());
    // The same pixels as the widgets' QImage.
    QCOMPARE(loaded.convertToFormat(QImage::Format_Grayscale8), Qr::toImage(matrix, modulePixels));

    const Decoded decoded = decode(loaded);
    QVERIFY2(decoded.valid, "ZXing could not read the PNG");
    QCOMPARE(decoded.text, text);
}

void TestQrCode::pngLargestModules()
{
    // 29 modules with the quiet zone: 1129 px modules make 32741 px, the largest under 32767.
    const QrMatrix matrix = encodeOrFail(QStringLiteral("A"));
    QCOMPARE(matrix.size() + 2 * Q, 29);
    const QByteArray largest = Qr::toPng(matrix, 1129);
    QVERIFY(largest.startsWith(PngSignature));
    QCOMPARE(pngHeaderSize(largest), QSize(32741, 32741));
    QString error;
    QVERIFY(Qr::toPng(matrix, 1130, &error).isEmpty()); // 32770 px
    QVERIFY(!error.isEmpty());
    QVERIFY(Qr::toImage(matrix, 1130).isNull());
}

void TestQrCode::savePng()
{
    QFETCH(QString, text);
    const QrMatrix matrix = encodeOrFail(text);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("enrolment qr.png"));
    QString error;
    QVERIFY2(Qr::savePng(matrix, path, 5, &error), qPrintable(error));
    QVERIFY(error.isEmpty());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    QVERIFY(bytes.startsWith(PngSignature));
    QCOMPARE(bytes, Qr::toPng(matrix, 5)); // toPng's bytes, as they are

    const QImage loaded(path);
    QVERIFY(!loaded.isNull());
    QCOMPARE(loaded.width(), (matrix.size() + 2 * Q) * 5);
    QCOMPARE(firstWrongPixel(loaded, matrix, 5), QString());
    const Decoded decoded = decode(loaded);
    QVERIFY(decoded.valid);
    QCOMPARE(decoded.text, text);
}

void TestQrCode::savePngMissingDirectory()
{
    const QrMatrix matrix = encodeOrFail(enrolmentLink());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/sub/qr.png"));
    QString error;
    QVERIFY(!Qr::savePng(matrix, path, 4, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("qr.png")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!Qr::savePng(matrix, path, 4, nullptr)); // no error pointer: no crash
}

void TestQrCode::terminalText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("colour");
    for (const QString& text : {enrolmentLink(), QStringLiteral("A"), QStringLiteral("Grüße")}) {
        const QString name = text.left(12);
        QTest::addRow("%s, colour", qPrintable(name)) << text << true;
        QTest::addRow("%s, no colour", qPrintable(name)) << text << false;
    }
}

void TestQrCode::terminalText()
{
    QFETCH(QString, text);
    QFETCH(bool, colour);
    const QrMatrix matrix = encodeOrFail(text);
    const QString terminal = Qr::toTerminalText(matrix, colour ? Qr::TerminalStyle::AnsiColour
                                                               : Qr::TerminalStyle::NoColour);
    if (colour)
        QCOMPARE(terminal, Qr::toTerminalText(matrix)); // the default style
    const int side = matrix.size() + 2 * Q;
    QVERIFY(terminal.endsWith(QLatin1Char('\n')));
    const QStringList lines = terminal.chopped(1).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), (side + 1) / 2);

    const QString start = QStringLiteral("\x1b[30;107m");
    const QString end = QStringLiteral("\x1b[0m");
    // Parsed back: rows[y][x] over the quiet-zone-inclusive grid, plus the padding half row.
    QList<QList<bool>> rows;
    for (QString line : lines) {
        if (colour) {
            QVERIFY2(line.startsWith(start), qPrintable(line.left(12)));
            QVERIFY(line.endsWith(end));
            line = line.mid(start.size(), line.size() - start.size() - end.size());
        }
        QVERIFY(!line.contains(QChar(0x1b)));
        QCOMPARE(line.size(), side);
        QList<bool> upper;
        QList<bool> lower;
        for (const QChar c : line) {
            switch (c.unicode()) {
            case 0x2588:
                upper << true;
                lower << true;
                break;
            case 0x2580:
                upper << true;
                lower << false;
                break;
            case 0x2584:
                upper << false;
                lower << true;
                break;
            case u' ':
                upper << false;
                lower << false;
                break;
            default:
                QFAIL(qPrintable(QStringLiteral("unexpected character U+%1")
                                     .arg(c.unicode(), 4, 16, QLatin1Char('0'))));
            }
        }
        rows << upper << lower;
    }
    QCOMPARE(rows.size(), side + 1); // side is odd: one light padding half row
    for (int y = 0; y < rows.size(); ++y) {
        for (int x = 0; x < side; ++x) {
            const bool expected = matrix.isDark(x - Q, y - Q); // light outside the matrix
            if (rows[y][x] != expected)
                QFAIL(qPrintable(QStringLiteral("module %1,%2 differs").arg(x - Q).arg(y - Q)));
        }
    }
}

void TestQrCode::svg()
{
    QFETCH(QString, text);
    const QrMatrix matrix = encodeOrFail(text);
    const QByteArray svg = Qr::toSvg(matrix);
    const int side = matrix.size() + 2 * Q;
    const QString svgNs = QStringLiteral("http://www.w3.org/2000/svg");

    QXmlStreamReader xml(svg);
    int paths = 0;
    bool sawRoot = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        QCOMPARE(xml.namespaceUri().toString(), svgNs);
        if (!sawRoot) {
            sawRoot = true;
            QCOMPARE(xml.name().toString(), QStringLiteral("svg"));
            const QXmlStreamAttributes attributes = xml.attributes();
            QCOMPARE(attributes.value(QStringLiteral("viewBox")).toString(),
                     QStringLiteral("0 0 %1 %1").arg(side));
            QCOMPARE(attributes.value(QStringLiteral("shape-rendering")).toString(),
                     QStringLiteral("crispEdges"));
        }
        if (xml.name() == QLatin1String("path"))
            ++paths;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(sawRoot);
    QCOMPARE(paths, 1);

    // Rendered by Qt Svg at 3 px per user unit: the same pixels as the matrix, and readable.
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox(), QRect(0, 0, side, side));
    const int pixels = 3;
    QImage image(side * pixels, side * pixels, QImage::Format_RGB32);
    image.fill(Qt::red); // anything not painted shows up as a wrong pixel
    {
        QPainter painter(&image);
        renderer.render(&painter);
    }
    QCOMPARE(firstWrongPixel(image, matrix, pixels), QString());
    const Decoded decoded = decode(image);
    QVERIFY(decoded.valid);
    QCOMPARE(decoded.text, text);
}

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
