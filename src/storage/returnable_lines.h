#pragma once

#include "storage/text_pool.h"

#include <QHash>
#include <QStringView>

#include <optional>
#include <utility>
#include <vector>

namespace atelier {

// The sale lines that a till's returns can undo, by till customer and style, with the pieces each has
// left to return. The sales import matches a return row to the latest line of the style sold to the
// customer no later than the return and with enough pieces left — in memory, so that a server is not
// asked once per return.
class ReturnableLines
{
public:
    // A line of a sale to the till customer `customer` made at `soldAt` (stored text: later times
    // compare greater).
    void add(QStringView customer, QStringView style, QStringView soldAt, qint64 lineId, qint64 piecesLeft);
    // The line that takes back `pieces` of `style` from `customer` at `at`: of those sold no later and
    // with enough left, the latest (then the largest id). Its pieces left go down by `pieces`.
    std::optional<qint64> take(QStringView customer, QStringView style, QStringView at, qint64 pieces);

private:
    struct Line
    {
        qint64 id;
        QStringView soldAt;
        qint64 left;
    };

    TextPool m_texts;
    QHash<std::pair<QStringView, QStringView>, std::vector<Line>> m_lines; // (customer, style)
};

} // namespace atelier
