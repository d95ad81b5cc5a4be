#include "core/export_columns.h"

#include <array>

namespace atelier {

namespace {

struct ColumnFacts
{
    ExportColumn column;
    const char *code;
    ColumnType type;
};

constexpr std::array<ColumnFacts, 18> kColumns = {{
    {ExportColumn::CustomerId, "customer_id", ColumnType::Number},
    {ExportColumn::Name, "name", ColumnType::Text},
    {ExportColumn::Phone, "phone", ColumnType::Text},
    {ExportColumn::Gender, "gender", ColumnType::Text},
    {ExportColumn::Birthday, "birthday", ColumnType::Date},
    {ExportColumn::TopSize, "top_size", ColumnType::Text},
    {ExportColumn::BottomSize, "bottom_size", ColumnType::Text},
    {ExportColumn::ShoeSize, "shoe_size", ColumnType::Text},
    {ExportColumn::BodyType, "body_type", ColumnType::Text},
    {ExportColumn::Source, "source", ColumnType::Text},
    {ExportColumn::WechatId, "wechat_id", ColumnType::Text},
    {ExportColumn::Tags, "tags", ColumnType::Text},
    {ExportColumn::RegisteredOn, "registered_on", ColumnType::Date},
    {ExportColumn::Tier, "tier", ColumnType::Text},
    {ExportColumn::Segment, "segment", ColumnType::Text},
    {ExportColumn::NamedSegment, "named_segment", ColumnType::Text},
    {ExportColumn::Spend, "spend", ColumnType::Money},
    {ExportColumn::LastPurchase, "last_purchase", ColumnType::Date},
}};

const ColumnFacts &facts(ExportColumn column)
{
    return kColumns.at(static_cast<std::size_t>(column));
}

} // namespace

QString ExportColumns::code(ExportColumn column)
{
    return QString::fromLatin1(facts(column).code);
}

ColumnType ExportColumns::type(ExportColumn column)
{
    return facts(column).type;
}

QString ExportColumns::label(ExportColumn column)
{
    switch (column) {
    case ExportColumn::CustomerId:
        return tr("Customer ID");
    case ExportColumn::Name:
        return tr("Name");
    case ExportColumn::Phone:
        return tr("Phone");
    case ExportColumn::Gender:
        return tr("Gender");
    case ExportColumn::Birthday:
        return tr("Birthday");
    case ExportColumn::TopSize:
        return tr("Top size");
    case ExportColumn::BottomSize:
        return tr("Bottom size");
    case ExportColumn::ShoeSize:
        return tr("Shoe size");
    case ExportColumn::BodyType:
        return tr("Body type");
    case ExportColumn::Source:
        return tr("Source");
    case ExportColumn::WechatId:
        return tr("WeChat ID");
    case ExportColumn::Tags:
        return tr("Tags");
    case ExportColumn::RegisteredOn:
        return tr("Registered on");
    case ExportColumn::Tier:
        return tr("Tier");
    case ExportColumn::Segment:
        return tr("Segment");
    case ExportColumn::NamedSegment:
        return tr("RFM segment");
    case ExportColumn::Spend:
        return tr("Spend (yuan)");
    case ExportColumn::LastPurchase:
        return tr("Last purchase");
    }
    return {};
}

QList<ExportColumn> ExportColumns::available(ExportSource source)
{
    if (source == ExportSource::Loyalty)
        return {ExportColumn::CustomerId, ExportColumn::Name, ExportColumn::Phone, ExportColumn::Tier,
            ExportColumn::Segment, ExportColumn::NamedSegment, ExportColumn::Spend,
            ExportColumn::LastPurchase};
    QList<ExportColumn> columns;
    for (const ColumnFacts &each : kColumns) {
        columns << each.column;
        if (source == ExportSource::Archive && each.column == ExportColumn::RegisteredOn)
            break;
    }
    return columns;
}

QList<ExportColumn> ExportColumns::defaults(ExportSource source)
{
    // What a clerk needs to make the calls; the rest is a tick away.
    if (source == ExportSource::Tasks)
        return {ExportColumn::CustomerId, ExportColumn::Name, ExportColumn::Phone, ExportColumn::Tier,
            ExportColumn::Spend, ExportColumn::LastPurchase};
    // Everything the list shows: the manager narrows it down, not up.
    return available(source);
}

ColumnChoice ExportColumns::parse(ExportSource source, const QString &codes)
{
    ColumnChoice choice;
    const QList<ExportColumn> allowed = available(source);
    const QString valid = ExportColumns::codes(allowed).join(QStringLiteral(", "));
    for (const QString &part : codes.split(u',')) {
        const QString wanted = part.trimmed();
        if (wanted.isEmpty())
            continue;
        bool found = false;
        for (const ExportColumn column : allowed) {
            if (code(column) != wanted)
                continue;
            found = true;
            if (choice.columns.contains(column)) {
                choice.error = tr("The column \"%1\" is chosen twice.").arg(wanted);
                return choice;
            }
            choice.columns << column;
        }
        if (!found) {
            choice.error = tr("There is no column \"%1\"; the columns are: %2.").arg(wanted, valid);
            return choice;
        }
    }
    if (choice.columns.isEmpty())
        choice.error = tr("Choose at least one column; the columns are: %1.").arg(valid);
    return choice;
}

QStringList ExportColumns::codes(const QList<ExportColumn> &columns)
{
    QStringList result;
    for (const ExportColumn column : columns)
        result << code(column);
    return result;
}

QStringList ExportColumns::labels(const QList<ExportColumn> &columns)
{
    QStringList result;
    for (const ExportColumn column : columns)
        result << label(column);
    return result;
}

} // namespace atelier
