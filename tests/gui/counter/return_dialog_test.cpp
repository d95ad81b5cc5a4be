#include "gui_test_helpers.h"

#include "gui/counter/return_dialog.h"
#include "services/customer_service.h"
#include "services/points_service.h"
#include "services/sale_service.h"
#include "services/store.h"
#include "services/store_settings.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <optional>

using namespace atelier;
using namespace atelier::testing;

namespace {

constexpr int itemColumn = 1;
constexpr int returnableColumn = 4;

// A customer who bought at the counter; returns are counted through the store's services.
struct Counter
{
    TempStore temp;
    CustomerId customer = 0;

    Counter()
    {
        const SaveResult saved = temp.store().customers().registerCustomer(
            QStringLiteral("李静"), QStringLiteral("13987654321"));
        REQUIRE(saved.ok());
        customer = *saved.id;
    }

    SaleId sell(const QString &style, int pieces, int yuan)
    {
        Sale sale;
        sale.customerId = customer;
        SaleLine line;
        line.styleNumber = style;
        line.category = QStringLiteral("连衣裙");
        line.quantity = pieces;
        line.listPrice = line.paidPrice = Money::fromYuan(yuan);
        sale.lines << line;
        const SaleResult result = temp.store().sales().recordSale(sale);
        REQUIRE(result.ok());
        return *result.id;
    }

    int piecesReturned(SaleId sale)
    {
        int returned = 0;
        for (const ReturnableLine &line : readValue(temp.store().sales().returnableLines(sale)))
            returned += line.alreadyReturned;
        return returned;
    }

    qint64 points() { return readValue(temp.store().points().balance(customer)); }
};

QTableWidget *linesTable(QWidget *dialog)
{
    return child<QTableWidget>(dialog, QStringLiteral("linesTable"));
}

QPushButton *recordButton(QWidget *dialog)
{
    return child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
}

int rowOf(QTableWidget *table, const QString &style)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, itemColumn)->text().startsWith(style))
            return row;
    return -1;
}

// Chooses a line with the mouse, as the clerk does.
void clickRow(QTableWidget *table, int row)
{
    const QRect cell = table->visualItemRect(table->item(row, itemColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
}

QString boxText(QWidget *box)
{
    auto *message = qobject_cast<QMessageBox *>(box);
    return message ? message->text() : QString();
}

} // namespace

TEST_CASE("The return dialog opens with nothing chosen and Record disabled", "[gui][return]")
{
    Counter counter;
    const SaleId dress = counter.sell(QStringLiteral("A2611"), 1, 499);
    ReturnDialog dialog(counter.temp.store(), counter.customer);
    dialog.show();
    QTableWidget *table = linesTable(&dialog);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->selectionModel()->selectedRows().isEmpty());
    CHECK_FALSE(recordButton(&dialog)->isEnabled());

    // A stray click on Record (or Enter) refunds nothing.
    QTest::mouseClick(recordButton(&dialog), Qt::LeftButton);
    QTest::keyClick(&dialog, Qt::Key_Return);
    CHECK(counter.piecesReturned(dress) == 0);
    CHECK(dialog.result() != QDialog::Accepted);
}

TEST_CASE("A line past the return window is listed but cannot be chosen, saying why", "[gui][return]")
{
    Counter counter;
    counter.sell(QStringLiteral("T0518"), 1, 299);
    counter.temp.clock().advanceDays(1096);
    counter.sell(QStringLiteral("A2611"), 1, 499);
    ReturnDialog dialog(counter.temp.store(), counter.customer);
    dialog.show();
    QTableWidget *table = linesTable(&dialog);
    REQUIRE(table->rowCount() == 2);
    const int old = rowOf(table, QStringLiteral("T0518"));
    REQUIRE(old >= 0);
    const int window = counter.temp.store().settings().returnWindowDays();

    QTableWidgetItem *returnable = table->item(old, returnableColumn);
    CHECK_FALSE(returnable->flags().testFlag(Qt::ItemIsEnabled));
    CHECK_FALSE(table->item(old, itemColumn)->flags().testFlag(Qt::ItemIsSelectable));
    CHECK(returnable->text()
        == QStringLiteral("None: bought 1096 day(s) ago, returns within %1 days").arg(window));
    CHECK(table->item(old, itemColumn)->toolTip()
        == QStringLiteral(
            "This was bought 1096 day(s) ago; returns and exchanges are accepted within %1 days.")
               .arg(window));

    clickRow(table, old);
    CHECK(table->selectionModel()->selectedRows().isEmpty());
    CHECK_FALSE(recordButton(&dialog)->isEnabled());

    // The line bought today can be chosen.
    clickRow(table, rowOf(table, QStringLiteral("A2611")));
    CHECK(table->selectionModel()->selectedRows().size() == 1);
    CHECK(recordButton(&dialog)->isEnabled());
}

