#pragma once

#include <QList>
#include <QString>

namespace atelier {
class Store;
}

namespace atelier::bench {

// Opens the demo store at `path`, generating a 100 000-customer store (seed 1) first when the
// file does not exist, so a benchmark can run on a fresh machine with one command.
// Exits the process with a message when the store cannot be opened.
void openDemoStore(Store &store, const QString &path);

double median(QList<double> values);
// The p-th percentile (0..100), nearest rank.
double percentile(QList<double> values, double p);

} // namespace atelier::bench
