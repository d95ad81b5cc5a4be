#include "storage/return_matcher.h"

namespace atelier {

ReturnMatcher::Sale ReturnMatcher::sale(QStringView customer, QStringView soldAt)
{
    const QChar *kept = m_texts.intern(customer).data();
    auto index = m_customerIndex.constFind(kept);
    if (index == m_customerIndex.cend()) {
        m_customers.emplace_back();
        index = m_customerIndex.insert(kept, m_customers.size() - 1);
    }
    return Sale{*index, m_texts.intern(soldAt)};
}

void ReturnMatcher::add(const Sale &sale, QStringView style, qint64 lineId, qint64 piecesLeft)
{
    m_customers[sale.customer].push_back(Line{lineId, m_texts.intern(style).data(), sale.soldAt, piecesLeft});
}

std::optional<qint64> ReturnMatcher::take(
    QStringView customer, QStringView style, QStringView at, qint64 pieces)
{
    const auto index = m_customerIndex.constFind(m_texts.find(customer).data());
    const QStringView keptStyle = m_texts.find(style);
    if (index == m_customerIndex.cend() || keptStyle.isNull())
        return std::nullopt;
    Line *best = nullptr;
    for (Line &line : m_customers[*index]) {
        if (line.style != keptStyle.data() || line.left < pieces || line.soldAt.compare(at) > 0)
            continue;
        if (!best || line.soldAt.compare(best->soldAt) > 0
            || (line.soldAt.compare(best->soldAt) == 0 && line.id > best->id))
            best = &line;
    }
    if (!best)
        return std::nullopt;
    best->left -= pieces;
    return best->id;
}

} // namespace atelier
