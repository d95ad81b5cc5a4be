#include "services/xlsx_writer.h"

#include <QDate>
#include <QDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace atelier {

XlsxWriter::XlsxWriter(const QString &path)
{
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE; // 100 000 rows must not sit in memory
    options.use_zip64 = LXW_TRUE;
    const QByteArray file = QDir::toNativeSeparators(path).toLocal8Bit();
    m_workbook = workbook_new_opt(file.constData(), &options);
    if (!m_workbook) {
        m_error = tr("Could not create the spreadsheet.");
        return;
    }
    m_sheet = workbook_add_worksheet(m_workbook, nullptr);
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
    m_money = workbook_add_format(m_workbook);
    format_set_num_format(m_money, "0.00");
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_text = workbook_add_format(m_workbook);
    format_set_num_format(m_text, "@"); // a phone typed over in Excel stays text too
}

XlsxWriter::~XlsxWriter()
{
    if (m_workbook)
        workbook_close(m_workbook);
}

void XlsxWriter::check(int lxwError)
{
    if (lxwError != LXW_NO_ERROR && m_error.isEmpty())
        m_error = tr("Could not write the spreadsheet: %1")
                      .arg(QString::fromUtf8(lxw_strerror(static_cast<lxw_error>(lxwError))));
}

void XlsxWriter::writeHeader(const QStringList &labels)
{
    if (!m_sheet)
        return;
    for (int column = 0; column < labels.size(); ++column) {
        const QByteArray text = labels.at(column).toUtf8();
        check(
            worksheet_write_string(m_sheet, m_row, static_cast<lxw_col_t>(column), text.constData(), m_bold));
        worksheet_set_column(m_sheet, static_cast<lxw_col_t>(column), static_cast<lxw_col_t>(column),
            std::max(10.0, double(labels.at(column).size()) * 2 + 2), nullptr);
    }
    ++m_row;
}

void XlsxWriter::writeRow(const QList<QVariant> &cells, const QList<ColumnType> &types)
{
    if (!m_sheet || hasError())
        return;
    for (int column = 0; column < cells.size(); ++column) {
        const QVariant &cell = cells.at(column);
        if (cell.isNull())
            continue;
        const auto col = static_cast<lxw_col_t>(column);
        switch (types.at(column)) {
        case ColumnType::Number:
            check(worksheet_write_number(m_sheet, m_row, col, double(cell.toLongLong()), nullptr));
            break;
        case ColumnType::Money:
            check(worksheet_write_number(m_sheet, m_row, col, double(cell.toLongLong()) / 100.0, m_money));
            break;
        case ColumnType::Date: {
            const QDate date = cell.toDate();
            if (!date.isValid())
                break;
            lxw_datetime when = {date.year(), date.month(), date.day(), 0, 0, 0.0};
            check(worksheet_write_datetime(m_sheet, m_row, col, &when, m_date));
            break;
        }
        case ColumnType::Text: {
            const QString value = cell.toString();
            if (value.isEmpty())
                break;
            const QByteArray text = value.toUtf8();
            check(worksheet_write_string(m_sheet, m_row, col, text.constData(), m_text));
            break;
        }
        }
    }
    ++m_row;
}

bool XlsxWriter::close()
{
    if (!m_workbook)
        return false;
    check(workbook_close(m_workbook));
    m_workbook = nullptr;
    return !hasError();
}

} // namespace atelier
