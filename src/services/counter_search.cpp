#include "services/counter_search.h"

#include "core/phone_number.h"
#include "storage/database.h"
#include "storage/search_index.h"

#include <QSet>

namespace atelier {

namespace {

// Digits with the usual separators: the clerk is typing a phone number.
bool looksLikePhone(const QString &query)
{
    bool anyDigit = false;
    for (QChar c : query) {
        if (c.isDigit())
            anyDigit = true;
        else if (!(c.isSpace() || c == u'-' || c == u'+'))
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

    if (looksLikePhone(query)) {
        const PhoneNumber::Parsed parsed = PhoneNumber::parse(query);
        const QString digits = parsed.ok() ? parsed.digits : PhoneNumber::digitsOnly(query);
        if (parsed.ok()) {
            if (auto exact = m_index->exactPhone(digits))
                collect.add({*exact}, R::ExactPhone);
        }
        if (digits.size() >= 3) {
            if (!collect.full())
                collect.add(
                    m_index->keyEquals(SearchKeyKind::PhoneSuffix, digits, collect.wanted()), R::PhoneSuffix);
            if (!collect.full())
                collect.add(m_index->keyStartsWith(SearchKeyKind::PhoneSuffix, digits, collect.wanted()),
                    R::PhoneContains);
        }
        if (!collect.full())
            collect.add(
                m_index->keyStartsWith(SearchKeyKind::WeChat, query.toLower(), collect.wanted()), R::WeChat);
        return matches;
    }

    const QString lower = query.toLower();
    QString compact = lower;
    compact.remove(u' ');
    collect.add(m_index->keyStartsWith(SearchKeyKind::Name, lower, collect.wanted()), R::NamePrefix);
    if (!collect.full())
        collect.add(m_index->keyStartsWith(SearchKeyKind::PinyinInitials, compact, collect.wanted()),
            R::PinyinInitials);
    if (!collect.full())
        collect.add(
            m_index->keyStartsWith(SearchKeyKind::PinyinFull, compact, collect.wanted()), R::PinyinFull);
    if (!collect.full())
        collect.add(m_index->keyStartsWith(SearchKeyKind::WeChat, lower, collect.wanted()), R::WeChat);
    if (!collect.full())
        collect.add(
            m_index->keyStartsWith(SearchKeyKind::NamePart, lower, collect.wanted()), R::NameContains);
    return matches;
}

} // namespace atelier
