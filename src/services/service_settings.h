#pragma once

#include "core/service_rules.h"
#include "core/write_result.h"

#include <QString>

namespace atelier {

class Database;

// The service rulebook as kept in the settings table ("service.<field>"), with the brief's
// defaults for anything not set. Saving checks the whole rulebook first; nothing is written
// when a field is refused.
class ServiceSettings
{
public:
    explicit ServiceSettings(Database &db);

    ServiceRules rules() const;
    WriteResult save(const ServiceRules &rules);

private:
    Database &m_db;
};

} // namespace atelier
