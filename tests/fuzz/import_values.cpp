// The readers of a till export's values (money, quantity, date and time, phone, customer number), each
// given the same field. Beside not crashing they keep their promises: a refusal always says why, an
// amount read is an amount the reader reads back the same, a phone read is normalised for good.
#include "core/import_values.h"
#include "core/phone_number.h"
#include "support/fuzz_input.h"

using namespace atelier;

namespace {

void readMoney(const QString &field)
{
    qint64 fen = 0;
    QString why;
    if (!ImportValues::money(field, fen, why)) {
        FUZZ_CHECK(!why.isEmpty(), field);
        return;
    }
    FUZZ_CHECK(why.isEmpty(), field);
    // Twelve digits of yuan at most: far from overflowing, and written plainly it reads back the same.
    FUZZ_CHECK(fen > -100'000'000'000'000 && fen < 100'000'000'000'000, field);
    const qint64 size = fen < 0 ? -fen : fen;
    const QString plain = QString::fromLatin1(fen < 0 ? "-%1.%2" : "%1.%2")
                              .arg(size / 100)
                              .arg(size % 100, 2, 10, QLatin1Char('0'));
    qint64 again = 0;
    FUZZ_CHECK(ImportValues::money(plain, again, why) && again == fen, field + QStringLiteral(" → ") + plain);
}

void readQuantity(const QString &field)
{
    int pieces = 0;
    QString why;
    if (!ImportValues::quantity(field, pieces, why)) {
        FUZZ_CHECK(!why.isEmpty(), field);
        return;
    }
    FUZZ_CHECK(pieces >= -1'000'000 && pieces <= 1'000'000, field);
}

void readDateTime(const QString &field)
{
    QDateTime at;
    QString why;
    constexpr int beijing = 8 * 3600;
    if (!ImportValues::dateTime(field, beijing, at, why)) {
        FUZZ_CHECK(!why.isEmpty(), field);
        return;
    }
    FUZZ_CHECK(at.isValid() && at.offsetFromUtc() == beijing, field);
    FUZZ_CHECK(at.date().year() >= 0 && at.date().year() <= 9999, field);
}

void readPhone(const QString &field)
{
    QString digits;
    QString why;
    if (!ImportValues::phone(field, digits, why)) {
        FUZZ_CHECK(!why.isEmpty(), field);
        return;
    }
    FUZZ_CHECK(!digits.isEmpty(), field);
    for (const QChar c : digits)
        FUZZ_CHECK(c >= u'0' && c <= u'9', field + QStringLiteral(" → ") + digits);
    const PhoneNumber::Parsed again = PhoneNumber::parse(digits);
    FUZZ_CHECK(again.ok() && again.digits == digits, field + QStringLiteral(" → ") + digits);
}

void readExternalId(const QString &field)
{
    QString id;
    QString why;
    if (!ImportValues::externalId(field, id, why)) {
        FUZZ_CHECK(!why.isEmpty() && ImportValues::isScientific(field), field);
        return;
    }
    FUZZ_CHECK(field.contains(id), field + QStringLiteral(" → ") + id);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString field = fuzz::text(data, size);
    readMoney(field);
    readQuantity(field);
    readDateTime(field);
    readPhone(field);
    readExternalId(field);
    return 0;
}
