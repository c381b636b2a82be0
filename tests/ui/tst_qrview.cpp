// Ui::QrView as a phone sees it: the widget is shown, grabbed, and the pixels are read back with
// ZXing and checked module by module (whole device pixels, black on white, white quiet zone) at
// two sizes, device pixel ratios 1 and 2, and under a light and a dark palette.
//
// Device pixel ratio per row, in one process: main() starts the offscreen platform with two
// screens (a JSON configuration file, the offscreen plugin's own "configfile" option), one at
// ratio 1 and one at ratio 2, and each row puts its widget on the screen of its ratio.
// QWidget::grab() then renders at that widget's devicePixelRatio, like the real backing store.

#include "qr/qrmatrix.h"
#include "qrdecode.h"
#include "qrview.h"

#include <QAccessible>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>
#include <QPixmap>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

using Qr::QrMatrix;
using Ui::QrView;

namespace {

constexpr int Quiet = QrMatrix::QuietZone;
constexpr QRgb Black = 0xff000000;
constexpr QRgb White = 0xffffffff;

// Screen names of the offscreen configuration written by main().
QString screenName(int ratio)
{
    return QStringLiteral("qrview-dpr%1").arg(ratio);
}

// A link as the platform returns it: a JWT of about 300 base64url characters and a language.
QString enrolmentLink()
{
    const auto b64 = [](const QByteArray& data) {
        return QString::fromLatin1(
            data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    const QString token =
        b64(R"({"alg":"HS256","typ":"JWT"})") + QLatin1Char('.') +
        b64(R"({"sessionId":"6f1c2a9e-8d3b-4c57-a1e0-93b7d2f4c805","externalId":"CASE-2024-)"
            R"(000417","iss":"platform.example","iat":1717400000,"exp":1717403600,)"
            R"("theme":"branch-desk","aud":"web-enrolment"})") +
        QLatin1Char('.') + b64(QByteArray(32, '\x5a') + "signature-bytes!");
    return QStringLiteral("https://platform.example/web-enrolment/?token=") + token +
           QStringLiteral("&lang=de-DE");
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor background(0x20, 0x20, 0x20);
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
        palette.setColor(role, background);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(role, Qt::white);
    return palette;
}

QScreen* screenWithRatio(int ratio)
{
    const auto screens = QGuiApplication::screens();
    const auto found = std::find_if(screens.cbegin(), screens.cend(), [ratio](QScreen* screen) {
        return screen->name() == screenName(ratio);
    });
    return found == screens.cend() ? nullptr : *found;
}

// A top-level view on the screen of the given ratio, shown and exposed; null after a failed
// QVERIFY (the caller then returns).
std::unique_ptr<QrView> showView(int ratio, const QSize& size, bool dark = false)
{
    QScreen* screen = screenWithRatio(ratio);
    [&] { QVERIFY2(screen, qPrintable(QStringLiteral("no screen %1").arg(screenName(ratio)))); }();
    if (!screen)
        return {};
    auto view = std::make_unique<QrView>();
    if (dark)
        view->setPalette(darkPalette());
    view->setScreen(screen);
    view->setGeometry(QRect(screen->geometry().topLeft() + QPoint(10, 10), size));
    view->show();
    const bool exposed = QTest::qWaitForWindowExposed(view.get());
    [&] { QVERIFY(exposed); }();
    if (!exposed)
        return {};
    return view;
}

QImage grabImage(QrView& view)
{
    return view.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// Where a test run saves the grabs to look at them (ENROLMENT_QRVIEW_SCREENSHOTS=<dir>).
void saveForHumans(const QImage& image, const QString& name)
{
    const QString dir = qEnvironmentVariable("ENROLMENT_QRVIEW_SCREENSHOTS");
    if (!dir.isEmpty())
        image.save(dir + QStringLiteral("/qrview-") + name + QStringLiteral(".png"));
}

} // namespace

class TstQrView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersScannableCode_data();
    void rendersScannableCode();
    void followsTheWindowSize();
    void sizeHints();
    void accessibility();
    void tooLongTextShowsMessage();
    void clearRemovesTheCode();
};

