#include "gui_test_helpers.h"

#include "gui/archive/archive_page.h"
#include "gui/import/import_file_page.h"
#include "gui/import/import_mapping_page.h"
#include "gui/import/import_preview_page.h"
#include "gui/import/import_run_page.h"
#include "gui/import/import_wizard.h"
#include "services/customer_service.h"
#include "services/sales_import.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTest>

using namespace atelier;
using namespace atelier::testing;

namespace {

const QByteArray tillHeader
    = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";
// Line 4 has a date no till writes.
const QByteArray oneBadRow = tillHeader
    + "1001,A1,Dress,1,2026-06-01 10:00,199.00,,CN\n"
      "1001,B2,Shirt,2,2026-06-01 10:00,99.50,,CN\n"
      "1002,C3,Skirt,1,31.12.2025,50.00,,CN\n"
      "1003,D4,Coat,1,2026-06-02 11:00,599.00,,CN\n"
      "1003,E5,Belt,1,2026-06-02 11:00,30.00,,CN\n";

// On the indicator: a radio button stretched across the page only takes clicks on its indicator and text.
void clickRadio(QRadioButton *radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
    REQUIRE(radio->isChecked());
}

struct Walk
{
    TempStore t;
    std::unique_ptr<ImportWizard> wizard;

    Walk() { open(); }
    void open()
    {
        wizard = std::make_unique<ImportWizard>(t.store());
        wizard->show();
        REQUIRE(QTest::qWaitForWindowExposed(wizard.get()));
    }
    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("till.csv"))
    {
        const QString path = t.folder() + u'/' + name;
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }
    template <typename T> T *find(const QString &name) const
    {
        T *widget = child<T>(wizard.get(), name);
        REQUIRE(widget);
        return widget;
    }
    QAbstractButton *nextButton() const { return wizard->button(QWizard::NextButton); }
    void next()
    {
        REQUIRE(nextButton()->isEnabled());
        QTest::mouseClick(nextButton(), Qt::LeftButton);
    }
    void chooseFile(const QString &path, bool customers = false)
    {
        auto *edit = find<QLineEdit>(QStringLiteral("pathLineEdit"));
        edit->clear();
        QTest::keyClicks(edit, path);
        if (customers)
            clickRadio(find<QRadioButton>(QStringLiteral("customersRadio")));
        next();
        REQUIRE(wizard->currentId() == ImportWizard::PreviewPageId);
    }
    // Through the preview and the mapping to the check, which runs by itself; waits for it.
    void toCheckedRunPage()
    {
        next();
        REQUIRE(wizard->currentId() == ImportWizard::MappingPageId);
        QSignalSpy done(wizard->runPage(), &ImportRunPage::runFinished);
        next();
        REQUIRE(wizard->currentId() == ImportWizard::RunPageId);
        REQUIRE(waitFor([&] { return done.count() == 1; }, 30000));
    }
    void import()
    {
        QSignalSpy done(wizard->runPage(), &ImportRunPage::runFinished);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("importButton")), Qt::LeftButton);
        REQUIRE(waitFor([&] { return done.count() == 1; }, 30000));
    }
    QString text(const QString &label) const { return find<QLabel>(label)->text(); }
    qint64 count(const QString &statement)
    {
        return sql::scalar(t.store().database().connection(), statement).toLongLong();
    }
};

} // namespace

