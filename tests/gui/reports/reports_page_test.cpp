#include "gui_test_helpers.h"

#include "core/display_format.h"
#include "core/money.h"
#include "gui/reports/reports_page.h"
#include "print/monthly_report_pdf.h"
#include "services/counter_shift.h"
#include "services/reports.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/staff_repository.h"
#include "support/read_checks.h"
#include "support/report_store.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace atelier;
using namespace atelier::testing;

namespace {

QString cell(QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

// The first page of a PDF file as poppler (pdftoppm, what PDF readers on Linux use) draws it: the
// file itself is rendered, not our own layout of it.
QImage popplerPage(const QString &pdf, const QString &pngPrefix)
{
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("pdftoppm"),
        {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
            QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
            pdf, pngPrefix});
    if (!pdftoppm.waitForFinished(30000) || pdftoppm.exitCode() != 0)
        return {};
    return QImage(pngPrefix + QStringLiteral(".png"));
}

int darkPixels(const QImage &image)
{
    int dark = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    return dark;
}

int occurrences(const QByteArray &data, const QByteArray &what)
{
    int count = 0;
    for (qsizetype at = data.indexOf(what); at >= 0; at = data.indexOf(what, at + 1))
        ++count;
    return count;
}

} // namespace

TEST_CASE(
    "the Reports page computes on a worker and shows last month beside the month before", "[gui][reports]")
{
    TempStore temp;
    fillReportStore(temp.store());
    ReportsPage page(temp.store());
    page.resize(1200, 800);
    page.show();

    // "Now" is 15 June 2026: the page offers the last complete month first, named as DisplayFormat does.
    CHECK(page.period() == ReportPeriod::month(2026, 5));
    CHECK(child<QComboBox>(&page, QStringLiteral("periodCombo"))->currentText()
        == DisplayFormat::month(2026, 5));
    QSignalSpy shown(&page, &ReportsPage::reportsShown);
    // Each report shows as soon as it is ready, the first while the others are still computing.
    QList<int> tabsWhenShown;
    QObject::connect(&page, &ReportsPage::tabsShown, &page,
        [&] { tabsWhenShown << child<QTabWidget>(&page, QStringLiteral("tabs"))->count(); });
    page.reload();
    CHECK(child<QProgressBar>(&page, QStringLiteral("busyBar"))->isVisible());
    CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("savePdfButton"))->isEnabled());
    REQUIRE(shown.wait(10000));
    CHECK(tabsWhenShown == QList<int>{1, 2, 3, 4, 5});
    CHECK(child<QPushButton>(&page, QStringLiteral("savePdfButton"))->isEnabled());
    CHECK_FALSE(page.isBusy());
    CHECK_FALSE(child<QProgressBar>(&page, QStringLiteral("busyBar"))->isVisible());

    auto *tabs = child<QTabWidget>(&page, QStringLiteral("tabs"));
    // The five reports, then Referrals and Lost sales (issue 23) and Satisfaction (issue 24).
    REQUIRE(tabs->count() >= 8);
    CHECK(tabs->tabText(5) == QStringLiteral("Referrals"));
    CHECK(tabs->tabText(6) == QStringLiteral("Lost sales"));
    CHECK(tabs->tabText(7) == QStringLiteral("Satisfaction"));
    // Sales tab, its figure table: the net revenue of May beside April.
    auto *sales = child<QTableView>(&page, QStringLiteral("reportTable_1_0"));
    REQUIRE(sales);
    CHECK(cell(sales, 2, 1) == DisplayFormat::amount(Money::fromFen(38000)));
    CHECK(cell(sales, 2, 2) == DisplayFormat::amount(Money::fromFen(38000)));
    CHECK(cell(sales, 4, 1) == DisplayFormat::amount(Money::fromFen(10000))); // average order value
    CHECK(cell(sales, 4, 2) == DisplayFormat::amount(Money::fromFen(19000)));
    if (const QByteArray out = qgetenv("ATELIER_REPORTS_PAGE_PNG"); !out.isEmpty()) {
        child<QTabWidget>(&page, QStringLiteral("tabs"))->setCurrentIndex(1);
        page.grab().save(QString::fromLocal8Bit(out));
        child<QTabWidget>(&page, QStringLiteral("tabs"))->setCurrentIndex(0);
    }
    auto *customers = child<QTableView>(&page, QStringLiteral("reportTable_0_0"));
    REQUIRE(customers);
    CHECK(cell(customers, 2, 1) == QStringLiteral("3")); // new customers in May
    CHECK(cell(customers, 2, 2) == QStringLiteral("2"));
    // Each figure says what it counts when the pointer rests on any cell of its row; retention and
    // the crossings into Dormant replace the churn rate.
    const QAbstractItemModel *figures = customers->model();
    int retentionRow = -1;
    for (int row = 0; row < figures->rowCount(); ++row) {
        for (int column = 0; column < figures->columnCount(); ++column)
            CHECK_FALSE(figures->index(row, column).data(Qt::ToolTipRole).toString().isEmpty());
        if (cell(customers, row, 0) == ReportTables::tr("12-month retention"))
            retentionRow = row;
        CHECK(cell(customers, row, 0) != QStringLiteral("Churn rate"));
    }
    REQUIRE(retentionRow >= 0);
    CHECK(figures->index(retentionRow, 1)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("12 months")));
    CHECK(cell(customers, retentionRow + 1, 0) == ReportTables::tr("Crossed into Dormant"));

    // Every table exports to CSV: header, then one line per row.
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("sales.csv"));
    CHECK(page.exportTable(1, 0, fileName).ok());
    QFile file(fileName);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.size() == 1 + page.sections().at(1).tables.at(0).rows.size());
    CHECK(lines.at(0).contains(DisplayFormat::month(2026, 5)));
    CHECK(lines.at(0).contains(DisplayFormat::month(2026, 4)));

    // A custom period: ten days, compared with the ten before.
    page.setPeriod({QDate(2026, 5, 11), QDate(2026, 5, 20)});
    CHECK(child<QComboBox>(&page, QStringLiteral("periodCombo"))->currentIndex()
        == child<QComboBox>(&page, QStringLiteral("periodCombo"))->count() - 1);
    page.reload();
    REQUIRE(shown.wait(10000));
    auto *again = child<QTableView>(&page, QStringLiteral("reportTable_1_0"));
    REQUIRE(again);
    CHECK(cell(again, 3, 1) == QStringLiteral("1")); // one order, 20 May
    CHECK(cell(again, 3, 2) == QStringLiteral("1")); // one order, 2 May
}

