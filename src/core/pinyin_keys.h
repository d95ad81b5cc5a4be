#pragma once

#include <QString>

#include <memory>

namespace atelier {

// The keys a clerk types to find a Chinese name: 张三丰 → initials "zsf", full "zhangsanfeng".
// Computed once when a name is written (ICU's Han-Latin/Names transliterator, ~35 µs a name),
// stored in indexed columns and never computed at search time.
struct PinyinKeys
{
    QString initials;
    QString full;
    QString syllables; // "zhang san feng": sorts 胡 (hu) before 黄 (huang)
};

// Not thread-safe: one instance per thread. Creating the ICU transliterator costs ~100 ms, so keep it.
class PinyinTransliterator
{
public:
    PinyinTransliterator();
    ~PinyinTransliterator();
    PinyinTransliterator(const PinyinTransliterator &) = delete;
    PinyinTransliterator &operator=(const PinyinTransliterator &) = delete;

    // Lower-case ASCII keys. Latin names keep their words: "Anna Smith" → "as" / "annasmith".
    PinyinKeys keysFor(const QString &name) const;

    // One shared instance for the calling thread.
    static const PinyinTransliterator &forThisThread();

private:
    struct Icu;
    std::unique_ptr<Icu> m_icu;
};

} // namespace atelier