TEST_CASE("the wizard lists a bad row with its line and imports the valid rows once", "[gui][import]")
{
    Walk w;
    w.chooseFile(w.write(oneBadRow));
    auto *preview = w.find<QTableWidget>(QStringLiteral("previewTable"));
    CHECK(preview->columnCount() == 8);
    CHECK(preview->rowCount() == 5);
    CHECK(preview->horizontalHeaderItem(0)->text() == QStringLiteral("InvoiceNo"));
    CHECK(preview->item(2, 4)->text() == QStringLiteral("31.12.2025"));

    w.next();
    // The usual till names are mapped already.
    CHECK(w.wizard->mappingPage()->fieldCombo(ImportField::Price)->currentText()
        == QStringLiteral("UnitPrice"));
    CHECK(w.wizard->mappingPage()->fieldCombo(ImportField::Colour)->currentIndex() == 0);
    QSignalSpy checked(w.wizard->runPage(), &ImportRunPage::runFinished);
    w.next();
    REQUIRE(waitFor([&] { return checked.count() == 1; }, 30000));

    auto *rejected = w.find<QTableWidget>(QStringLiteral("rejectedTable"));
    REQUIRE(rejected->rowCount() == 1);
    CHECK(rejected->item(0, 0)->text() == QStringLiteral("4"));
    CHECK(rejected->item(0, 2)->text().contains(QStringLiteral("Skirt")));
    CHECK(w.text(QStringLiteral("summaryLabel")).contains(QStringLiteral("1 rejected")));
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM sales")) == 0); // the check stores nothing

    // Saving the rejected rows, through the file dialog.
    const QString rejectsPath = w.t.folder() + QStringLiteral("/fix-me.csv");
    const ModalWatch modal = whenModalOpens([rejectsPath](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        REQUIRE(files);
        saveInDialog(files, rejectsPath);
    });
    QTest::mouseClick(w.find<QPushButton>(QStringLiteral("saveRejectsButton")), Qt::LeftButton);
    REQUIRE(modal.ran());
    QFile rejects(rejectsPath);
    REQUIRE(rejects.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(rejects.readAll());
    CHECK(written.contains(QStringLiteral("Country,line,reason")));
    CHECK(written.contains(QStringLiteral("1002,C3,Skirt,1,31.12.2025,50.00,,CN,4,")));

    CHECK(w.find<QRadioButton>(QStringLiteral("validRowsRadio"))->isChecked());
    w.import();
    CHECK(w.wizard->imported());
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM sales")) == 2);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM sale_lines")) == 4);
    CHECK(w.text(QStringLiteral("summaryLabel")).startsWith(QStringLiteral("Imported")));
    CHECK_FALSE(w.find<QPushButton>(QStringLiteral("importButton"))->isEnabled());
    CHECK(w.wizard->button(QWizard::FinishButton)->isEnabled());

    // The same file again: everything is there already.
    w.open();
    w.chooseFile(w.t.folder() + QStringLiteral("/till.csv"));
    w.toCheckedRunPage();
    w.import();
    CHECK_FALSE(w.wizard->imported());
    CHECK(w.text(QStringLiteral("summaryLabel")).contains(QStringLiteral("4 already imported")));
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM sales")) == 2);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM sale_lines")) == 4);
}

TEST_CASE("with 'import nothing' a rejected row keeps the whole file out", "[gui][import]")
{
    Walk w;
    w.chooseFile(w.write(oneBadRow));
    w.toCheckedRunPage();
    clickRadio(w.find<QRadioButton>(QStringLiteral("nothingRadio")));
    w.import();
    CHECK_FALSE(w.wizard->imported());
    CHECK(w.text(QStringLiteral("summaryLabel")).startsWith(QStringLiteral("Nothing was imported")));
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM sales")) == 0);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM sale_lines")) == 0);
}

