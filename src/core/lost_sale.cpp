#include "core/lost_sale.h"

#include "core/code_table.h"

#include <QStringList>

#include <algorithm>
#include <tuple>

namespace atelier {

namespace {

constexpr CodeTable<LostSaleReason, 5> kReasons{{
    {LostSaleReason::SizeOutOfStock, "size_out_of_stock"},
    {LostSaleReason::Price, "price"},
    {LostSaleReason::Fit, "fit"},
    {LostSaleReason::Colour, "colour"},
    {LostSaleReason::Other, "other"},
}};

std::optional<LostSale::Problem> problem(const char *field, const QString &message)
{
    return LostSale::Problem{QString::fromLatin1(field), message};
}

} // namespace

QString lostSaleReasonCode(LostSaleReason reason)
{
    return codeIn(kReasons, reason);
}

std::optional<LostSaleReason> lostSaleReasonFromCode(const QString &code)
{
    return valueIn(kReasons, code);
}

LostSale LostSale::normalised() const
{
    LostSale s = *this;
    s.styleNumber = normalisedCode(styleNumber);
    s.category = category.trimmed();
    s.colour = colour.trimmed();
    s.size = normalisedCode(size);
    s.note = note.trimmed();
    return s;
}

std::optional<LostSale::Problem> LostSale::check() const
{
    const LostSale s = normalised();
    if (s.styleNumber.isEmpty() && s.category.isEmpty())
        return problem("wanted",
            tr("What she wanted: give a style number, or a category when she did not have a particular "
               "style in mind."));
    if (s.styleNumber.size() > maxCodeLength)
        return problem("style_no", tr("Style number: at most %1 characters.").arg(maxCodeLength));
    if (s.category.size() > maxCodeLength)
        return problem("category", tr("Category: at most %1 characters.").arg(maxCodeLength));
    if (s.colour.size() > maxCodeLength)
        return problem("colour", tr("Colour: at most %1 characters.").arg(maxCodeLength));
    if (s.size.size() > maxSizeLength)
        return problem("size", tr("Size: at most %1 characters.").arg(maxSizeLength));
    if (s.note.size() > maxNoteLength)
        return problem("note", tr("Note: at most %1 characters.").arg(maxNoteLength));
    return std::nullopt;
}

QList<LostSaleReason> LostSale::reasons()
{
    return {LostSaleReason::SizeOutOfStock, LostSaleReason::Price, LostSaleReason::Fit,
        LostSaleReason::Colour, LostSaleReason::Other};
}

QString LostSale::reasonLabel(LostSaleReason reason)
{
    switch (reason) {
    case LostSaleReason::SizeOutOfStock:
        return tr("Size out of stock");
    case LostSaleReason::Price:
        return tr("Price");
    case LostSaleReason::Fit:
        return tr("Fit");
    case LostSaleReason::Colour:
        return tr("Colour");
    case LostSaleReason::Other:
        return tr("Other");
    }
    return QString();
}

QString LostSale::reasonCodesText()
{
    QStringList codes;
    for (LostSaleReason reason : reasons())
        codes << lostSaleReasonCode(reason);
    return codes.join(QStringLiteral(", "));
}

Arrival Arrival::normalised() const
{
    Arrival a;
    a.styleNumber = LostSale::normalisedCode(styleNumber);
    a.category = a.styleNumber.isEmpty() ? category.trimmed() : QString();
    a.size = LostSale::normalisedCode(size);
    return a;
}

void sortLostSaleCounts(QList<LostSaleCount> &rows)
{
    std::sort(rows.begin(), rows.end(), [](const LostSaleCount &a, const LostSaleCount &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return std::make_tuple(a.wanted, a.size, lostSaleReasonCode(a.reason), a.isCategory)
            < std::make_tuple(b.wanted, b.size, lostSaleReasonCode(b.reason), b.isCategory);
    });
}

} // namespace atelier
