#include "gui/archive/archive_model.h"

#include "core/contact_mask.h"
#include "core/display_format.h"
#include "core/labels.h"
#include "core/phone_number.h"
#include "services/archive_service.h"

#include <QApplication>
#include <QStyle>

#include <optional>

namespace atelier {

namespace {

std::optional<ArchiveSort> sortFor(int column)
{
    switch (column) {
    case ArchiveModel::NameColumn:
        return ArchiveSort::Name;
    case ArchiveModel::PhoneColumn:
        return ArchiveSort::Phone;
    case ArchiveModel::BirthdayColumn:
        return ArchiveSort::BirthMonth;
    case ArchiveModel::SourceColumn:
        return ArchiveSort::Source;
    case ArchiveModel::CreatedColumn:
        return ArchiveSort::CreatedAt;
    default:
        return std::nullopt;
    }
}

} // namespace

ArchiveModel::ArchiveModel(ArchiveService &archive, QObject *parent)
    : KeysetPagedTable(parent)
    , m_archive(archive)
{
    reload();
}

void ArchiveModel::setFilter(const ArchiveFilter &filter)
{
    m_filter = filter;
    reload();
}

ReadResult<int> ArchiveModel::readTotal()
{
    return m_archive.count(m_filter);
}

ReadResult<KeysetPage<ArchiveRow>> ArchiveModel::readPage(const std::optional<PageCursor> &after, int limit)
{
    return m_archive.page(m_filter, m_sort, m_order, after, limit);
}

CustomerId ArchiveModel::customerAt(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row).id : 0;
}

int ArchiveModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ArchiveModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<ArchiveSort> key = sortFor(column);
    if (!key)
        return;
    m_sort = *key;
    m_order = order;
    reload();
}

void ArchiveModel::setFullContact(bool full)
{
    if (full == m_fullContact)
        return;
    m_fullContact = full;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

void ArchiveModel::setConsentFlag(bool shown)
{
    if (shown == m_consentFlag)
        return;
    m_consentFlag = shown;
    if (shown) // rows read for someone else carry no flag (ArchiveService)
        reload();
    else if (rowCount() > 0)
        emit dataChanged(
            index(0, NameColumn), index(rowCount() - 1, NameColumn), {Qt::DecorationRole, Qt::ToolTipRole});
}

bool ArchiveModel::isSortable(int column)
{
    return sortFor(column).has_value();
}

QVariant ArchiveModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::DisplayRole)
        return display(rowAt(index.row()), index.column());
    if (m_consentFlag && index.column() == NameColumn && rowAt(index.row()).heldWithoutConsent) {
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ToolTipRole)
            return tr("Recorded without consent: her birthday or address is on file although she has not "
                      "agreed that we keep them. Settings → Service → Privacy says whether they are kept.");
    }
    return {};
}

QVariant ArchiveModel::display(const ArchiveRow &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.name;
    case PhoneColumn:
        return m_fullContact ? PhoneNumber::fromStoredDigits(row.phoneDigits).formatted()
                             : PhoneNumber::mask(row.phoneDigits);
    case GenderColumn:
        return Labels::of(row.gender);
    case BirthdayColumn:
        if (!row.birthday)
            return QString();
        // ISO dates: unambiguous in both languages, unlike 5/1/96. A clerk sees no year.
        return m_fullContact ? DisplayFormat::date(*row.birthday) : ContactMask::birthday(*row.birthday);
    case SizesColumn: {
        QStringList sizes{row.sizeTop, row.sizeBottom, row.sizeShoe};
        if (sizes.join(QString()).isEmpty())
            return QString();
        for (QString &size : sizes) {
            if (size.isEmpty())
                size = QStringLiteral("–");
        }
        return sizes.join(QStringLiteral(" / "));
    }
    case BodyTypeColumn:
        return Labels::of(row.bodyType);
    case SourceColumn:
        return Labels::of(row.source);
    case WeChatColumn:
        return m_fullContact ? row.wechatId : ContactMask::weChat(row.wechatId);
    case TagsColumn:
        return row.tags;
    case CreatedColumn:
        return DisplayFormat::date(row.createdAt.date());
    }
    return {};
}

QVariant ArchiveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeysetPagedTable::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case GenderColumn:
        return tr("Gender");
    case BirthdayColumn:
        return tr("Birthday");
    case SizesColumn:
        return tr("Sizes");
    case BodyTypeColumn:
        return tr("Body type");
    case SourceColumn:
        return tr("Source");
    case WeChatColumn:
        return tr("WeChat ID");
    case TagsColumn:
        return tr("Tags");
    case CreatedColumn:
        return tr("Registered");
    }
    return {};
}

} // namespace atelier
