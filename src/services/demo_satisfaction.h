#pragma once

#include <QDate>

#include <cstdint>

namespace atelier {

class Database;

// The demo store's satisfaction scores (issue 24), drawn from what the store already holds: about one
// visit in twelve leaves a score, mostly 4 or 5 with some 3s and a few 1s and 2s, worse for a customer
// after her complaint; one follow-up in five where she was reached, one attendance in four of an event
// campaign, every complaint's call-back score; and three surveys' worth of imported rows (a few per cent
// of the customers who bought in the quarter before, about the clerk of their last sale). Runs after the
// sales, complaints, campaigns and follow-ups; one transaction; returns how many scores it wrote.
class DemoSatisfaction
{
public:
    static int generate(Database &db, const QDate &lastDay, std::uint64_t seed);
};

} // namespace atelier