TEST_CASE("a report that cannot be read: the page says so and shows no figures", "[gui][reports]")
{
    TempStore temp;
    fillReportStore(temp.store());
    ReportsPage page(temp.store());
    page.resize(1200, 800);
    page.show();
    QSignalSpy shown(&page, &ReportsPage::reportsShown);
    QSignalSpy failed(&page, &ReportsPage::reportsFailed);
    page.reload();
    REQUIRE(shown.wait(10000));
    auto *tabs = child<QTabWidget>(&page, QStringLiteral("tabs"));
    // The five reports, then Referrals and Lost sales (issue 23) and Satisfaction (issue 24).
    REQUIRE(tabs->count() >= 8);
    CHECK(tabs->tabText(5) == QStringLiteral("Referrals"));
    CHECK(tabs->tabText(6) == QStringLiteral("Lost sales"));
    CHECK(tabs->tabText(7) == QStringLiteral("Satisfaction"));

    // The service report (the fourth) reads the follow-up tasks: the first three are read, then it fails.
    dropTable(temp.store(), QStringLiteral("follow_up_tasks"));
    page.reload();
    REQUIRE(failed.wait(10000));
    CHECK(shown.size() == 1);
    const QString status = child<QLabel>(&page, QStringLiteral("statusLabel"))->text();
    CHECK(status.startsWith(QStringLiteral("The reports could not be read.")));
    CHECK(status.contains(failed.at(0).at(0).toString()));
    // Neither last month's tabs nor this month's first three stay, as if they were the whole report.
    CHECK(tabs->count() == 0);
    CHECK(page.sections().isEmpty());
    CHECK_FALSE(page.isBusy());
    CHECK_FALSE(child<QProgressBar>(&page, QStringLiteral("busyBar"))->isVisible());
    CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("savePdfButton"))->isEnabled());
    QTemporaryDir dir;
    CHECK_FALSE(page.savePdf(dir.filePath(QStringLiteral("May.pdf"))));
}

