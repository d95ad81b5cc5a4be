#pragma once

#include <QString>
#include <QStringList>

namespace atelier::testing {

// Reads one part of an .xlsx back with unzip, as a spreadsheet program would (fails the test when
// unzip does), e.g. "xl/worksheets/sheet1.xml".
QString xlsxPart(const QString &file, const QString &part);

// The <c> element of one cell of a sheet's XML, e.g. "B2"; empty when the cell is not there.
QString cellXml(const QString &sheet, const QString &ref);

// The sheet's text of one cell: an inline or shared string, or a number's <v>.
QString cellText(const QString &file, const QString &ref);

// The lines of a CSV export after its BOM (fails the test without a BOM or without the file).
QStringList csvLines(const QString &file);

} // namespace atelier::testing
