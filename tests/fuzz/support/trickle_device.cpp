#include "support/trickle_device.h"

#include <algorithm>
#include <cstring>

namespace atelier::fuzz {

TrickleDevice::TrickleDevice(QByteArray bytes, qint64 step)
    : m_bytes(std::move(bytes))
    , m_step(std::max<qint64>(step, 1))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 TrickleDevice::bytesAvailable() const
{
    return m_bytes.size() - m_pos + QIODevice::bytesAvailable();
}

qint64 TrickleDevice::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min({maxSize, m_step, m_bytes.size() - m_pos});
    if (n <= 0)
        return 0; // the end: QIODevice::read() then gives an empty array
    std::memcpy(data, m_bytes.constData() + m_pos, static_cast<std::size_t>(n));
    m_pos += n;
    return n;
}

qint64 TrickleDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace atelier::fuzz
