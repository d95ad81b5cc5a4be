#pragma once

#include "core/customer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace atelier {

using LostSaleId = qint64;

// Why a customer did not buy what she came for (未成交原因). Codes are stored and printed by the CLI.
enum class LostSaleReason
{
    SizeOutOfStock,
    Price,
    Fit,
    Colour,
    Other
};

QString lostSaleReasonCode(LostSaleReason reason); // "size_out_of_stock", "price", "fit", "colour", "other"
std::optional<LostSaleReason> lostSaleReasonFromCode(const QString &code);

// A lost sale or wish (缺货登记), as stored in lost_sales: what was wanted — a style number or, when
// she only knew the kind of garment, a category — with colour and size when known, why it was not
// bought, and optionally whose wish it was. A wish is "open" until the manager marks its style (or
// category) and size as arrived.
struct LostSale
{
    Q_DECLARE_TR_FUNCTIONS(LostSale)
public:
    LostSaleId id = 0;
    QDateTime recordedAt;
    std::optional<StaffId> recordedBy;
    std::optional<CustomerId> customer; // none: a passer-by, or she did not want to be named
    QString styleNumber; // 款号; empty when only a category was given
    QString category;
    QString colour;
    QString size; // empty: not known (a wish without a size hears of any size's arrival)
    LostSaleReason reason = LostSaleReason::SizeOutOfStock;
    QString note;
    QDateTime arrivedAt; // invalid: still open
    std::optional<StaffId> arrivedBy;

    static constexpr int maxCodeLength = 40; // style number, category, colour (as on a sale line)
    static constexpr int maxSizeLength = 20;
    static constexpr int maxNoteLength = 500;

    // What the report and the task name: the style number, or the category when none was given.
    QString wanted() const { return styleNumber.isEmpty() ? category : styleNumber; }
    bool isOpen() const { return !arrivedAt.isValid(); }

    // The fields as stored: trimmed, style number and size in upper case ("2601-blk", " m " are the
    // 2601-BLK and M on the tag), so that a wish and its arrival meet however the clerk typed them.
    LostSale normalised() const;

    // The first problem, naming the field as the dialog names it ("wanted", "style_no", "category",
    // "colour", "size", "note"); nothing when it may be stored. Checks the normalised fields.
    struct Problem
    {
        QString field;
        QString message;
    };
    std::optional<Problem> check() const;

    // Every reason, in the order the counter offers them (the most common first).
    static QList<LostSaleReason> reasons();
    // For people: "Size out of stock", "Price", "Fit", "Colour", "Other".
    static QString reasonLabel(LostSaleReason reason);
    // "size_out_of_stock, price, fit, colour, other": what the CLI names when a code is unknown.
    static QString reasonCodesText();
    // The normalised form of a style number or a size on its own (an arrival's).
    static QString normalisedCode(const QString &text) { return text.trimmed().toUpper(); }
};

// What the manager marks as arrived: a style number, or a category (for wishes that named only a
// category), and a size. An empty size means every size of it arrived. A wish without a size
// matches any arrival of its style (she asked for the style; the clerk will ask her size).
struct Arrival
{
    QString styleNumber;
    QString category; // used only when styleNumber is empty
    QString size;

    bool isValid() const { return !styleNumber.trimmed().isEmpty() || !category.trimmed().isEmpty(); }
    Arrival normalised() const;
    QString wanted() const { return styleNumber.isEmpty() ? category : styleNumber; }
};

// One line of the manager's report: lost sales of one style (or category), size and reason in a
// period. `open` of them are still waiting for an arrival, `waitingCustomers` of those named a customer
// (distinct customers).
struct LostSaleCount
{
    QString wanted; // the style number, or the category when only a category was given
    bool isCategory = false;
    QString size; // empty: not given
    LostSaleReason reason = LostSaleReason::SizeOutOfStock;
    int count = 0;
    int open = 0;
    bool operator==(const LostSaleCount &) const = default;
};

// The report's order: by count, most first, then style number (or category), size and reason code.
void sortLostSaleCounts(QList<LostSaleCount> &rows);

} // namespace atelier
