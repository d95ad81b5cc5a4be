#pragma once

namespace atelier::kept_value_sql {

// What a sale kept after its refunds, as every pass over the sales computes it (the nightly run's
// activity, the follow-up calendar's purchase days, the prediction's purchase history): one
// definition, so that they never disagree about what a purchase is.
//
// `refunds` starts the statement: it names its first placeholder (the day after as-of), the day before
// which refunds count. Only sales with returns look (has_returns), each through its own lines and their
// returns (indexes sale_lines_sale, returns_sale_line): a store's few returns cost a few seeks each. Not a
// materialised list of refunds per sale looked up by sale: PostgreSQL scans such a list from the start
// for every sale that asks (20 s on 100 000 customers, against 1 s this way).
inline constexpr const char *refunds = R"(
WITH refunds_before(day) AS (SELECT ?))";

// The kept value of the sale aliased `s`.
inline constexpr const char *keptValue
    = "s.total_fen - CASE WHEN s.has_returns = 1 THEN COALESCE((SELECT SUM(r.refund_fen) "
      "FROM sale_lines rl JOIN returns r ON r.sale_line_id = rl.id "
      "WHERE rl.sale_id = s.id AND r.returned_at < (SELECT day FROM refunds_before)), 0) "
      "ELSE 0 END";

} // namespace atelier::kept_value_sql
