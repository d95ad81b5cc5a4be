#include "core/summary_file.h"

#include "core/csv_reader.h"
#include "core/text_encoding.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>

#include <array>
#include <cmath>
#include <optional>

namespace atelier {

namespace {

// The names each column may have: ours first, then CDNOW's and the `lifetimes` package's.
const std::array<QStringList, 5> &columnNames()
{
    static const std::array<QStringList, 5> names{
        QStringList{QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("customer")},
        QStringList{QStringLiteral("x"), QStringLiteral("frequency")},
        QStringList{QStringLiteral("t_x"), QStringLiteral("recency")},
        QStringList{QStringLiteral("t")},
        QStringList{QStringLiteral("zbar"), QStringLiteral("monetary_value")},
    };
    return names;
}

bool isSummaryHeader(const QStringList &fields)
{
    if (fields.size() != 4 && fields.size() != 5)
        return false;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (!columnNames()[size_t(i)].contains(fields.at(i).trimmed().toLower()))
            return false;
    }
    return true;
}

// Checks one data row; the reason it is bad, or an empty string.
class RowCheck
{
public:
    RowCheck(const QStringList &fields, bool hasSpend)
        : m_fields(fields)
        , m_hasSpend(hasSpend)
    {
    }

    QString check(SummaryRow &row)
    {
        row.id = m_fields.at(0).trimmed();
        if (row.id.isEmpty())
            return SummaryFile::tr("The id is empty.");
        const std::optional<double> x = number(1, QStringLiteral("x"));
        const std::optional<double> tx = number(2, QStringLiteral("t_x"));
        const std::optional<double> T = number(3, QStringLiteral("T"));
        std::optional<double> zbar = 0.0;
        if (m_hasSpend && !m_fields.at(4).trimmed().isEmpty())
            zbar = number(4, QStringLiteral("zbar"));
        if (!m_reason.isEmpty())
            return m_reason;
        if (*x != std::floor(*x))
            return SummaryFile::tr("x counts repeat purchases and must be a whole number, not %1.")
                .arg(m_fields.at(1).trimmed());
        if (*tx > *T)
            return SummaryFile::tr("t_x (%1) is after T (%2): the last purchase cannot come after the end.")
                .arg(m_fields.at(2).trimmed(), m_fields.at(3).trimmed());
        if (*x > 0 && *tx == 0)
            return SummaryFile::tr("x is %1 but t_x is 0: purchases on the first day count as that one "
                                   "purchase, so a repeat purchase cannot be at time 0.")
                .arg(m_fields.at(1).trimmed());
        if (*x == 0 && *tx > 0)
            return SummaryFile::tr("x is 0 but t_x is %1: without a repeat purchase t_x must be 0.")
                .arg(m_fields.at(2).trimmed());
        if (m_hasSpend && *x > 0 && m_fields.at(4).trimmed().isEmpty())
            return SummaryFile::tr("zbar is missing for a customer who bought again (x = %1).")
                .arg(m_fields.at(1).trimmed());
        if (m_hasSpend && *x > 0 && *zbar == 0)
            return SummaryFile::tr("zbar must be more than 0 for a customer who bought again.");
        row.repeat = {*x, *tx, *T};
        row.spend = {*x, *x > 0 ? *zbar : 0.0};
        return {};
    }

private:
    // A finite number of 0 or more, or nullopt with the reason kept (the first one only).
    std::optional<double> number(qsizetype column, const QString &name)
    {
        const QString text = m_fields.at(column).trimmed();
        bool ok = false;
        const double value = QLocale::c().toDouble(text, &ok);
        if (!ok || !std::isfinite(value)) {
            fail(SummaryFile::tr("%1 is not a number: \"%2\".").arg(name, text));
            return std::nullopt;
        }
        if (value < 0) {
            fail(SummaryFile::tr("%1 cannot be negative (%2).").arg(name, text));
            return std::nullopt;
        }
        return value;
    }

    void fail(const QString &reason)
    {
        if (m_reason.isEmpty())
            m_reason = reason;
    }

    const QStringList &m_fields;
    bool m_hasSpend;
    QString m_reason;
};

} // namespace

SummaryFileContents SummaryFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        SummaryFileContents contents;
        contents.error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return contents;
    }
    return read(file);
}

SummaryFileContents SummaryFile::read(QIODevice &device)
{
    SummaryFileContents contents;
    const QByteArray head = device.peek(TextEncodings::sniffBytes);
    const EncodingGuess guess = TextEncodings::detect(head);
    if (!guess.readable()) {
        contents.error = TextEncodings::refusal(guess);
        return contents;
    }
    CsvReader reader(device, guess.encoding, CsvReader::sniffDelimiter(head, guess.encoding));
    QStringList fields;
    if (!reader.next(fields)) {
        contents.error = tr("The file is empty: it needs the header id,x,t_x,T or id,x,t_x,T,zbar.");
        return contents;
    }
    if (!isSummaryHeader(fields)) {
        contents.error = tr("The first row must be the header id,x,t_x,T or id,x,t_x,T,zbar "
                            "(CDNOW's ID,frequency,recency,T also works), not \"%1\".")
                             .arg(fields.join(u','));
        return contents;
    }
    const qsizetype columns = fields.size();
    contents.hasSpend = columns == 5;
    QHash<QString, qint64> firstLine; // the ids kept so far, and where
    while (reader.next(fields)) {
        const qint64 line = reader.lineNumber();
        QString reason;
        SummaryRow row;
        row.line = line;
        if (reader.unterminatedQuote())
            reason = tr("The row ends inside an open quote.");
        else if (fields.size() != columns)
            reason = tr("%1 fields where the header has %2.").arg(fields.size()).arg(columns);
        else
            reason = RowCheck(fields, contents.hasSpend).check(row);
        if (reason.isEmpty()) {
            if (const auto seen = firstLine.constFind(row.id); seen != firstLine.cend())
                reason = tr("The id %1 was already on line %2.").arg(row.id, QString::number(*seen));
        }
        if (!reason.isEmpty()) {
            contents.rejected.push_back({line, reason});
            continue;
        }
        firstLine.insert(row.id, line);
        contents.rows.push_back(row);
    }
    return contents;
}

} // namespace atelier