TEST_CASE(
    "Record asks first, naming the item, the pieces and the refund; Cancel writes nothing", "[gui][return]")
{
    Counter counter;
    const SaleId dress = counter.sell(QStringLiteral("A2611"), 2, 499);
    ReturnDialog dialog(counter.temp.store(), counter.customer);
    dialog.show();
    clickRow(linesTable(&dialog), 0);
    REQUIRE(recordButton(&dialog)->isEnabled());

    QString question;
    const ModalWatch confirmation = whenModalOpens([&question](QWidget *box) {
        question = boxText(box);
        QTest::mouseClick(qobject_cast<QMessageBox *>(box)->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    QTest::mouseClick(recordButton(&dialog), Qt::LeftButton);
    REQUIRE(confirmation.ran());
    CHECK(question.contains(QStringLiteral("A2611 · 连衣裙")));
    CHECK(question.contains(QStringLiteral("1 piece(s) of A2611")));
    CHECK(question.contains(QStringLiteral("¥499.00")));
    CHECK(counter.piecesReturned(dress) == 0);
    CHECK(dialog.isVisible());
    CHECK(recordButton(&dialog)->isEnabled()); // the clerk may correct the pieces and ask again
}

TEST_CASE(
    "A confirmed return is recorded once and says the refund and the points taken back", "[gui][return]")
{
    Counter counter;
    const SaleId dress = counter.sell(QStringLiteral("A2611"), 1, 499);
    const qint64 pointsBefore = counter.points();
    REQUIRE(pointsBefore > 0);
    ReturnDialog dialog(counter.temp.store(), counter.customer);
    dialog.show();
    clickRow(linesTable(&dialog), 0);

    QString done;
    std::optional<ModalWatch> doneWatch;
    const ModalWatch confirmation = whenModalOpens([&done, &doneWatch](QWidget *box) {
        doneWatch.emplace(whenModalOpens([&done](QWidget *message) {
            done = boxText(message);
            QTest::mouseClick(qobject_cast<QMessageBox *>(message)->button(QMessageBox::Ok), Qt::LeftButton);
        }));
        QTest::mouseClick(child<QPushButton>(box, QStringLiteral("confirmButton")), Qt::LeftButton);
    });
    QTest::mouseClick(recordButton(&dialog), Qt::LeftButton);
    REQUIRE(confirmation.ran());
    REQUIRE(doneWatch);
    REQUIRE(doneWatch->ran());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(counter.piecesReturned(dress) == 1);
    const qint64 takenBack = pointsBefore - counter.points();
    CHECK(takenBack > 0);
    CHECK(done.contains(QStringLiteral("¥499.00")));
    CHECK(done.contains(QStringLiteral("%1 point(s) taken back").arg(takenBack)));
}

TEST_CASE("A double click on Record records one return", "[gui][return]")
{
    Counter counter;
    const SaleId dresses = counter.sell(QStringLiteral("A2611"), 2, 499);
    ReturnDialog dialog(counter.temp.store(), counter.customer);
    dialog.show();
    clickRow(linesTable(&dialog), 0);
    QPushButton *record = recordButton(&dialog);

    bool enabledWhileAsked = true;
    bool askedTwice = false;
    std::optional<ModalWatch> doneWatch;
    const ModalWatch confirmation = whenModalOpens([&](QWidget *box) {
        enabledWhileAsked = record->isEnabled();
        {
            // The second click of the double click arrives while the question is up; should it ask
            // again, that second question is cancelled and counted rather than left waiting.
            const ModalWatch again = whenModalOpens([](QWidget *second) {
                QTest::mouseClick(
                    qobject_cast<QMessageBox *>(second)->button(QMessageBox::Cancel), Qt::LeftButton);
            });
            QTest::mouseClick(record, Qt::LeftButton);
            askedTwice = again.ran();
        }
        doneWatch.emplace(whenModalOpens([](QWidget *message) {
            QTest::mouseClick(qobject_cast<QMessageBox *>(message)->button(QMessageBox::Ok), Qt::LeftButton);
        }));
        QTest::mouseClick(child<QPushButton>(box, QStringLiteral("confirmButton")), Qt::LeftButton);
    });
    QTest::mouseClick(record, Qt::LeftButton);
    REQUIRE(confirmation.ran());
    REQUIRE(doneWatch);
    CHECK(doneWatch->ran());
    CHECK_FALSE(enabledWhileAsked);
    CHECK_FALSE(askedTwice);

    // And once more after it is recorded (a late click or Enter): nothing more is asked or written.
    const ModalWatch late = whenModalOpens([](QWidget *box) {
        QTest::mouseClick(qobject_cast<QMessageBox *>(box)->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    QTest::mouseClick(record, Qt::LeftButton);
    CHECK_FALSE(late.ran());
    CHECK(counter.piecesReturned(dresses) == 1);
}

TEST_CASE("An exchange asks first, naming the replacement, and says what was done", "[gui][return]")
{
    Counter counter;
    const SaleId dress = counter.sell(QStringLiteral("A2611"), 1, 499);
    ReturnDialog dialog(counter.temp.store(), counter.customer);
    dialog.show();
    clickRow(linesTable(&dialog), 0);
    QTest::mouseClick(child<QRadioButton>(&dialog, QStringLiteral("exchangeRadioButton")), Qt::LeftButton);
    typeText(child<QLineEdit>(&dialog, QStringLiteral("replacementSizeLineEdit")), QStringLiteral("L"));

    QString question;
    QString done;
    std::optional<ModalWatch> doneWatch;
    const ModalWatch confirmation = whenModalOpens([&](QWidget *box) {
        question = boxText(box);
        doneWatch.emplace(whenModalOpens([&done](QWidget *message) {
            done = boxText(message);
            QTest::mouseClick(qobject_cast<QMessageBox *>(message)->button(QMessageBox::Ok), Qt::LeftButton);
        }));
        QTest::mouseClick(child<QPushButton>(box, QStringLiteral("confirmButton")), Qt::LeftButton);
    });
    QTest::mouseClick(recordButton(&dialog), Qt::LeftButton);
    REQUIRE(confirmation.ran());
    REQUIRE(doneWatch);
    REQUIRE(doneWatch->ran());
    CHECK(question.contains(QStringLiteral("1 piece(s) of A2611 · 连衣裙")));
    CHECK(question.contains(QStringLiteral("sell A2611 · 连衣裙 · L at ¥499.00")));
    CHECK(counter.piecesReturned(dress) == 1);
    CHECK(done.startsWith(QStringLiteral("Exchange recorded: ¥499.00 credited")));
    CHECK(done.contains(QStringLiteral("499 taken back, 499 earned")));
}

TEST_CASE(
    "A return the service refuses after the question shows its reason and records nothing", "[gui][return]")
{
    Counter counter;
    const SaleId dress = counter.sell(QStringLiteral("A2611"), 1, 499);
    const int window = counter.temp.store().settings().returnWindowDays();
    counter.temp.clock().advanceDays(window); // the last day, when the dialog opens
    ReturnDialog dialog(counter.temp.store(), counter.customer);
    dialog.show();
    clickRow(linesTable(&dialog), 0);
    REQUIRE(recordButton(&dialog)->isEnabled());
    counter.temp.clock().advanceDays(1); // midnight passes while the customer talks

    std::optional<ModalWatch> done;
    const ModalWatch confirmation = whenModalOpens([&done](QWidget *box) {
        // Were it to say "done", that box is closed and counted rather than left waiting.
        done.emplace(whenModalOpens([](QWidget *message) { qobject_cast<QDialog *>(message)->reject(); }));
        QTest::mouseClick(child<QPushButton>(box, QStringLiteral("confirmButton")), Qt::LeftButton);
    });
    QTest::mouseClick(recordButton(&dialog), Qt::LeftButton);
    REQUIRE(confirmation.ran());
    REQUIRE(done);
    CHECK_FALSE(done->ran());
    CHECK(counter.piecesReturned(dress) == 0);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(child<QLabel>(&dialog, QStringLiteral("messageLabel"))->text()
        == QStringLiteral("This was bought %1 day(s) ago; returns and exchanges are accepted within %2 days.")
               .arg(window + 1)
               .arg(window));
}
