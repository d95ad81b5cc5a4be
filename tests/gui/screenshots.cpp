// atelier_screenshots FOLDER: saves PNGs of the main screens, in Chinese and in English, from a demo
// store. Not a test; run under xvfb-run -a -s "-screen 0 1280x800x24".

#include "demo_data.h"
#include "gui/counter_page.h"
#include "gui/customer_editor_dialog.h"
#include "gui/main_window.h"
#include "gui/redeem_points_dialog.h"
#include "gui/sale_dialog.h"
#include "services/language.h"
#include "services/nightly_job.h"
#include "support/temp_store.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <cstdio>

using namespace atelier;

namespace {

void save(QWidget *widget, const QString &folder, const QString &name)
{
    QTest::qWait(100);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        std::fprintf(stderr, "could not save %s\n", qPrintable(path));
}

void shoot(Store &store, CustomerId featured, const QString &folder, const QString &suffix)
{
    MainWindow window(store);
    window.resize(1180, 720);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "window not exposed\n");
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));

    window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"))->setText(QStringLiteral("wf"));
    window.counterPage()->showCustomer(featured);
    save(&window, folder, QStringLiteral("counter_") + suffix);

    navigation->setCurrentRow(1);
    save(&window, folder, QStringLiteral("archive_") + suffix);
    navigation->setCurrentRow(2);
    save(&window, folder, QStringLiteral("settings_") + suffix);

    CustomerEditorDialog editor(store, featured, &window);
    editor.show();
    save(&editor, folder, QStringLiteral("editor_") + suffix);
    editor.findChild<QTabWidget *>(QStringLiteral("tabWidget"))->setCurrentIndex(1);
    save(&editor, folder, QStringLiteral("editor_soft_") + suffix);
    editor.findChild<QTabWidget *>(QStringLiteral("tabWidget"))->setCurrentIndex(2);
    save(&editor, folder, QStringLiteral("editor_tags_") + suffix);
    editor.hide();

    SaleDialog sale(store, featured, &window);
    SaleLine dress;
    dress.styleNumber = QStringLiteral("A2611");
    dress.category = QStringLiteral("连衣裙");
    dress.colour = QStringLiteral("燕麦色");
    dress.size = QStringLiteral("M");
    dress.listPrice = Money::fromYuan(699);
    dress.paidPrice = Money::fromYuan(629);
    auto *table = sale.findChild<QTableWidget *>(QStringLiteral("linesTable"));
    table->removeRow(0);
    sale.addLine(dress);
    dress.styleNumber = QStringLiteral("S0101");
    dress.category = QStringLiteral("丝巾");
    dress.colour = QStringLiteral("墨绿");
    dress.size = QStringLiteral("F");
    dress.listPrice = dress.paidPrice = Money::fromYuan(199);
    dress.quantity = 2;
    sale.addLine(dress);
    sale.show();
    save(&sale, folder, QStringLiteral("sale_") + suffix);
    sale.hide();

    RedeemPointsDialog redeem(store, featured, &window);
    redeem.findChild<QSpinBox *>(QStringLiteral("pointsSpinBox"))->setValue(300);
    redeem.show();
    save(&redeem, folder, QStringLiteral("redeem_") + suffix);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AtelierScreenshots"));
    QApplication::setApplicationName(QStringLiteral("AtelierScreenshots"));
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(folder);

    testing::TempStore temp;
    const QList<CustomerId> ids = testing::fillDemoStore(temp.store());
    if (ids.isEmpty()) {
        std::fprintf(stderr, "no demo customers were saved\n");
        return 1;
    }
    // Tiers, segments and scores on the card come from a nightly run.
    NightlyJob(temp.store().database(), temp.clock())
        .run(temp.clock().today(), NightlyRun::StartedBy::Manual);
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        Language::install(language);
        shoot(temp.store(), ids.first(), folder,
            language == QStringLiteral("en") ? QStringLiteral("en") : QStringLiteral("zh"));
    }
    return 0;
}
