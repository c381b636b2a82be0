// Config::ProfileDrafts and applyPasswordChanges over a MemoryCredentialStore: renamed,
// swapped, duplicated and removed profiles keep or lose their passwords as staff expect, and a
// failing store never loses a password.

#include "config/memorycredentialstore.h"
#include "config/profiledrafts.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using Config::ProfileDrafts;

namespace {

Config::Profile profileNamed(const QString& name)
{
    Config::Profile profile;
    profile.name = name;
    profile.baseUrl = QUrl(QStringLiteral("https://platform.example.com"));
    profile.username = QStringLiteral("desk");
    profile.returnUrl = QStringLiteral("https://bank.example/done");
    return profile;
}

} // namespace

class TestProfileDrafts : public QObject
{
    Q_OBJECT

private:
    const QString A = QStringLiteral("Alpha");
    const QString B = QStringLiteral("Beta");

    // Saves the drafts and applies their password changes; the store's answer.
    Config::PasswordOutcome commit(ProfileDrafts& drafts)
    {
        drafts.save();
        std::optional<Config::PasswordOutcome> outcome;
        QObject context;
        Config::applyPasswordChanges(m_credentials, drafts.passwordChanges(), &context,
                                     [&outcome](const Config::PasswordOutcome& o) { outcome = o; });
        [&] { QTRY_VERIFY(outcome.has_value()); }();
        if (!outcome)
            return {};
        drafts.applied(*outcome);
        return *outcome;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_ini;
    std::unique_ptr<Config::ProfileStore> m_store;
    Config::MemoryCredentialStore m_credentials;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_ini = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("desk.conf")),
                                            QSettings::IniFormat);
        m_store = std::make_unique<Config::ProfileStore>(*m_ini);
        m_store->save(profileNamed(A));
        m_store->save(profileNamed(B));
        m_credentials.setProblem(QString());
        m_credentials.setPassword(A, QStringLiteral("pw-alpha"));
        m_credentials.setPassword(B, QStringLiteral("pw-beta"));
    }

    void nothingChangedDoesNothing()
    {
        ProfileDrafts drafts(*m_store);
        QCOMPARE(drafts.size(), std::size_t(2));
        QVERIFY(!drafts.firstInvalid());
        QVERIFY(!drafts.save());
        QVERIFY(drafts.passwordChanges().isEmpty());
    }

    void renameKeepsThePassword()
    {
        ProfileDrafts drafts(*m_store);
        drafts.at(*drafts.indexOf(A)).profile.name = QStringLiteral("Gamma");
        const Config::PasswordOutcome outcome = commit(drafts);
        QVERIFY(outcome.problems.isEmpty());
        QCOMPARE(m_store->names(), (QStringList{B, QStringLiteral("Gamma")}));
        QCOMPARE(m_credentials.password(QStringLiteral("Gamma")), QStringLiteral("pw-alpha"));
        QVERIFY(!m_credentials.contains(A));
        QVERIFY(drafts.passwordChanges().isEmpty());
    }

    void swappedNamesSwapPasswords()
    {
        ProfileDrafts drafts(*m_store);
        const std::size_t a = *drafts.indexOf(A);
        const std::size_t b = *drafts.indexOf(B);
        drafts.at(a).profile.name = B;
        drafts.at(a).profile.username = QStringLiteral("was-alpha");
        drafts.at(b).profile.name = A;
        QVERIFY(!drafts.firstInvalid());
        QVERIFY(commit(drafts).problems.isEmpty());
        QCOMPARE(m_store->load(B)->username, QStringLiteral("was-alpha"));
        QCOMPARE(m_credentials.password(B), QStringLiteral("pw-alpha"));
        QCOMPARE(m_credentials.password(A), QStringLiteral("pw-beta"));
    }

    void duplicateCopiesAndRemoveForgets()
    {
        ProfileDrafts drafts(*m_store);
        const std::size_t copy = drafts.duplicate(*drafts.indexOf(A), A + QStringLiteral(" copy"));
        QCOMPARE(drafts.at(copy).profile.name, QStringLiteral("Alpha copy"));
        drafts.remove(*drafts.indexOf(B));
        QVERIFY(commit(drafts).problems.isEmpty());
        QCOMPARE(m_store->names(), (QStringList{A, QStringLiteral("Alpha copy")}));
        QCOMPARE(m_credentials.password(QStringLiteral("Alpha copy")), QStringLiteral("pw-alpha"));
        QCOMPARE(m_credentials.password(A), QStringLiteral("pw-alpha"));
        QVERIFY(!m_credentials.contains(B));
    }

    void aNewProfileNeverInheritsARemovedOnesPassword()
    {
        ProfileDrafts drafts(*m_store);
        drafts.remove(*drafts.indexOf(B));
        const std::size_t added = drafts.add(B);
        QCOMPARE(drafts.at(added).profile.name, B); // the name is free again
        drafts.at(added).profile = profileNamed(B);
        QVERIFY(commit(drafts).problems.isEmpty());
        QVERIFY(m_store->contains(B));
        QVERIFY(!m_credentials.contains(B));
    }

    void typedPasswordIsWritten()
    {
        ProfileDrafts drafts(*m_store);
        const std::size_t added = drafts.add(QStringLiteral("New"));
        drafts.at(added).profile = profileNamed(QStringLiteral("New"));
        drafts.at(added).newPassword = QStringLiteral("pw-new");
        drafts.at(*drafts.indexOf(A)).newPassword = QStringLiteral("pw-alpha-2");
        QVERIFY(commit(drafts).problems.isEmpty());
        QCOMPARE(m_credentials.password(QStringLiteral("New")), QStringLiteral("pw-new"));
        QCOMPARE(m_credentials.password(A), QStringLiteral("pw-alpha-2"));
        QVERIFY(drafts.at(added).newPassword.isEmpty());
    }

    void namesMustDifferIgnoringCase()
    {
        ProfileDrafts drafts(*m_store);
        QCOMPARE(drafts.uniqueName(QStringLiteral("alpha")), QStringLiteral("alpha 2"));
        drafts.at(*drafts.indexOf(B)).profile.name = QStringLiteral("ALPHA");
        const auto invalid = drafts.firstInvalid();
        QVERIFY(invalid);
        QCOMPARE(drafts.problems(*invalid).first().field, Config::ProfileField::Name);
    }

    void failingStoreLosesNothingAndRetries()
    {
        ProfileDrafts drafts(*m_store);
        drafts.at(*drafts.indexOf(A)).profile.name = QStringLiteral("Gamma");
        const QString problem = QStringLiteral("No system keychain is available.");
        m_credentials.setProblem(problem);
        const Config::PasswordOutcome failed = commit(drafts);
        QCOMPARE(failed.problems, QStringList{problem}); // one sentence, however many steps
        QVERIFY(failed.failed.contains(QStringLiteral("Gamma")));
        QVERIFY(m_store->contains(QStringLiteral("Gamma"))); // the profile itself is saved
        QCOMPARE(m_credentials.password(A), QStringLiteral("pw-alpha"));

        m_credentials.setProblem(QString());
        QVERIFY(commit(drafts).problems.isEmpty());
        QCOMPARE(m_credentials.password(QStringLiteral("Gamma")), QStringLiteral("pw-alpha"));
        QVERIFY(!m_credentials.contains(A));
    }

    void destroyedContextStopsTheBatch()
    {
        Config::PasswordChanges changes;
        changes.writes.append({A, QStringLiteral("never")});
        changes.writes.append({B, QStringLiteral("never")});
        bool answered = false;
        auto context = std::make_unique<QObject>();
        Config::applyPasswordChanges(
            m_credentials, changes, context.get(),
            [&answered](const Config::PasswordOutcome&) { answered = true; });
        context.reset();
        bool sentinel = false;
        QObject alive;
        m_credentials.readPassword(A, &alive, [&sentinel](const auto&) { sentinel = true; });
        QTRY_VERIFY(sentinel);
        QCoreApplication::processEvents();
        QVERIFY(!answered);
        QCOMPARE(m_credentials.password(B), QStringLiteral("pw-beta")); // second step never ran
    }
};

QTEST_GUILESS_MAIN(TestProfileDrafts)
#include "tst_profiledrafts.moc"
