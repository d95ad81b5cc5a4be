#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>
#include <QStringView>

#include <optional>
#include <vector>

namespace atelier {

// PostgreSQL's COPY text format, which a moved store is written and read back in: one row a line,
// values separated by tabs, \N for NULL, and backslash escapes for backslash, tab, newline and
// carriage return inside a value.
namespace copy_text {

using Value = std::optional<QByteArrayView>; // nullopt: NULL

void append(QByteArray &line, Value value);
// The same from UTF-16 text (never NULL), without a temporary copy when the text is ASCII.
void append(QByteArray &line, QStringView text);
// One line (without its newline) split into its values, unescaped.
std::vector<std::optional<QByteArray>> split(QByteArrayView line);

} // namespace copy_text

// How a column's values are rendered to be compared between the two backends: integers as digits,
// doubles with 17 significant digits (so that equal doubles give equal text and different ones
// differ), text as its UTF-8 bytes.
enum class ValueKind
{
    Integer,
    Real,
    Text,
};

// The rows of one table, counted and hashed (SHA-256) value by value in the order they are given:
// NULL is distinct from '' and a value's length is hashed with it, so no two different tables give
// the same input to the hash.
class TableDigest
{
public:
    TableDigest();
    void add(copy_text::Value value);
    void endRow();
    qint64 rows() const { return m_rows; }
    QByteArray sha256Hex() const;

private:
    QCryptographicHash m_hash;
    qint64 m_rows = 0;
};

} // namespace atelier
