#pragma once

#include <QObject>

namespace atelier {

class Clock;
class Database;

// Complaints from intake to closure (skeleton: filled in by the complaints work).
class ComplaintService : public QObject
{
    Q_OBJECT
public:
    ComplaintService(Database &db, const Clock &clock, QObject *parent = nullptr);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
