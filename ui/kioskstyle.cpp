#include "kioskstyle.h"

#include <QLabel>
#include <QPushButton>
#include <QSize>

#include <algorithm>
#include <cmath>

namespace Ui {
namespace {

const QColor DarkText(0x14, 0x14, 0x14);
const QColor LightText(0xf7, 0xf7, 0xf5);

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

const QColor& readableOn(const QColor& background)
{
    return contrastRatio(DarkText, background) >= contrastRatio(LightText, background) ? DarkText
                                                                                       : LightText;
}

QString css(const QColor& colour)
{
    return colour.name(QColor::HexRgb);
}

QString rgba(const QColor& colour, int alpha)
{
    return QStringLiteral("rgba(%1, %2, %3, %4)")
        .arg(colour.red())
        .arg(colour.green())
        .arg(colour.blue())
        .arg(alpha);
}

} // namespace

KioskLook KioskLook::fromColours(const QString& background, const QString& accent)
{
    KioskLook look;
    look.background = QColor(background);
    if (!look.background.isValid())
        look.background = QColor(0xf4, 0xf6, 0xf8);
    look.accent = QColor(accent);
    if (!look.accent.isValid())
        look.accent = QColor(0x0b, 0x4f, 0x8a);
    look.text = readableOn(look.background);
    look.onAccent = readableOn(look.accent);
    // Dark red on light screens, a soft red on dark ones: both above 4.5:1 on usual backgrounds.
    const QColor darkRed(0xa8, 0x00, 0x1d);
    const QColor lightRed(0xff, 0x9e, 0x9e);
    look.problem =
        contrastRatio(darkRed, look.background) >= contrastRatio(lightRed, look.background)
            ? darkRed
            : lightRed;
    return look;
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double first = luminance(a) + 0.05;
    const double second = luminance(b) + 0.05;
    return std::max(first, second) / std::min(first, second);
}

int kioskUnit(const QSize& size)
{
    // A portrait screen is as readable as its width allows; a wide one as its height does.
    return std::max(320, std::min(size.height(), size.width() * 3 / 4));
}

QString kioskStyleSheet(const KioskLook& look, int unit)
{
    const auto px = [unit](int perMille) {
        return QStringLiteral("%1px").arg(std::max(1, unit * perMille / 1000));
    };
    const QString text = css(look.text);
    const QString accent = css(look.accent);
    QString sheet;
    sheet += QStringLiteral("#kioskShell { background: %1; }\n").arg(css(look.background));
    sheet += QStringLiteral("#kioskShell QLabel { color: %1; }\n").arg(text);
    sheet += QStringLiteral("QLabel[role=\"title\"] { font-size: %1; font-weight: bold; }\n")
                 .arg(px(64));
    sheet += QStringLiteral("QLabel[role=\"subtitle\"] { font-size: %1; }\n").arg(px(38));
    sheet += QStringLiteral("QLabel[role=\"body\"] { font-size: %1; }\n").arg(px(32));
    sheet += QStringLiteral("QLabel[role=\"field\"] { font-size: %1; font-weight: bold; }\n")
                 .arg(px(32));
    sheet += QStringLiteral("#kioskShell QLabel[role=\"problem\"] { font-size: %1; color: %2; "
                            "font-weight: bold; }\n")
                 .arg(px(28), css(look.problem));
    sheet +=
        QStringLiteral("QLabel[role=\"big\"] { font-size: %1; font-weight: bold; }\n").arg(px(150));
    sheet += QStringLiteral("QPushButton { font-size: %1; border-radius: %2; padding: %3 %4; "
                            "min-height: %5; }\n")
                 .arg(px(38), px(14), px(10), px(36), px(64));
    sheet += QStringLiteral("QPushButton[role=\"primary\"] { background: %1; color: %2; "
                            "border: none; font-weight: bold; font-size: %3; min-height: %4; }\n")
                 .arg(accent, css(look.onAccent), px(44), px(72));
    sheet += QStringLiteral("QPushButton[role=\"primary\"]:pressed { background: %1; }\n")
                 .arg(css(look.accent.darker(130)));
    sheet += QStringLiteral("QPushButton[role=\"secondary\"], QPushButton[role=\"choice\"] { "
                            "background: transparent; color: %1; border: %2 solid %3; }\n")
                 .arg(text, px(4), accent);
    sheet += QStringLiteral("QPushButton[role=\"choice\"] { font-size: %1; min-height: %2; "
                            "padding: %3 %4; }\n")
                 .arg(px(30), px(56), px(8), px(16));
    sheet += QStringLiteral("QPushButton[role=\"choice\"]:checked { background: %1; color: %2; }\n")
                 .arg(accent, css(look.onAccent));
    sheet += QStringLiteral("QPushButton[role=\"quiet\"] { background: transparent; color: %1; "
                            "border: %2 solid %3; font-size: %4; min-height: %5; padding: %6; }\n")
                 .arg(rgba(look.text, 190), px(2), rgba(look.text, 90), px(20), px(40), px(6));
    // Fields are white with dark text whatever the theme: the familiar look of a form.
    sheet += QStringLiteral("QLineEdit { font-size: %1; min-height: %2; padding: %3; "
                            "background: white; color: #141414; border: %4 solid %5; "
                            "border-radius: %6; }\n")
                 .arg(px(40), px(60), px(4), px(3), rgba(QColor(0x14, 0x14, 0x14), 140), px(10));
    sheet += QStringLiteral("QLineEdit:focus { border: %1 solid %2; }\n").arg(px(6), accent);
    sheet += QStringLiteral("QLineEdit[invalid=\"true\"] { border-color: %1; }\n")
                 .arg(css(look.problem));
    sheet += QStringLiteral("QWidget[role=\"veil\"] { background: rgba(0, 0, 0, 150); }\n");
    sheet += QStringLiteral("QFrame[role=\"card\"] { background: %1; border-radius: %2; "
                            "border: %3 solid %4; }\n")
                 .arg(css(look.background), px(24), px(4), accent);
    // Keyboard focus (staff, a keyboard kiosk, switch access): a ring in the text colour instead
    // of the style's focus box, which paled the label of a filled button. Last, so it wins.
    sheet += QStringLiteral("QPushButton:focus { outline: none; border: %1 solid %2; }\n")
                 .arg(px(6), text);
    sheet += QStringLiteral("QPushButton[role=\"primary\"]:focus { border: %1 solid %2; }\n")
                 .arg(px(6), text);
    sheet += QStringLiteral("#demoBanner { background: #ffd400; color: #1a1a1a; font-size: %1; "
                            "font-weight: bold; padding: %2; }\n")
                 .arg(px(26), px(8));
    return sheet;
}

QLabel* kioskLabel(const QString& objectName, const char* role, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setProperty("role", QString::fromLatin1(role));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignCenter);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    return label;
}

QPushButton* kioskButton(const QString& objectName, const char* role, QWidget* parent)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setProperty("role", QString::fromLatin1(role));
    button->setAutoDefault(false);
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

void setKioskText(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setAccessibleName(text);
}

void setKioskText(QPushButton* button, const QString& text)
{
    button->setText(text);
    button->setAccessibleName(text);
}

} // namespace Ui
