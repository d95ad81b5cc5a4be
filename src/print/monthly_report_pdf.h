#pragma once

#include "core/write_result.h"
#include "print/report_tables.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>

class QTextDocument;

namespace atelier {

// The monthly report for printing or sending: the store's name, the month, every report's tables
// beside the month before and a few charts, in the UI language, as an A4 PDF.
//
// Charts are drawn with Qt Charts, which only works on the GUI thread (a QApplication is needed; the
// CLI starts one on the offscreen platform). Everything else may run on a worker thread: draw the
// charts first with renderChart() on the GUI thread, a few milliseconds each, then hand
// them to a MonthlyReportPdf made on the worker. Without them, the constructor's thread draws them.
class MonthlyReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportPdf)
public:
    // One image per table of ReportTables::all(reports), in order; null for a table without a chart.
    using Charts = QList<QImage>;

    MonthlyReportPdf(const QString &storeName, const ReportSet &reports, const Charts &charts = {});
    ~MonthlyReportPdf();

    // One table's chart as the PDF prints it; null for a table without one. Qt Charts: GUI thread only.
    static QImage renderChart(const ReportTable &table, const ReportPeriod &period);

    // Writes the PDF whole under its name, or leaves the file as it was and says why.
    WriteResult write(const QString &fileName);
    int pageCount();
    // The report's words as laid out, without the charts (to check what it says).
    QString plainText();
    // One page as the PDF lays it out, drawn into an image (to look at it without a PDF reader).
    QImage renderPage(int page, int widthPixels);

private:
    QTextDocument &document();

    QString m_storeName;
    ReportSet m_reports;
    Charts m_charts;
    std::unique_ptr<QTextDocument> m_document;
};

} // namespace atelier
