#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

#include <vector>

namespace atelier {

// A set of texts kept in large shared blocks instead of one allocation each: half a million import keys
// or a till's styles and times, looked up by view without making a QString per look-up.
class TextPool
{
public:
    // The pool's copy of `text`, made on the first call; valid as long as the pool.
    QStringView intern(QStringView text);
    bool contains(QStringView text) const { return m_texts.contains(text); }
    // The pool's copy, or a null view when the pool has none.
    QStringView find(QStringView text) const;
    qsizetype size() const { return m_texts.size(); }

private:
    std::vector<QString> m_blocks; // each filled up to its capacity, never grown: views stay valid
    QSet<QStringView> m_texts;
};

} // namespace atelier