void TstQrView::rendersScannableCode_data()
{
    QTest::addColumn<int>("ratio");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("dark");

    for (const int ratio : {1, 2}) {
        for (const QSize size : {QSize(220, 220), QSize(480, 360)}) {
            for (const bool dark : {false, true}) {
                const QString name =
                    QStringLiteral("dpr%1 %2x%3 %4")
                        .arg(ratio)
                        .arg(size.width())
                        .arg(size.height())
                        .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
                QTest::newRow(qPrintable(name)) << ratio << size << dark;
            }
        }
    }
}

void TstQrView::rendersScannableCode()
{
    QFETCH(int, ratio);
    QFETCH(QSize, size);
    QFETCH(bool, dark);

    const QString link = enrolmentLink();
    QVERIFY(link.size() > 300);
    const auto matrix = QrMatrix::encode(link);
    QVERIFY(matrix);

    const auto view = showView(ratio, size, dark);
    if (!view)
        return;
    view->setText(link);
    QVERIFY(view->hasCode());
    QCOMPARE(view->text(), link);
    QVERIFY(view->errorMessage().isEmpty());
    QCOMPARE(view->size(), size);
    QCOMPARE(view->devicePixelRatioF(), qreal(ratio));

    const QImage image = grabImage(*view);
    QCOMPARE(image.size(), size * ratio);
    saveForHumans(image, QStringLiteral("dpr%1-%2x%3-%4")
                             .arg(ratio)
                             .arg(size.width())
                             .arg(size.height())
                             .arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));

    // What a phone reads.
    QCOMPARE(TestSupport::decodeQr(image), link);

    // The module size the requirement fixes, in device pixels.
    const int modules = matrix->size() + 2 * Quiet;
    const int expectedModule =
        std::max(1, int(std::floor(std::min(size.width(), size.height()) * ratio / modules)));
    QCOMPARE(view->moduleDevicePixels(), expectedModule);

    // Bounding box of the dark pixels: the three finder patterns span exactly size() modules.
    int darkLeft = image.width(), darkTop = image.height(), darkRight = -1, darkBottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) == Black) {
                darkLeft = std::min(darkLeft, x);
                darkTop = std::min(darkTop, y);
                darkRight = std::max(darkRight, x);
                darkBottom = std::max(darkBottom, y);
            }
        }
    }
    QVERIFY2(darkRight >= 0, "no black pixel at all");
    const int darkWidth = darkRight - darkLeft + 1;
    const int darkHeight = darkBottom - darkTop + 1;
    QCOMPARE(darkWidth, darkHeight);
    QCOMPARE(darkWidth % matrix->size(), 0);
    const int module = darkWidth / matrix->size();
    QCOMPARE(module, expectedModule);

    // Centred: the margins on opposite sides differ by one device pixel at most.
    const int left = darkLeft - Quiet * module;
    const int top = darkTop - Quiet * module;
    const int codeSide = modules * module;
    QVERIFY2(std::abs(left - (image.width() - left - codeSide)) <= 1, "not centred horizontally");
    QVERIFY2(std::abs(top - (image.height() - top - codeSide)) <= 1, "not centred vertically");
    QVERIFY(left >= 0 && top >= 0);

    // Every module, quiet zone included, is a uniform module x module square of pure black or
    // pure white (no blending, no inversion by the palette).
    for (int my = -Quiet; my < matrix->size() + Quiet; ++my) {
        for (int mx = -Quiet; mx < matrix->size() + Quiet; ++mx) {
            const QRgb expected = matrix->isDark(mx, my) ? Black : White;
            const int x0 = left + (mx + Quiet) * module;
            const int y0 = top + (my + Quiet) * module;
            for (int y = y0; y < y0 + module; ++y) {
                for (int x = x0; x < x0 + module; ++x) {
                    if (image.pixel(x, y) != expected) {
                        QFAIL(qPrintable(QStringLiteral("module (%1,%2) pixel (%3,%4) is #%5, "
                                                        "expected #%6")
                                             .arg(mx)
                                             .arg(my)
                                             .arg(x)
                                             .arg(y)
                                             .arg(image.pixel(x, y), 8, 16, QLatin1Char('0'))
                                             .arg(expected, 8, 16, QLatin1Char('0'))));
                    }
                }
            }
        }
    }

    // Around the white square: the palette's window colour.
    const QRgb window = view->palette().color(QPalette::Window).rgb();
    if (dark)
        QCOMPARE(window, qRgb(0x20, 0x20, 0x20));
    const QRect code(left, top, codeSide, codeSide);
    int outside = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (code.contains(x, y))
                continue;
            ++outside;
            if (image.pixel(x, y) != window)
                QFAIL(qPrintable(QStringLiteral("pixel (%1,%2) outside the code is not the "
                                                "window colour")
                                     .arg(x)
                                     .arg(y)));
        }
    }
    QVERIFY(outside > 0);
}

