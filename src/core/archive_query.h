#pragma once

#include "core/customer.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace atelier {

// A customer as a search result: just enough to show and pick.
struct CustomerSummary
{
    CustomerId id = 0;
    QString name;
    QString phoneDigits;
};

// Filters of the manager's archive list and of the archive CSV export.
struct ArchiveFilter
{
    std::optional<TagId> tagId;
    QString size; // matches top, bottom or shoe size
    std::optional<SourceChannel> source;
    std::optional<int> birthMonth; // 1..12
    // Only customers whose birthday or address is on file without her archive consent (the manager's
    // "Recorded without consent"; docs/privacy.md).
    bool withoutConsent = false;
};

enum class ArchiveSort
{
    Name,
    Phone,
    CreatedAt,
    BirthMonth,
    Source
};

// One row of the archive list and export.
struct ArchiveRow
{
    CustomerId id = 0;
    QString name;
    QString phoneDigits;
    Gender gender = Gender::Unknown;
    std::optional<QDate> birthday;
    QString sizeTop;
    QString sizeBottom;
    QString sizeShoe;
    BodyType bodyType = BodyType::Unknown;
    SourceChannel source = SourceChannel::WalkIn;
    QString wechatId;
    QString tags; // comma-separated names
    QDateTime createdAt;
    // Her birthday, year of birth or address is on file without her archive consent: flagged for
    // the manager (ArchiveService leaves it false for anyone else).
    bool heldWithoutConsent = false;
};

} // namespace atelier
