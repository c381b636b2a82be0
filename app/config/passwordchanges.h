#pragma once
// Applies the password side of a profile edit through a CredentialStore, in an order that keeps
// renames, duplicates and swapped names right: first read every password to copy, then delete
// the entries no profile uses any more, then write. One step runs at a time.

#include "credentialstore.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace Config {

struct PasswordChanges {
    struct Copy {
        QString from; // entry to read
        QString to;   // entry to write the same password to
    };
    struct Write {
        QString profile;
        QString password;
    };
    QList<Copy> copies;
    QStringList deletes;
    QList<Write> writes;

    bool isEmpty() const { return copies.isEmpty() && deletes.isEmpty() && writes.isEmpty(); }
};

struct PasswordOutcome {
    QStringList problems;  // distinct sentences for staff; empty when everything worked
    QSet<QString> written; // entries now holding a password (copied or written)
    QSet<QString> deleted; // entries removed
    QSet<QString> failed;  // copy or write targets that did not get their password
};

// Answers once through done, unless context is destroyed first. A delete is skipped when a copy
// from that entry could not be read, so a failing keychain never loses a password.
void applyPasswordChanges(CredentialStore& store, const PasswordChanges& changes, QObject* context,
                          std::function<void(const PasswordOutcome&)> done);

} // namespace Config
