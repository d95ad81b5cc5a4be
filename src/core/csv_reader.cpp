#include "core/csv_reader.h"

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
    if (encoding == TextEncoding::Utf8)
        return QStringDecoder(QStringDecoder::Utf8);
    return QStringDecoder("GB18030");
}

} // namespace

CsvReader::CsvReader(QIODevice &device, TextEncoding encoding, QChar delimiter)
    : m_device(device)
    , m_decoder(decoderFor(encoding))
    , m_delimiter(delimiter)
{
}

// Keeps the unread rest of the buffer and appends the next decoded chunk; false at the end.
bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    const QByteArray bytes = m_device.read(chunkBytes);
    m_bytesRead += bytes.size();
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    if (bytes.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    m_buffer += m_decoder.decode(bytes);
    if (!m_started) {
        m_started = true;
        if (m_buffer.startsWith(QChar(0xFEFF)))
            m_buffer.remove(0, 1);
    }
    return true;
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
    static constexpr std::array<char16_t, 4> candidates{u',', u';', u'\t', u'|'};
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
    std::size_t best = 0;
    for (std::size_t i = 1; i < candidates.size(); ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return QChar(candidates[best]);
}

QChar CsvReader::sniffDelimiter(const QByteArray &head, TextEncoding encoding)
{
    const qsizetype end = head.indexOf('\n');
    QStringDecoder decoder = decoderFor(encoding);
    return sniffDelimiter(decoder.decode(end < 0 ? head : head.left(end)));
}

} // namespace atelier
