#include "core/sale.h"
#include "core/survey_import_row.h"
#include "services/customer_service.h"
#include "services/sale_service.h"
#include "services/satisfaction.h"
#include "services/survey_import.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/staff_repository.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QBuffer>
#include <QFile>
#include <QStringEncoder>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::readValue;
using atelier::testing::TempStore;

namespace {

struct Fixture
{
    TempStore t;
    StaffId li = 0;
    CustomerId anna = 0;
    CustomerId bella = 0;

    Fixture()
    {
        li = StaffRepository(t.store().database().connection()).insert(QStringLiteral("小李"), false);
        anna = *t.store()
                    .customers()
                    .registerCustomer(QStringLiteral("安娜"), QStringLiteral("13700000011"))
                    .id;
        bella = *t.store()
                     .customers()
                     .registerCustomer(QStringLiteral("贝拉"), QStringLiteral("13700000012"))
                     .id;
    }

    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("survey.csv"))
    {
        const QString path = t.folder() + u'/' + name;
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }
    SurveyImportResult run(const QString &path, bool dryRun = false)
    {
        SurveyImportRequest request;
        request.path = path;
        request.dryRun = dryRun;
        return t.store().surveyImport().run(request);
    }
    qint64 scalar(const QString &statement)
    {
        return sql::scalar(t.store().database().connection(), statement).toLongLong();
    }
};

QByteArray goodAndBad(CustomerId anna, CustomerId bella)
{
    return QStringLiteral("customer_id,phone,date,score,comment\n"
                          "%1,,2026-06-01,5,很满意\n" // line 2
                          ",13700000012,2026/06/02,4.0,\n" // 3
                          "%1,,2026-06-03,0,\n" // 4: 0
                          "%2,,2026-06-03,6,\n" // 5: 6
                          "%2,,2026-06-03,five,\n" // 6: five
                          "%2,,2026-06-03,,\n" // 7: empty
                          "99999,,2026-06-03,3,\n" // 8: unknown customer
                          ",13900000000,2026-06-03,3,\n" // 9: unknown phone
                          "%1,,2026-13-45,3,\n" // 10: bad date
                          "%1,,2026-06-04,2,\"太慢, 等了很久\"\n") // 11
        .arg(anna)
        .arg(bella)
        .toUtf8();
}

} // namespace

TEST_CASE("Survey rows: good rows stored, bad rows listed with line and reason, a re-import adds nothing",
    "[services][survey_import]")
{
    Fixture f;
    const QString path = f.write(goodAndBad(f.anna, f.bella));
    const SurveyImportResult r = f.run(path);
    INFO(SurveyImport::summary(r).toStdString());
    REQUIRE(r.outcome == SurveyImportResult::Outcome::Imported);
    CHECK(r.rowsRead == 10);
    CHECK(r.imported == 3);
    CHECK(r.rejectedCount == 7);
    REQUIRE(r.rejected.size() == 7);
    QList<qint64> lines;
    for (const RejectedRow &row : r.rejected)
        lines << row.line;
    CHECK(lines == QList<qint64>{4, 5, 6, 7, 8, 9, 10});
    CHECK(r.rejected.at(0).reason.contains(QStringLiteral("not from 1 to 5")));
    CHECK(r.rejected.at(1).reason.contains(QStringLiteral("not from 1 to 5")));
    CHECK(r.rejected.at(2).reason.contains(QStringLiteral("\"five\" is not a number")));
    CHECK(r.rejected.at(3).reason.contains(QStringLiteral("empty")));
    CHECK(r.rejected.at(4).reason.contains(QStringLiteral("99999")));
    CHECK(r.rejected.at(5).reason.contains(QStringLiteral("phone")));
    CHECK(r.rejected.at(6).reason.contains(QStringLiteral("not a date")));

    CHECK(
        f.scalar(QStringLiteral("SELECT COUNT(*) FROM satisfaction_scores WHERE occasion = 'survey'")) == 3);
    CHECK(f.scalar(
              QStringLiteral("SELECT COUNT(*) FROM satisfaction_scores WHERE customer_id = %1 AND score = 4 "
                             "AND scored_on = '2026-06-02'")
                  .arg(f.bella))
        == 1);
    const QList<SatisfactionScore> annas = readValue(f.t.store().satisfaction().scoresOf(f.anna));
    REQUIRE(annas.size() == 2);
    CHECK(annas.first().comment == QStringLiteral("太慢, 等了很久"));
    CHECK_FALSE(annas.first().recordedBy.has_value());

    // The rejects file: the file's columns plus line and reason.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(SurveyImport::writeRejects(r, buffer));
    CHECK(buffer.data().contains("customer_id,phone,date,score,comment,line,reason"));

    const SurveyImportResult again = f.run(path);
    CHECK(again.outcome == SurveyImportResult::Outcome::NothingImported);
    CHECK(again.imported == 0);
    CHECK(again.alreadyImported == 3);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM satisfaction_scores")) == 3);
}

