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

// The key the archive sorts names by: full pinyin, then the name itself to keep 张三 and 章三 apart
// (李娜 "lina 李娜" < 王芳 "wangfang 王芳" < 张三 "zhangsan 张三"), from keys already computed.
QString nameSortKey(const QString &name, const QList<SearchKey> &keys);

// The smallest string greater than every string that starts with `prefix` (for index range scans).
QString prefixUpperBound(const QString &prefix);

} // namespace atelier
