#include "announce.h"

#include "accessibleroles.h"

#include <QWidget>

namespace Ui {
namespace {

class Announcer : public QWidget
{
    Q_OBJECT

public:
    explicit Announcer(QWidget* window)
        : QWidget(window)
    {
        ensureAccessibleRoles();
        setObjectName(QStringLiteral("announcer"));
        setFocusPolicy(Qt::NoFocus);
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setGeometry(0, 0, 1, 1);
        hide();
    }

    void say(const QString& message)
    {
        // A notification is spoken when it appears: hide it, name it, show it again.
        hide();
        setAccessibleName(message);
        show();
    }
};

Announcer* announcerFor(QObject* object, bool create)
{
    auto* widget = qobject_cast<QWidget*>(object);
    if (!widget)
        return nullptr;
    QWidget* window = widget->window();
    auto* announcer =
        window->findChild<Announcer*>(QStringLiteral("announcer"), Qt::FindDirectChildrenOnly);
    if (!announcer && create)
        announcer = new Announcer(window);
    return announcer;
}

} // namespace

AnnouncementObserver& announcementObserver()
{
    static AnnouncementObserver observer = nullptr;
    return observer;
}

void announce(QObject* object, QAccessible::Event type, const QString& text)
{
    if (AnnouncementObserver observer = announcementObserver())
        observer(object, type);
    QAccessibleEvent event(object, type);
    QAccessible::updateAccessibility(&event);

    QString message = text;
    if (message.isEmpty()) {
        if (QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(object))
            message = iface->text(QAccessible::Name);
    }
    Announcer* announcer = announcerFor(object, true);
    if (announcer && !message.isEmpty())
        announcer->say(message);
}

QObject* announcerOf(QObject* object)
{
    return announcerFor(object, true);
}

} // namespace Ui

#include "announce.moc"