TEST_CASE("A dry run stores nothing; a survey score is about the clerk of her last sale by that day",
    "[services][survey_import]")
{
    Fixture f;
    Sale sale;
    sale.customerId = f.anna;
    sale.clerkId = f.li;
    sale.soldAt = QDateTime(QDate(2026, 6, 2), QTime(15, 0), QTimeZone(8 * 3600));
    SaleLine line;
    line.styleNumber = QStringLiteral("A1001");
    line.listPrice = line.paidPrice = Money::fromYuan(300);
    sale.lines << line;
    REQUIRE(f.t.store().sales().recordSale(sale).ok());
    const QString path = f.write(
        QStringLiteral("顾客编号,日期,评分,评语\n%1,2026-06-01,4,\n%1,2026-06-02,5,\n").arg(f.anna).toUtf8());

    const SurveyImportResult dry = f.run(path, true);
    CHECK(dry.outcome == SurveyImportResult::Outcome::DryRunPassed);
    CHECK(dry.imported == 2);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM satisfaction_scores")) == 0);

    const SurveyImportResult r = f.run(path);
    CHECK(r.imported == 2);
    CHECK(r.withoutClerk == 1); // the day before her sale
    CHECK(f.scalar(QStringLiteral("SELECT staff_id FROM satisfaction_scores WHERE scored_on = '2026-06-02'"))
        == f.li);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM satisfaction_scores WHERE scored_on = '2026-06-01' "
                                  "AND staff_id IS NULL"))
        == 1);
}

TEST_CASE("A GBK survey file with Chinese headers and semicolons is read", "[services][survey_import]")
{
    Fixture f;
    QStringEncoder gb("GB18030");
    const QByteArray bytes = gb.encode(QStringLiteral("手机号;日期;评分;评语\n"
                                                      "137 0000 0011;2026/06/05;5;店员很热情\n"
                                                      "13700000012;2026/06/05;五;\n"));
    const SurveyImportResult r = f.run(f.write(bytes));
    CHECK(r.encoding == TextEncoding::Gb18030);
    CHECK(r.delimiter == u';');
    CHECK(r.imported == 1);
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected.first().line == 3);
    CHECK(readValue(f.t.store().satisfaction().scoresOf(f.anna)).first().comment
        == QStringLiteral("店员很热情"));
}

TEST_CASE("A survey file without the needed columns, or empty, imports nothing", "[services][survey_import]")
{
    Fixture f;
    const SurveyImportResult noScore = f.run(f.write("customer_id,date\n1,2026-06-01\n"));
    CHECK(noScore.outcome == SurveyImportResult::Outcome::Failed);
    CHECK(noScore.error.contains(QStringLiteral("score")));
    const SurveyImportResult noCustomer = f.run(f.write("date,score\n2026-06-01,4\n"));
    CHECK(noCustomer.error.contains(QStringLiteral("customer_id")));
    CHECK(f.run(f.write("")).outcome == SurveyImportResult::Outcome::NothingImported);
    CHECK(f.run(f.write("customer_id,date,score\n")).outcome == SurveyImportResult::Outcome::NothingImported);
}

TEST_CASE("The survey row reader: scores as people type them", "[core][survey_import]")
{
    QString why;
    int score = 0;
    CHECK(SurveyImportRow::score(QStringLiteral(" 3 "), score, why));
    CHECK(score == 3);
    CHECK(SurveyImportRow::score(QStringLiteral("5.0"), score, why));
    CHECK(score == 5);
    for (const char *bad : {"0", "6", "five", "", "4.5", "-1", "10"})
        CHECK_FALSE(SurveyImportRow::score(QString::fromLatin1(bad), score, why));
    CHECK(SurveyImport::importKey(1, QDate(2026, 6, 1), 4, QStringLiteral("a"))
        == SurveyImport::importKey(1, QDate(2026, 6, 1), 4, QStringLiteral("a")));
    CHECK(SurveyImport::importKey(1, QDate(2026, 6, 1), 4, QStringLiteral("a"))
        != SurveyImport::importKey(1, QDate(2026, 6, 1), 5, QStringLiteral("a")));
}
