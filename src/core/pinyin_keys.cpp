#include "core/pinyin_keys.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace atelier {

struct PinyinTransliterator::Icu
{
    std::unique_ptr<icu::Transliterator> transliterator;
};

PinyinTransliterator::PinyinTransliterator()
    : m_icu(std::make_unique<Icu>())
{
    UErrorCode status = U_ZERO_ERROR;
    // Han-Latin/Names reads surnames right (曾 zeng, 单 shan, 解 xie); Latin-ASCII drops the tones.
    m_icu->transliterator.reset(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8("Han-Latin/Names; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !m_icu->transliterator)
        throw std::runtime_error("ICU Han-Latin transliterator is not available");
}

PinyinTransliterator::~PinyinTransliterator() = default;

PinyinKeys PinyinTransliterator::keysFor(const QString &name) const
{
    icu::UnicodeString text(false, reinterpret_cast<const UChar *>(name.utf16()), int32_t(name.size()));
    icu::UnicodeString copy(text);
    m_icu->transliterator->transliterate(copy);
    const QString latin = QString(reinterpret_cast<const QChar *>(copy.getBuffer()), copy.length());

    PinyinKeys keys;
    keys.syllables = latin.simplified();
    bool atWordStart = true;
    for (QChar c : latin) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            keys.full.append(c);
            if (atWordStart)
                keys.initials.append(c);
            atWordStart = false;
        } else {
            // Spaces between syllables, apostrophes, dots in "A. Smith", hyphens.
            atWordStart = true;
        }
    }
    return keys;
}

const PinyinTransliterator &PinyinTransliterator::forThisThread()
{
    thread_local PinyinTransliterator instance;
    return instance;
}

} // namespace atelier
