// Ui::AfterFirstPaint: the demo builds its sandbox there and the start-up benchmarks stop their
// clock there, so it must run its function once the window is on screen, and only once.

#include "firstpaint.h"

#include <QApplication>
#include <QTest>
#include <QWidget>

class TestFirstPaint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnceAfterTheWindowIsShown()
    {
        QWidget window;
        window.resize(200, 100);
        int runs = 0;
        new Ui::AfterFirstPaint(&window, [&runs] { ++runs; });
        QCoreApplication::processEvents();
        QCOMPARE(runs, 0); // not before the window is shown
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(runs, 1);
        window.update();
        window.hide();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.repaint();
        QCoreApplication::processEvents();
        QCOMPARE(runs, 1); // later frames do not run it again
    }

    void goesWithAWindowThatIsNeverShown()
    {
        int runs = 0;
        {
            QWidget window;
            new Ui::AfterFirstPaint(&window, [&runs] { ++runs; });
        }
        QCoreApplication::processEvents();
        QCOMPARE(runs, 0);
    }
};

QTEST_MAIN(TestFirstPaint)
#include "tst_firstpaint.moc"
