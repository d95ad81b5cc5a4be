#include "cli_runner.h"

#include "core/pinyin_keys.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

using namespace atelier;
using namespace atelier::testing;

namespace {

struct ExportedCustomer
{
    QString id;
    QString name;
    QString phone;
};

QList<ExportedCustomer> exportedCustomers()
{
    QList<ExportedCustomer> customers;
    const QStringList lines
        = QString::fromUtf8(DemoFixture::instance().exportBytes()).split(QStringLiteral("\r\n"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        // Id, name and phone never hold a comma or a quote, so a plain split reads them.
        const QStringList fields = lines.at(i).split(u',');
        if (fields.size() >= 3)
            customers.append({fields.at(0), fields.at(1), fields.at(2)});
    }
    return customers;
}

QStringList dbArgs(const QString &database, QStringList rest)
{
    return QStringList{QStringLiteral("--db"), database} + rest;
}

QString firstId(const QString &output)
{
    return output.section(u'\n', 0, 0).section(u',', 0, 0);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("find by the last four phone digits lists that customer first", "[cli]")
{
    const auto &fixture = DemoFixture::instance();
    const QList<ExportedCustomer> customers = exportedCustomers();
    REQUIRE(customers.size() == 200);
    QHash<QString, int> suffixCount;
    for (const ExportedCustomer &c : customers)
        ++suffixCount[c.phone.right(4)];
    const auto known = std::find_if(customers.begin(), customers.end(),
        [&](const ExportedCustomer &c) { return suffixCount.value(c.phone.right(4)) == 1; });
    REQUIRE(known != customers.end());

    const CliRun run = runCli(
        dbArgs(fixture.database(), {QStringLiteral("find"), known->phone.right(4)}), fixture.folder());
    CHECK(run.exitCode == 0);
    CHECK(firstId(run.out) == known->id);
    // id,name,masked phone,tier — the full number never appears.
    CHECK(run.out.section(u'\n', 0, 0)
        == known->id + u',' + known->name + u',' + known->phone.left(3) + QStringLiteral("****")
            + known->phone.right(4) + u',');
    CHECK(!run.out.contains(known->phone));
}

TEST_CASE("find by pinyin initials lists that customer first", "[cli]")
{
    const auto &fixture = DemoFixture::instance();
    const QList<ExportedCustomer> customers = exportedCustomers();
    QHash<QString, int> initialsCount;
    QHash<QString, QString> initialsOf;
    for (const ExportedCustomer &c : customers) {
        const QString initials = PinyinTransliterator::forThisThread().keysFor(c.name).initials;
        initialsOf.insert(c.id, initials);
        ++initialsCount[initials];
    }
    // Unique initials that are no other customer's prefix either, and not the start of a name.
    const auto known = std::find_if(customers.begin(), customers.end(), [&](const ExportedCustomer &c) {
        const QString initials = initialsOf.value(c.id);
        if (initials.size() < 2 || !c.name.at(0).isLetter() || c.name.at(0).unicode() < 0x3400)
            return false;
        for (auto it = initialsOf.cbegin(); it != initialsOf.cend(); ++it) {
            if (it.key() != c.id && it.value().startsWith(initials))
                return false;
        }
        return true;
    });
    REQUIRE(known != customers.end());

    const CliRun run = runCli(dbArgs(fixture.database(),
                                  {QStringLiteral("find"), initialsOf.value(known->id),
                                      QStringLiteral("--limit"), QStringLiteral("5")}),
        fixture.folder());
    CHECK(run.exitCode == 0);
    CHECK(firstId(run.out) == known->id);
    CHECK(run.out.count(u'\n') <= 5);
}

TEST_CASE("export customers writes a BOM, the header and one line per customer", "[cli]")
{
    const QByteArray &bytes = DemoFixture::instance().exportBytes();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.mid(3).startsWith("Customer ID,Name,Phone,"));
    CHECK(bytes.count("\r\n") == 201);
}

TEST_CASE("export customers --tag keeps only the tagged customers", "[cli]")
{
    const auto &fixture = DemoFixture::instance();
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("tagged.csv"));
    const CliRun run
        = runCli(dbArgs(fixture.database(),
                     {QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--out"), out,
                         QStringLiteral("--tag"), QStringLiteral("通勤")}),
            fixture.folder());
    REQUIRE(run.exitCode == 0);
    const qsizetype lines = fileBytes(out).count("\r\n");
    CHECK(lines > 1);
    CHECK(lines < 201);
    CHECK(run.out.contains(QString::number(lines - 1)));
}

TEST_CASE("the same seed and end date give the same store", "[cli]")
{
    QTemporaryDir dir;
    const TestLocation first(dir.path(), QStringLiteral("store0.sqlite"));
    const TestLocation second(dir.path(), QStringLiteral("store1.sqlite"));
    const TestLocation *stores[] = {&first, &second};
    QList<QByteArray> digests;
    for (int i = 0; i < 2; ++i) {
        const QString db = stores[i]->text();
        const QString csv = dir.filePath(QStringLiteral("store%1.csv").arg(i));
        REQUIRE(runCli(dbArgs(db,
                           {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("200"),
                               QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--until"),
                               QStringLiteral("2026-06-30")}),
                    dir.path())
                    .exitCode
            == 0);
        REQUIRE(
            runCli(dbArgs(db,
                       {QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--out"), csv}),
                dir.path())
                .exitCode
            == 0);
        digests << QCryptographicHash::hash(fileBytes(csv), QCryptographicHash::Sha256);
    }
    CHECK(digests.at(0) == digests.at(1));
    CHECK(fileBytes(dir.filePath(QStringLiteral("store0.csv"))) == DemoFixture::instance().exportBytes());
}

TEST_CASE("bad input exits with 2 and says why on stderr", "[cli]")
{
    const auto &fixture = DemoFixture::instance();
    const QString db = fixture.database();

    SECTION("unknown verb")
    {
        const CliRun run = runCli(dbArgs(db, {QStringLiteral("frobnicate")}), fixture.folder());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("frobnicate")));
    }
    SECTION("a limit that is not a number")
    {
        const CliRun run = runCli(dbArgs(db,
                                      {QStringLiteral("find"), QStringLiteral("wang"),
                                          QStringLiteral("--limit"), QStringLiteral("abc")}),
            fixture.folder());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("--limit")));
        CHECK(run.out.isEmpty());
    }
    SECTION("an unknown tag")
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("x.csv"));
        const CliRun run
            = runCli(dbArgs(db,
                         {QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--out"), out,
                             QStringLiteral("--tag"), QStringLiteral("不存在的标签")}),
                fixture.folder());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("不存在的标签")));
        CHECK(!QFile::exists(out));
    }
    SECTION("an unknown option")
    {
        const CliRun run
            = runCli(dbArgs(db, {QStringLiteral("find"), QStringLiteral("wang"), QStringLiteral("--colour")}),
                fixture.folder());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("--colour")));
    }
    SECTION("a database file that is not SQLite is refused and left untouched")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        const QByteArray original("These are my notes, not a database.\n");
        {
            QFile file(path);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write(original);
        }
        const CliRun find
            = runCli(dbArgs(path, {QStringLiteral("find"), QStringLiteral("1234")}), dir.path());
        CHECK(find.exitCode == 2);
        CHECK(find.err.contains(QStringLiteral("not an Atelier database")));
        const CliRun demo = runCli(
            dbArgs(path, {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("5")}),
            dir.path());
        CHECK(demo.exitCode == 2);
        CHECK(fileBytes(path) == original);
        CHECK(!QFile::exists(path + QStringLiteral("-wal")));
    }
    SECTION("demo is refused on a store that has customers")
    {
        const CliRun run
            = runCli(dbArgs(db, {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("5")}),
                fixture.folder());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("already has 200 customer")));
    }
    SECTION("demo without --customers")
    {
        const CliRun run = runCli(dbArgs(db, {QStringLiteral("demo")}), fixture.folder());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("--customers")));
    }
}

