#pragma once

#include "core/customer.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace atelier {

// The managed tag library (客户画像标签库).
class TagRepository
{
public:
    explicit TagRepository(QSqlDatabase db);

    QList<Tag> all(bool includeArchived = false);
    std::optional<Tag> findByName(const QString &name);
    TagId insert(const QString &name, Tag::Category category);
    // The customers' most used tags first, for the card ("top style tags").
    QList<Tag> topTagsOf(CustomerId customer, Tag::Category category, int limit);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
