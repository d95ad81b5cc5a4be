#pragma once

#include "core/import_mapping.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace atelier {

// One row of a till's file once its values are read. The views point into the CSV reader's fields and
// are good until the next row is read: half a million rows, so no copies.
struct ImportRow
{
    QStringView invoice;
    QStringView style;
    QStringView category;
    QStringView colour;
    QStringView size;
    int quantity = 0;
    qint64 priceFen = 0;
    QDateTime at;
    QString storedAt;
    QString customerNumber; // the till's number, or else "phone " and the phone's digits
    QString phone;
};

// Reads a row of the file by the mapping. The reasons here are the importer's own rules; the value
// readers give theirs.
class ImportRowReader
{
    Q_DECLARE_TR_FUNCTIONS(SalesImport)
public:
    ImportRowReader(const ImportMapping::Columns &columns, int offsetSeconds);

    bool read(const QStringList &fields, ImportRow &row, QString &why);

private:
    bool readDate(QStringView text, ImportRow &row, QString &why);

    ImportMapping::Columns m_columns;
    int m_offset;
    bool m_haveDate = false; // m_lastDateText was read as a date
    QString m_lastDateText;
    QDateTime m_lastDate;
    QString m_lastStored;
};

} // namespace atelier
