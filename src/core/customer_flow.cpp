#include "core/customer_flow.h"

#include <algorithm>

namespace atelier {

namespace {

// The lower median of whole days (an even count takes the lower middle: a day, not a half).
int medianOf(std::vector<int> values)
{
    if (values.empty())
        return -1;
    const auto middle = values.begin() + std::ptrdiff_t((values.size() - 1) / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

} // namespace

CustomerFlow::CustomerFlow(const ReportPeriod &period, const QDate &today, const SegmentRules &segments)
    : m_period(period)
    , m_today(today)
    , m_lastSeen(std::min(period.to, today))
    , m_segments(segments)
    , m_baseFrom(period.to.addDays(1).addMonths(-24))
    , m_yearFrom(period.to.addDays(1).addMonths(-12))
{
    m_figures.retentionSoFar = period.to > today;
}

bool CustomerFlow::crossedIntoDormant(
    const std::vector<QDate> &days, const QDate &first, const QDate &last, const SegmentRules &segments)
{
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (i + 1 < days.size() && days[i + 1] == days[i])
            continue; // the last purchase of its day decides
        const QDate dormantOn = days[i].addDays(segments.dormantAfterDays + 1);
        if (dormantOn > last)
            return false; // later purchases cross later still
        const bool quietUntil = i + 1 == days.size() || days[i + 1] > dormantOn;
        const bool few = segments.dormantMaxPurchases == 0 || int(i) + 1 <= segments.dormantMaxPurchases;
        if (quietUntil && few && dormantOn >= first)
            return true;
    }
    return false;
}

void CustomerFlow::add(const QDate &registeredOn, const QString &source, const std::vector<QDate> &sorted)
{
    // Nothing after today has happened (the store's reading stops there: no copy but for a test's).
    const bool future = !sorted.empty() && sorted.back() > m_today;
    std::vector<QDate> upToToday;
    if (future)
        upToToday.assign(sorted.begin(), std::upper_bound(sorted.begin(), sorted.end(), m_today));
    const std::vector<QDate> &purchases = future ? upToToday : sorted;
    const auto boughtIn = [&purchases](const QDate &from, const QDate &before) {
        const auto found = std::lower_bound(purchases.begin(), purchases.end(), from);
        return found != purchases.end() && *found < before;
    };
    const QDate firstPurchase = purchases.empty() ? QDate() : purchases.front();

    if (registeredOn.isValid() && registeredOn <= m_period.to
        && (!firstPurchase.isValid() || firstPurchase > m_period.to))
        ++m_figures.prospectsAtEnd;

    const QDate dayAfter = m_period.to.addDays(1);
    if (boughtIn(m_baseFrom, m_yearFrom)) {
        ++m_figures.retentionBase;
        if (boughtIn(m_yearFrom, dayAfter))
            ++m_figures.retained;
    }

    if (crossedIntoDormant(purchases, m_period.from, m_lastSeen, m_segments))
        ++m_figures.crossedIntoDormant;

    if (!registeredOn.isValid() || registeredOn < m_period.from || registeredOn > m_period.to)
        return;
    Conversion &channel = m_bySource[source];
    channel.source = source;
    ++channel.registered;
    if (registeredOn.addDays(CustomerFigures::conversionDays) > m_today)
        m_figures.conversionSoFar = true;
    if (!firstPurchase.isValid())
        return;
    // A purchase before the registration (an archive imported with its sales) is a customer already.
    const int days = int(std::max<qint64>(0, registeredOn.daysTo(firstPurchase)));
    ++channel.boughtByNow;
    if (days <= CustomerFigures::conversionDays) {
        ++channel.boughtWithin;
        ++m_figures.convertedWithin;
    }
    m_daysBySource[source].push_back(days);
    m_days.push_back(days);
}

void CustomerFlow::finishInto(CustomerFigures &figures) const
{
    figures.prospectsAtEnd = m_figures.prospectsAtEnd;
    figures.retentionBase = m_figures.retentionBase;
    figures.retained = m_figures.retained;
    figures.retentionSoFar = m_figures.retentionSoFar;
    figures.crossedIntoDormant = m_figures.crossedIntoDormant;
    figures.convertedWithin = m_figures.convertedWithin;
    figures.conversionSoFar = m_figures.conversionSoFar;
    figures.medianDaysToFirstPurchase = medianOf(m_days);
    figures.conversion.clear();
    for (const auto &[source, channel] : m_bySource) {
        Conversion row = channel;
        const auto days = m_daysBySource.find(source);
        row.medianDaysToFirst = days == m_daysBySource.end() ? -1 : medianOf(days->second);
        figures.conversion << row;
    }
    std::stable_sort(figures.conversion.begin(), figures.conversion.end(),
        [](const Conversion &a, const Conversion &b) { return a.registered > b.registered; });
}

} // namespace atelier
