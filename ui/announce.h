#pragma once
// Announces a change a screen reader user must hear (a problem, a decision, a status) as a
// QAccessible event on the widget that shows it.
//
// Qt drops accessibility events while no assistive technology is active (QAccessible::isActive()
// is false, and always so on the offscreen platform the tests use), so an installed
// QAccessible::UpdateHandler never sees them there. The observer below sees every announcement
// regardless; tests install one to check that status changes are announced.

#include <QAccessible>
#include <QObject>

namespace Ui {

using AnnouncementObserver = void (*)(QObject* object, QAccessible::Event type);

inline AnnouncementObserver& announcementObserver()
{
    static AnnouncementObserver observer = nullptr;
    return observer;
}

inline void announce(QObject* object, QAccessible::Event type)
{
    if (AnnouncementObserver observer = announcementObserver())
        observer(object, type);
    QAccessibleEvent event(object, type);
    QAccessible::updateAccessibility(&event);
}

} // namespace Ui
