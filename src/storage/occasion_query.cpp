#include "storage/occasion_query.h"

namespace atelier {

OccasionFacts OccasionQuery::read(const QSqlDatabase &, const QDate &, const ServiceRules &)
{
    return {};
}

} // namespace atelier
