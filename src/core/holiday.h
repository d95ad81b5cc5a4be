#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace atelier {

using HolidayId = qint64;

// The holidays the store greets its customers on (migration 021 seeds the eight below for 2026–2031);
// Other is a holiday of the store's own.
enum class HolidayCode
{
    SpringFestival,
    WomensDay,
    Day520,
    Qixi,
    MidAutumn,
    NationalDay,
    Double11,
    Christmas,
    Other
};

QString toCode(HolidayCode value);
std::optional<HolidayCode> holidayCodeFromCode(const QString &code);

// A problem with one field of a holiday, named so the form (or an import) can point at it.
struct HolidayProblem
{
    QString field; // "day", "name_zh", "name_en"
    QString message; // names the field in the UI language
};

// One holiday on the calendar (table holidays). The lunar ones move every year, so each year's
// date is a row of its own; names are kept in both languages and the reader sees their own.
struct Holiday
{
    Q_DECLARE_TR_FUNCTIONS(Holiday)
public:
    HolidayId id = 0;
    HolidayCode code = HolidayCode::Other;
    QString nameZh;
    QString nameEn;
    QDate day;
    bool greet = true; // false: on the calendar, but no greetings are planned for it

    // The name in the reader's language (QLocale()), the other one when that one is empty.
    QString name() const;
    // Trims the names, then: a real day, a name in each language; nullopt when all is well.
    std::optional<HolidayProblem> normaliseAndCheck();

    // A day as typed or imported ("2027-02-30" is no day), into `day`; the problem names the field.
    static std::optional<HolidayProblem> readDay(const QString &text, QDate &day);
    static constexpr int maxNameLength = 40;
};

} // namespace atelier
