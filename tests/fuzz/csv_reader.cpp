// The CSV reader as an import uses it: the encoding detected from the file's start, the delimiter sniffed
// from its first line, then every record. The same bytes read through a device that hands out a few
// bytes at a time must give the same records: a real file larger than the reader's chunk has its chunk
// boundaries inside line endings, quoted fields and characters, which short fuzz inputs never reach.
#include "core/csv_reader.h"
#include "core/text_encoding.h"
#include "support/fuzz_input.h"
#include "support/trickle_device.h"

#include <QBuffer>
#include <QList>
#include <QRegularExpression>

#include <algorithm>

using namespace atelier;

namespace {

struct Record
{
    qint64 line = 0;
    QStringList fields;
    bool unterminated = false;
    bool operator==(const Record &) const = default;
};

QList<Record> readAll(QIODevice &device, TextEncoding encoding, QChar delimiter, qint64 size)
{
    CsvReader reader(device, encoding, delimiter);
    QList<Record> records;
    QStringList fields;
    qint64 lastLine = 0;
    while (reader.next(fields)) {
        FUZZ_CHECK(reader.lineNumber() > lastLine, fields.join(u'|'));
        lastLine = reader.lineNumber();
        records.append({reader.lineNumber(), fields, reader.unterminatedQuote()});
    }
    FUZZ_CHECK(reader.bytesRead() == size, QString::number(reader.bytesRead()));
    return records;
}

// How many replacement characters a broken byte sequence becomes depends on where the reads cut it
// (Qt 6.4's decoder; tests/core/csv_chunk_boundary_test.cpp): a run of them counts as one. Delimiters,
// quotes, line breaks and every real character must still come out the same.
QList<Record> withRunsOfReplacement(QList<Record> records)
{
    static const QRegularExpression run(QStringLiteral("\\x{FFFD}+"));
    for (Record &r : records) {
        for (QString &field : r.fields)
            field.replace(run, QString(QChar(QChar::ReplacementCharacter)));
    }
    return records;
}

QString describe(const QList<Record> &records)
{
    QStringList lines;
    for (const Record &r : records)
        lines << QString::number(r.line) + QStringLiteral(": ") + r.fields.join(u'|')
                + (r.unterminated ? QStringLiteral(" (open)") : QString());
    return lines.join(u'\n');
}

void readBothWays(const QByteArray &bytes, TextEncoding encoding, QChar delimiter, qint64 step)
{
    QBuffer whole;
    whole.setData(bytes);
    whole.open(QIODevice::ReadOnly);
    const QList<Record> atOnce = readAll(whole, encoding, delimiter, bytes.size());
    fuzz::TrickleDevice trickle(bytes, step);
    const QList<Record> trickled = readAll(trickle, encoding, delimiter, bytes.size());
    FUZZ_CHECK(withRunsOfReplacement(atOnce) == withRunsOfReplacement(trickled),
        describe(atOnce) + QStringLiteral("\n-- read a few bytes at a time --\n") + describe(trickled));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    const QByteArray head = bytes.left(TextEncodings::sniffBytes);
    const EncodingGuess guess = TextEncodings::detect(head);
    if (guess.binary)
        return 0; // the import refuses the file before reading it
    // At least 4 bytes a read: a byte-order mark always arrives in one piece, as from any real file. About
    // half the file a read, so two or three boundaries land anywhere the first byte and the size put
    // them: each read costs the reader a buffer of its full chunk, which ASan maps and unmaps.
    const qint64 step = std::max<qint64>(4, qint64(size) / 2 + (size > 0 ? data[0] % 29 : 0) - 14);
    readBothWays(bytes, guess.encoding, CsvReader::sniffDelimiter(head, guess.encoding), step);

    // The clerk may pick the encoding and the delimiter in the import's preview.
    static const QString names[] = {QStringLiteral("utf-8"), QStringLiteral("gb18030")};
    static constexpr char16_t delimiters[] = {u',', u';', u'\t', u'|'};
    const std::size_t pick = size > 1 ? data[1] : 0;
    if (const auto chosen = TextEncodings::fromName(names[pick % std::size(names)])) {
        QBuffer whole;
        whole.setData(bytes);
        whole.open(QIODevice::ReadOnly);
        readAll(whole, *chosen, QChar(delimiters[(pick / 2) % std::size(delimiters)]), bytes.size());
    }
    return 0;
}
