#pragma once

namespace atelier::kept_value_sql {

// What a sale kept after its refunds, as every pass over the sales computes it (the nightly run's
// activity, the follow-up calendar's purchase days, the prediction's purchase history): one
// definition, so that they never disagree about what a purchase is.
//
// `refunds` starts the statement: the refunds made before its first placeholder (the day after as-of),
// per sale. Only sales with returns look there (has_returns), so a store's few returns cost one small
// pass. CROSS JOIN with the condition in WHERE: SQLite keeps the returns as the outer loop, and
// PostgreSQL reads it as the plain join it is (CROSS JOIN … ON is SQLite's alone).
inline constexpr const char *refunds = R"(
WITH refunds(sale_id, fen) AS MATERIALIZED (
    SELECT l.sale_id, SUM(r.refund_fen)
    FROM returns r CROSS JOIN sale_lines l
    WHERE l.id = r.sale_line_id AND r.returned_at < ?
    GROUP BY l.sale_id))";

// The kept value of the sale aliased `s`.
inline constexpr const char *keptValue
    = "s.total_fen - CASE WHEN s.has_returns = 1 THEN COALESCE((SELECT fen "
      "FROM refunds WHERE sale_id = s.id), 0) "
      "ELSE 0 END";

} // namespace atelier::kept_value_sql
