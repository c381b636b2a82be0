#include "screenchooser.h"

#include "customerdisplay.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace Ui {
namespace {

constexpr int DefaultTestMilliseconds = 5000;

} // namespace

ScreenChooser::ScreenChooser(const QWidget* staffWindow, QWidget* parent)
    : QDialog(parent)
    , m_staffWindow(staffWindow)
{
    setObjectName(QStringLiteral("screenChooser"));
    setWindowTitle(tr("Customer display"));
    setAccessibleName(tr("Choose the customer display"));

    auto* intro = new QLabel(tr("Choose the screen that faces the customer. It shows only the QR "
                                "code, the time left and short instructions in the applicant's "
                                "language, never what you type."),
                             this);
    intro->setObjectName(QStringLiteral("screenChooserIntro"));
    intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("screenList"));
    m_list->setAccessibleName(tr("Screens for the customer display"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("unavailableReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);

    m_testButton = new QPushButton(tr("&Test display"), this);
    m_testButton->setObjectName(QStringLiteral("testDisplayButton"));
    m_testButton->setAccessibleName(tr("Test display"));
    m_testButton->setToolTip(tr("Shows a test page on the selected screen for a few seconds"));
    m_testButton->setAutoDefault(false);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("screenChooserButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Show on this screen"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("showOnScreenButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_reason);
    layout->addLayout(testRow);
    layout->addWidget(m_buttons);

    m_testTimer.setObjectName(QStringLiteral("testTimer"));
    m_testTimer.setSingleShot(true);
    m_testTimer.setInterval(DefaultTestMilliseconds);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ScreenChooser::toggleTest);
    connect(&m_testTimer, &QTimer::timeout, this, &ScreenChooser::stopTest);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (isTesting()) { // the test follows the selection
            stopTest();
            toggleTest();
        }
        updateButtons();
    });
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    // Screens come and go while the dialog is open; the list is read again once Qt has updated
    // its own (a removed screen is still listed while its signal is delivered).
    const auto refreshLater = [this] {
        QMetaObject::invokeMethod(this, &ScreenChooser::refresh, Qt::QueuedConnection);
    };
    connect(qApp, &QGuiApplication::screenAdded, this, refreshLater);
    connect(qApp, &QGuiApplication::screenRemoved, this, refreshLater);
    refresh();
}

ScreenChooser::~ScreenChooser() = default;

QScreen* ScreenChooser::selectedScreen() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_screens.size() ? m_screens.at(row).data() : nullptr;
}

void ScreenChooser::setSelectedScreen(QScreen* screen)
{
    const int row = m_screens.indexOf(QPointer<QScreen>(screen));
    if (screen && row >= 0)
        m_list->setCurrentRow(row);
}

bool ScreenChooser::isTesting() const
{
    return m_testDisplay && m_testDisplay->isVisible();
}

QList<QScreen*> ScreenChooser::customerScreens(const QWidget* staffWindow)
{
    QScreen* staffScreen =
        staffWindow ? staffWindow->window()->screen() : QGuiApplication::primaryScreen();
    QList<QScreen*> screens = QGuiApplication::screens();
    screens.removeAll(staffScreen);
    return screens;
}

QString ScreenChooser::unavailableReason(const QWidget* staffWindow)
{
    if (!customerScreens(staffWindow).isEmpty())
        return QString();
    return tr("Only one screen is connected. Connect a second screen facing the customer to use "
              "the customer display.");
}

QString ScreenChooser::describe(const QScreen* screen)
{
    if (!screen)
        return QString();
    QStringList parts{screen->name()};
    const QString make = (screen->manufacturer() + QLatin1Char(' ') + screen->model()).simplified();
    if (!make.isEmpty() && make != screen->name())
        parts << make;
    const QSize pixels = (QSizeF(screen->size()) * screen->devicePixelRatio()).toSize();
    parts << tr("%1 × %2").arg(pixels.width()).arg(pixels.height());
    return parts.join(QStringLiteral(" · "));
}

void ScreenChooser::done(int result)
{
    stopTest();
    QDialog::done(result);
}

void ScreenChooser::refresh()
{
    QScreen* previous = selectedScreen();
    m_screens.clear();
    m_list->clear();
    for (QScreen* screen : customerScreens(m_staffWindow)) {
        m_screens << screen;
        auto* item = new QListWidgetItem(describe(screen), m_list);
        item->setData(Qt::AccessibleTextRole, item->text());
    }
    if (m_screens.contains(QPointer<QScreen>(previous)))
        setSelectedScreen(previous);
    else if (!m_screens.isEmpty())
        m_list->setCurrentRow(0);
    else
        stopTest();

    const QString reason = unavailableReason(m_staffWindow);
    m_reason->setText(reason);
    m_reason->setAccessibleName(reason);
    m_reason->setVisible(!reason.isEmpty());
    m_list->setVisible(reason.isEmpty());
    updateButtons();
}

void ScreenChooser::updateButtons()
{
    const bool chosen = selectedScreen() != nullptr;
    m_testButton->setEnabled(chosen);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen);
    m_testButton->setText(isTesting() ? tr("S&top test") : tr("&Test display"));
    m_testButton->setAccessibleName(isTesting() ? tr("Stop test") : tr("Test display"));
}

void ScreenChooser::toggleTest()
{
    if (isTesting()) {
        stopTest();
        return;
    }
    QScreen* screen = selectedScreen();
    if (!screen)
        return;
    if (!m_testDisplay)
        m_testDisplay = std::make_unique<CustomerDisplay>();
    m_testDisplay->showTest();
    m_testDisplay->showFullScreenOn(screen);
    m_testTimer.start();
    updateButtons();
}

void ScreenChooser::stopTest()
{
    m_testTimer.stop();
    if (m_testDisplay)
        m_testDisplay->hide();
    updateButtons();
}

} // namespace Ui
