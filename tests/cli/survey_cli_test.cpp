#include "cli_runner.h"

#include "core/clock.h"
#include "services/customer_service.h"
#include "services/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace atelier;
using namespace atelier::testing;

namespace {

// A store with one customer, 安娜 (13700000011), and a survey file about her.
class SurveyStore
{
public:
    SurveyStore()
    {
        FixedClock clock(QDateTime(QDate(2026, 6, 15), QTime(11, 0), QTimeZone(8 * 3600)));
        Store store(&clock);
        REQUIRE(store.open(database()));
        const SaveResult anna
            = store.customers().registerCustomer(QStringLiteral("安娜"), QStringLiteral("13700000011"));
        REQUIRE(anna.id.has_value());
        m_anna = *anna.id;
    }

    QString database() const { return m_location.text(); }
    QString file(const QByteArray &bytes, const QString &name = QStringLiteral("survey.csv")) const
    {
        const QString path = m_dir.filePath(name);
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return path;
    }
    CustomerId anna() const { return m_anna; }
    QString folder() const { return m_dir.path(); }

    CliRun run(QStringList arguments) const
    {
        arguments.prepend(QStringLiteral("import"));
        arguments.prepend(database());
        arguments.prepend(QStringLiteral("--db"));
        return runCli(arguments, m_dir.path());
    }

private:
    QTemporaryDir m_dir;
    TestLocation m_location{m_dir.path(), QStringLiteral("survey.sqlite")};
    CustomerId m_anna = 0;
};

} // namespace

TEST_CASE("atelier-cli import surveys: exit 0, then 1 for the same file; bad rows to the rejects file",
    "[cli][survey]")
{
    SurveyStore s;
    const QString path = s.file(
        QStringLiteral("顾客编号,日期,评分,评语\n%1,2026-06-01,5,好\n,2026-06-02,4,\n%1,2026-06-03,five,\n")
            .arg(s.anna())
            .toUtf8());
    const QString rejects = s.folder() + QStringLiteral("/bad.csv");

    const CliRun dry = s.run(
        {QStringLiteral("surveys"), path, QStringLiteral("--dry-run"), QStringLiteral("--rejects"), rejects});
    CHECK(dry.exitCode == 0);

    const CliRun first = s.run({QStringLiteral("surveys"), path, QStringLiteral("--rejects"), rejects});
    INFO(first.out.toStdString() + first.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("1 scores imported")));
    CHECK(first.out.contains(QStringLiteral("2 rejected")));
    QFile bad(rejects);
    REQUIRE(bad.open(QIODevice::ReadOnly));
    const QString rejected = QString::fromUtf8(bad.readAll());
    CHECK(rejected.contains(QStringLiteral(",3,")));
    CHECK(rejected.contains(QStringLiteral(",4,")));

    const CliRun again = s.run({QStringLiteral("surveys"), path, QStringLiteral("--rejects"), rejects});
    CHECK(again.exitCode == 1);
    CHECK(again.out.contains(QStringLiteral("1 already imported")));

    const CliRun missing = s.run({QStringLiteral("surveys"), s.folder() + QStringLiteral("/none.csv")});
    CHECK(missing.exitCode == 2);
    const CliRun encoding
        = s.run({QStringLiteral("surveys"), path, QStringLiteral("--encoding"), QStringLiteral("latin1")});
    CHECK(encoding.exitCode == 2);
}
