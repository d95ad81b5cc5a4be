#include "gui_test_helpers.h"

#include "gui/counter/sale_dialog.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace atelier;
using namespace atelier::testing;

namespace {

struct Counter
{
    TempStore temp;
    SaleDialog dialog{temp.store(), 0};
    QLabel *message = child<QLabel>(&dialog, QStringLiteral("messageLabel"));
    QPushButton *save
        = child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save);

    Counter()
    {
        dialog.show();
        auto *table = child<QTableWidget>(&dialog, QStringLiteral("linesTable"));
        const QStringList texts
            = {QStringLiteral("A2611"), QStringLiteral("连衣裙"), QStringLiteral("燕麦色"),
                QStringLiteral("M"), QStringLiteral("1"), QStringLiteral("699"), QString()};
        for (int column = 0; column < texts.size(); ++column)
            table->item(0, column)->setText(texts.at(column));
    }

    // The connection goes under the open dialog. (On a server the connection breaks; here, on a file,
    // it is closed, which the storage layer reports the same way.)
    void loseConnection() { temp.store().database().connection().close(); }

    qint64 storedSales()
    {
        Store reader(&temp.clock());
        REQUIRE(reader.open(temp.path()));
        return sql::scalar(reader.database().connection(), QStringLiteral("SELECT count(*) FROM sales"))
            .toLongLong();
    }
};

} // namespace

TEST_CASE("A sale whose connection was lost is checked, said not stored, and stored once by Try again",
    "[gui][sale][connection]")
{
    Counter c;
    c.loseConnection();
    QTest::mouseClick(c.save, Qt::LeftButton);
    // At once, before the reconnection is tried.
    CHECK(c.message->text().contains(QStringLiteral("Checking whether it was stored")));
    REQUIRE(waitFor([&] { return c.message->text().contains(QStringLiteral("was not stored")); }));
    CHECK(c.save->text() == QStringLiteral("&Try again"));
    CHECK(c.dialog.isVisible());
    CHECK(c.storedSales() == 0);

    QTest::mouseClick(c.save, Qt::LeftButton);
    CHECK(c.dialog.result() == QDialog::Accepted);
    CHECK(c.dialog.saleId().has_value());
    CHECK(c.storedSales() == 1);
}

TEST_CASE("While the store cannot be reached the sale's fate is not known, and Try again stores it once",
    "[gui][sale][connection]")
{
    Counter c;
    auto *table = child<QTableWidget>(&c.dialog, QStringLiteral("linesTable"));
    c.loseConnection();
    // Out of reach: where the store was, a folder that no connection can open.
    const QString away = c.temp.path() + QStringLiteral(".away");
    REQUIRE(QFile::rename(c.temp.path(), away));
    REQUIRE(QDir().mkdir(c.temp.path()));

    QTest::mouseClick(c.save, Qt::LeftButton);
    REQUIRE(waitFor([&] { return c.message->text().contains(QStringLiteral("is not known")); }));
    CHECK_FALSE(table->isEnabled()); // the sale stays as it was sent
    QTest::mouseClick(c.save, Qt::LeftButton);
    CHECK(c.message->text().contains(QStringLiteral("is not known")));
    CHECK(c.dialog.isVisible());

    // Back again: Try again finds it was not stored and stores it, once.
    REQUIRE(QDir().rmdir(c.temp.path()));
    REQUIRE(QFile::rename(away, c.temp.path()));
    QTest::mouseClick(c.save, Qt::LeftButton);
    CHECK(c.dialog.result() == QDialog::Accepted);
    CHECK(c.storedSales() == 1);
}
