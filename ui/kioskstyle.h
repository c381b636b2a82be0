#pragma once
// The kiosk's look in one place: the bank's colours from the settings with readable text colours
// worked out from them, one style sheet whose sizes follow the screen, and the small factories
// every kiosk page builds its labels and buttons with (object and accessible names included).

#include <QColor>
#include <QString>

class QLabel;
class QPushButton;
class QSize;
class QWidget;

namespace Ui {

struct KioskLook {
    QColor background;
    QColor text;     // near-black or near-white, whichever reads better on the background
    QColor accent;   // buttons and highlights
    QColor onAccent; // text on the accent
    QColor problem;  // validation messages

    // From the settings' "#rrggbb" colours; an unreadable colour keeps the default.
    static KioskLook fromColours(const QString& background, const QString& accent);
};

// WCAG 2 contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor& a, const QColor& b);

// The size unit of a window: 1/1000 of its shorter usable side, so type reads alike on any screen.
int kioskUnit(const QSize& size);
// The whole kiosk's style sheet for that look and unit.
QString kioskStyleSheet(const KioskLook& look, int unit);

// Roles the style sheet knows: "title", "subtitle", "body", "problem", "big" (labels) and
// "primary", "secondary", "quiet", "choice" (buttons).
QLabel* kioskLabel(const QString& objectName, const char* role, QWidget* parent);
QPushButton* kioskButton(const QString& objectName, const char* role, QWidget* parent);
// Sets the text and the same accessible name (screen readers read what is shown).
void setKioskText(QLabel* label, const QString& text);
void setKioskText(QPushButton* button, const QString& text);

} // namespace Ui
