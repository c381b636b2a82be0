#pragma once
// What the freedesktop Secret Service (GNOME Keyring, KeePassXC, KWallet's bridge) says about an
// entry, asked over D-Bus only when QtKeychain's answer cannot tell staff what is wrong: through
// libsecret it reports a locked keyring and a cancelled unlock as "not found", a delete from a
// locked keyring as done, and a stopped service as a raw D-Bus error. Linux and other freedesktop
// systems only; elsewhere the answer is Unknown at once.

#include <QObject>
#include <QString>

#include <functional>

namespace Config {

struct SecretServiceState {
    enum class Service { Unknown, Running, Missing };
    Service service = Service::Unknown;
    bool itemLocked = false;   // an entry with the attributes exists, behind a lock
    bool itemUnlocked = false; // an entry with the attributes can be read
    bool defaultCollectionLocked = false;
};

class SecretServiceProbe
{
public:
    using Callback = std::function<void(const SecretServiceState&)>;

    // Searches for entries whose attribute "user" is user (QtKeychain's key) and reads whether the
    // default collection is locked. Answers once, later, unless context is destroyed first.
    static void probe(const QString& user, QObject* context, Callback done);

    // Whether QtKeychain's Secret Service library (libsecret-1.so.0) can be loaded.
    static bool libraryLoadable();
};

} // namespace Config