TEST_CASE("a GB18030 file is detected and the encoding can be overridden", "[gui][import]")
{
    Walk w;
    const QString text = QStringLiteral("单号,款号,数量,日期,单价,颜色\n"
                                        "2001,款A,1,2026-06-01 10:00,¥128.00,红色\n"
                                        "2001,款B,2,2026-06-01 10:00,¥59.00,藏青\n");
    QStringEncoder gb("GB18030");
    w.chooseFile(w.write(gb.encode(text)));
    auto *encoding = w.find<QComboBox>(QStringLiteral("encodingCombo"));
    auto *preview = w.find<QTableWidget>(QStringLiteral("previewTable"));
    CHECK(encoding->currentData().toInt() == static_cast<int>(TextEncoding::Gb18030));
    CHECK(w.text(QStringLiteral("detectedLabel")).contains(QStringLiteral("GB18030")));
    CHECK(preview->horizontalHeaderItem(1)->text() == QStringLiteral("款号"));
    CHECK(preview->item(0, 5)->text() == QStringLiteral("红色"));

    encoding->setCurrentIndex(encoding->findData(static_cast<int>(TextEncoding::Utf8)));
    CHECK(preview->item(0, 5)->text() != QStringLiteral("红色"));
    CHECK(preview->item(0, 5)->text().contains(QChar::ReplacementCharacter));
    CHECK(w.text(QStringLiteral("problemLabel")).contains(QStringLiteral("UTF-8")));

    encoding->setCurrentIndex(encoding->findData(static_cast<int>(TextEncoding::Gb18030)));
    CHECK(preview->item(0, 5)->text() == QStringLiteral("红色"));

    // The Chinese header names are mapped too, and the import reads the file as GB18030.
    w.next();
    CHECK(w.wizard->mappingPage()->fieldCombo(ImportField::Style)->currentText() == QStringLiteral("款号"));
    CHECK(w.wizard->mappingPage()->fieldCombo(ImportField::Colour)->currentText() == QStringLiteral("颜色"));
    QSignalSpy checked(w.wizard->runPage(), &ImportRunPage::runFinished);
    w.next();
    REQUIRE(waitFor([&] { return checked.count() == 1; }, 30000));
    w.import();
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM sale_lines WHERE colour = '红色'")) == 1);
}

TEST_CASE("Excel's \"Unicode Text\" shows as UTF-16LE with its Chinese and its tabs", "[gui][import]")
{
    Walk w;
    QStringEncoder le("UTF-16LE");
    w.chooseFile(w.write("\xFF\xFE"
            + le.encode(QStringLiteral("单号\t款号\t数量\t日期\t单价\t颜色\r\n"
                                       "2001\t款A\t1\t2026-06-01 10:00\t¥128.00\t红色\r\n")),
        QStringLiteral("unicode.txt")));
    auto *encoding = w.find<QComboBox>(QStringLiteral("encodingCombo"));
    auto *preview = w.find<QTableWidget>(QStringLiteral("previewTable"));
    CHECK(encoding->currentData().toInt() == static_cast<int>(TextEncoding::Utf16Le));
    CHECK(encoding->currentText().contains(QStringLiteral("Unicode Text")));
    CHECK(w.text(QStringLiteral("detectedLabel")).contains(QStringLiteral("UTF-16LE")));
    CHECK(w.text(QStringLiteral("detectedLabel")).contains(QStringLiteral("byte-order mark")));
    CHECK(w.find<QComboBox>(QStringLiteral("delimiterCombo"))->currentData().toChar() == u'\t');
    CHECK(preview->horizontalHeaderItem(1)->text() == QStringLiteral("款号"));
    CHECK(preview->item(0, 5)->text() == QStringLiteral("红色"));
    CHECK(w.nextButton()->isEnabled());
}

TEST_CASE("a file that cannot be imported stops on the preview with the reason", "[gui][import]")
{
    Walk w;
    SECTION("empty")
    {
        w.chooseFile(w.write({}, QStringLiteral("empty.csv")));
        CHECK(w.text(QStringLiteral("problemLabel")) == QStringLiteral("The file is empty."));
    }
    SECTION("header only")
    {
        w.chooseFile(w.write(tillHeader, QStringLiteral("header.csv")));
        CHECK(w.text(QStringLiteral("problemLabel")) == QStringLiteral("The file has a header but no rows."));
    }
    SECTION("binary")
    {
        w.chooseFile(w.write(
            QByteArray("PK\x03\x04\0\0\0\x08\0", 9) + QByteArray(100, '\0'), QStringLiteral("sales.xlsx")));
        CHECK(
            w.text(QStringLiteral("problemLabel")).contains(QStringLiteral(".xlsx"))); // PK: ZIP, as Excel's
        CHECK_FALSE(w.find<QComboBox>(QStringLiteral("encodingCombo"))->isEnabled());
    }
    CHECK_FALSE(w.nextButton()->isEnabled());
}

