#pragma once

#include "core/customer.h"

#include <QList>
#include <QString>

namespace atelier {

// What the counter search box can match, in the order results are ranked.
enum class SearchKeyKind
{
    PhoneSuffix = 1, // every suffix of the phone digits of length >= 3: suffix match and "contains"
    Name = 2, // the whole name, lower-cased: name prefix
    NamePart = 3, // the name without its first 1..n-1 characters: "contains" for names
    PinyinInitials = 4, // zsf
    PinyinFull = 5, // zhangsanfeng
    WeChat = 6, // lower-cased WeChat id
};

struct SearchKey
{
    SearchKeyKind kind;
    QString key;
};

// The keys stored for one customer. Computed when the customer is written, never at search time.
QList<SearchKey> searchKeysFor(const QString &name, const QString &phoneDigits, const QString &wechatId);

// Everything derived from a customer's name, phone and WeChat id when they are written: the search
// keys and the key the archive sorts names by (syllables of pinyin, then the name:
// "hu jia / 胡佳" < "huang dan / 黄丹" < "zhang san / 张三"). One pinyin computation for both.
struct CustomerKeys
{
    QList<SearchKey> search;
    QString nameSort;
};
CustomerKeys keysForCustomer(const QString &name, const QString &phoneDigits, const QString &wechatId);

// The smallest string greater than every string that starts with `prefix` (for index range scans).
QString prefixUpperBound(const QString &prefix);

} // namespace atelier
