#include "cli_runner.h"

#include "services/customer_service.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/read_checks.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace atelier::testing;

namespace {

const QString spec = QStringLiteral("invoice=InvoiceNo,style=StockCode,quantity=Quantity,date=InvoiceDate,"
                                    "price=UnitPrice,customer=CustomerID");

struct ImportFolder
{
    QTemporaryDir dir;
    TestLocation location{dir.path(), QStringLiteral("store.sqlite")};
    QString database() const { return location.text(); }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }
    CliRun run(QStringList arguments) const
    {
        return runCli(
            QStringList{QStringLiteral("--db"), database(), QStringLiteral("import"), QStringLiteral("sales")}
                + arguments,
            dir.path());
    }
};

const QByteArray sales = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                         "536365,85123A,HEART,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom\n"
                         "536366,22633,WARMER,6,12/1/2010 8:28,1.8.5,,United Kingdom\n"
                         "536367,84879,BIRD,32,2010/12/01,1.69,13047.0,United Kingdom\n";

} // namespace

TEST_CASE("cli imports sales, saves the mapping and lists rejected rows", "[cli][import]")
{
    ImportFolder f;
    const QString file = f.write(QStringLiteral("sales.csv"), sales);
    const QString rejects = f.dir.filePath(QStringLiteral("rejects.csv"));
    const CliRun first = f.run({file, QStringLiteral("--columns"), spec, QStringLiteral("--save-mapping"),
        QStringLiteral("till"), QStringLiteral("--rejects"), rejects});
    INFO(first.out.toStdString() << first.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("2 sale lines in 2 new sales")));
    CHECK(first.out.contains(QStringLiteral("1 rejected")));
    QFile rejected(rejects);
    REQUIRE(rejected.open(QIODevice::ReadOnly));
    const QByteArray text = rejected.readAll();
    CHECK(text.contains("line,reason"));
    CHECK(text.contains(",3,")); // the bad price is on line 3

    const CliRun again = f.run({file, QStringLiteral("--mapping"), QStringLiteral("till")});
    CHECK(again.exitCode == 1); // nothing new
    CHECK(again.out.contains(QStringLiteral("2 already imported")));
}

TEST_CASE("cli dry run stores nothing and bad input exits 2", "[cli][import]")
{
    ImportFolder f;
    const QString file = f.write(QStringLiteral("sales.csv"), sales);
    CHECK(f.run({file, QStringLiteral("--columns"), spec, QStringLiteral("--dry-run")}).exitCode == 0);
    CHECK(f.run({file, QStringLiteral("--columns"), spec, QStringLiteral("--dry-run")}).exitCode == 0);
    CHECK(f.run({file}).exitCode == 2); // neither --mapping nor --columns
    CHECK(f.run({file, QStringLiteral("--mapping"), QStringLiteral("nope")}).exitCode == 2);
    CHECK(f.run({file, QStringLiteral("--columns"), QStringLiteral("invoice=InvoiceNo")}).exitCode == 2);
    CHECK(f.run({file, QStringLiteral("--columns"), spec, QStringLiteral("--encoding"),
                    QStringLiteral("latin1")})
              .exitCode
        == 2);
    const QString empty = f.write(QStringLiteral("empty.csv"), QByteArray());
    CHECK(f.run({empty, QStringLiteral("--columns"), spec}).exitCode == 1);
}

