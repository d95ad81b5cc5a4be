// The prediction summary file (atelier-cli predict --summary), read as from disk, and each customer it
// keeps put through the models' per-customer formulas with the published CDNOW parameters. A row kept
// obeys the rules the file's reader promises (see core/summary_file.h); no row is both kept and left out.
#include "core/summary_file.h"
#include "core/bg_nbd.h"
#include "core/gamma_gamma.h"
#include "support/fuzz_input.h"

#include <QBuffer>
#include <QSet>

#include <cmath>

using namespace atelier;

namespace {

void checkRow(const SummaryRow &row, bool hasSpend)
{
    const RepeatSummary &r = row.repeat;
    const QString id = row.id;
    FUZZ_CHECK(!id.isEmpty() && std::isfinite(r.x) && std::isfinite(r.tx) && std::isfinite(r.T), id);
    FUZZ_CHECK(r.x >= 0 && r.x == std::floor(r.x) && r.tx >= 0 && r.tx <= r.T, id);
    FUZZ_CHECK((r.x > 0) == (r.tx > 0), id);
    FUZZ_CHECK(row.spend.x == r.x && std::isfinite(row.spend.zbar) && row.spend.zbar >= 0, id);
    if (hasSpend && r.x > 0)
        FUZZ_CHECK(row.spend.zbar > 0, id);

    // The models' answers may be anything for absurd rows; they must only be computed without a
    // sanitizer report.
    static constexpr BgNbdParameters cdnow{0.243, 4.414, 0.793, 2.426};
    static constexpr GammaGammaParameters cdnowSpend{6.25, 3.74, 15.44};
    (void)BgNbd::logLikelihood(cdnow, r);
    (void)BgNbd::probabilityAlive(cdnow, r);
    (void)BgNbd::expectedPurchases(cdnow, r, 39);
    if (r.x > 0)
        (void)GammaGamma::expectedAverageValue(cdnowSpend, row.spend);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QBuffer file;
    file.setData(fuzz::bytes(data, size));
    file.open(QIODevice::ReadOnly);
    const SummaryFileContents contents = SummaryFile::read(file);
    if (!contents.ok()) {
        FUZZ_CHECK(contents.rows.empty() && contents.rejected.empty(), contents.error);
        return 0;
    }
    QSet<QString> ids;
    QSet<qint64> lines;
    qint64 lastLine = 1; // the header's
    for (const SummaryRow &row : contents.rows) {
        checkRow(row, contents.hasSpend);
        FUZZ_CHECK(!ids.contains(row.id) && row.line > lastLine, row.id);
        ids.insert(row.id);
        lines.insert(row.line);
        lastLine = row.line;
    }
    for (const RejectedSummaryRow &rejected : contents.rejected)
        FUZZ_CHECK(!rejected.reason.isEmpty() && rejected.line > 1 && !lines.contains(rejected.line),
            rejected.reason);
    return 0;
}
