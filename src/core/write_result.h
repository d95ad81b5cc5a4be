#pragma once

#include <QString>

#include <utility>

namespace atelier {

// A write across the service boundary that gives back nothing but whether it happened: done, or a
// sentence for people saying why nothing was written (the service has logged the detail). Writes
// that give back a value have their own result (SaveResult, SaleResult, HandoverResult).
struct WriteResult
{
    bool done = false;
    QString error; // set when nothing was written
    bool ok() const { return done; }

    static WriteResult success() { return {true, {}}; }
    static WriteResult failure(QString error) { return {false, std::move(error)}; }
};

} // namespace atelier
