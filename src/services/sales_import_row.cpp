#include "services/sales_import_row.h"

#include "core/import_values.h"
#include "core/stored_time.h"

namespace atelier {

namespace {

QStringView fieldAt(const QStringList &fields, int column)
{
    return column >= 0 && column < fields.size() ? QStringView(fields.at(column)).trimmed() : QStringView();
}

} // namespace

ImportRowReader::ImportRowReader(const ImportMapping::Columns &columns, int offsetSeconds)
    : m_columns(columns)
    , m_offset(offsetSeconds)
{
}

bool ImportRowReader::read(const QStringList &fields, ImportRow &row, QString &why)
{
    auto column = [this](ImportField f) {
        return m_columns.at(static_cast<std::size_t>(f));
    };
    for (const int c : m_columns) {
        if (c >= fields.size()) {
            why = tr("The row has %1 fields; the mapped columns need %2.").arg(fields.size()).arg(c + 1);
            return false;
        }
    }
    row.invoice = fieldAt(fields, column(ImportField::Invoice));
    row.style = fieldAt(fields, column(ImportField::Style));
    row.category = fieldAt(fields, column(ImportField::Category));
    row.colour = fieldAt(fields, column(ImportField::Colour));
    row.size = fieldAt(fields, column(ImportField::Size));
    if (row.invoice.isEmpty() || row.style.isEmpty()) {
        why = row.invoice.isEmpty() ? tr("The invoice number is empty.") : tr("The style number is empty.");
        return false;
    }
    if (!ImportValues::quantity(fieldAt(fields, column(ImportField::Quantity)), row.quantity, why)
        || !ImportValues::money(fieldAt(fields, column(ImportField::Price)), row.priceFen, why)
        || !readDate(fieldAt(fields, column(ImportField::Date)), row, why))
        return false;
    if (row.quantity == 0) {
        why = tr("The quantity is zero.");
        return false;
    }
    if (row.priceFen < 0) {
        why = tr("The price is negative; a refund is a line with a negative quantity.");
        return false;
    }
    if (row.invoice.startsWith(u'C', Qt::CaseInsensitive) && row.quantity > 0) {
        why = tr("A cancellation invoice (C…) with a positive quantity.");
        return false;
    }
    row.customerNumber.resize(0);
    row.phone.clear();
    const QStringView number = fieldAt(fields, column(ImportField::Customer));
    if (!number.isEmpty() && !ImportValues::externalId(number, row.customerNumber, why))
        return false;
    const QStringView phone = fieldAt(fields, column(ImportField::Phone));
    if (!phone.isEmpty() && !ImportValues::phone(phone, row.phone, why))
        return false;
    if (row.customerNumber.isEmpty() && !row.phone.isEmpty())
        row.customerNumber = QStringLiteral("phone ") + row.phone;
    return true;
}

// A till writes one time for all lines of a receipt: the last one is kept, parsed and as stored text.
bool ImportRowReader::readDate(QStringView text, ImportRow &row, QString &why)
{
    if (!m_haveDate || text != m_lastDateText) {
        m_haveDate = ImportValues::dateTime(text, m_offset, m_lastDate, why);
        if (!m_haveDate)
            return false;
        m_lastDateText = text.toString();
        m_lastStored = toStoredText(m_lastDate);
    }
    if (row.storedAt.constData() != m_lastStored.constData()) {
        row.at = m_lastDate;
        row.storedAt = m_lastStored;
    }
    return true;
}

} // namespace atelier
