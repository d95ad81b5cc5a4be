#include "support/temp_store.h"

#include <QTimeZone>

#include <stdexcept>

namespace atelier::testing {

TempStore::TempStore()
    : m_location(m_dir.path())
    , m_clock(QDateTime(QDate(2026, 6, 15), QTime(10, 0), QTimeZone(8 * 3600)))
    , m_store(std::make_unique<Store>(&m_clock))
{
    if (!m_store->open(path()))
        throw std::runtime_error(m_store->errorString().toStdString());
}

QString TempStore::path() const
{
    return m_location.text();
}

} // namespace atelier::testing
