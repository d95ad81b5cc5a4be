#include "screenshots_lost_sales.h"

#include "gui/counter/counter_page.h"
#include "gui/reports/lost_sales_report_widget.h"
#include "screenshot_file.h"
#include "screenshots_forecast.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/temp_store.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <cstdio>

namespace atelier::testing {

void shootLostSales(const QString &folder, const QString &suffix)
{
    TempStore *temp = forecastStore();
    if (!temp)
        return;
    Store &store = temp->store();
    const CustomerId someone = sql::scalar(
        store.database().connection(), QStringLiteral("SELECT MIN(customer_id) FROM lost_sales"))
                                   .toLongLong();

    CounterPage counter(store);
    counter.resize(1366, 768);
    counter.show();
    if (!QTest::qWaitForWindowExposed(&counter))
        std::fprintf(stderr, "counter not exposed\n");
    counter.showCustomer(someone);
    // The dialog is modal: filled and shot once it is open, then cancelled.
    QTimer::singleShot(300, &counter, [&folder, &suffix] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            std::fprintf(stderr, "the lost sale dialog did not open\n");
            return;
        }
        dialog->findChild<QLineEdit *>(QStringLiteral("styleLineEdit"))->setText(QStringLiteral("S26-1003"));
        dialog->findChild<QLineEdit *>(QStringLiteral("colourLineEdit"))->setText(QStringLiteral("黑色"));
        dialog->findChild<QLineEdit *>(QStringLiteral("sizeLineEdit"))->setText(QStringLiteral("M"));
        saveShot(dialog, folder, QStringLiteral("lost_sale_dialog_") + suffix);
        dialog->reject();
    });
    counter.findChild<QPushButton *>(QStringLiteral("lostSaleButton"))->click();
    saveShot(&counter, folder, QStringLiteral("counter_lost_sale_button_") + suffix);

    LostSalesReportWidget report(store);
    report.resize(1000, 640);
    report.show();
    QSignalSpy shown(&report, &LostSalesReportWidget::shown);
    report.setPeriod({QDate(2025, 6, 15), QDate(2026, 6, 14)});
    if (!shown.wait(20000))
        std::fprintf(stderr, "the lost sales did not show\n");
    report.findChild<QTableWidget *>(QStringLiteral("lostSalesTable"))->selectRow(0);
    saveShot(&report, folder, QStringLiteral("reports_lost_sales_") + suffix);
    report.findChild<QPushButton *>(QStringLiteral("markArrivedButton"))->click();
    if (QMessageBox *question = report.confirmation()) {
        saveShot(question, folder, QStringLiteral("reports_lost_sales_arrived_question_") + suffix);
        question->reject();
    }
}

} // namespace atelier::testing
