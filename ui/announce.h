#pragma once
// Announces a change a screen reader user must hear (a problem, a decision, a code that is ready,
// a wrong PIN, the idle warning) without moving the keyboard focus.
//
// Qt 6.4's AT-SPI bridge drops QAccessible::Alert: it forwards focus moves, name and description
// changes and shown/hidden states, nothing else. So an announcement also shows the window's
// announcer, a one-pixel widget with the role of a notification whose name is the message: Orca
// speaks a notification the moment it is shown (object:state-changed:showing). The QAccessible
// event is still sent for the platforms whose bridges forward it.
//
// Qt drops accessibility events while no assistive technology is active (QAccessible::isActive()
// is false, and always so on the offscreen platform the tests use), so an installed
// QAccessible::UpdateHandler never sees them there. The observer below sees every announcement
// regardless; tests install one to check that status changes are announced.

#include <QAccessible>
#include <QObject>
#include <QString>

namespace Ui {

using AnnouncementObserver = void (*)(QObject* object, QAccessible::Event type);

AnnouncementObserver& announcementObserver();

// Announces what object shows (its accessible name: a label's text), or text when given.
void announce(QObject* object, QAccessible::Event type, const QString& text = QString());

// The widget whose showing carries the window's announcements (created on first use).
QObject* announcerOf(QObject* object);

} // namespace Ui
