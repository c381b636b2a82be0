#pragma once
// The desk's general settings (not profiles): one table in settings.cpp names every key with its
// storage path, type and default. A stored value of the wrong type reads as the default, so a
// damaged settings file never stops the desk. Every path round-trips through Qt's ini format
// across processes (tst_settingsacrossprocesses). Profiles live in ProfileStore, passwords in a
// CredentialStore.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace Config {

class Settings : public QObject
{
    Q_OBJECT

public:
    // Adding a key: a value here and one row in the table in settings.cpp.
    enum class Key {
        ActiveProfile,      // QString: the profile the staff window uses
        MainWindowGeometry, // QByteArray: QWidget::saveGeometry()
        MainWindowState,    // QByteArray: QMainWindow::saveState()
        UiLanguage,         // QString: the staff's language code (Config::uiLanguages()); empty:
                            // the system's
    };
    Q_ENUM(Key)

    explicit Settings(QSettings& settings, QObject* parent = nullptr);

    // The stored value converted to the key's type, or the default when it is missing or unusable.
    QVariant value(Key key) const;
    // Stores value when it has (or converts losslessly to) the key's type; returns false and
    // stores nothing otherwise. Emits changed(key) when the stored value changed.
    bool setValue(Key key, const QVariant& value);
    // Forgets the stored value, so the key reads as its default again.
    void reset(Key key);

    QString activeProfile() const;
    void setActiveProfile(const QString& name);
    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray& state);
    QString uiLanguage() const;
    void setUiLanguage(const QString& code);

    // The table, for tests and diagnostics.
    static QList<Key> keys();
    static QString path(Key key); // e.g. "window/geometry"
    static QMetaType::Type type(Key key);
    static QVariant defaultValue(Key key);

Q_SIGNALS:
    void changed(Config::Settings::Key key);

private:
    // Moves values still stored where an earlier version kept them (see the table).
    void migrateLegacyPaths();

    QSettings& m_settings;
};

} // namespace Config