TEST_CASE("Save PDF writes the report shown on a worker, and the file renders", "[gui][reports][pdf]")
{
    TempStore temp;
    fillReportStore(temp.store());
    ReportsPage page(temp.store());
    page.resize(1200, 800);
    page.show();
    QSignalSpy shown(&page, &ReportsPage::reportsShown);
    page.reload();
    REQUIRE(shown.wait(10000));

    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("May.pdf"));
    QSignalSpy saved(&page, &ReportsPage::pdfSaved);
    REQUIRE(page.savePdf(fileName));
    CHECK(page.isSavingPdf());
    CHECK_FALSE(page.savePdf(fileName)); // one at a time
    CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("savePdfButton"))->isEnabled());
    REQUIRE(saved.wait(20000));
    CHECK(saved.at(0).at(0).toBool());
    CHECK(saved.at(0).at(1).toString().isEmpty());
    CHECK_FALSE(page.isSavingPdf());
    CHECK(child<QPushButton>(&page, QStringLiteral("savePdfButton"))->isEnabled());
    CHECK(child<QLabel>(&page, QStringLiteral("statusLabel"))->text().contains(QStringLiteral("May.pdf")));

    const QImage first = popplerPage(fileName, dir.filePath(QStringLiteral("page1")));
    REQUIRE_FALSE(first.isNull());
    CHECK(first.width() > 400);
    CHECK(darkPixels(first) > 200);
    if (const QByteArray out = qgetenv("ATELIER_REPORT_PDF_PNG"); !out.isEmpty())
        first.save(QString::fromLocal8Bit(out));

    // A folder that does not exist: a clear message, and the page can try again.
    REQUIRE(page.savePdf(dir.filePath(QStringLiteral("no such folder/May.pdf"))));
    REQUIRE(saved.wait(20000));
    CHECK_FALSE(saved.at(1).at(0).toBool());
    CHECK_FALSE(saved.at(1).at(1).toString().isEmpty());
    CHECK(child<QPushButton>(&page, QStringLiteral("savePdfButton"))->isEnabled());
    for (QWidget *window : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(window))
            box->close();
}

TEST_CASE("the monthly report PDF has pages, charts and a page that can be looked at", "[gui][reports][pdf]")
{
    TempStore temp;
    fillReportStore(temp.store());
    const ReportSet reports = readValue(Reports(temp.store().database()).all(ReportPeriod::month(2026, 5)));
    MonthlyReportPdf pdf(QStringLiteral("衣橱时装店"), reports);
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("2026-05.pdf"));
    REQUIRE(pdf.write(fileName).ok());

    QFile file(fileName);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    CHECK(data.startsWith("%PDF"));
    CHECK(data.size() > 20000); // tables and chart images
    const int pages = pdf.pageCount();
    CHECK(pages >= 2);
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {fileName});
    REQUIRE(pdfinfo.waitForFinished(30000));
    CHECK(QString::fromUtf8(pdfinfo.readAllStandardOutput())
              .contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages))));
    // Each page object is "/Type /Page" (the page tree is "/Type /Pages").
    CHECK(occurrences(data, "/Type /Page\n") + occurrences(data, "/Type /Page ")
            + occurrences(data, "/Type /Page/") + occurrences(data, "/Type /Page>")
        == pages);

    const QImage first = pdf.renderPage(0, 800);
    REQUIRE_FALSE(first.isNull());
    CHECK(first.width() == 800);
    // Not blank: the title, the first table and chart are drawn on it.
    int dark = 0;
    for (int y = 0; y < first.height(); y += 4)
        for (int x = 0; x < first.width(); x += 4)
            dark += qGray(first.pixel(x, y)) < 128 ? 1 : 0;
    CHECK(dark > 200);
    if (const QByteArray out = qgetenv("ATELIER_REPORT_PNG"); !out.isEmpty())
        first.save(QString::fromLocal8Bit(out));
}

TEST_CASE("a clerk's Reports page shows her staff figures under the Staff tab, never another page",
    "[gui][reports][roles]")
{
    TempStore temp;
    fillReportStore(temp.store());
    const StaffId clerk
        = StaffRepository(temp.store().database().connection()).insert(QStringLiteral("李晓雯"), false);
    REQUIRE(temp.store().shift().begin(Session{clerk, QStringLiteral("李晓雯"), Role::Clerk}));
    ReportsPage page(temp.store());
    page.show();
    QSignalSpy shown(&page, &ReportsPage::reportsShown);
    for (int round = 0; round < 2; ++round) { // the first reports, then the page read again
        page.reload();
        REQUIRE(shown.wait(10000));
        auto *tabs = child<QTabWidget>(&page, QStringLiteral("tabs"));
        REQUIRE(tabs->currentIndex() >= 0);
        CHECK(tabs->isTabVisible(tabs->currentIndex()));
        CHECK(tabs->tabText(tabs->currentIndex()) == page.sections().last().title);
        // The page under the tab is the staff report's, not the customer figures'.
        CHECK(tabs->currentWidget()->findChild<QTableView *>(QStringLiteral("reportTable_0_0")) == nullptr);
        CHECK(tabs->currentWidget()->findChild<QTableView *>(
                  QStringLiteral("reportTable_%1_0").arg(page.sections().size() - 1))
            != nullptr);
    }
}
