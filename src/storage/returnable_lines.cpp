#include "storage/returnable_lines.h"

namespace atelier {

void ReturnableLines::add(
    QStringView customer, QStringView style, QStringView soldAt, qint64 lineId, qint64 piecesLeft)
{
    const std::pair key(m_texts.intern(customer), m_texts.intern(style));
    m_lines[key].push_back(Line{lineId, m_texts.intern(soldAt), piecesLeft});
}

std::optional<qint64> ReturnableLines::take(
    QStringView customer, QStringView style, QStringView at, qint64 pieces)
{
    const auto lines = m_lines.find(std::pair(customer, style));
    if (lines == m_lines.end())
        return std::nullopt;
    Line *best = nullptr;
    for (Line &line : *lines) {
        if (line.left < pieces || line.soldAt.compare(at) > 0)
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
