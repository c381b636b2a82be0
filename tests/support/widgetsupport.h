#pragma once
// Finding the widgets a GUI test drives, without stopping the process when one is missing.

#include <QObject>
#include <QString>
#include <QTest>
#include <QWidget>

#include <type_traits>

namespace TestSupport {

// The child of parent with that object name and type. Without one, the failure is recorded
// against the running test and a stand-in is returned, owned by parent, so the test goes on to its
// next check instead of crashing.
template <typename T> T* child(QObject* parent, const QString& name, const char* file, int line)
{
    if (T* found = parent->findChild<T*>(name))
        return found;
    QTest::qFail(qPrintable(QStringLiteral("no %1 named \"%2\"")
                                .arg(QString::fromLatin1(T::staticMetaObject.className()), name)),
                 file, line);
    T* standIn = nullptr;
    if constexpr (std::is_base_of_v<QWidget, T>) {
        standIn = new T;
        standIn->setParent(qobject_cast<QWidget*>(parent));
        standIn->hide();
    } else {
        standIn = new T(parent);
    }
    standIn->setObjectName(QStringLiteral("missing ") + name);
    return standIn;
}

} // namespace TestSupport

// TEST_CHILD(Type, parent, name): TestSupport::child() with the caller's file and line.
#define TEST_CHILD(Type, parent, name)                                                             \
    TestSupport::child<Type>((parent), (name), __FILE__, __LINE__)
