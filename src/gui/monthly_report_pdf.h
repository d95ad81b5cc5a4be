#pragma once

#include "gui/report_tables.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>

class QTextDocument;

namespace atelier {

// The monthly report for printing or sending: the store's name, the month, every report's tables
// beside the month before and a few charts, in the UI language, as an A4 PDF. Charts are drawn
// offscreen, so a QApplication is needed (the CLI starts one on the offscreen platform).
class MonthlyReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportPdf)
public:
    MonthlyReportPdf(const QString &storeName, const ReportSet &reports);
    ~MonthlyReportPdf();

    // Writes the PDF; an error message for people, or empty when written.
    QString write(const QString &fileName);
    int pageCount();
    // One page as the PDF lays it out, drawn into an image (to look at it without a PDF reader).
    QImage renderPage(int page, int widthPixels);

private:
    QTextDocument &document();

    QString m_storeName;
    ReportSet m_reports;
    std::unique_ptr<QTextDocument> m_document;
};

} // namespace atelier
