#include "services/complaint_analysis.h"

#include "services/access.h"
#include "services/try_read.h"
#include "storage/complaint_analysis_query.h"
#include "storage/database.h"

#include <algorithm>

namespace atelier {

ComplaintAnalysis::ComplaintAnalysis(Database &db)
    : m_db(db)
{
}

std::optional<double> ComplaintAnalysis::median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(middle);
    return (values.at(middle - 1) + values.at(middle)) / 2.0;
}

ReadResult<ComplaintFigures> ComplaintAnalysis::run(const QDate &from, const QDate &to)
{
    ComplaintFigures figures;
    figures.from = from;
    figures.to = to;
    // Which clerk gets which complaints, store-wide: the manager's reading (empty for a clerk).
    if (!Access::allows(m_db, Permission::SeeOtherClerksReports))
        return {figures, {}};
    const QDate trendFrom = QDate(to.year(), to.month(), 1).addMonths(-11);
    QList<ComplaintTiming> timings;
    QList<ComplaintCount> trendMonths;
    const ReadResult<bool> read = tryRead<bool>("complaint analysis", [&] {
        ComplaintAnalysisQuery query(m_db.connection());
        figures.byCategory = query.byCategory(from, to);
        figures.byStyle = query.byStyle(from, to);
        figures.byClerk = query.byClerk(from, to);
        figures.byMonth = query.byMonth(from, to);
        timings = query.timings(from, to);
        trendMonths = query.byMonth(trendFrom, to);
        return true;
    });
    if (!read.ok())
        return {std::nullopt, read.error};

    figures.complaints = int(timings.size());
    QList<double> respond;
    QList<double> close;
    int scored = 0;
    int scoreSum = 0;
    for (const ComplaintTiming &t : timings) {
        if (t.acknowledgedAt.isValid())
            respond << double(t.receivedAt.secsTo(t.acknowledgedAt)) / 60.0;
        if (t.closedAt.isValid())
            close << double(t.receivedAt.secsTo(t.closedAt)) / 60.0;
        if (t.satisfaction && *t.satisfaction >= 1 && *t.satisfaction <= 5) {
            ++figures.satisfaction[std::size_t(*t.satisfaction - 1)];
            ++scored;
            scoreSum += *t.satisfaction;
        }
    }
    figures.medianMinutesToRespond = median(respond);
    figures.medianMinutesToClose = median(close);
    if (scored > 0)
        figures.averageSatisfaction = double(scoreSum) / scored;

    for (int i = 0; i < 12; ++i) {
        const QString month = trendFrom.addMonths(i).toString(QStringLiteral("yyyy-MM"));
        const auto found = std::find_if(trendMonths.cbegin(), trendMonths.cend(),
            [&month](const ComplaintCount &c) { return c.key == month; });
        figures.trend << ComplaintCount{month, QString(), found == trendMonths.cend() ? 0 : found->count};
    }
    return {figures, {}};
}

} // namespace atelier
