#include "profiledrafts.h"

#include <QCoreApplication>

namespace Config {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Config::ProfileDrafts)
};

} // namespace

ProfileDrafts::ProfileDrafts(ProfileStore& store, QStringList* damaged)
    : m_store(store)
{
    for (const QString& name : m_store.names()) {
        const auto profile = m_store.load(name, damaged);
        if (!profile)
            continue;
        m_drafts.push_back({*profile, *profile, name, QString()});
        m_keychainNames.insert(name);
    }
}

std::optional<std::size_t> ProfileDrafts::indexOf(const QString& name) const
{
    for (std::size_t i = 0; i < m_drafts.size(); ++i) {
        if (m_drafts[i].profile.name == name)
            return i;
    }
    return std::nullopt;
}

QString ProfileDrafts::uniqueName(const QString& base) const
{
    auto taken = [this](const QString& name) {
        for (const Draft& draft : m_drafts) {
            if (draft.profile.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

std::size_t ProfileDrafts::add(const QString& baseName)
{
    Draft draft;
    draft.profile.name = uniqueName(baseName);
    draft.saved.name.clear();
    m_drafts.push_back(draft);
    return m_drafts.size() - 1;
}

std::size_t ProfileDrafts::duplicate(std::size_t index, const QString& baseName)
{
    Draft copy = m_drafts.at(index); // with its password source or typed password
    copy.profile.name = uniqueName(baseName);
    copy.saved = Profile();
    m_drafts.push_back(copy);
    return m_drafts.size() - 1;
}

void ProfileDrafts::remove(std::size_t index)
{
    const Draft& draft = m_drafts.at(index);
    if (!draft.saved.name.isEmpty())
        m_removed.append(draft.saved.name);
    m_drafts.erase(m_drafts.begin() + static_cast<std::ptrdiff_t>(index));
}

QList<ProfileProblem> ProfileDrafts::problems(std::size_t index) const
{
    const Profile& profile = m_drafts.at(index).profile;
    QList<ProfileProblem> problems = checkProfile(profile);
    for (std::size_t other = 0; other < index; ++other) {
        if (m_drafts[other].profile.name.compare(profile.name, Qt::CaseInsensitive) == 0) {
            problems.prepend(
                {ProfileField::Name,
                 Text::tr("Another profile is already named “%1”.").arg(profile.name)});
            break;
        }
    }
    return problems;
}

std::optional<std::size_t> ProfileDrafts::firstInvalid() const
{
    for (std::size_t i = 0; i < m_drafts.size(); ++i) {
        if (!problems(i).isEmpty())
            return i;
    }
    return std::nullopt;
}

bool ProfileDrafts::save()
{
    bool changed = false;
    for (const QString& name : std::as_const(m_removed)) {
        m_store.remove(name);
        changed = true;
    }
    m_removed.clear();
    for (const Draft& draft : m_drafts) {
        if (!draft.saved.name.isEmpty() && draft.saved.name != draft.profile.name) {
            m_store.remove(draft.saved.name);
            changed = true;
        }
    }
    for (Draft& draft : m_drafts) {
        if (draft.profile == draft.saved)
            continue;
        m_store.save(draft.profile);
        draft.saved = draft.profile;
        changed = true;
    }
    return changed;
}

PasswordChanges ProfileDrafts::passwordChanges() const
{
    PasswordChanges changes;
    QSet<QString> kept;
    for (const Draft& draft : m_drafts) {
        const QString& name = draft.profile.name;
        if (!draft.newPassword.isEmpty()) {
            changes.writes.append({name, draft.newPassword});
            kept.insert(name);
        } else if (draft.passwordSource == name) {
            kept.insert(name);
        } else if (!draft.passwordSource.isEmpty()) {
            changes.copies.append({draft.passwordSource, name});
        }
    }
    // Entries of removed or renamed profiles, and of names now used by a profile that brings
    // its password from elsewhere (or has none yet).
    for (const QString& entry : m_keychainNames) {
        if (!kept.contains(entry))
            changes.deletes.append(entry);
    }
    changes.deletes.sort();
    return changes;
}

void ProfileDrafts::applied(const PasswordOutcome& outcome)
{
    for (const QString& entry : outcome.deleted)
        m_keychainNames.remove(entry);
    for (const QString& entry : outcome.written)
        m_keychainNames.insert(entry);
    for (Draft& draft : m_drafts) {
        if (outcome.failed.contains(draft.profile.name))
            continue;
        draft.newPassword.clear();
        draft.passwordSource = draft.profile.name;
    }
}

} // namespace Config
