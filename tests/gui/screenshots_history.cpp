#include "screenshots_history.h"

#include "gui/counter/card_history_widget.h"
#include "gui/counter/counter_page.h"
#include "gui/counter/customer_history_dialog.h"
#include "gui/main_window.h"
#include "screenshot_file.h"
#include "screenshots_forecast.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/temp_store.h"

#include <QScrollArea>
#include <QTest>

#include <cstdio>

namespace atelier::testing {

void shootHistory(const QString &folder, const QString &suffix)
{
    TempStore *temp = forecastStore();
    if (!temp)
        return;
    Store &store = temp->store();
    const CustomerId busiest = sql::scalar(store.database().connection(),
        QStringLiteral("SELECT customer_id FROM sales WHERE customer_id IS NOT NULL GROUP BY customer_id"
                       " ORDER BY COUNT(*) DESC, customer_id LIMIT 1"))
                                   .toLongLong();
    if (busiest == 0)
        return;
    MainWindow window(store);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "history window not exposed\n");
    window.showPage(window.counterPage());
    window.counterPage()->showCustomer(busiest);
    // The History section is at the foot of the card's facts, which scroll at 1366×768: scrolled to.
    auto *section = window.findChild<CardHistoryWidget *>(QStringLiteral("cardHistoryWidget"));
    for (QWidget *up = section; up; up = up->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(up)) {
            QTest::qWait(100);
            scroll->ensureWidgetVisible(section, 0, 0);
            break;
        }
    }
    saveShot(&window, folder, QStringLiteral("card_history_") + suffix);

    CustomerHistoryDialog *dialog = section ? section->openFullHistory() : nullptr;
    if (!dialog) {
        std::fprintf(stderr, "the full history did not open\n");
        return;
    }
    dialog->resize(900, 560);
    saveShot(dialog, folder, QStringLiteral("history_full_") + suffix);
    dialog->close();
}

} // namespace atelier::testing
