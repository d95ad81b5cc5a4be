#include "core/report_period.h"

#include "core/display_format.h"

#include <QRegularExpression>

namespace atelier {

ReportPeriod ReportPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {first, first.addMonths(1).addDays(-1)};
}

std::optional<ReportPeriod> ReportPeriod::parseMonth(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int monthNumber = match.captured(2).toInt();
    if (year < 1900 || monthNumber < 1 || monthNumber > 12)
        return std::nullopt;
    return month(year, monthNumber);
}

bool ReportPeriod::isMonth() const
{
    return isValid() && from.day() == 1 && to == from.addMonths(1).addDays(-1);
}

ReportPeriod ReportPeriod::previous() const
{
    if (isMonth()) {
        const QDate before = from.addMonths(-1);
        return month(before.year(), before.month());
    }
    return {from.addDays(-days()), from.addDays(-1)};
}

QString ReportPeriod::startKey() const
{
    return from.toString(Qt::ISODate);
}

QString ReportPeriod::endKey() const
{
    return to.addDays(1).toString(Qt::ISODate);
}

QString ReportPeriod::label() const
{
    if (isMonth())
        return DisplayFormat::month(from.year(), from.month());
    return DisplayFormat::date(from) + QStringLiteral(" – ") + DisplayFormat::date(to);
}

} // namespace atelier
