#include "services/message_templates.h"

namespace atelier {

MessageTemplates::MessageTemplates(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
}

} // namespace atelier
