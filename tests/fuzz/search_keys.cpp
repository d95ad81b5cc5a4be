// The keys written for a customer (pinyin initials and syllables, name parts, phone suffixes, WeChat id)
// and the upper bound of a typed prefix for the index scans. Input lines: name, phone digits, WeChat id,
// each cut to what the customer's form accepts. The pinyin keys are lower-case ASCII letters and digits,
// and the bound is above every key that starts with the prefix, in the code point order the databases
// compare in.
#include "core/search_keys.h"
#include "core/customer_rules.h"
#include "core/pinyin_keys.h"
#include "support/fuzz_input.h"

using namespace atelier;

namespace {

bool keyCharacters(const QString &key)
{
    return std::all_of(
        key.begin(), key.end(), [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); });
}

// Whether `a` sorts after `b` by code points (UTF-8 byte order), not by UTF-16 units.
bool after(const QString &a, const QString &b)
{
    const QList<uint> x = a.toUcs4();
    const QList<uint> y = b.toUcs4();
    return std::lexicographical_compare(y.begin(), y.end(), x.begin(), x.end());
}

void checkUpperBound(const QString &prefix)
{
    const QString bound = prefixUpperBound(prefix);
    if (bound.isEmpty())
        return; // no bound: the scan runs to the end
    FUZZ_CHECK(after(bound, prefix) && !bound.startsWith(prefix), prefix + QStringLiteral(" → ") + bound);
    FUZZ_CHECK(
        after(bound, prefix + QChar(0xFFFF)) && after(bound, prefix + QString::fromUcs4(U"\U0010FFFF")),
        prefix + QStringLiteral(" → ") + bound);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QStringList lines = fuzz::parts(data, size, 3);
    const QString name = lines.at(0).left(CustomerRules::maxNameLength);
    const QString phone = lines.at(1).left(CustomerRules::maxShortTextLength);
    const QString wechat = lines.at(2).left(CustomerRules::maxShortTextLength);

    const PinyinKeys pinyin = PinyinTransliterator::forThisThread().keysFor(name);
    FUZZ_CHECK(keyCharacters(pinyin.initials) && keyCharacters(pinyin.full), name);
    FUZZ_CHECK(pinyin.initials.size() <= pinyin.full.size(), name);

    const CustomerKeys keys = keysForCustomer(name, phone, wechat);
    const QString lowerName = name.toLower();
    for (const SearchKey &key : keys.search) {
        FUZZ_CHECK(!key.key.isEmpty(), name);
        if (key.kind == SearchKeyKind::PhoneSuffix)
            FUZZ_CHECK(
                phone.endsWith(key.key) && key.key.size() >= 3, phone + QStringLiteral(" → ") + key.key);
        if (key.kind == SearchKeyKind::NamePart)
            FUZZ_CHECK(lowerName.endsWith(key.key) && !key.key.startsWith(u' '),
                name + QStringLiteral(" → ") + key.key);
        checkUpperBound(key.key);
    }
    FUZZ_CHECK(keys.nameSort.endsWith(lowerName), name + QStringLiteral(" → ") + keys.nameSort);
    checkUpperBound(name);
    return 0;
}
