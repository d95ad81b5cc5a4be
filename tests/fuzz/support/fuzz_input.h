#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

// What the fuzz targets share: the fuzzer's bytes as the values a target needs, and a check that stops
// the run (so libFuzzer keeps the input as a crash) when a promise of the code under test is broken.
namespace atelier::fuzz {

QByteArray bytes(const std::uint8_t *data, std::size_t size);

// The bytes read as UTF-8, as a file or a text box hands them over (a broken sequence becomes U+FFFD).
QString text(const std::uint8_t *data, std::size_t size);

// The text cut at each line feed into exactly `count` parts (the last takes the rest, missing parts are
// empty): one input feeds several arguments, and the seeds stay readable text files.
QStringList parts(const std::uint8_t *data, std::size_t size, int count);

// Prints what was promised and the value that broke it, then aborts.
[[noreturn]] void broken(const char *promise, const QString &value);

} // namespace atelier::fuzz

// A promise the code under test makes; a broken one is a crash libFuzzer keeps.
#define FUZZ_CHECK(condition, value)                                                                         \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::atelier::fuzz::broken(#condition, (value));                                                    \
    } while (false)
