// bench_phone: what reading one phone number costs, over the mix a store's files and counter bring:
// the demo store's mobiles (as stored, and written the ways people write them), landlines with their
// area codes, and typos. Issue 26 item 8 asked whether Google's libphonenumber (Debian's
// libphonenumber-dev) could stand behind PhoneNumber::parse for under 50 µs a number; when the
// library is installed this benchmark also runs that candidate on the same mix and on the phone
// cases of tests/core/phone_number_test.cpp, and lists where its answer differs from the app's.
// The decision and its numbers: docs/benchmarks.md, "Issue 26: phone numbers".
#include "bench_support.h"

#include "core/phone_number.h"
#include "services/demo_people.h"
#include "services/demo_random.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

#ifdef ATELIER_BENCH_LIBPHONENUMBER
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#endif

using namespace atelier;

namespace {

constexpr int numbers = 20000;
constexpr int rounds = 7;

// Mainland area codes of the landlines in the mix (three digits for 010 and 02x, four otherwise).
const char *const areaCodes[] = {"010", "021", "020", "025", "0571", "0755", "0512", "0731", "0898"};

// One number as someone typed or exported it.
QString written(DemoRandom &random, const QString &digits)
{
    switch (random.between(0, 9)) {
    case 0:
        return QStringLiteral("+86 ") + digits.left(3) + u'-' + digits.mid(3, 4) + u'-' + digits.right(4);
    case 1:
        return QStringLiteral("0086") + digits;
    case 2:
        return digits.left(3) + u' ' + digits.mid(3, 4) + u' ' + digits.right(4);
    default:
        return digits;
    }
}

QStringList mixOfNumbers()
{
    DemoRandom random(26);
    DemoPeople people(random, QDate(2026, 6, 30));
    QStringList mix;
    const QDateTime at(QDate(2026, 1, 1), QTime(10, 0));
    for (int i = 0; mix.size() < numbers; ++i) {
        const int kind = random.between(0, 99);
        if (kind < 75) { // the demo store's mobiles
            mix << written(random, people.make(at, {}, i).customer.phone.digits());
        } else if (kind < 90) { // landlines: area code and an 8-digit local number
            const QString area = QString::fromLatin1(areaCodes[random.between(0, 8)]);
            mix << area + u'-'
                    + QStringLiteral("%1").arg(random.between(20000000, 89999999), 8, 10, QLatin1Char('0'));
        } else { // typos: a digit short, a digit too many, a letter, an unknown prefix
            QString digits = people.make(at, {}, i).customer.phone.digits();
            switch (random.between(0, 3)) {
            case 0:
                digits.chop(1);
                break;
            case 1:
                digits.append(u'8');
                break;
            case 2:
                digits[5] = u'o';
                break;
            default:
                digits[1] = u'2';
                break;
            }
            mix << digits;
        }
    }
    return mix;
}

#ifdef ATELIER_BENCH_LIBPHONENUMBER

using i18n::phonenumbers::PhoneNumberUtil;

// The candidate: the app's own rules first, for what libphonenumber is silent or wrong about in a
// Chinese store (letters are typos, not keypad letters; the Problem kinds a clerk reads are the app's);
// then libphonenumber's Parse + IsValidNumberForRegion + GetNumberType decide whether a number of the
// right shape is one the phone companies give out, and its national significant number is the digits.
// A number it does not know would need a new Problem kind; here it counts as the wrong length.
PhoneNumber::Parsed parseWithLibphonenumber(const QString &input)
{
    PhoneNumber::Parsed own = PhoneNumber::parse(input);
    if (!own.ok())
        return own;
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    PhoneNumber::Parsed refused{PhoneNumber::Problem::WrongLength, {}, {}};
    if (util.Parse(input.toStdString(), "CN", &number) != PhoneNumberUtil::NO_PARSING_ERROR
        || !util.IsValidNumberForRegion(number, "CN"))
        return refused;
    std::string national;
    util.GetNationalSignificantNumber(number, &national);
    PhoneNumber::Parsed parsed;
    parsed.problem = PhoneNumber::Problem::None;
    parsed.kind = util.GetNumberType(number) == PhoneNumberUtil::MOBILE ? PhoneNumber::Kind::Mobile
                                                                        : PhoneNumber::Kind::Landline;
    parsed.digits = QString::fromStdString(national);
    if (parsed.kind == PhoneNumber::Kind::Landline)
        parsed.digits.prepend(u'0');
    return parsed;
}

bool same(const PhoneNumber::Parsed &a, const PhoneNumber::Parsed &b)
{
    return a.problem == b.problem && (!a.ok() || (a.digits == b.digits && a.kind == b.kind));
}

QString describe(const PhoneNumber::Parsed &p)
{
    if (p.ok())
        return p.digits
            + (p.kind == PhoneNumber::Kind::Mobile ? QStringLiteral(" mobile") : QStringLiteral(" landline"));
    return QStringLiteral("problem %1").arg(static_cast<int>(p.problem));
}

// The inputs of tests/core/phone_number_test.cpp's table, and a few the store sees.
const char16_t *const testInputs[] = {u"13800138000", u"+86 138-0013-8000", u"0086 13800138000",
    u"008613800138000", u"8613800138000", u"+8613800138000", u"138 0013 8000", u"  138.0013.8000  ",
    u"(138)00138000", u"１３８００１３８０００", u"19912345678", u"010-12345678", u"0571-8888888",
    u"0571 88888888", u"+86 21 12345678", u"+86 10 6552 9988", u"+86 571 8888 8888", u"0138 0013 8000",
    u"010 1234 5678", u"", u"   ", u"1380013800", u"138001380001", u"12345678901", u"23800138000",
    u"138abc38000", u"phone", u"138😀00138000", u"'; DROP TABLE customers; --", u"0571-12345",
    u"0571-123456789", u"+", u"14012345678", u"19412345678", u"0755-2345678"};

#endif

double microsecondsPerNumber(
    const QStringList &mix, PhoneNumber::Parsed (*parse)(const QString &), int &valid)
{
    QElapsedTimer timer;
    timer.start();
    valid = 0;
    for (const QString &text : mix)
        valid += parse(text).ok() ? 1 : 0;
    return double(timer.nsecsElapsed()) / 1e3 / double(mix.size());
}

void timeOne(const char *what, const QStringList &mix, PhoneNumber::Parsed (*parse)(const QString &))
{
    int valid = 0;
    microsecondsPerNumber(mix, parse, valid); // warm-up: caches, and libphonenumber's metadata
    QList<double> us;
    for (int r = 0; r < rounds; ++r)
        us << microsecondsPerNumber(mix, parse, valid);
    std::printf("| %s | %lld | %d | %.3f | %.3f |\n", what, static_cast<long long>(mix.size()), valid,
        bench::median(us), bench::percentile(us, 100));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList mix = mixOfNumbers();
    std::printf("| parser | numbers | valid | median µs a number (%d rounds) | worst round µs |\n"
                "|---|---|---|---|---|\n",
        rounds);
    timeOne("PhoneNumber::parse (the app's rules)", mix, &PhoneNumber::parse);
#ifdef ATELIER_BENCH_LIBPHONENUMBER
    timeOne("libphonenumber behind the same interface", mix, &parseWithLibphonenumber);

    std::printf("\n| input (the mix's, then the tests') | the app | libphonenumber |\n|---|---|---|\n");
    int differ = 0;
    for (const QString &text : mix) {
        const PhoneNumber::Parsed own = PhoneNumber::parse(text);
        const PhoneNumber::Parsed lib = parseWithLibphonenumber(text);
        if (!same(own, lib) && ++differ <= 10)
            std::printf("| `%s` | %s | %s |\n", qPrintable(text), qPrintable(describe(own)),
                qPrintable(describe(lib)));
    }
    for (const char16_t *input : testInputs) {
        const QString text = QString::fromUtf16(input);
        const PhoneNumber::Parsed own = PhoneNumber::parse(text);
        const PhoneNumber::Parsed lib = parseWithLibphonenumber(text);
        if (!same(own, lib))
            std::printf("| `%s` | %s | %s |\n", qPrintable(text), qPrintable(describe(own)),
                qPrintable(describe(lib)));
    }
    std::printf(
        "\nThe mix: %d of %lld numbers read differently.\n", differ, static_cast<long long>(mix.size()));
#endif
    return 0;
}
