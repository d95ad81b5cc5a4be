#include "print/monthly_report_pdf.h"

#include "print/report_chart.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace atelier {

namespace {

// The document is laid out on A4 at this many dots per inch; the PDF writer uses the same.
constexpr int resolution = 120;
const QSize chartSize(900, 420);

QSizeF pageSizeInDots()
{
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15));
    const QRect full = layout.fullRectPixels(resolution);
    return QSizeF(full.width(), full.height());
}

QString tableHtml(const ReportTable &table)
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>");
    for (const QString &column : table.header)
        html += QStringLiteral("<th bgcolor='#eeeeee'>%1</th>").arg(column.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const QStringList &row : table.rows) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < row.size(); ++c)
            html += QStringLiteral("<td align='%1'>%2</td>")
                        .arg(c == 0 ? QStringLiteral("left") : QStringLiteral("right"),
                            row.at(c).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QList<ReportTable> tablesOf(const ReportSet &reports)
{
    QList<ReportTable> tables;
    for (const ReportSection &section : ReportTables::all(reports))
        tables << section.tables;
    return tables;
}

QString periodTitle(const ReportPeriod &period)
{
    return period.isMonth() ? MonthlyReportPdf::tr("Monthly report %1").arg(period.label())
                            : MonthlyReportPdf::tr("Report %1").arg(period.label());
}

} // namespace

MonthlyReportPdf::MonthlyReportPdf(const QString &storeName, const ReportSet &reports, const Charts &charts)
    : m_storeName(storeName)
    , m_reports(reports)
    , m_charts(charts)
{
    if (m_charts.isEmpty())
        for (const ReportTable &table : tablesOf(reports))
            m_charts << renderChart(table, reports.customers.period);
}

QImage MonthlyReportPdf::renderChart(const ReportTable &table, const ReportPeriod &period)
{
    return ReportChart::render(table, period.label(), period.previous().label(), chartSize);
}

MonthlyReportPdf::~MonthlyReportPdf() = default;

QTextDocument &MonthlyReportPdf::document()
{
    if (m_document)
        return *m_document;
    m_document = std::make_unique<QTextDocument>();
    QTextDocument &doc = *m_document;
    const QString month = m_reports.customers.period.label();
    const QString previous = m_reports.customers.previousPeriod.label();
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(m_storeName.toHtmlEscaped());
    html += QStringLiteral("<h2>%1</h2>").arg(periodTitle(m_reports.customers.period).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Figures for %1, with %2 beside them for comparison.")
                         .arg(month, previous)
                         .toHtmlEscaped());
    const QList<ReportSection> sections = ReportTables::all(m_reports);
    int chart = 0;
    for (const ReportSection &section : sections) {
        html += QStringLiteral("<h2>%1</h2>").arg(section.title.toHtmlEscaped());
        for (const ReportTable &table : section.tables) {
            html += QStringLiteral("<h3>%1</h3>").arg(table.title.toHtmlEscaped());
            const QImage image = m_charts.value(chart);
            const QUrl name(QStringLiteral("chart://%1").arg(chart++));
            if (table.rows.isEmpty()) {
                html += QStringLiteral("<p>%1</p>")
                            .arg(tr("Nothing recorded in either period.").toHtmlEscaped());
                continue;
            }
            html += tableHtml(table);
            if (!image.isNull()) {
                doc.addResource(QTextDocument::ImageResource, name, image);
                html += QStringLiteral("<p align='center'><img src='%1' width='%2'></p>")
                            .arg(name.toString())
                            .arg(int(pageSizeInDots().width() * 0.75));
            }
        }
    }
    // The campaigns that ran in the month (issue 22): one table, no chart. Purchases are counted to
    // 14 days after each campaign's last day, as the Campaigns page does by default.
    const ReportSection campaigns = ReportTables::campaigns(m_reports.campaigns);
    html += QStringLiteral("<h2>%1</h2>").arg(campaigns.title.toHtmlEscaped());
    if (m_reports.campaigns.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No campaign ran this month.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Each campaign's invited customers beside its holdout, drawn at random and not "
                            "invited; purchases counted to 14 days after its last day.")
                             .toHtmlEscaped());
        for (const ReportTable &table : campaigns.tables)
            html += QStringLiteral("<h3>%1</h3>").arg(table.title.toHtmlEscaped()) + tableHtml(table);
    }
    html += QStringLiteral("</body></html>");
    QFont font = doc.defaultFont();
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    doc.setPageSize(pageSizeInDots());
    return doc;
}

WriteResult MonthlyReportPdf::write(const QString &fileName)
{
    QTextDocument &doc = document();
    // Written beside the target and renamed when complete: a failed or interrupted write leaves
    // an earlier report of the same name as it was.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return WriteResult::failure(
            tr("The PDF could not be written to %1: %2").arg(fileName, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(resolution);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15)));
        writer.setTitle(periodTitle(m_reports.customers.period));
        writer.setCreator(QStringLiteral("Atelier"));
        // QTextDocument::print lays the document out again on the writer's pages.
        doc.print(&writer);
    }
    if (file.size() == 0 || !file.commit())
        return WriteResult::failure(
            tr("The PDF could not be written to %1: %2").arg(fileName, file.errorString()));
    return WriteResult::success();
}

QString MonthlyReportPdf::plainText()
{
    return document().toPlainText();
}

int MonthlyReportPdf::pageCount()
{
    return document().pageCount();
}

QImage MonthlyReportPdf::renderPage(int page, int widthPixels)
{
    QTextDocument &doc = document();
    const QSizeF pageSize = doc.pageSize();
    const double scale = widthPixels / pageSize.width();
    QImage image(QSize(widthPixels, int(pageSize.height() * scale)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    painter.translate(0, -page * pageSize.height());
    const QRectF clip(0, page * pageSize.height(), pageSize.width(), pageSize.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    painter.setClipRect(clip);
    doc.documentLayout()->draw(&painter, context);
    return image;
}

} // namespace atelier
