#pragma once

#include <QByteArray>
#include <QIODevice>

namespace atelier::fuzz {

// A read-only device over bytes in memory that hands out at most `step` bytes a read, as a pipe or a
// slow USB stick may: a reader's chunk boundaries then fall inside a line ending, a quoted field or a
// character's bytes even for the fuzzer's short inputs.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(QByteArray bytes, qint64 step);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_bytes;
    qint64 m_step;
    qint64 m_pos = 0;
};

} // namespace atelier::fuzz
