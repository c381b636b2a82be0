// Ui::SettingsDialog driven like staff drive it (QTest key clicks into widgets found by
// objectName): adding a profile, inline problems that keep the dialog open, the password going
// to the credential store and never into the settings file, renaming and removing, a failing
// store shown in the dialog, and the accessibility basics (names, buddies, tab order).

#include "config/fallbackcredentialstore.h"
#include "config/memorycredentialstore.h"
#include "config/profilestore.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

const QString Secret = QStringLiteral("s3cret-Password-for-tests-91");

template <typename T> T* child(QWidget& root, const char* objectName)
{
    return root.findChild<T*>(QString::fromLatin1(objectName));
}

void replaceText(QWidget* editor, const QString& text)
{
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClicks(editor, text);
}

// Qt's own parts of a widget: viewports, scroll bars, a spin box's line edit.
bool isQtPart(QWidget* widget, QWidget* root)
{
    if (qobject_cast<QScrollBar*>(widget))
        return true;
    for (QWidget* w = widget; w && w != root; w = w->parentWidget()) {
        if (w->objectName().startsWith(QLatin1String("qt_")) ||
            qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            return true;
    }
    return false;
}

Config::Profile storedProfile()
{
    Config::Profile profile;
    profile.name = QStringLiteral("Sandbox");
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8123"));
    profile.username = QStringLiteral("demo");
    profile.returnUrl = QStringLiteral("https://bank.example/done");
    return profile;
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("desk.conf")); }

    std::unique_ptr<Ui::SettingsDialog> openDialog()
    {
        auto dialog = std::make_unique<Ui::SettingsDialog>(*m_profiles, *m_credentials);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qWarning("the dialog was not exposed");
        return dialog;
    }

    // Fills the selected profile with valid values.
    void fillValidProfile(QWidget& dialog, const QString& name)
    {
        replaceText(child<QLineEdit>(dialog, "profileName"), name);
        replaceText(child<QLineEdit>(dialog, "baseUrl"),
                    QStringLiteral("https://platform.example.com"));
        replaceText(child<QLineEdit>(dialog, "username"), QStringLiteral("desk-7"));
        replaceText(child<QLineEdit>(dialog, "password"), Secret);
        replaceText(child<QLineEdit>(dialog, "returnUrl"),
                    QStringLiteral("https://bank.example/done"));
        replaceText(child<QPlainTextEdit>(dialog, "themes"), QStringLiteral("bank-blue, bank-red"));
        replaceText(child<QPlainTextEdit>(dialog, "allowedLinkHosts"),
                    QStringLiteral("*.links.example.com"));
        replaceText(child<QSpinBox>(dialog, "pollInterval"), QStringLiteral("15"));
        replaceText(child<QSpinBox>(dialog, "timeout"), QStringLiteral("45"));
    }

    static void saveScreenshot(QWidget& dialog, const QString& name)
    {
        const QString folder = qEnvironmentVariable("ENROLMENT_SCREENSHOTS");
        if (!folder.isEmpty())
            dialog.grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    static void clickOk(QWidget& dialog)
    {
        auto* ok = child<QPushButton>(dialog, "ok");
        QVERIFY(ok);
        QTest::mouseClick(ok, Qt::LeftButton);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_ini;
    std::unique_ptr<Config::ProfileStore> m_profiles;
    std::unique_ptr<Config::MemoryCredentialStore> m_credentials;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_ini = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
        m_profiles = std::make_unique<Config::ProfileStore>(*m_ini);
        m_credentials = std::make_unique<Config::MemoryCredentialStore>();
    }

    void addAndSaveAProfile()
    {
        auto dialog = openDialog();
        QSignalSpy changed(dialog.get(), &Ui::SettingsDialog::profilesChanged);
        QVERIFY(!child<QWidget>(*dialog, "profileEditor")->isEnabled()); // nothing to edit yet
        QTest::mouseClick(child<QPushButton>(*dialog, "addProfile"), Qt::LeftButton);
        QCOMPARE(child<QListWidget>(*dialog, "profileList")->count(), 1);
        fillValidProfile(*dialog, QStringLiteral("Branch 7"));
        QCOMPARE(child<QListWidget>(*dialog, "profileList")->item(0)->text(),
                 QStringLiteral("Branch 7"));
        QCOMPARE(child<QLineEdit>(*dialog, "password")->echoMode(), QLineEdit::Password);
        clickOk(*dialog);

        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(changed.count(), 1);
        const auto saved = m_profiles->load(QStringLiteral("Branch 7"));
        QVERIFY(saved);
        QCOMPARE(saved->baseUrl, QUrl(QStringLiteral("https://platform.example.com")));
        QCOMPARE(saved->username, QStringLiteral("desk-7"));
        QCOMPARE(saved->returnUrl, QStringLiteral("https://bank.example/done"));
        QCOMPARE(saved->themes,
                 (QStringList{QStringLiteral("bank-blue"), QStringLiteral("bank-red")}));
        QCOMPARE(saved->allowedLinkHosts, QStringList{QStringLiteral("*.links.example.com")});
        QCOMPARE(saved->pollIntervalSeconds, 15);
        QCOMPARE(saved->timeoutSeconds, 45);
        QCOMPARE(m_credentials->password(QStringLiteral("Branch 7")), Secret);

        m_ini->sync();
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("Branch"));
        QVERIFY(!bytes.contains(Secret.toUtf8()));
        QVERIFY(!bytes.contains(Secret.toUtf8().toBase64()));
    }

    void invalidBaseUrlKeepsTheDialogOpen()
    {
        auto dialog = openDialog();
        QSignalSpy changed(dialog.get(), &Ui::SettingsDialog::profilesChanged);
        QTest::mouseClick(child<QPushButton>(*dialog, "addProfile"), Qt::LeftButton);
        fillValidProfile(*dialog, QStringLiteral("Branch 7"));
        replaceText(child<QLineEdit>(*dialog, "baseUrl"),
                    QStringLiteral("http://platform.example.com"));
        clickOk(*dialog);

        QVERIFY(dialog->isVisible());
        auto* problem = child<QLabel>(*dialog, "baseUrlProblem");
        QVERIFY(problem && problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("https://")), qPrintable(problem->text()));
        QVERIFY(!child<QLabel>(*dialog, "returnUrlProblem")->isVisible());
        QVERIFY(child<QLabel>(*dialog, "message")->isVisible());
        QVERIFY(m_profiles->names().isEmpty());
        QVERIFY(!m_credentials->contains(QStringLiteral("Branch 7")));
        QCOMPARE(changed.count(), 0);

        // Plain http is fine to the local sandbox.
        replaceText(child<QLineEdit>(*dialog, "baseUrl"), QStringLiteral("http://127.0.0.1:8123"));
        clickOk(*dialog);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(m_profiles->names(), QStringList{QStringLiteral("Branch 7")});
    }

    void otherInvalidFieldsAreShownInline()
    {
        auto dialog = openDialog();
        QTest::mouseClick(child<QPushButton>(*dialog, "addProfile"), Qt::LeftButton);
        fillValidProfile(*dialog, QStringLiteral("bad/name"));
        replaceText(child<QLineEdit>(*dialog, "returnUrl"), QStringLiteral("bank.example"));
        replaceText(child<QPlainTextEdit>(*dialog, "allowedLinkHosts"),
                    QStringLiteral("https://links.example.com"));
        clickOk(*dialog);
        QVERIFY(dialog->isVisible());
        for (const char* name :
             {"profileNameProblem", "returnUrlProblem", "allowedLinkHostsProblem"})
            QVERIFY2(child<QLabel>(*dialog, name)->isVisible(), name);
        QVERIFY(!child<QLabel>(*dialog, "baseUrlProblem")->isVisible());
        QVERIFY(m_profiles->names().isEmpty());
    }

    void storedPasswordIsNeverShownAndKept()
    {
        m_profiles->save(storedProfile());
        m_credentials->setPassword(QStringLiteral("Sandbox"), Secret);
        auto dialog = openDialog();
        auto* status = child<QLabel>(*dialog, "passwordStatus");
        QTRY_VERIFY2(status->text().contains(QLatin1String("stored in the system keychain")),
                     qPrintable(status->text()));
        QVERIFY(child<QLineEdit>(*dialog, "password")->text().isEmpty());

        // Rename and change the username; the empty field keeps the stored password.
        replaceText(child<QLineEdit>(*dialog, "profileName"), QStringLiteral("Production"));
        replaceText(child<QLineEdit>(*dialog, "username"), QStringLiteral("desk-9"));
        clickOk(*dialog);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(m_profiles->names(), QStringList{QStringLiteral("Production")});
        QCOMPARE(m_profiles->load(QStringLiteral("Production"))->username,
                 QStringLiteral("desk-9"));
        QCOMPARE(m_credentials->password(QStringLiteral("Production")), Secret);
        QVERIFY(!m_credentials->contains(QStringLiteral("Sandbox")));
    }

    void removeAsksAndForgetsThePassword()
    {
        m_profiles->save(storedProfile());
        m_credentials->setPassword(QStringLiteral("Sandbox"), Secret);
        auto dialog = openDialog();
        QString question;
        // Pre-answer the confirmation, which is modal.
        auto* answer = new QTimer(dialog.get());
        answer->setInterval(10);
        connect(answer, &QTimer::timeout, dialog.get(), [&question] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        answer->start();
        QTest::mouseClick(child<QPushButton>(*dialog, "removeProfile"), Qt::LeftButton);
        answer->stop();
        QVERIFY2(question.contains(QLatin1String("Sandbox")), qPrintable(question));
        QCOMPARE(child<QListWidget>(*dialog, "profileList")->count(), 0);
        QVERIFY(m_profiles->contains(QStringLiteral("Sandbox"))); // nothing happens before OK
        clickOk(*dialog);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(m_profiles->names().isEmpty());
        QVERIFY(!m_credentials->contains(QStringLiteral("Sandbox")));
    }

    void credentialStoreProblemIsShown()
    {
        const QString problem = QStringLiteral("No system keychain is available on this computer, "
                                               "so the password cannot be saved.");
        m_credentials->setProblem(problem);
        auto dialog = openDialog();
        QSignalSpy changed(dialog.get(), &Ui::SettingsDialog::profilesChanged);
        QTest::mouseClick(child<QPushButton>(*dialog, "addProfile"), Qt::LeftButton);
        fillValidProfile(*dialog, QStringLiteral("Branch 7"));
        clickOk(*dialog);

        auto* message = child<QLabel>(*dialog, "message");
        QTRY_VERIFY(message->text().contains(problem));
        QVERIFY(message->text().contains(QLatin1String("Set ENROLMENT_DESK_PASSWORD before "
                                                       "starting the desk")));
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(*dialog, "passwordStatus")->text().contains(problem));
        QVERIFY(m_profiles->contains(QStringLiteral("Branch 7"))); // the profile itself is saved
        QCOMPARE(changed.count(), 1);
        QVERIFY(child<QPushButton>(*dialog, "ok")->isEnabled());

        // Once the store works again, OK saves the password that is still waiting.
        m_credentials->setProblem(QString());
        clickOk(*dialog);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(m_credentials->password(QStringLiteral("Branch 7")), Secret);
    }

    // Issue 13: without a keychain, OK saves the profiles, says so once and closes the next time;
    // the typed password serves until the desk closes.
    void withoutAKeychainOkClosesAndThePasswordServesThisRun()
    {
        const QString problem = QStringLiteral("No system keychain is available on this computer, "
                                               "so the password cannot be saved.");
        m_credentials->setProblem(problem);
        Config::FallbackCredentialStore store(*m_credentials);
        Ui::SettingsDialog dialog(*m_profiles, store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(dialog, "addProfile"), Qt::LeftButton);
        fillValidProfile(dialog, QStringLiteral("Branch 7"));
        clickOk(dialog);

        auto* message = child<QLabel>(dialog, "message");
        QTRY_VERIFY(message->text().contains(problem));
        QVERIFY2(message->text().contains(QLatin1String("kept until the desk closes")),
                 qPrintable(message->text()));
        QVERIFY(dialog.isVisible());
        QVERIFY(m_profiles->contains(QStringLiteral("Branch 7")));
        auto* status = child<QLabel>(dialog, "passwordStatus");
        QVERIFY2(status->text().contains(QLatin1String("kept until the desk closes")),
                 qPrintable(status->text()));
        QVERIFY(child<QLineEdit>(dialog, "password")->text().isEmpty());
        // The whole notice is readable: the dialog grew to show it.
        QTRY_VERIFY(message->height() >= message->heightForWidth(message->width()));
        saveScreenshot(dialog, QStringLiteral("settings-no-keychain"));

        clickOk(dialog);
        QTRY_VERIFY(!dialog.isVisible());
        QVERIFY(store.keepsForThisRun(QStringLiteral("Branch 7")));
        QString read;
        store.readPassword(QStringLiteral("Branch 7"), this,
                           [&read](const Config::CredentialStore::ReadResult& result) {
                               read = result.password.value_or(QString());
                           });
        QTRY_COMPARE(read, Secret);
        m_ini->sync();
        QFile ini(iniPath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(Secret.toUtf8()));
    }

    void aProblemSeenOnceDoesNotHoldTheDialogOpen()
    {
        const QString problem = QStringLiteral("The keychain is locked.");
        m_credentials->setProblem(problem);
        auto dialog = openDialog(); // a plain store: nothing is kept for this run
        QTest::mouseClick(child<QPushButton>(*dialog, "addProfile"), Qt::LeftButton);
        fillValidProfile(*dialog, QStringLiteral("Branch 7"));
        clickOk(*dialog);
        QTRY_VERIFY(child<QLabel>(*dialog, "message")->text().contains(problem));
        QVERIFY(dialog->isVisible());
        clickOk(*dialog); // the same problem again: the profiles are saved, staff were told
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(m_profiles->contains(QStringLiteral("Branch 7")));
    }

    void thePasswordFromTheEnvironmentIsNamedAsUsed()
    {
        m_profiles->save(storedProfile());
        const QString problem = QStringLiteral("No system keychain is available.");
        m_credentials->setProblem(problem);
        auto dialog = openDialog();
        dialog->setPasswordFromEnvironment(true);
        auto* status = child<QLabel>(*dialog, "passwordStatus");
        QTRY_VERIFY(status->text().contains(problem));
        QVERIFY2(status->text().contains(QLatin1String("This run uses the password from "
                                                       "ENROLMENT_DESK_PASSWORD")),
                 qPrintable(status->text()));
        QVERIFY(!status->text().contains(QLatin1String("Set ENROLMENT_DESK_PASSWORD")));
        // The notice is whole the first time it appears.
        QTRY_VERIFY(status->height() >= status->heightForWidth(status->width()));
        saveScreenshot(*dialog, QStringLiteral("settings-environment-password"));
        // Nothing was touched: OK closes at once.
        clickOk(*dialog);
        QTRY_VERIFY(!dialog->isVisible());
    }

    // Issue 13: after Add, typing replaces the suggested name; the return URL says it is required.
    void addSelectsTheNewNameAndTheReturnUrlIsMarkedRequired()
    {
        auto dialog = openDialog();
        QTest::mouseClick(child<QPushButton>(*dialog, "addProfile"), Qt::LeftButton);
        auto* name = child<QLineEdit>(*dialog, "profileName");
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Branch 9"));
        QCOMPARE(name->text(), QStringLiteral("Branch 9"));
        QCOMPARE(child<QListWidget>(*dialog, "profileList")->item(0)->text(),
                 QStringLiteral("Branch 9"));
        bool marked = false;
        for (const QLabel* label : dialog->findChildren<QLabel*>()) {
            if (label->buddy() == child<QLineEdit>(*dialog, "returnUrl"))
                marked = label->text().contains(QLatin1String("required"));
        }
        QVERIFY(marked);
    }

    void widgetsAreNamedLabelledAndInTabOrder()
    {
        m_profiles->save(storedProfile());
        auto dialog = openDialog();
        const QList<QWidget*> widgets = dialog->findChildren<QWidget*>();
        int checked = 0;
        for (QWidget* widget : widgets) {
            if (isQtPart(widget, dialog.get()))
                continue;
            if (!(widget->focusPolicy() & Qt::TabFocus) && !qobject_cast<QLabel*>(widget))
                continue;
            ++checked;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            if (!qobject_cast<QLabel*>(widget))
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        QVERIFY(checked > 30); // the fields, buttons, labels and problem labels
        for (QLabel* label : dialog->findChildren<QLabel*>()) {
            if (label->text().contains(QLatin1Char('&')))
                QVERIFY2(label->buddy(), qPrintable(label->objectName()));
        }

        const QStringList expected{QStringLiteral("profileList"),
                                   QStringLiteral("addProfile"),
                                   QStringLiteral("duplicateProfile"),
                                   QStringLiteral("removeProfile"),
                                   QStringLiteral("profileName"),
                                   QStringLiteral("baseUrl"),
                                   QStringLiteral("username"),
                                   QStringLiteral("password"),
                                   QStringLiteral("returnUrl"),
                                   QStringLiteral("themes"),
                                   QStringLiteral("allowedLinkHosts"),
                                   QStringLiteral("pollInterval"),
                                   QStringLiteral("timeout"),
                                   QStringLiteral("caBundle"),
                                   QStringLiteral("caBundleBrowse"),
                                   QStringLiteral("ok"),
                                   QStringLiteral("cancel")};
        QStringList chain;
        QWidget* widget = child<QWidget>(*dialog, "profileList");
        for (int i = 0; i < 200 && chain.size() < expected.size(); ++i) {
            if (expected.contains(widget->objectName()) && !chain.contains(widget->objectName()))
                chain.append(widget->objectName());
            widget = widget->nextInFocusChain();
        }
        QCOMPARE(chain, expected);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
