#include "storage/copy_text.h"

namespace atelier {

namespace copy_text {

void append(QByteArray &line, Value value)
{
    if (!value) {
        line += "\\N";
        return;
    }
    for (const char c : *value) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        default:
            line += c;
        }
    }
}

void append(QByteArray &line, QStringView text)
{
    // Till exports are ASCII but for a few names: short ASCII text is narrowed on the stack.
    char ascii[128];
    if (text.size() <= qsizetype(sizeof ascii)) {
        qsizetype size = 0;
        for (const QChar c : text) {
            if (c.unicode() >= 0x80)
                break;
            ascii[size++] = static_cast<char>(c.unicode());
        }
        if (size == text.size()) {
            append(line, Value(QByteArrayView(ascii, size)));
            return;
        }
    }
    append(line, Value(text.toUtf8()));
}

std::vector<std::optional<QByteArray>> split(QByteArrayView line)
{
    std::vector<std::optional<QByteArray>> values;
    QByteArray value;
    bool null = false;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == '\t') {
            values.push_back(null ? std::nullopt : std::optional<QByteArray>(value));
            value.clear();
            null = false;
            continue;
        }
        if (line[i] != '\\' || i + 1 == line.size()) {
            value += line[i];
            continue;
        }
        const char escaped = line[++i];
        switch (escaped) {
        case 'N':
            null = true;
            break;
        case 't':
            value += '\t';
            break;
        case 'n':
            value += '\n';
            break;
        case 'r':
            value += '\r';
            break;
        case 'b':
            value += '\b';
            break;
        case 'f':
            value += '\f';
            break;
        case 'v':
            value += '\v';
            break;
        default: // a backslash before any other character stands for that character
            value += escaped;
        }
    }
    return values;
}

} // namespace copy_text

TableDigest::TableDigest()
    : m_hash(QCryptographicHash::Sha256)
{
}

void TableDigest::add(copy_text::Value value)
{
    if (!value) {
        m_hash.addData(QByteArrayView("N;"));
        return;
    }
    m_hash.addData(QByteArray::number(value->size()) + ':');
    m_hash.addData(*value);
    m_hash.addData(QByteArrayView(";"));
}

void TableDigest::endRow()
{
    m_hash.addData(QByteArrayView("\n"));
    ++m_rows;
}

QByteArray TableDigest::sha256Hex() const
{
    return m_hash.result().toHex();
}

} // namespace atelier
