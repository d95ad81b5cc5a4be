#include "gui/archive/archive_page.h"
#include "gui/archive/column_chooser_dialog.h"
#include "services/customer_service.h"
#include "services/store.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace atelier;
using namespace atelier::testing;

TEST_CASE("the column chooser returns the ticked columns and refuses none", "[gui][export]")
{
    ColumnChooserDialog dialog(ExportSource::Archive);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("columnList"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    REQUIRE(list);
    REQUIRE(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    CHECK(list->count() == ExportColumns::available(ExportSource::Archive).size());
    CHECK(dialog.columns() == ExportColumns::defaults(ExportSource::Archive));

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("noneButton")), Qt::LeftButton);
    CHECK(dialog.columns().isEmpty());
    CHECK_FALSE(ok->isEnabled());

    list->item(2)->setCheckState(Qt::Checked); // Phone
    list->item(1)->setCheckState(Qt::Checked); // Name
    CHECK(ok->isEnabled());
    CHECK(dialog.columns() == QList<ExportColumn>{ExportColumn::Name, ExportColumn::Phone});

    dialog.setFormat(ExportFormat::Csv);
    CHECK(dialog.format() == ExportFormat::Csv);
    dialog.setFormat(ExportFormat::Xlsx);
    CHECK(dialog.format() == ExportFormat::Xlsx);
}

TEST_CASE("the archive page exports the chosen columns to XLSX on the worker thread", "[gui][export]")
{
    TempStore temp;
    REQUIRE(temp.store()
                .customers()
                .registerCustomer(QStringLiteral("王芳"), QStringLiteral("13800138000"))
                .ok());
    REQUIRE(temp.store()
                .customers()
                .registerCustomer(QStringLiteral("李静"), QStringLiteral("13900139000"))
                .ok());
    ArchivePage page(temp.store());
    page.show();

    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("customers.xlsx"));
    QSignalSpy finished(&page, &ArchivePage::exportFinished);
    page.exportTo(fileName, ExportFormat::Xlsx, {ExportColumn::Name});
    REQUIRE(finished.wait(10000));
    CHECK(finished.first().first().toBool());
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden)
        == QStringList{QStringLiteral("customers.xlsx")});

    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
        {QStringLiteral("-p"), fileName, QStringLiteral("xl/worksheets/sheet1.xml")});
    REQUIRE(unzip.waitForFinished(30000));
    const QString sheet = QString::fromUtf8(unzip.readAllStandardOutput());
    CHECK(sheet.contains(QStringLiteral("<row r=\"3\"")));
    CHECK_FALSE(sheet.contains(QStringLiteral("r=\"B1\""))); // one column only
    CHECK_FALSE(sheet.contains(QStringLiteral("13800138000")));
}
