#include "core/csv_reader.h"

#include <algorithm>
#include <array>

namespace atelier {

namespace {

constexpr qint64 chunkBytes = 256 * 1024;

// How many characters from `from` on need no attention: no line break, no quote, and (outside quotes)
// no delimiter.
qsizetype plainRun(const QString &buffer, qsizetype from, char16_t stop, bool quoted)
{
    const QChar *data = buffer.constData();
    const qsizetype size = buffer.size();
    qsizetype end = from;
    while (end < size) {
        const char16_t c = data[end].unicode();
        if (c == u'\n' || c == u'\r' || c == u'"' || (!quoted && c == stop))
            break;
        ++end;
    }
    return end - from;
}

QStringDecoder decoderFor(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        break;
    case TextEncoding::Gb18030:
        // Stateless for the same reason as UTF-8 below; the reader holds back a line's start itself.
        return QStringDecoder(
            "GB18030", QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    case TextEncoding::Utf16Le:
        return QStringDecoder(QStringDecoder::Utf16LE);
    case TextEncoding::Utf16Be:
        return QStringDecoder(QStringDecoder::Utf16BE);
    }
    // Stateless: what the decoder kept between two calls was the trouble (see unfinishedUtf8); the reader
    // holds back a cut character itself. ConvertInitialBom: a stateless decoder would otherwise drop a
    // U+FEFF at the start of every read, and the reader removes the file's own mark.
    return QStringDecoder(
        QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
}

// How many bytes at the end of `bytes` are the start of a UTF-8 character that the next read may
// complete: a lead byte C2-F4 followed by fewer continuation bytes than it needs. Held back and put
// before the next read, the decoder sees every such sequence in one call. Qt 6.4's decoder, keeping a
// broken start between calls, dropped the byte after it (a delimiter, a quote, the start of the next
// character); C0, C1 and F5-FF start nothing, so they are never held back.
qsizetype unfinishedUtf8(const QByteArray &bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype back = 1; back <= 3 && back <= n; ++back) {
        const auto c = static_cast<unsigned char>(bytes.at(n - back));
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for its start
        const qsizetype length = c >= 0xC2 && c <= 0xDF ? 2
            : c >= 0xE0 && c <= 0xEF                    ? 3
            : c >= 0xF0 && c <= 0xF4                    ? 4
                                                        : 1;
        return length > back ? back : 0;
    }
    return 0;
}

// How many bytes at the end of a GB18030 read come after its last line break. A character of GB18030 may
// be cut anywhere and its bytes do not say where it starts, but no character holds a CR or LF byte, so a
// read cut after one is whole. Qt 6.4's converter (ICU), keeping a cut character between calls and never
// told that the file ended, lost the rest of the file after a broken one. A line longer than
// longestHeldLine is decoded as it comes, where a character cut by a read may be lost.
qsizetype afterLastLineBreak(const QByteArray &bytes)
{
    constexpr qsizetype longestHeldLine = 1024 * 1024;
    const qsizetype lf = bytes.lastIndexOf('\n');
    const qsizetype cr = bytes.lastIndexOf('\r');
    const qsizetype lastBreak = std::max(lf, cr);
    if (lastBreak >= 0)
        return bytes.size() - lastBreak - 1;
    return bytes.size() < longestHeldLine ? bytes.size() : 0;
}

} // namespace

CsvReader::CsvReader(QIODevice &device, TextEncoding encoding, QChar delimiter)
    : m_device(device)
    , m_decoder(decoderFor(encoding))
    , m_delimiter(delimiter)
    , m_encoding(encoding)
{
}

// Keeps the unread rest of the buffer and appends the next decoded text; false at the end. Reads on
// while a read decodes to nothing (a file whose last read is the first byte of a character).
bool CsvReader::fill()
{
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    while (!m_atEnd) {
        QByteArray bytes = m_device.read(chunkBytes);
        m_bytesRead += bytes.size();
        m_atEnd = bytes.isEmpty();
        bytes.prepend(m_heldBack);
        m_heldBack.clear();
        const bool utf8 = m_encoding == TextEncoding::Utf8;
        if (!m_atEnd && (utf8 || m_encoding == TextEncoding::Gb18030)) {
            const qsizetype held = utf8 ? unfinishedUtf8(bytes) : afterLastLineBreak(bytes);
            m_heldBack = bytes.right(held);
            bytes.chop(held);
        }
        // At the end, a character cut short is no text, and makes no record (the GB18030 converter, being
        // stateless, drops it as well).
        if (m_atEnd && utf8)
            bytes.clear();
        const QString text = m_decoder.decode(bytes);
        if (text.isEmpty())
            continue;
        m_buffer += text;
        if (!m_started) {
            m_started = true;
            if (m_buffer.startsWith(QChar(0xFEFF)))
                m_buffer.remove(0, 1);
        }
        if (m_pos < m_buffer.size())
            return true;
    }
    return false;
}

bool CsvReader::next(QStringList &fields)
{
    // The strings of `fields` are refilled in place: a file's rows have the same number of fields, so
    // after the first row reading allocates nothing (unless the caller kept copies of the fields).
    qsizetype count = 0; // fields started so far
    auto slot = [&fields, &count]() -> QString & {
        if (count == fields.size())
            fields.append(QString());
        QString &f = fields[count++];
        f.resize(0);
        return f;
    };
    auto finish = [&fields, &count]() {
        if (fields.size() > count)
            fields.resize(count);
    };
    m_unterminated = false;
    QString *field = nullptr; // set when the record starts
    bool quoted = false; // inside a quoted field
    bool fieldWasQuoted = false;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (!field) {
                fields.clear();
                return false;
            }
            m_unterminated = quoted;
            finish();
            return true;
        }
        const QChar c = m_buffer.at(m_pos);
        if (!field) {
            if (c == u'\n' || c == u'\r') { // blank line between records
                ++m_pos;
                // A \r that ends a read: its \n, if any, is in the next one (one line, not two).
                if (c == u'\r' && m_pos >= m_buffer.size())
                    fill();
                if (c == u'\n' || m_pos >= m_buffer.size() || m_buffer.at(m_pos) != u'\n')
                    ++m_line;
                continue;
            }
            field = &slot();
            m_recordLine = m_line;
        }
        // Ordinary characters are taken as one run: most of a file is nothing else.
        const qsizetype run = plainRun(m_buffer, m_pos, quoted ? u'"' : m_delimiter.unicode(), quoted);
        if (run > 0) {
            field->append(m_buffer.constData() + m_pos, run);
            m_pos += run;
            continue;
        }
        ++m_pos;
        if (quoted) {
            if (c == u'"') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == u'"') {
                    *field += u'"';
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++m_line;
                else if (c == u'\r') {
                    if (m_pos >= m_buffer.size())
                        fill();
                    if (m_pos >= m_buffer.size() || m_buffer.at(m_pos) != u'\n')
                        ++m_line;
                }
                *field += c;
            }
            continue;
        }
        if (c == m_delimiter) {
            field = &slot();
            fieldWasQuoted = false;
        } else if (c == u'"' && field->isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == u'\n')
                    ++m_pos;
            }
            ++m_line;
            finish();
            return true;
        } else {
            *field += c;
        }
    }
}

