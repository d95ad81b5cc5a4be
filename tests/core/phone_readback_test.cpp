// Found by fuzzing (tests/fuzz/phone_number.cpp, docs/fuzzing.md): a number the normaliser accepts is
// stored as its digits, and those digits must be accepted again as the same number (the counter search,
// a re-import and the card's edit form read them back).
#include "core/phone_number.h"

#include <catch2/catch.hpp>

using namespace atelier;

// "0086 0086 …" lost only its first 0086 and was taken as a landline with the area code 0086, whose
// digits then read back as +86 and were refused as too short.
TEST_CASE("a doubled country prefix is not taken for an area code", "[core][phone][fuzz]")
{
    for (const QString &typed : {QStringLiteral("00860086-1380000"), QStringLiteral("0086 0086 138 0000")}) {
        const PhoneNumber::Parsed parsed = PhoneNumber::parse(typed);
        if (!parsed.ok())
            continue; // refused: nothing is stored
        const PhoneNumber::Parsed again = PhoneNumber::parse(parsed.digits);
        CHECK(again.ok());
        CHECK(again.digits == parsed.digits);
    }
}
