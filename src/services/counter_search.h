#pragma once

#include "core/archive_query.h"

#include <QList>
#include <QString>

#include <memory>

namespace atelier {

class Database;
class SearchIndex;

struct CounterMatch
{
    // Why it matched, in ranking order: a member card's number (a scan) beats an exact phone beats a
    // phone suffix beats a name prefix.
    enum class Reason
    {
        CardNumber,
        ExactPhone,
        PhoneSuffix,
        NamePrefix,
        PinyinInitials,
        PinyinFull,
        WeChat,
        PhoneContains,
        NameContains
    };
    CustomerSummary customer;
    Reason reason;
};

// The counter's one search box: a member card's whole number (typed or scanned), any part of the phone
// (last 4 digits the common case), name, pinyin initials or full pinyin, WeChat id. Each tier is an index
// range scan with a limit, so the first 20 matches come back in about a millisecond on a 100 000-customer
// store.
class CounterSearch
{
public:
    explicit CounterSearch(Database &db);
    ~CounterSearch();

    QList<CounterMatch> find(const QString &query, int limit = 20);

private:
    std::unique_ptr<SearchIndex> m_index;
};

} // namespace atelier
