#pragma once

#include "print/report_tables.h"

#include <QImage>
#include <QSize>

class QChart;

namespace atelier {

// The picture beside a report table: a pie of the current period's shares, or bars of the current
// and previous period side by side. Nothing for a table without a chart or without values.
class ReportChart
{
    Q_DECLARE_TR_FUNCTIONS(ReportChart)
public:
    static QChart *create(
        const ReportTable &table, const QString &currentLabel, const QString &previousLabel);
    // Drawn offscreen for the PDF (needs a QApplication); a null image when there is no chart.
    static QImage render(const ReportTable &table, const QString &currentLabel, const QString &previousLabel,
        const QSize &size);
};

} // namespace atelier
