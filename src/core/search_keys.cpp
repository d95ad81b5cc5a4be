#include "core/search_keys.h"

#include "core/pinyin_keys.h"

namespace atelier {

QList<SearchKey> searchKeysFor(const QString &name, const QString &phoneDigits, const QString &wechatId)
{
    return keysForCustomer(name, phoneDigits, wechatId).search;
}

CustomerKeys keysForCustomer(const QString &name, const QString &phoneDigits, const QString &wechatId)
{
    CustomerKeys result;
    QList<SearchKey> &keys = result.search;
    for (qsizetype start = 0; start + 3 <= phoneDigits.size(); ++start)
        keys.append({SearchKeyKind::PhoneSuffix, phoneDigits.mid(start)});

    const QString lowerName = name.toLower();
    if (!lowerName.isEmpty())
        keys.append({SearchKeyKind::Name, lowerName});
    const QList<uint> codePoints = lowerName.toUcs4();
    for (qsizetype start = 1; start < codePoints.size(); ++start) {
        const QString part = QString::fromUcs4(
            reinterpret_cast<const char32_t *>(codePoints.constData()) + start, codePoints.size() - start);
        if (!part.trimmed().isEmpty() && !part.startsWith(u' '))
            keys.append({SearchKeyKind::NamePart, part});
    }

    const PinyinKeys pinyin = PinyinTransliterator::forThisThread().keysFor(name);
    if (!pinyin.initials.isEmpty())
        keys.append({SearchKeyKind::PinyinInitials, pinyin.initials});
    if (!pinyin.full.isEmpty() && pinyin.full != lowerName)
        keys.append({SearchKeyKind::PinyinFull, pinyin.full});
    if (!wechatId.isEmpty())
        keys.append({SearchKeyKind::WeChat, wechatId.toLower()});
    result.nameSort = pinyin.syllables + QStringLiteral(" / ") + lowerName;
    return result;
}

QString prefixUpperBound(const QString &prefix)
{
    QList<uint> codePoints = prefix.toUcs4();
    while (!codePoints.isEmpty() && codePoints.last() >= 0x10FFFF)
        codePoints.removeLast();
    if (codePoints.isEmpty())
        return QString(); // no upper bound
    codePoints.last() += 1;
    // Skip the surrogate range, which has no UTF-8 form.
    if (codePoints.last() >= 0xD800 && codePoints.last() <= 0xDFFF)
        codePoints.last() = 0xE000;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), codePoints.size());
}

} // namespace atelier
