#pragma once

#include <QObject>

namespace atelier {

class Clock;
class Database;

// Shift handover notes (skeleton: filled in by the handover work).
class HandoverNotes : public QObject
{
    Q_OBJECT
public:
    HandoverNotes(Database &db, const Clock &clock, QObject *parent = nullptr);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