TEST_CASE("a mapping saved under a name is offered next time", "[gui][import]")
{
    Walk w;
    // German headers: nothing is guessed, the manager chooses.
    const QString path = w.write("Bon;Artikel;Menge;Datum;Preis\nB1;X1;1;2026-06-01 10:00;10.00\n");
    w.chooseFile(path);
    CHECK(w.find<QComboBox>(QStringLiteral("delimiterCombo"))->currentData().toChar() == u';');
    w.next();
    ImportMappingPage *page = w.wizard->mappingPage();
    CHECK(page->fieldCombo(ImportField::Invoice)->currentIndex() == 0);
    // Required fields are checked before the next page.
    w.next();
    CHECK(w.wizard->currentId() == ImportWizard::MappingPageId);
    CHECK(w.text(QStringLiteral("messageLabel")).contains(QStringLiteral("Receipt / invoice number")));
    const QStringList columns = {QStringLiteral("Bon"), QStringLiteral("Artikel"), QStringLiteral("Menge"),
        QStringLiteral("Datum"), QStringLiteral("Preis")};
    for (int i = 0; i < 5; ++i) {
        QComboBox *combo = page->fieldCombo(static_cast<ImportField>(i));
        combo->setCurrentIndex(combo->findText(columns.at(i)));
    }
    QTest::keyClicks(w.find<QLineEdit>(QStringLiteral("saveNameEdit")), QStringLiteral("Kasse"));
    w.next();
    CHECK(w.wizard->currentId() == ImportWizard::RunPageId);

    w.open();
    w.chooseFile(path);
    w.next();
    auto *saved = w.find<QComboBox>(QStringLiteral("savedCombo"));
    REQUIRE(saved->findText(QStringLiteral("Kasse")) > 0);
    saved->setCurrentIndex(saved->findText(QStringLiteral("Kasse")));
    CHECK(w.wizard->mappingPage()->fieldCombo(ImportField::Price)->currentText() == QStringLiteral("Preis"));
    CHECK(w.wizard->mappingPage()->fieldCombo(ImportField::Invoice)->currentText() == QStringLiteral("Bon"));
}

TEST_CASE("saved mappings that cannot be read are said so, not offered as none", "[gui][import]")
{
    Walk w;
    ImportMapping kasse;
    for (const auto &[field, column] : {std::pair(ImportField::Invoice, "Bon"),
             std::pair(ImportField::Style, "Artikel"), std::pair(ImportField::Quantity, "Menge"),
             std::pair(ImportField::Date, "Datum"), std::pair(ImportField::Price, "Preis")})
        kasse.set(field, QString::fromUtf8(column));
    REQUIRE(w.t.store().salesImport().saveMapping(QStringLiteral("Kasse"), kasse).ok());
    const QString path = w.write("Bon;Artikel;Menge;Datum;Preis\nB1;X1;1;2026-06-01 10:00;10.00\n");
    w.chooseFile(path);
    w.next();
    auto *saved = w.find<QComboBox>(QStringLiteral("savedCombo"));
    REQUIRE(saved->findText(QStringLiteral("Kasse")) > 0);

    dropTable(w.t.store(), QStringLiteral("import_mappings"));
    saved->setCurrentIndex(saved->findText(QStringLiteral("Kasse")));
    CHECK(w.text(QStringLiteral("messageLabel"))
              .startsWith(QStringLiteral("The mapping \"Kasse\" could not be read.")));
    CHECK(w.wizard->mappingPage()->fieldCombo(ImportField::Invoice)->currentIndex() == 0);

    w.open();
    w.chooseFile(path);
    w.next();
    CHECK(w.text(QStringLiteral("messageLabel"))
              .startsWith(QStringLiteral("The saved mappings could not be read.")));
    CHECK(w.text(QStringLiteral("messageLabel")).contains(QStringLiteral("import_mappings")));
    saved = w.find<QComboBox>(QStringLiteral("savedCombo"));
    CHECK(saved->count() == 1);
    CHECK_FALSE(saved->isEnabled());
}

