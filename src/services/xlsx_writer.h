#pragma once

#include "core/export_columns.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace atelier {

// One worksheet written row by row with libxlsxwriter, typed cells: numbers as numbers, money as
// yuan with two decimals, dates as real Excel dates, everything else (phone numbers too) as text.
// Rows stream to disk (constant memory); the .xlsx itself is assembled by close().
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)
public:
    explicit XlsxWriter(const QString &path);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    void writeHeader(const QStringList &labels);
    // cells[i] is a QString (Text), qint64 (Number, Money in fen) or QDate (Date); null: empty cell.
    void writeRow(const QList<QVariant> &cells, const QList<ColumnType> &types);
    // Writes the file; returns false with error() set when something failed on the way.
    bool close();
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    void check(int lxwError);

    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_money = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_text = nullptr;
    quint32 m_row = 0;
    QString m_error;
};

} // namespace atelier
