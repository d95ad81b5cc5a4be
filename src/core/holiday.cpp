#include "core/holiday.h"

#include "core/code_table.h"

#include <QLocale>
#include <QRegularExpression>

namespace atelier {

namespace {

constexpr CodeTable<HolidayCode, 9> holidayCodes{
    {{HolidayCode::SpringFestival, "spring_festival"}, {HolidayCode::WomensDay, "womens_day"},
        {HolidayCode::Day520, "day_520"}, {HolidayCode::Qixi, "qixi"}, {HolidayCode::MidAutumn, "mid_autumn"},
        {HolidayCode::NationalDay, "national_day"}, {HolidayCode::Double11, "double_11"},
        {HolidayCode::Christmas, "christmas"}, {HolidayCode::Other, "other"}}};

} // namespace

QString toCode(HolidayCode value)
{
    return codeIn(holidayCodes, value);
}

std::optional<HolidayCode> holidayCodeFromCode(const QString &code)
{
    return valueIn(holidayCodes, code);
}

QString Holiday::name() const
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const QString &first = chinese ? nameZh : nameEn;
    return first.isEmpty() ? (chinese ? nameEn : nameZh) : first;
}

std::optional<HolidayProblem> Holiday::normaliseAndCheck()
{
    nameZh = nameZh.simplified();
    nameEn = nameEn.simplified();
    if (!day.isValid())
        return HolidayProblem{QStringLiteral("day"), tr("Date: enter the holiday's day.")};
    if (nameZh.isEmpty())
        return HolidayProblem{QStringLiteral("name_zh"), tr("Name in Chinese: enter the holiday's name.")};
    if (nameEn.isEmpty())
        return HolidayProblem{QStringLiteral("name_en"), tr("Name in English: enter the holiday's name.")};
    if (nameZh.size() > maxNameLength)
        return HolidayProblem{
            QStringLiteral("name_zh"), tr("Name in Chinese: at most %n characters.", nullptr, maxNameLength)};
    if (nameEn.size() > maxNameLength)
        return HolidayProblem{
            QStringLiteral("name_en"), tr("Name in English: at most %n characters.", nullptr, maxNameLength)};
    return std::nullopt;
}

std::optional<HolidayProblem> Holiday::readDay(const QString &text, QDate &day)
{
    const QString typed = text.trimmed();
    day = QDate::fromString(typed, Qt::ISODate);
    if (typed.isEmpty())
        return HolidayProblem{QStringLiteral("day"), tr("Date: enter the holiday's day.")};
    // Qt's ISO reading takes any separator ("2027/03/01"); the calendar's own form is YYYY-MM-DD only.
    static const QRegularExpression form(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (!day.isValid() || !form.match(typed).hasMatch())
        return HolidayProblem{QStringLiteral("day"),
            tr("Date: “%1” is not a day on the calendar; write it as YYYY-MM-DD, e.g. 2027-10-01.")
                .arg(typed)};
    return std::nullopt;
}

} // namespace atelier
