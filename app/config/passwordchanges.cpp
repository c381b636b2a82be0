#include "passwordchanges.h"

#include <QHash>

#include <deque>
#include <memory>

namespace Config {
namespace {

// One batch in flight: its steps run one after the other, each started by the previous answer.
struct Batch : std::enable_shared_from_this<Batch> {
    using Step = std::function<void()>;

    CredentialStore& store;
    QObject* context;
    std::function<void(const PasswordOutcome&)> done;
    std::deque<Step> steps;
    PasswordOutcome outcome;
    QHash<QString, QString> copied; // target -> password read from its source
    QSet<QString> unreadable;       // sources whose read failed: never deleted

    Batch(CredentialStore& s, QObject* c, std::function<void(const PasswordOutcome&)> d)
        : store(s)
        , context(c)
        , done(std::move(d))
    {}

    void next()
    {
        if (steps.empty()) {
            outcome.problems.removeDuplicates();
            done(outcome);
            return;
        }
        Step step = std::move(steps.front());
        steps.pop_front();
        step();
    }

    void fail(const QString& problem) { outcome.problems.append(problem); }
};

} // namespace

void applyPasswordChanges(CredentialStore& store, const PasswordChanges& changes, QObject* context,
                          std::function<void(const PasswordOutcome&)> done)
{
    auto batch = std::make_shared<Batch>(store, context, std::move(done));
    // The callbacks hold the batch; if context dies, the store drops them and the batch with them.
    for (const PasswordChanges::Copy& copy : changes.copies) {
        batch->steps.push_back([batch = batch.get(), copy] {
            auto self = batch->shared_from_this();
            batch->store.readPassword(copy.from, batch->context,
                                      [self, copy](const CredentialStore::ReadResult& read) {
                                          if (!read.problem.isEmpty()) {
                                              self->fail(read.problem);
                                              self->unreadable.insert(copy.from);
                                              self->outcome.failed.insert(copy.to);
                                          } else if (read.password && !read.password->isEmpty()) {
                                              self->copied.insert(copy.to, *read.password);
                                          }
                                          self->next();
                                      });
        });
    }
    for (const QString& name : changes.deletes) {
        batch->steps.push_back([batch = batch.get(), name] {
            auto self = batch->shared_from_this();
            if (self->unreadable.contains(name))
                return self->next();
            batch->store.deletePassword(name, batch->context, [self, name](const QString& problem) {
                if (problem.isEmpty())
                    self->outcome.deleted.insert(name);
                else
                    self->fail(problem);
                self->next();
            });
        });
    }
    auto write = [](Batch* batch, const QString& name, const QString& password) {
        auto self = batch->shared_from_this();
        batch->store.writePassword(name, password, batch->context,
                                   [self, name](const QString& problem) {
                                       if (problem.isEmpty()) {
                                           self->outcome.written.insert(name);
                                       } else {
                                           self->fail(problem);
                                           self->outcome.failed.insert(name);
                                       }
                                       self->next();
                                   });
    };
    for (const PasswordChanges::Copy& copy : changes.copies) {
        batch->steps.push_back([batch = batch.get(), copy, write] {
            if (!batch->copied.contains(copy.to))
                return batch->next();
            write(batch, copy.to, batch->copied.take(copy.to));
        });
    }
    for (const PasswordChanges::Write& item : changes.writes)
        batch->steps.push_back(
            [batch = batch.get(), item, write] { write(batch, item.profile, item.password); });
    batch->next();
}

} // namespace Config
