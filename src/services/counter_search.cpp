#include "services/counter_search.h"

#include "core/member_card_number.h"
#include "core/phone_number.h"
#include "storage/database.h"
#include "storage/search_index.h"

#include <QSet>

#include <functional>

namespace atelier {

namespace {

// Digits with the usual separators: the clerk is typing a phone number.
bool looksLikePhone(const QString &query)
{
    bool anyDigit = false;
    for (QChar c : query) {
        if (c.isDigit())
            anyDigit = true;
        else if (!PhoneNumber::isSeparator(c) && c != u'+' && c != u'＋')
            return false;
    }
    return anyDigit;
}

class Collector
{
public:
    Collector(QList<CounterMatch> &out, int limit)
        : m_out(out)
        , m_limit(limit)
    {
    }
    bool full() const { return m_out.size() >= m_limit; }
    // Rows to ask a tier for: what is still missing, plus room for customers already listed.
    int wanted() const { return m_limit - int(m_out.size()) + int(m_seen.size()); }
    // Asks a tier until the list is full or the tier has no more rows: one customer can own several
    // keys of a tier (the suffixes 0000, 00000… of 13900000000), so a LIMIT counts keys, not people.
    void fill(const std::function<QList<CustomerSummary>(int)> &tier, CounterMatch::Reason reason)
    {
        for (int ask = wanted(); !full(); ask *= 2) {
            const QList<CustomerSummary> rows = tier(ask);
            add(rows, reason);
            if (rows.size() < ask)
                return;
        }
    }

    void add(const QList<CustomerSummary> &rows, CounterMatch::Reason reason)
    {
        for (const CustomerSummary &row : rows) {
            if (full())
                return;
            if (m_seen.contains(row.id))
                continue;
            m_seen.insert(row.id);
            m_out.append({row, reason});
        }
    }

private:
    QList<CounterMatch> &m_out;
    int m_limit;
    QSet<CustomerId> m_seen;
};

} // namespace

CounterSearch::CounterSearch(Database &db)
    : m_index(std::make_unique<SearchIndex>(db.connection()))
{
}

CounterSearch::~CounterSearch() = default;

QList<CounterMatch> CounterSearch::find(const QString &rawQuery, int limit)
{
    QList<CounterMatch> matches;
    const QString query = rawQuery.trimmed();
    if (query.isEmpty() || limit <= 0)
        return matches;
    Collector collect(matches, limit);
    using R = CounterMatch::Reason;

    // Each tier is an index range scan of one kind of key; see SearchIndex.
    const auto equal = [this](SearchKeyKind kind, const QString &key) {
        return [this, kind, key](int rows) {
            return m_index->keyEquals(kind, key, rows);
        };
    };
    const auto startingWith = [this](SearchKeyKind kind, const QString &prefix) {
        return [this, kind, prefix](int rows) {
            return m_index->keyStartsWith(kind, prefix, rows);
        };
    };

    // A member card's whole number first: a scanner sends exactly that, and the card it names is the
    // customer at the counter even when her number ends like somebody's phone.
    const QString card = MemberCardNumber::normalised(query);
    if (card.size() >= MemberCardNumber::minLength && card.size() <= MemberCardNumber::maxLength) {
        if (auto holder = m_index->exactCard(card))
            collect.add({*holder}, R::CardNumber);
    }

    if (looksLikePhone(query)) {
        const PhoneNumber::Parsed parsed = PhoneNumber::parse(query);
        const QString digits = parsed.ok() ? parsed.digits : PhoneNumber::digitsOnly(query);
        if (parsed.ok()) {
            if (auto exact = m_index->exactPhone(digits))
                collect.add({*exact}, R::ExactPhone);
        }
        if (digits.size() >= 3) {
            collect.fill(equal(SearchKeyKind::PhoneSuffix, digits), R::PhoneSuffix);
            collect.fill(startingWith(SearchKeyKind::PhoneSuffix, digits), R::PhoneContains);
        }
        collect.fill(startingWith(SearchKeyKind::WeChat, query.toLower()), R::WeChat);
        return matches;
    }

    const QString lower = query.toLower();
    QString compact = lower;
    compact.remove(u' ');
    collect.fill(startingWith(SearchKeyKind::Name, lower), R::NamePrefix);
    collect.fill(startingWith(SearchKeyKind::PinyinInitials, compact), R::PinyinInitials);
    collect.fill(startingWith(SearchKeyKind::PinyinFull, compact), R::PinyinFull);
    collect.fill(startingWith(SearchKeyKind::WeChat, lower), R::WeChat);
    collect.fill(startingWith(SearchKeyKind::NamePart, lower), R::NameContains);
    return matches;
}

} // namespace atelier
