#pragma once

#include <QObject>

namespace atelier {

class Clock;
class Database;

// Follow-up tasks for the calendar (skeleton: filled in by the follow-up work).
class FollowUpService : public QObject
{
    Q_OBJECT
public:
    FollowUpService(Database &db, const Clock &clock, QObject *parent = nullptr);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
