#include "storage/history_query.h"

#include "core/audit.h"
#include "storage/sql.h"

#include <QStringList>

namespace atelier {

namespace {

// A stored time ("2026-06-15T10:00:00+08:00") as the store's local time to the second, and a stored
// day ("2026-06-15") as its first second: text that sorts in time order, as the CLI prints it.
QString localAt(const QString &column)
{
    return QStringLiteral("CASE WHEN length(%1) = 10 THEN %1 || 'T00:00:00' ELSE substr(%1, 1, 19) END")
        .arg(column);
}

// One select of the union: the kind's code, its time, id, step and code, and five facts as text.
struct Branch
{
    QString kind; // an SQL expression giving the kind's code
    QString at; // a stored time or day column
    QString id;
    int step = 0;
    QString what;
    QStringList facts; // up to five SQL expressions of text
    QString from; // " FROM … WHERE …", with one ? for the customer
};

QString selectOf(const Branch &branch)
{
    QStringList facts = branch.facts;
    while (facts.size() < 5)
        facts << QStringLiteral("''");
    QStringList columns{branch.kind + QStringLiteral(" AS kind"),
        localAt(branch.at) + QStringLiteral(" AS at"), branch.id + QStringLiteral(" AS id"),
        QString::number(branch.step) + QStringLiteral(" AS step"), branch.what + QStringLiteral(" AS what")};
    for (int i = 0; i < facts.size(); ++i)
        columns << facts.at(i) + QStringLiteral(" AS f%1").arg(i);
    return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + branch.from;
}

QString text(const QString &expression)
{
    return QStringLiteral("CAST(") + expression + QStringLiteral(" AS TEXT)");
}

QString literal(HistoryKind kind)
{
    return u'\'' + toCode(kind) + u'\'';
}

// The selects of one kind (a coupon's issue and its redemption are two). The SQL is fixed text:
// the customer is bound.
QList<Branch> branchesOf(HistoryKind kind, const QList<HistoryKind> &kinds)
{
    const QString none = QStringLiteral("''");
    switch (kind) {
    case HistoryKind::Purchase:
        // Not the replacement side of an exchange: the exchange itself is the event.
        return {{literal(kind), QStringLiteral("s.sold_at"), QStringLiteral("s.id"), 0, none,
            {text(QStringLiteral("s.total_fen")),
                text(QStringLiteral("(SELECT SUM(l.quantity) FROM sale_lines l WHERE l.sale_id = s.id)"))},
            QStringLiteral(" FROM sales s WHERE s.customer_id = ? AND s.is_exchange = 0")}};
    case HistoryKind::Return:
    case HistoryKind::Exchange: {
        // Both from returns, by their kind column; one select when both are asked for.
        if (kind == HistoryKind::Exchange && kinds.contains(HistoryKind::Return))
            return {};
        QString from = QStringLiteral(" FROM sales s JOIN sale_lines l ON l.sale_id = s.id"
                                      " JOIN returns r ON r.sale_line_id = l.id WHERE s.customer_id = ?");
        if (!kinds.contains(HistoryKind::Return))
            from += QStringLiteral(" AND r.kind = 'exchange'");
        else if (!kinds.contains(HistoryKind::Exchange))
            from += QStringLiteral(" AND r.kind = 'return'");
        return {{QStringLiteral("r.kind"), QStringLiteral("r.returned_at"), QStringLiteral("r.id"), 0, none,
            {text(QStringLiteral("r.refund_fen")), text(QStringLiteral("r.quantity")),
                QStringLiteral("l.style_no")},
            from}};
    }
    case HistoryKind::Complaint:
        return {
            {literal(kind), QStringLiteral("e.at"), QStringLiteral("e.id"), 0, QStringLiteral("e.to_state"),
                {text(QStringLiteral("c.id")), QStringLiteral("COALESCE(e.from_state, '')"),
                    QStringLiteral("c.category")},
                QStringLiteral(" FROM complaints c JOIN complaint_events e ON e.complaint_id = c.id"
                               " WHERE c.customer_id = ?")}};
    case HistoryKind::FollowUp:
        // Done or cancelled: when that was recorded; still open: when it was planned.
        return {{literal(kind),
            QStringLiteral(
                "CASE WHEN t.status = 'open' OR t.done_at IS NULL THEN t.created_at ELSE t.done_at END"),
            QStringLiteral("t.id"), 0, QStringLiteral("t.status"),
            {QStringLiteral("t.purpose"), QStringLiteral("t.outcome"), QStringLiteral("t.channel"),
                QStringLiteral("t.due_on")},
            QStringLiteral(" FROM follow_up_tasks t WHERE t.customer_id = ?")}};
    case HistoryKind::Contact:
        return {{literal(kind), QStringLiteral("k.contacted_at"), QStringLiteral("k.id"), 0,
            QStringLiteral("k.source"), {QStringLiteral("k.channel"), QStringLiteral("COALESCE(g.name, '')")},
            QStringLiteral(" FROM contacts k LEFT JOIN campaigns g ON g.id = k.campaign_id"
                           " WHERE k.customer_id = ?")}};
    case HistoryKind::Points:
        return {{literal(kind), QStringLiteral("p.happened_at"), QStringLiteral("p.id"), 0,
            QStringLiteral("p.kind"), {text(QStringLiteral("p.points")), QStringLiteral("p.reason")},
            QStringLiteral(" FROM points_ledger p WHERE p.customer_id = ?")}};
    case HistoryKind::Tier:
        return {{literal(kind), QStringLiteral("th.changed_on"), QStringLiteral("th.id"), 0,
            QStringLiteral("th.reason"), {QStringLiteral("th.old_tier"), QStringLiteral("th.new_tier")},
            QStringLiteral(" FROM tier_history th WHERE th.customer_id = ?")}};
    case HistoryKind::Segment:
        return {{literal(kind), QStringLiteral("sh.changed_on"), QStringLiteral("sh.id"), 0, none,
            {QStringLiteral("sh.old_segment"), QStringLiteral("sh.new_segment")},
            QStringLiteral(" FROM segment_history sh WHERE sh.customer_id = ?")}};
    case HistoryKind::Coupon: {
        const QStringList offer{QStringLiteral("c.kind"), text(QStringLiteral("c.value"))};
        return {{literal(kind), QStringLiteral("c.issued_at"), QStringLiteral("c.id"), 0,
                    QStringLiteral("'issued'"), offer + QStringList{text(QStringLiteral("c.min_spend_fen"))},
                    QStringLiteral(" FROM coupons c WHERE c.customer_id = ?")},
            {literal(kind), QStringLiteral("c.status_changed_at"), QStringLiteral("c.id"), 1,
                QStringLiteral("'redeemed'"),
                offer + QStringList{text(QStringLiteral("COALESCE(c.discount_fen, 0)"))},
                QStringLiteral(" FROM coupons c WHERE c.customer_id = ? AND c.status = 'redeemed'"
                               " AND c.status_changed_at IS NOT NULL")}};
    }
    case HistoryKind::Campaign: {
        // The invited group only: the holdout was never told of the campaign.
        const QString from
            = QStringLiteral(" FROM campaign_members m JOIN campaigns g ON g.id = m.campaign_id"
                             " WHERE m.customer_id = ? AND m.member_group = 'invited' AND ");
        const QString id = QStringLiteral("m.campaign_id");
        const QStringList facts{QStringLiteral("g.name"), QStringLiteral("COALESCE(m.rsvp, '')")};
        return {{literal(kind), QStringLiteral("m.invited_at"), id, 0, QStringLiteral("'invited'"), facts,
                    from + QStringLiteral("m.invited_at IS NOT NULL")},
            {literal(kind), QStringLiteral("m.rsvp_at"), id, 1, QStringLiteral("'answered'"), facts,
                from + QStringLiteral("m.rsvp_at IS NOT NULL")},
            {literal(kind), QStringLiteral("m.attended_at"), id, 2, QStringLiteral("'attended'"), facts,
                from + QStringLiteral("m.attended_at IS NOT NULL")}};
    }
    case HistoryKind::Handover:
        return {{literal(kind), QStringLiteral("n.written_at"), QStringLiteral("n.id"), 0, none,
            {QStringLiteral("n.body")},
            QStringLiteral(" FROM handover_note_customers hc JOIN handover_notes n ON n.id = hc.note_id"
                           " WHERE hc.customer_id = ?")}};
    case HistoryKind::Edit:
        // Changes to her record: registered, changed, merged into, a merge undone.
        return {{literal(kind), QStringLiteral("a.happened_at"), QStringLiteral("a.id"), 0,
            QStringLiteral("a.action"), {QStringLiteral("a.details")},
            QStringLiteral(" FROM audit_log a WHERE a.customer_id = ? AND (a.action = '%1' OR a.action = '%2'"
                           " OR a.action = '%3' OR a.action = '%4')")
                .arg(toCode(AuditAction::CustomerCreated), toCode(AuditAction::CustomerChanged),
                    toCode(AuditAction::MergeCustomers), toCode(AuditAction::UndoMerge))}};
    case HistoryKind::Referral:
        // The customers she brought, when each registered; her reward for one, when it was granted.
        return {{literal(kind), QStringLiteral("b.created_at"), QStringLiteral("b.id"), 0,
                    QStringLiteral("'brought'"), {text(QStringLiteral("b.id")), QStringLiteral("b.name")},
                    QStringLiteral(" FROM customers b WHERE b.referrer_id = ?")},
            {literal(kind), QStringLiteral("rr.granted_on"), QStringLiteral("rr.referred_id"), 1,
                QStringLiteral("'reward'"),
                {text(QStringLiteral("rr.referred_id")), QStringLiteral("COALESCE(b.name, '')"),
                    text(QStringLiteral("rr.points")), QStringLiteral("COALESCE(cp.kind, '')"),
                    text(QStringLiteral("COALESCE(cp.value, 0)"))},
                QStringLiteral(" FROM referral_rewards rr LEFT JOIN customers b ON b.id = rr.referred_id"
                               " LEFT JOIN coupons cp ON cp.id = rr.coupon_id WHERE rr.referrer_id = ?")}};
    case HistoryKind::LostSale:
        return {{literal(kind), QStringLiteral("ls.recorded_at"), QStringLiteral("ls.id"), 0,
            QStringLiteral("ls.reason"),
            {QStringLiteral("ls.style_no"), QStringLiteral("ls.category"), QStringLiteral("ls.colour"),
                QStringLiteral("ls.size"), QStringLiteral("COALESCE(ls.arrived_at, '')")},
            QStringLiteral(" FROM lost_sales ls WHERE ls.customer_id = ?")}};
    case HistoryKind::Satisfaction:
        return {{literal(kind), QStringLiteral("sc.scored_on"), QStringLiteral("sc.id"), 0,
            QStringLiteral("sc.occasion"), {text(QStringLiteral("sc.score")), QStringLiteral("sc.comment")},
            QStringLiteral(" FROM satisfaction_scores sc WHERE sc.customer_id = ?")}};
    }
    return {};
}

const QString columns = QStringLiteral("h.kind, h.at, h.id, h.step, h.what, h.f0, h.f1, h.f2, h.f3, h.f4");
const QString newestFirst = QStringLiteral(" ORDER BY h.at DESC, h.kind ASC, h.id DESC, h.step DESC");

// The rows after the cursor in newestFirst's order.
QString after(const PageCursor &cursor, QVariantList &values)
{
    const QStringList key = cursor.key.toStringList();
    const QString at = key.value(0);
    const QString kind = key.value(1);
    const int step = key.value(2).toInt();
    values << at << at << at << kind << kind << cursor.id << cursor.id << step;
    // "at <= ?" first: the rest only sorts out the same second.
    return QStringLiteral(" WHERE h.at <= ? AND (h.at < ? OR (h.at = ? AND (h.kind > ? OR (h.kind = ? AND"
                          " (h.id < ? OR (h.id = ? AND h.step < ?))))))");
}

} // namespace

HistoryQuery::HistoryQuery(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString HistoryQuery::events(CustomerId customer, const QList<HistoryKind> &kinds, QVariantList &values)
{
    QStringList selects;
    for (const HistoryKind kind : allHistoryKinds()) {
        if (!kinds.contains(kind))
            continue;
        for (const Branch &branch : branchesOf(kind, kinds)) {
            selects << selectOf(branch);
            values << qlonglong(customer);
        }
    }
    return selects.join(QStringLiteral(" UNION ALL "));
}

KeysetPage<HistoryEvent> HistoryQuery::page(
    CustomerId customer, const QList<HistoryKind> &kinds, const std::optional<PageCursor> &cursor, int limit)
{
    KeysetPage<HistoryEvent> page;
    QVariantList values;
    const QString union_ = events(customer, kinds, values);
    if (union_.isEmpty())
        return page;
    QString statement
        = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM (") + union_ + QStringLiteral(") h");
    if (cursor)
        statement += after(*cursor, values);
    statement += newestFirst + QStringLiteral(" LIMIT ?");
    values << limit;
    QSqlQuery query = sql::run(m_db, statement, values);
    while (query.next()) {
        HistoryEvent event;
        const QString code = query.value(0).toString();
        event.kind = historyKindFromCode(code).value_or(HistoryKind::Purchase);
        event.at = query.value(1).toString();
        event.id = query.value(2).toLongLong();
        event.step = query.value(3).toInt();
        event.what = query.value(4).toString();
        for (int column = 5; column < 10; ++column)
            event.facts << query.value(column).toString();
        while (!event.facts.isEmpty() && event.facts.last().isEmpty())
            event.facts.removeLast();
        page.next = PageCursor{QStringList{event.at, code, QString::number(event.step)}, event.id};
        page.rows << event;
    }
    return page;
}

int HistoryQuery::count(CustomerId customer, const QList<HistoryKind> &kinds)
{
    QVariantList values;
    const QString union_ = events(customer, kinds, values);
    if (union_.isEmpty())
        return 0;
    QSqlQuery query
        = sql::run(m_db, QStringLiteral("SELECT COUNT(*) FROM (") + union_ + QStringLiteral(") h"), values);
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace atelier
