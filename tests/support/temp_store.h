#pragma once

#include "core/clock.h"
#include "services/store.h"
#include "support/test_location.h"

#include <QTemporaryDir>

#include <memory>

namespace atelier::testing {

// A store on a fresh database (a file in a temporary folder, or a database of its own on the PostgreSQL
// test server: see test_location.h), with a clock the test can move.
// Default "now": 2026-06-15 10:00 +08:00.
class TempStore
{
public:
    TempStore();
    Store &store() { return *m_store; }
    FixedClock &clock() { return m_clock; }
    QString path() const;
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    TestLocation m_location;
    FixedClock m_clock;
    std::unique_ptr<Store> m_store;
};

} // namespace atelier::testing
