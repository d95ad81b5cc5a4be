#include "support/fuzz_input.h"

#include <cstdio>
#include <cstdlib>

namespace atelier::fuzz {

QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

QString text(const std::uint8_t *data, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

QStringList parts(const std::uint8_t *data, std::size_t size, int count)
{
    QStringList result = text(data, size).split(u'\n');
    if (result.size() > count) {
        const QString rest = result.mid(count - 1).join(u'\n');
        result.resize(count - 1);
        result.append(rest);
    }
    while (result.size() < count)
        result.append(QString());
    return result;
}

void broken(const char *promise, const QString &value)
{
    std::fprintf(stderr, "Broken promise: %s\nValue: \"%s\"\n", promise, value.toUtf8().constData());
    std::abort();
}

} // namespace atelier::fuzz
