#include "storage/text_pool.h"

namespace atelier {

namespace {

constexpr qsizetype blockChars = 1 << 16;

} // namespace

QStringView TextPool::find(QStringView text) const
{
    const auto known = m_texts.constFind(text);
    return known == m_texts.cend() ? QStringView() : *known;
}

QStringView TextPool::intern(QStringView text)
{
    if (const auto known = m_texts.constFind(text); known != m_texts.cend())
        return *known;
    if (m_blocks.empty() || m_blocks.back().capacity() - m_blocks.back().size() < text.size()) {
        m_blocks.emplace_back();
        m_blocks.back().reserve(std::max(blockChars, text.size()));
    }
    QString &block = m_blocks.back();
    const qsizetype at = block.size();
    block.append(text); // within the capacity reserved: the block's data does not move
    const QStringView kept = QStringView(block).mid(at, text.size());
    m_texts.insert(kept);
    return kept;
}

} // namespace atelier
