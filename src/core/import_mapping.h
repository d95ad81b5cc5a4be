#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace atelier {

// What a column of a till export means to the sales import.
enum class ImportField
{
    Invoice, // the till's receipt or invoice number: lines with the same one are one sale
    Style, // 款号 / stock code
    Quantity, // negative: goods coming back
    Date,
    Price, // per piece, as paid
    Customer, // the till's customer number (external id)
    Phone, // the customer's phone, matched against the archive
    Category,
    Colour,
    Size,
};
inline constexpr std::size_t importFieldCount = 10;

struct ParsedMapping;
struct ResolvedColumns;

// Which column (by header name) holds which field. Written as a spec such as
// "invoice=InvoiceNo,style=StockCode,quantity=Quantity,date=InvoiceDate,price=UnitPrice,customer=CustomerID"
// and saved under a name for the next export from the same till.
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)
public:
    // Column indexes in one file, -1 when the field is not mapped.
    using Columns = std::array<int, importFieldCount>;

    // No mapping when the spec is malformed, and the sentence saying why.
    static ParsedMapping parse(const QString &spec);
    QString toSpec() const;

    void set(ImportField field, const QString &column);
    QString column(ImportField field) const;
    bool isMapped(ImportField field) const { return !column(field).isEmpty(); }

    // Finds the mapped columns in a header (case and surrounding spaces ignored). No columns, and the
    // sentence saying why, when a required field (invoice, style, quantity, date, price) is unmapped
    // or a column is missing.
    ResolvedColumns resolve(const QStringList &header) const;

    static QString key(ImportField field);
    static std::optional<ImportField> fieldFromKey(const QString &key);
    static bool isRequired(ImportField field);

    bool operator==(const ImportMapping &) const = default;

private:
    std::array<QString, importFieldCount> m_columns;
};

// A spec read as a mapping, or why it is not one (in the UI language, for the person who wrote it).
struct ParsedMapping
{
    std::optional<ImportMapping> mapping;
    QString error;
    bool ok() const { return mapping.has_value(); }
};

// Where a file's header has the mapped columns, or why the mapping does not fit the file.
struct ResolvedColumns
{
    std::optional<ImportMapping::Columns> columns;
    QString error;
    bool ok() const { return columns.has_value(); }
};

} // namespace atelier
