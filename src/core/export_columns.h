#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace atelier {

// How a column's values land in a spreadsheet: text stays text (a phone number must never become
// 1.38E+10), numbers and money are numbers Excel can sum, dates are real dates.
enum class ColumnType
{
    Text,
    Number,
    Money, // integer fen, written as yuan with two decimals
    Date
};

// Which list a customer export reads: the archive (full contact facts), a Tiers page list
// (tier, segment and spend as of the last nightly run; the phone stays masked there) or the customers
// of a follow-up task list (to be called: archive facts, full phone, and their loyalty standing).
enum class ExportSource
{
    Archive,
    Loyalty,
    Tasks
};

// Every customer field that may leave the program. The order is the file's column order.
enum class ExportColumn
{
    CustomerId,
    Name,
    Phone,
    Gender,
    Birthday,
    TopSize,
    BottomSize,
    ShoeSize,
    BodyType,
    Source,
    WechatId,
    Tags,
    RegisteredOn,
    Tier,
    Segment,
    NamedSegment,
    Spend,
    LastPurchase
};

struct ColumnChoice
{
    QList<ExportColumn> columns;
    QString error; // empty when every code was known
    bool ok() const { return error.isEmpty(); }
};

class ExportColumns
{
    Q_DECLARE_TR_FUNCTIONS(ExportColumns)
public:
    // Stable code for --columns and settings, e.g. "phone".
    static QString code(ExportColumn column);
    // The header word, in the UI language.
    static QString label(ExportColumn column);
    static ColumnType type(ExportColumn column);

    // The columns a source can write, in file order; and those ticked when nobody chose.
    static QList<ExportColumn> available(ExportSource source);
    static QList<ExportColumn> defaults(ExportSource source);

    // "name,phone,spend" → columns in the order given. An unknown or repeated code, or one the
    // source cannot write, is refused with a sentence naming it and the valid codes.
    static ColumnChoice parse(ExportSource source, const QString &codes);
    static QStringList codes(const QList<ExportColumn> &columns);
    static QStringList labels(const QList<ExportColumn> &columns);
};

} // namespace atelier