QChar CsvReader::sniffDelimiter(const QString &firstLine)
{
    // In order of preference on a tie: a tab-separated header ("Unicode Text" from Excel) may hold an
    // unquoted comma in a column name ("价格(元, 含税)"), a comma-separated one hardly ever a tab.
    static constexpr std::array<char16_t, 4> candidates{u'\t', u',', u';', u'|'};
    std::array<int, 4> counts{};
    bool quoted = false;
    for (const QChar c : firstLine) {
        if (c == u'"')
            quoted = !quoted;
        if (quoted)
            continue;
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            if (c == QChar(candidates[i]))
                ++counts[i];
        }
    }
    std::size_t best = 1; // a comma when none occurs
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (counts[i] > counts[best] || (counts[i] == counts[best] && counts[i] > 0 && i < best))
            best = i;
    }
    return QChar(candidates[best]);
}

QChar CsvReader::sniffDelimiter(const QByteArray &head, TextEncoding encoding)
{
    // Decoded first, then cut: in UTF-16 a 0x0A byte may be half of another character (上 is 0A 4E).
    QStringDecoder decoder = decoderFor(encoding);
    QString text = decoder.decode(head);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    qsizetype end = 0;
    while (end < text.size() && text.at(end) != u'\n' && text.at(end) != u'\r')
        ++end;
    text.truncate(end);
    return sniffDelimiter(text);
}

} // namespace atelier