void TstQrView::followsTheWindowSize()
{
    // In a layout, as in the staff window: a bigger window gives bigger modules.
    QScreen* screen = screenWithRatio(1);
    QVERIFY(screen);
    QWidget window;
    window.setScreen(screen);
    auto* layout = new QVBoxLayout(&window);
    auto* view = new QrView(&window);
    layout->addWidget(view);
    view->setText(enrolmentLink());
    window.resize(300, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int small = view->moduleDevicePixels();
    QVERIFY(small >= 1);

    window.resize(700, 700);
    QTRY_VERIFY(view->width() > 600);
    QVERIFY(view->moduleDevicePixels() > small);
    QCOMPARE(TestSupport::decodeQr(grabImage(*view)), enrolmentLink());
}

void TstQrView::sizeHints()
{
    QrView view;
    const QSizePolicy policy = view.sizePolicy();
    QCOMPARE(policy.horizontalPolicy(), QSizePolicy::Expanding);
    QCOMPARE(policy.verticalPolicy(), QSizePolicy::Expanding);
    QVERIFY(policy.hasHeightForWidth());
    QVERIFY(view.hasHeightForWidth());
    QCOMPARE(view.heightForWidth(333), 333);

    view.setText(enrolmentLink());
    const auto matrix = QrMatrix::encode(enrolmentLink());
    QVERIFY(matrix);
    const int scannable = (matrix->size() + 2 * Quiet) * 3;
    QCOMPARE(view.minimumSizeHint(), QSize(scannable, scannable));
    QVERIFY(view.sizeHint().width() >= scannable);
    QCOMPARE(view.sizeHint().width(), view.sizeHint().height());
}

void TstQrView::accessibility()
{
    QrView view;
    view.setText(enrolmentLink());
    QCOMPARE(view.accessibleName(), QStringLiteral("QR code of the enrolment link"));
    QCOMPARE(view.accessibleDescription(),
             QStringLiteral("Scan it with the phone's camera to open the enrolment link."));
    QCOMPARE(view.focusPolicy(), Qt::NoFocus);

    // What a screen reader gets.
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(&view);
    QVERIFY(accessible);
    QCOMPARE(accessible->text(QAccessible::Name), view.accessibleName());
    QCOMPARE(accessible->text(QAccessible::Description), view.accessibleDescription());
    QVERIFY(!accessible->state().focusable);
}

void TstQrView::tooLongTextShowsMessage()
{
    // Lower-case letters: byte mode, at most 2331 bytes at level M (5000 digits would fit).
    QString tooLong = QStringLiteral("https://platform.example/web-enrolment/?token=");
    while (tooLong.size() < 5000)
        tooLong += QStringLiteral("abcdefghij");
    tooLong.truncate(5000);

    const auto view = showView(1, QSize(480, 360));
    if (!view)
        return;
    view->setText(enrolmentLink());
    QVERIFY(view->hasCode());
    view->setText(tooLong);
    QVERIFY(!view->hasCode());
    QCOMPARE(view->text(), tooLong);
    QVERIFY(!view->errorMessage().isEmpty());
    QCOMPARE(view->moduleDevicePixels(), 0);
    QCOMPARE(view->accessibleDescription(), view->errorMessage());

    const QImage image = grabImage(*view);
    saveForHumans(image, QStringLiteral("too-long"));
    QCOMPARE(TestSupport::decodeQr(image), QString());
    // The previous code is gone and the message is drawn: text pixels, no black module.
    const QRgb window = view->palette().color(QPalette::Window).rgb();
    const QRgb text = view->palette().color(QPalette::WindowText).rgb();
    int textPixels = 0;
    int otherPixels = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (pixel == text)
                ++textPixels;
            else if (pixel != window)
                ++otherPixels; // anti-aliased glyph edges
        }
    }
    QVERIFY2(textPixels > 50, "no message is drawn");
    QVERIFY(otherPixels < image.width() * image.height() / 10);
}

