#pragma once

#include <QLatin1String>
#include <QString>

namespace atelier {

// A spin box's words around its number, from one translatable pattern: "%1 days" in English,
// "%1 天内" or "每年 %1%" in Chinese. A prefix and a suffix translated apart could not move words
// before the number, which Chinese needs.
template <typename SpinBox> void setAffixes(SpinBox *box, const QString &pattern)
{
    const qsizetype at = pattern.indexOf(QLatin1String("%1"));
    box->setPrefix(at < 0 ? QString() : pattern.left(at));
    box->setSuffix(at < 0 ? pattern : pattern.mid(at + 2));
}

} // namespace atelier
