#pragma once
// The profiles as the settings dialog edits them before OK: added, duplicated, renamed and
// removed drafts, checked together, then saved to the ProfileStore in one go, with the keychain
// changes that follow from them (a renamed profile keeps its password, a removed one loses it).

#include "passwordchanges.h"
#include "profilecheck.h"
#include "profilestore.h"

#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

namespace Config {

class ProfileDrafts
{
public:
    struct Draft {
        Profile profile;
        Profile saved;          // as in the store; empty name when not saved yet
        QString passwordSource; // keychain entry holding its password; empty when none yet
        QString newPassword;    // typed; empty keeps the stored one
    };

    // Loads every profile; damaged receives a sentence per unusable stored value.
    explicit ProfileDrafts(ProfileStore& store, QStringList* damaged = nullptr);

    std::size_t size() const { return m_drafts.size(); }
    const Draft& at(std::size_t index) const { return m_drafts.at(index); }
    Draft& at(std::size_t index) { return m_drafts.at(index); }
    std::optional<std::size_t> indexOf(const QString& name) const;

    // Each returns the new draft's index.
    std::size_t add(const QString& baseName);
    std::size_t duplicate(std::size_t index, const QString& baseName);
    void remove(std::size_t index);
    // base, or "base 2", "base 3"... whichever no draft uses (ignoring case).
    QString uniqueName(const QString& base) const;

    // The draft's problems, including a name another draft already has.
    QList<ProfileProblem> problems(std::size_t index) const;
    std::optional<std::size_t> firstInvalid() const;

    // Writes what changed to the store (removals first, so swapped names end up right); true
    // when the store changed.
    bool save();
    // What the keychain must do after save(): write typed passwords, carry stored ones over to
    // renamed and duplicated profiles, forget the entries no profile uses any more.
    PasswordChanges passwordChanges() const;
    // Records the store's answer; failed passwords stay pending, so the next OK tries again.
    void applied(const PasswordOutcome& outcome);

private:
    ProfileStore& m_store;
    std::vector<Draft> m_drafts;
    QStringList m_removed;         // saved names to remove from the store
    QSet<QString> m_keychainNames; // entries that may hold a password
};

} // namespace Config