void TstQrView::clearRemovesTheCode()
{
    const auto view = showView(2, QSize(220, 220));
    if (!view)
        return;
    view->setText(enrolmentLink());
    QVERIFY(view->hasCode());
    QCOMPARE(TestSupport::decodeQr(grabImage(*view)), enrolmentLink());

    view->clear();
    QVERIFY(!view->hasCode());
    QVERIFY(view->text().isEmpty());
    QVERIFY(view->errorMessage().isEmpty());
    const QImage image = grabImage(*view);
    QCOMPARE(TestSupport::decodeQr(image), QString());
    const QRgb window = view->palette().color(QPalette::Window).rgb();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != window)
                QFAIL("a cleared view paints more than its background");
        }
    }

    // An error is cleared too; an empty text is the same as clear().
    view->setText(QString(5000, QLatin1Char('x')));
    QVERIFY(!view->errorMessage().isEmpty());
    view->setText(QString());
    QVERIFY(!view->hasCode());
    QVERIFY(view->errorMessage().isEmpty());
}

int main(int argc, char* argv[])
{
    // Two offscreen screens, at device pixel ratios 1 and 2, side by side. The platform is forced
    // here (over the QT_QPA_PLATFORM=offscreen of the test environment) because the rows need
    // these exact ratios; global scale factors would multiply them, so they are unset.
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fputs("tst_qrview: no temporary directory\n", stderr);
        return 1;
    }
    QJsonArray screens;
    for (const int ratio : {1, 2}) {
        screens.append(QJsonObject{{QStringLiteral("name"), screenName(ratio)},
                                   {QStringLiteral("x"), (ratio - 1) * 1920},
                                   {QStringLiteral("y"), 0},
                                   {QStringLiteral("width"), 1920},
                                   {QStringLiteral("height"), 1080},
                                   {QStringLiteral("logicalDpi"), 96},
                                   {QStringLiteral("dpr"), ratio}});
    }
    const QString configPath = dir.filePath(QStringLiteral("screens.json"));
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly) ||
        config.write(QJsonDocument(QJsonObject{{QStringLiteral("screens"), screens}}).toJson()) <
            0) {
        std::fputs("tst_qrview: cannot write the offscreen configuration\n", stderr);
        return 1;
    }
    config.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(configPath));
    qunsetenv("QT_SCALE_FACTOR");
    qunsetenv("QT_SCREEN_SCALE_FACTORS");
    qunsetenv("QT_AUTO_SCREEN_SCALE_FACTOR");

    QApplication app(argc, argv);
    TstQrView test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_qrview.moc"
