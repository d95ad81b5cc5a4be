// bench_survey_import DB: imports a survey file of 100 000 rows (customer id for three rows in four, phone
// for the fourth; scores 1-5, a comment on one in three) into a copy of the 100 000-customer demo store
// (seed 1, until 2026-06-30), five times, each on a fresh copy; then the same file again (nothing new).
// Prints the median and the worst as markdown rows. Budget (issue 24): 100 000 rows < 10 s.
#include "bench_support.h"

#include "services/store.h"
#include "services/survey_import.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace atelier;

namespace {

constexpr int rows = 100000;

// The demo's customers' ids and phones, in id order.
QList<std::pair<qint64, QString>> customersOf(Store &store)
{
    QList<std::pair<qint64, QString>> customers;
    QSqlQuery query = sql::run(store.database().connection(),
        QStringLiteral("SELECT id, phone FROM customers WHERE erased_at IS NULL ORDER BY id"));
    while (query.next())
        customers.append({query.value(0).toLongLong(), query.value(1).toString()});
    return customers;
}

bool writeSurvey(const QString &path, const QList<std::pair<qint64, QString>> &customers)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = "customer_id,phone,date,score,comment\n";
    const char *comments[] = {"", "店员很热情", "", "尺码不全", "", "非常满意，会再来"};
    for (int i = 0; i < rows; ++i) {
        const auto &[id, phone] = customers.at(i % customers.size());
        const QByteArray day = QByteArray("2026-06-") + QByteArray::number(10 + i % 20);
        if (i % 4 == 3)
            text += "," + phone.toUtf8();
        else
            text += QByteArray::number(id) + ",";
        text += "," + day + "," + QByteArray::number(1 + (i * 7) % 5) + "," + comments[i % 6] + "\n";
    }
    return file.write(text) == text.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_survey_import DATABASE\n");
        return 2;
    }
    const QString demo = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir dir;
    const QString survey = dir.filePath(QStringLiteral("survey.csv"));
    {
        Store store;
        bench::openDemoStore(store, demo);
        if (!writeSurvey(survey, customersOf(store))) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(survey));
            return 1;
        }
    }
    QList<double> first;
    QList<double> again;
    SurveyImportResult last;
    for (int run = 0; run < 5; ++run) {
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QFile::remove(copy);
        if (!QFile::copy(demo, copy)) {
            std::fprintf(stderr, "cannot copy %s\n", qPrintable(demo));
            return 1;
        }
        Store store;
        bench::openDemoStore(store, copy);
        SurveyImportRequest request;
        request.path = survey;
        QElapsedTimer timer;
        timer.start();
        last = store.surveyImport().run(request);
        first << bench::msSince(timer);
        if (last.outcome != SurveyImportResult::Outcome::Imported) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(SurveyImport::summary(last)));
            return 1;
        }
        timer.restart();
        const SurveyImportResult repeat = store.surveyImport().run(request);
        again << bench::msSince(timer);
        if (repeat.imported != 0) {
            std::fprintf(stderr, "the re-import added %lld rows\n", static_cast<long long>(repeat.imported));
            return 1;
        }
    }
    std::printf("| survey import | rows | median | worst |\n|---|---|---|---|\n");
    std::printf("| %d rows into the 100k demo | %lld imported | %.0f ms | %.0f ms |\n", rows,
        static_cast<long long>(last.imported), bench::median(first), bench::percentile(first, 100));
    std::printf("| the same file again | 0 imported | %.0f ms | %.0f ms |\n", bench::median(again),
        bench::percentile(again, 100));
    std::printf("\n%s\n", qPrintable(SurveyImport::summary(last)));
    return 0;
}
