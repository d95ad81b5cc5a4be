#pragma once

#include "core/follow_up.h"

#include <QSqlDatabase>

#include <optional>

namespace atelier {

// Follow-up tasks (follow_up_tasks). The complaints workflow and the nightly job add generated
// tasks through insertGenerated(), whose key makes a second attempt a no-op.
class FollowUpRepository
{
public:
    explicit FollowUpRepository(QSqlDatabase db);

    TaskId insert(const FollowUpTask &task);
    // Inserts a task with a generatedKey unless a task with that key exists (whatever its status:
    // a cancelled birthday task is not made again). True when it was inserted.
    bool insertGenerated(const FollowUpTask &task);
    std::optional<FollowUpTask> find(TaskId id);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
