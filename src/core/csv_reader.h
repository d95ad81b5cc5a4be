#pragma once

#include "core/text_encoding.h"

#include <QIODevice>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

namespace atelier {

// Reads RFC 4180 CSV record by record from a device, a chunk at a time, so a file of any size is
// never held in memory whole: quoted fields may hold the delimiter, doubled quotes and line breaks;
// lines may end in LF, CRLF or CR; blank lines are skipped; a byte-order mark is dropped.
class CsvReader
{
public:
    CsvReader(QIODevice &device, TextEncoding encoding, QChar delimiter = u',');

    // The next record into `fields`; false at the end of the file.
    bool next(QStringList &fields);
    // The physical line (1-based) on which the record last returned by next() starts: what a text
    // editor shows, even when earlier fields held line breaks.
    qint64 lineNumber() const { return m_recordLine; }
    // Whether the last record ended inside an open quote at the end of the file.
    bool unterminatedQuote() const { return m_unterminated; }
    // Bytes taken from the device so far, for a progress bar.
    qint64 bytesRead() const { return m_bytesRead; }

    // The likeliest delimiter of a header line: the most frequent of comma, semicolon, tab and pipe
    // outside quotes (a tab first on a tie, then a comma); comma when none occurs.
    static QChar sniffDelimiter(const QString &firstLine);
    // The same for the start of a file as read from disk (UTF-16 too): its first line decoded in
    // `encoding`.
    static QChar sniffDelimiter(const QByteArray &head, TextEncoding encoding);

private:
    bool fill();

    QIODevice &m_device;
    QStringDecoder m_decoder;
    QChar m_delimiter;
    TextEncoding m_encoding;
    QByteArray m_heldBack; // what the next read may complete: a cut UTF-8 character, a GB18030 line's start
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_atEnd = false;
    bool m_started = false;
    bool m_unterminated = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;
};

} // namespace atelier
