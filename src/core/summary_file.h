#pragma once

#include "core/bg_nbd.h"
#include "core/gamma_gamma.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <vector>

namespace atelier {

// One customer of a summary file, as the models read it.
struct SummaryRow
{
    qint64 line = 0;
    QString id; // as written in the file
    RepeatSummary repeat;
    SpendSummary spend; // zbar 0 when the file has no zbar column or x = 0
};

// A row left out, with the physical line it starts on and why, in words.
struct RejectedSummaryRow
{
    qint64 line = 0;
    QString reason;
};

struct SummaryFileContents
{
    std::vector<SummaryRow> rows; // the good rows, in file order
    std::vector<RejectedSummaryRow> rejected;
    bool hasSpend = false; // the file has the fifth column, zbar
    QString error; // the file as a whole cannot be read (nothing in rows then)
    bool ok() const { return error.isEmpty(); }
};

// Per-customer summaries from elsewhere (another shop's till, the published CDNOW sample), for
// fitting the models without a store: a CSV whose first row is the header
//   id,x,t_x,T[,zbar]   (or CDNOW's ID,frequency,recency,T — names compared without case)
// then one customer a row: x repeat purchases (a whole number), t_x the time of the last one and T
// the age, both from the first purchase in the unit the fit is asked for, and z̄ the mean value of
// the repeat purchases. Encoding (UTF-8 or GB18030) and delimiter are detected as for imports.
//
// A bad row is left out with its line and reason, the good rows are kept: a field that is not a
// number, x, t_x or T negative, x not whole, t_x after T, x > 0 with t_x = 0 (purchases on the first
// day count as that one purchase, so a repeat purchase at time 0 cannot happen), x = 0 with t_x > 0
// (no repeat purchase has no time), with a zbar column: z̄ missing, zero or negative for x > 0 or
// negative for x = 0, an id seen before (the later row, naming the first one's line), and a row with
// another number of fields than the header.
class SummaryFile
{
    Q_DECLARE_TR_FUNCTIONS(SummaryFile)
public:
    static SummaryFileContents read(const QString &path);
    static SummaryFileContents read(QIODevice &device);
};

} // namespace atelier
