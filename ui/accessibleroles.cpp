#include "accessibleroles.h"

#include <QAccessibleWidget>
#include <QWidget>

namespace Ui {
namespace {

QAccessibleInterface* roleFactory(const QString& className, QObject* object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    auto* widget = static_cast<QWidget*>(object);
    if (className == QLatin1String("Ui::QrView"))
        return new QAccessibleWidget(widget, QAccessible::Graphic);
    if (className == QLatin1String("Ui::Announcer"))
        return new QAccessibleWidget(widget, QAccessible::Notification);
    return nullptr;
}

} // namespace

void ensureAccessibleRoles()
{
    static const bool installed = [] {
        QAccessible::installFactory(roleFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace Ui
