#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace atelier {

// The values of an imported till export, as people's spreadsheets write them. Each reader returns
// false with a reason (in the UI language) the clerk can act on when the text cannot be taken.
// They read views and allocate nothing for the usual spellings: an import reads half a million rows.
class ImportValues
{
    Q_DECLARE_TR_FUNCTIONS(ImportValues)
public:
    // "1,234.50", "¥1234.5", "1234.50元", "£2.55", "$3", "-5": to fen (or pence: the file's currency
    // is taken as it is). At most two decimals that are not zero; no scientific notation.
    static bool money(QStringView text, qint64 &fen, QString &why);
    // A whole number of pieces, signed; "3.0" is 3.
    static bool quantity(QStringView text, int &pieces, QString &why);
    // "2011-12-09 08:50[:00]", "12/9/2011 8:50" (month first, as the US Excel writes it) and
    // "2011/12/09 [08:50]"; a missing time is midnight. Read as wall-clock time at `offsetSeconds`
    // ahead of UTC (the store's zone).
    static bool dateTime(QStringView text, int offsetSeconds, QDateTime &at, QString &why);
    // A phone for matching customers: normalised digits. "1.38E+10" is refused: Excel turned the number
    // into a float and the last digits are gone.
    static bool phone(QStringView text, QString &digits, QString &why);
    // A till's customer number: "17850.0" (a number column saved by Excel) is "17850".
    static bool externalId(QStringView text, QString &id, QString &why);
    static bool isScientific(QStringView text);
};

} // namespace atelier
