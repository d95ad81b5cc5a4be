#include "services/handover_notes.h"

namespace atelier {

HandoverNotes::HandoverNotes(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
}

} // namespace atelier
