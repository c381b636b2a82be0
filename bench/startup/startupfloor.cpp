// Start-up benchmark floor: the minimal Qt Widgets window with a form that DESIGN.md compares
// the staff window's cold start with. Quits once shown, through the same helper as startup-desk.

#include "quitwhenshown.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QWidget>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("Form"));
    auto* form = new QFormLayout(&window);
    const char* const labels[] = {"First name",    "Last name",   "Additional names",
                                  "Date of birth", "External ID", "Return URL"};
    for (const char* label : labels)
        form->addRow(QString::fromLatin1(label), new QLineEdit(&window));
    auto* theme = new QComboBox(&window);
    theme->addItems({QStringLiteral("white"), QStringLiteral("dark")});
    form->addRow(QStringLiteral("Theme"), theme);
    form->addRow(QString(), new QCheckBox(QStringLiteral("Skip integrity check"), &window));
    form->addRow(QString(), new QPushButton(QStringLiteral("Create session"), &window));
    new Ui::QuitWhenShown(&window); // owned by the window
    window.show();
    return app.exec();
}
