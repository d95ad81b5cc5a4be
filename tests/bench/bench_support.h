#pragma once

#include "core/read_result.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <functional>

namespace atelier {
class Store;
}

namespace atelier::bench {

// Opens the demo store at `path`, generating a 100 000-customer store (seed 1) first when the
// file does not exist, so a benchmark can run on a fresh machine with one command.
// A PostgreSQL location (a libpq URI) is opened as it is. Exits the process with a message when the
// store cannot be opened.
void openDemoStore(Store &store, const QString &path);

double median(QList<double> values);
// Milliseconds since the timer started, to the microsecond.
inline double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}
// A benchmark measures reads that work; a failed one stops it with its sentence.
template <typename T> T readValue(ReadResult<T> result)
{
    if (!result.ok()) {
        std::fprintf(stderr, "read failed: %s\n", qPrintable(result.error));
        std::exit(1);
    }
    return std::move(*result.value);
}
// The p-th percentile (0..100), nearest rank.
double percentile(QList<double> values, double p);
// Runs `read` `runs` times and prints a markdown row: what, the rows it returned, the median and the
// worst time.
void printTimes(const char *what, const std::function<int()> &read, int runs = 5);

} // namespace atelier::bench
