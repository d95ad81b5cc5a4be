#pragma once

#include "core/customer.h"

#include <QList>
#include <QSqlDatabase>

namespace atelier {

// Why two customers look like one person. A pair can have several reasons.
enum class DuplicateReason
{
    EarlierPhone = 1, // one's phone is a number the other had before (the audit trail's phone changes)
    NameAndBirthday = 2, // same name and same birthday, both known
    PinyinAndPhoneEnd = 4, // same name in pinyin (张三 / 章三) and the same last 4 digits of the phone
};

struct DuplicatePair
{
    CustomerId first = 0; // the smaller id
    CustomerId second = 0;
    int reasons = 0; // DuplicateReason bits
    bool has(DuplicateReason reason) const { return (reasons & static_cast<int>(reason)) != 0; }
};

// Finds likely duplicates with grouping queries (one pass per rule over an index or a sort), never
// by comparing every customer with every other. Only customers that still exist take part, so a
// merged pair (the absorbed row is gone) is never suggested again.
class DuplicateQuery
{
public:
    explicit DuplicateQuery(QSqlDatabase db);

    // Every pair, ordered by the first id then the second, reasons combined.
    QList<DuplicatePair> pairs();

    QList<DuplicatePair> earlierPhones();
    QList<DuplicatePair> sameNameAndBirthday();
    QList<DuplicatePair> samePinyinAndPhoneEnd();

private:
    QSqlDatabase m_db;
};

} // namespace atelier