TEST_CASE("points prints the ledger oldest first with a running balance", "[cli][points]")
{
    const auto &fixture = DemoFixture::instance();
    // Customers are registered when they first buy (mostly): look for one with a history.
    QStringList rows;
    QString customer;
    for (const ExportedCustomer &c : exportedCustomers()) {
        const CliRun run
            = runCli(dbArgs(fixture.database(), {QStringLiteral("points"), c.id}), fixture.folder());
        REQUIRE(run.exitCode == 0);
        rows = run.out.split(u'\n', Qt::SkipEmptyParts);
        REQUIRE(!rows.isEmpty());
        CHECK(rows.first()
            == QStringLiteral("id,happened_at,kind,points,balance_after,expires_on,sale_id,reason"));
        if (rows.size() >= 3) {
            customer = c.id;
            break;
        }
    }
    REQUIRE(!customer.isEmpty());
    qint64 balance = 0;
    qint64 previousId = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList fields = rows.at(i).split(u',');
        REQUIRE(fields.size() == 8);
        CHECK(fields.at(0).toLongLong() > previousId);
        previousId = fields.at(0).toLongLong();
        CHECK(QDateTime::fromString(fields.at(1), Qt::ISODate).isValid());
        const QString kind = fields.at(2);
        CHECK((kind == QStringLiteral("earn") || kind == QStringLiteral("reverse")));
        balance += fields.at(3).toLongLong();
        CHECK(fields.at(4).toLongLong() == balance);
        CHECK(balance >= 0);
        // Earned points lapse (24 months by default), reversals carry no date; both name the sale.
        CHECK(QDate::fromString(fields.at(5), Qt::ISODate).isValid() == (kind == QStringLiteral("earn")));
        CHECK(fields.at(6).toLongLong() > 0);
    }
    CHECK(balance > 0);

    const CliRun unknown = runCli(
        dbArgs(fixture.database(), {QStringLiteral("points"), QStringLiteral("999999")}), fixture.folder());
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.out.isEmpty());
    CHECK(unknown.err.contains(QStringLiteral("999999")));
    const CliRun notANumber = runCli(
        dbArgs(fixture.database(), {QStringLiteral("points"), QStringLiteral("abc")}), fixture.folder());
    CHECK(notANumber.exitCode == 2);
    CHECK(notANumber.err.contains(QStringLiteral("abc")));
    const CliRun nobody = runCli(dbArgs(fixture.database(), {QStringLiteral("points")}), fixture.folder());
    CHECK(nobody.exitCode == 2);
}

TEST_CASE("--help prints the verbs and exits with 0", "[cli]")
{
    QTemporaryDir dir;
    const CliRun run = runCli({QStringLiteral("--help")}, dir.path());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("demo --customers N")));
    CHECK(run.out.contains(QStringLiteral("find QUERY")));
    CHECK(run.out.contains(QStringLiteral("export customers --out FILE")));
    CHECK(run.out.contains(QStringLiteral("points CUSTOMER_ID")));
}

TEST_CASE("the CLI speaks the system's language: messages and the export header in Chinese", "[cli]")
{
    const auto &fixture = DemoFixture::instance();
    const CliRun unknown = runCli(dbArgs(fixture.database(), {QStringLiteral("frobnicate")}),
        fixture.folder(), QStringLiteral("zh_CN.UTF-8"));
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("未知命令")));

    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("zh.csv"));
    const CliRun exported
        = runCli(dbArgs(fixture.database(),
                     {QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--out"), out}),
            fixture.folder(), QStringLiteral("zh_CN.UTF-8"));
    REQUIRE(exported.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readLine().startsWith(
        QByteArray("\xEF\xBB\xBF") + QStringLiteral("顾客编号,姓名,电话").toUtf8()));
}
