#include "uimodule.h"

#include <QGuiApplication>

namespace Ui {
bool canShowWindows()
{
    return QGuiApplication::platformName() != QLatin1String("offscreen") &&
           QGuiApplication::platformName() != QLatin1String("minimal");
}
} // namespace Ui