TEST_CASE("stopping an import leaves nothing and the wizard can import again", "[gui][import]")
{
    Walk w;
    QByteArray big = tillHeader;
    big.reserve(200'000 * 48);
    for (int i = 0; i < 200'000; ++i)
        big += "9" + QByteArray::number(i / 4) + ",S" + QByteArray::number(i % 4)
            + ",x,1,2026-06-01 10:00,9.90,,CN\n";
    w.chooseFile(w.write(big, QStringLiteral("big.csv")));
    w.toCheckedRunPage();
    CHECK(w.text(QStringLiteral("summaryLabel")).contains(QStringLiteral("200000 rows read")));

    QSignalSpy done(w.wizard->runPage(), &ImportRunPage::runFinished);
    QTest::mouseClick(w.find<QPushButton>(QStringLiteral("importButton")), Qt::LeftButton);
    CHECK_FALSE(w.wizard->button(QWizard::FinishButton)->isEnabled()); // no closing mid-import
    auto *progress = w.find<QProgressBar>(QStringLiteral("progressBar"));
    REQUIRE(waitFor([&] { return progress->value() > 0 || done.count() > 0; }, 30000));
    QTest::mouseClick(w.find<QPushButton>(QStringLiteral("cancelButton")), Qt::LeftButton);
    REQUIRE(waitFor([&] { return done.count() == 1; }, 30000));
    CHECK(w.text(QStringLiteral("summaryLabel"))
        == QStringLiteral("The import was stopped. Nothing was imported."));
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM sales")) == 0);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM sale_lines")) == 0);
    CHECK_FALSE(w.wizard->imported());

    w.import();
    CHECK(w.wizard->imported());
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM sale_lines")) == 200'000);
}

TEST_CASE("customer numbers give archive customers their till number", "[gui][import]")
{
    Walk w;
    REQUIRE(
        w.t.store().customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13800138000")).ok());
    w.chooseFile(w.write("手机,会员号\n138 0013 8000,C100\n13900000000,C200\n"), true);
    w.next();
    CHECK(w.wizard->mappingPage()->phoneCombo()->currentText() == QStringLiteral("手机"));
    CHECK(w.wizard->mappingPage()->idCombo()->currentText() == QStringLiteral("会员号"));
    w.next();
    REQUIRE(w.wizard->currentId() == ImportWizard::RunPageId);
    CHECK_FALSE(w.find<QWidget>(QStringLiteral("policyGroup"))->isVisible());
    w.import();
    CHECK(w.wizard->imported());
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM customers WHERE external_id = 'C100'")) == 1);
    CHECK(w.find<QTableWidget>(QStringLiteral("rejectedTable"))->rowCount() == 1); // no such phone
}

TEST_CASE("a member list with names registers the till's members not yet in the archive", "[gui][import]")
{
    Walk w;
    REQUIRE(
        w.t.store().customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13800138000")).ok());
    w.chooseFile(w.write("会员号,姓名,手机\nC100,王芳,138 0013 8000\nC200,李娜,13900000000\n"), true);
    w.next();
    REQUIRE(w.wizard->mappingPage()->nameCombo());
    CHECK(w.wizard->mappingPage()->nameCombo()->currentText() == QStringLiteral("姓名"));
    w.next();
    w.import();
    CHECK(w.wizard->imported());
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM customers")) == 2);
    CHECK(
        w.count(QStringLiteral("SELECT count(*) FROM customers WHERE name = '李娜' AND external_id = 'C200'"))
        == 1);
    CHECK(w.find<QTableWidget>(QStringLiteral("rejectedTable"))->rowCount() == 0);
}

TEST_CASE("the archive opens the import wizard", "[gui][import]")
{
    TempStore t;
    ArchivePage page(t.store());
    page.show();
    bool opened = false;
    const ModalWatch modal = whenModalOpens([&opened](QWidget *dialog) {
        opened = qobject_cast<ImportWizard *>(dialog) != nullptr;
        qobject_cast<QDialog *>(dialog)->reject();
    });
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("importButton")), Qt::LeftButton);
    REQUIRE(modal.ran());
    CHECK(opened);
}
