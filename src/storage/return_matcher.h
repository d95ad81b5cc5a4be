#pragma once

#include "storage/text_pool.h"

#include <QHash>
#include <QStringView>

#include <optional>
#include <vector>

namespace atelier {

// The sale lines that a till's returns can undo, by till customer, with the pieces each has left to
// return. The sales import matches a return row to the latest line of the style sold to the customer no
// later than the return and with enough pieces left — in memory, so that a server is not asked once per
// return.
class ReturnMatcher
{
public:
    // A sale to a till customer, its customer and time (stored text: later times compare greater)
    // looked up once for all its lines.
    struct Sale
    {
        std::size_t customer;
        QStringView soldAt;
    };

    Sale sale(QStringView customer, QStringView soldAt);
    void add(const Sale &sale, QStringView style, qint64 lineId, qint64 piecesLeft);
    // The line that takes back `pieces` of `style` from `customer` at `at`: of those sold no later and
    // with enough left, the latest (then the largest id). Its pieces left go down by `pieces`.
    std::optional<qint64> take(QStringView customer, QStringView style, QStringView at, qint64 pieces);

private:
    struct Line
    {
        qint64 id;
        const QChar *style; // the pool's copy: equal styles are equal pointers
        QStringView soldAt;
        qint64 left;
    };

    TextPool m_texts;
    QHash<const QChar *, std::size_t> m_customerIndex; // the pool's copy of a customer -> m_customers
    // Per customer, a list to walk at a return: adding a line costs no look-up (the import's hot path),
    // and even a wholesale customer's few thousand lines are read in microseconds.
    std::vector<std::vector<Line>> m_customers;
};

} // namespace atelier
