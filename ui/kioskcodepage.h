#pragma once
// The kiosk page with the customer's QR code: a short instruction, the code as large as the
// screen allows, the time left, "I have scanned the code" (which hides the code from the next
// person in the queue) and "I can't scan", whose help sends the customer to the staff: the link
// itself is never written on a public screen.

#include <QColor>
#include <QString>
#include <QWidget>

#include <optional>

class QBoxLayout;
class QLabel;
class QPushButton;

namespace Ui {

class QrView;

class KioskCodePage : public QWidget
{
    Q_OBJECT

public:
    explicit KioskCodePage(QWidget* parent = nullptr);

    void setLanguage(const QString& shownLanguage);
    // Around the code's white square (the square itself stays white).
    void setBackground(const QColor& colour);
    // The code of the link; the help is folded away and the time left forgotten.
    void showCode(const QString& link);
    void setSecondsLeft(qint64 seconds);
    // No code, no time, no help: nothing of the last customer.
    void clear();

    QString shownLink() const;
    QrView* qrView() const { return m_qrView; }
    bool isHelpShown() const;

Q_SIGNALS:
    void scanned();
    void cancelled();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void render();

    QString m_language;
    std::optional<qint64> m_secondsLeft;
    QBoxLayout* m_layout;
    QrView* m_qrView;
    QLabel* m_instruction;
    QLabel* m_timeLeft;
    QPushButton* m_scanned;
    QPushButton* m_cantScan;
    QLabel* m_help;
    QPushButton* m_cancel;
};

} // namespace Ui
