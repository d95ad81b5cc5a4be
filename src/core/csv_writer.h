#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace atelier {

// RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted and quotes doubled; lines end
// with CRLF. UTF-8, with a byte-order mark when asked, so Excel on a Chinese Windows reads it.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice &device);

    void writeByteOrderMark();
    void writeRow(const QStringList &fields);
    bool hasError() const { return m_error; }

    static QString quoted(const QString &field);

private:
    QIODevice &m_device;
    bool m_error = false;
};

} // namespace atelier
