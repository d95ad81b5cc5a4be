// The phone normaliser, with what the rest of the program relies on: a number it accepts is plain ASCII
// digits of a mobile's or a landline's shape, reads back as itself (also as printed on a card), and its
// masked forms hide digits without changing the length. The second line of the input is what a clerk
// typed in the counter search.
#include "core/phone_number.h"
#include "support/fuzz_input.h"

using namespace atelier;

namespace {

bool asciiDigits(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

void checkAccepted(const QString &input, const PhoneNumber::Parsed &parsed, const QString &typed)
{
    const QString &digits = parsed.digits;
    FUZZ_CHECK(asciiDigits(digits), input + QStringLiteral(" → ") + digits);
    if (parsed.kind == PhoneNumber::Kind::Mobile)
        FUZZ_CHECK(digits.size() == 11 && digits.at(0) == u'1' && digits.at(1) >= u'3',
            input + QStringLiteral(" → ") + digits);
    else
        FUZZ_CHECK(digits.size() >= 10 && digits.size() <= 12 && digits.at(0) == u'0',
            input + QStringLiteral(" → ") + digits);

    const PhoneNumber number = PhoneNumber::fromParsed(parsed);
    FUZZ_CHECK(number.isValid() && number.digits() == digits, input);
    for (const QString &again : {digits, number.formatted()}) {
        const PhoneNumber::Parsed reread = PhoneNumber::parse(again);
        FUZZ_CHECK(reread.ok() && reread.digits == digits && reread.kind == parsed.kind, again);
    }
    const QString masked = number.masked();
    FUZZ_CHECK(masked.size() == digits.size() && masked.contains(u'*') && masked.right(4) == digits.right(4),
        digits + QStringLiteral(" → ") + masked);
    const QString showing = PhoneNumber::maskShowing(digits, typed);
    FUZZ_CHECK(showing.size() == digits.size(),
        digits + QStringLiteral(" / ") + typed + QStringLiteral(" → ") + showing);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QStringList lines = fuzz::parts(data, size, 2);
    const QString &input = lines.at(0);
    const QString typed = PhoneNumber::digitsOnly(lines.at(1));
    FUZZ_CHECK(asciiDigits(typed), lines.at(1));

    const PhoneNumber::Parsed parsed = PhoneNumber::parse(input);
    if (parsed.ok())
        checkAccepted(input, parsed, typed);
    else
        FUZZ_CHECK(!PhoneNumber::problemText(parsed.problem).isEmpty() && parsed.digits.isEmpty(), input);
    return 0;
}
