// Start-up benchmark floor: the minimal Qt Widgets window with a form that DESIGN.md compares
// the staff window's cold start with. Quits once shown, through the same helper as startup-desk.
// With --menu-bar the form sits in a QMainWindow with a menu bar and a tool bar, to show how much
// of the staff window's start-up those two Qt widgets cost by themselves. With --stay it does not
// quit but stays open until closed or killed: the floor of bench/idle-cpu and bench/peak-memory.

#include "firstpaint.h"
#include "shownclock.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QToolBar>
#include <QWidget>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const bool withMenuBar = app.arguments().contains(QStringLiteral("--menu-bar"));
    const bool stay = app.arguments().contains(QStringLiteral("--stay"));
    QMainWindow frame;
    QWidget plain;
    QWidget& window = withMenuBar ? frame : plain;
    QWidget* formParent = &plain;
    if (withMenuBar) {
        for (const char* title : {"&File", "&Session", "Se&ttings", "&Help"})
            frame.menuBar()->addMenu(QString::fromLatin1(title))->addAction(QStringLiteral("Item"));
        frame.addToolBar(QStringLiteral("Profile"))->addAction(QStringLiteral("Profiles…"));
        formParent = new QWidget(&frame);
        frame.setCentralWidget(formParent);
    }
    window.setWindowTitle(QStringLiteral("Form"));
    auto* form = new QFormLayout(formParent);
    const char* const labels[] = {"First name",    "Last name",   "Additional names",
                                  "Date of birth", "External ID", "Return URL"};
    for (const char* label : labels)
        form->addRow(QString::fromLatin1(label), new QLineEdit(formParent));
    auto* theme = new QComboBox(formParent);
    theme->addItems({QStringLiteral("white"), QStringLiteral("dark")});
    form->addRow(QStringLiteral("Theme"), theme);
    form->addRow(QString(), new QCheckBox(QStringLiteral("Skip integrity check"), formParent));
    form->addRow(QString(), new QPushButton(QStringLiteral("Create session"), formParent));
    if (!stay) {
        new Ui::AfterFirstPaint(&window, [] { // owned by the window
            reportShown();
            QCoreApplication::quit();
        });
    }
    window.show();
    return app.exec();
}