TEST_CASE("cli links till customers by phone to their imported sales", "[cli][import]")
{
    ImportFolder f;
    {
        atelier::Store store;
        REQUIRE(store.open(f.database()));
        REQUIRE(store.customers().registerCustomer(QStringLiteral("李娜"), QStringLiteral("13700000001")).id);
    }
    REQUIRE(f.run({f.write(QStringLiteral("sales.csv"), sales), QStringLiteral("--columns"), spec}).exitCode
        == 0);
    const QString links
        = f.write(QStringLiteral("links.csv"), "phone;number\n13700000001;17850\n1.37E+10;13047\n");
    const CliRun linked
        = runCli({QStringLiteral("--db"), f.database(), QStringLiteral("import"), QStringLiteral("customers"),
                     links, QStringLiteral("--phone-column"), QStringLiteral("phone"),
                     QStringLiteral("--id-column"), QStringLiteral("number")},
            f.dir.path());
    INFO(linked.out.toStdString() << linked.err.toStdString());
    CHECK(linked.exitCode == 0);
    CHECK(linked.out.contains(
        QStringLiteral("0 new customers registered, 1 customers got their till number, 1 imported sales")));
    CHECK(QFile::exists(links + QStringLiteral(".rejected.csv")));
    atelier::Store store;
    REQUIRE(store.open(f.database()));
    CHECK(atelier::sql::scalar(store.database().connection(),
              QStringLiteral("SELECT count(*) FROM sales WHERE customer_id IS NOT NULL"))
              .toInt()
        == 1);
}

TEST_CASE("cli registers a till's members by name with --name-column", "[cli][import]")
{
    ImportFolder f;
    REQUIRE(f.run({f.write(QStringLiteral("sales.csv"), sales), QStringLiteral("--columns"), spec}).exitCode
        == 0);
    const QString members
        = f.write(QStringLiteral("members.csv"), "number,name,phone\n17850,Li Na,13700000001\n");
    const CliRun run = runCli(
        {QStringLiteral("--db"), f.database(), QStringLiteral("import"), QStringLiteral("customers"), members,
            QStringLiteral("--phone-column"), QStringLiteral("phone"), QStringLiteral("--id-column"),
            QStringLiteral("number"), QStringLiteral("--name-column"), QStringLiteral("name")},
        f.dir.path());
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("1 new customers registered, 1 customers got their till number")));
    atelier::Store store;
    REQUIRE(store.open(f.database()));
    CHECK(atelier::sql::scalar(store.database().connection(),
              QStringLiteral("SELECT count(*) FROM sales WHERE customer_id IS NOT NULL"))
              .toInt()
        == 1);
}

TEST_CASE("cli refuses a bad mapping with its sentence", "[cli][import]")
{
    ImportFolder f;
    const QString file = f.write(QStringLiteral("sales.csv"), sales);
    const CliRun unsaved = f.run({file, QStringLiteral("--mapping"), QStringLiteral("nope")});
    CHECK(unsaved.exitCode == 2);
    CHECK(unsaved.err.contains(QStringLiteral("There is no saved mapping \"nope\".")));
    const CliRun partial = f.run({file, QStringLiteral("--columns"), QStringLiteral("invoice=InvoiceNo")});
    CHECK(partial.exitCode == 2);
    CHECK(partial.err.contains(QStringLiteral("The mapping does not say which column holds \"style\".")));
    const CliRun malformed = f.run({file, QStringLiteral("--columns"), QStringLiteral("colour")});
    CHECK(malformed.exitCode == 2);
    CHECK(malformed.err.contains(QStringLiteral("\"colour\" is not field=column")));
}

TEST_CASE("cli says that the saved mappings could not be read, not that there is none", "[cli][import]")
{
    ImportFolder f;
    const QString file = f.write(QStringLiteral("sales.csv"), sales);
    REQUIRE(f.run({file, QStringLiteral("--columns"), spec, QStringLiteral("--save-mapping"),
                      QStringLiteral("till"), QStringLiteral("--dry-run")})
                .exitCode
        == 0);
    {
        atelier::Store store;
        REQUIRE(store.open(f.database()));
        dropTable(store, QStringLiteral("import_mappings"));
    }
    const CliRun run = f.run({file, QStringLiteral("--mapping"), QStringLiteral("till")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    // The log line comes first on stderr; the sentence for people is the verb's, with the database's own
    // reason.
    const QString reason = onPostgres() ? QStringLiteral("relation \"import_mappings\" does not exist")
                                        : QStringLiteral("no such table: import_mappings");
    const qsizetype sentence
        = run.err.indexOf(QStringLiteral("atelier-cli: The database reported an error ("));
    CHECK(sentence >= 0);
    CHECK(run.err.indexOf(reason, sentence) > sentence);
    CHECK_FALSE(run.err.contains(QStringLiteral("There is no saved mapping")));
}
