#include "core/contact_mask.h"

namespace atelier {

QString ContactMask::weChat(const QString &id)
{
    if (id.isEmpty())
        return QString();
    if (id.size() <= 4)
        return QString(id.size(), u'*');
    return id.left(2) + QStringLiteral("****") + id.right(2);
}

QString ContactMask::birthday(const QDate &day)
{
    return day.isValid() ? day.toString(QStringLiteral("MM-dd")) : QString();
}

} // namespace atelier
