#include "core/csv_writer.h"

namespace atelier {

CsvWriter::CsvWriter(QIODevice &device)
    : m_device(device)
{
}

void CsvWriter::writeByteOrderMark()
{
    if (m_device.write("\xEF\xBB\xBF", 3) != 3)
        m_error = true;
}

QString CsvWriter::quoted(const QString &field)
{
    const bool needsQuotes
        = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

void CsvWriter::writeRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += quoted(fields.at(i));
    }
    line += QStringLiteral("\r\n");
    const QByteArray bytes = line.toUtf8();
    if (m_device.write(bytes) != bytes.size())
        m_error = true;
}

} // namespace atelier
