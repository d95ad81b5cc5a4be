#pragma once

#include "core/write_result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

namespace atelier {

// Who has the store file to themselves: the app for as long as it runs, `atelier-cli restore` while
// it swaps the file. SQLite lets any number of programs share the store, and every other CLI verb
// is an ordinary SQLite client beside the app; what must never happen is two apps on one store
// (each runs the night's work and may restore under the other) or a restore that swaps the file
// while an app keeps writing into the old one, whose sales would then be lost.
//
// The claim is a lock file beside the store, "<store>.lock" (QLockFile: process id, program and
// host, held with flock). It is never the store file itself: see docs/architecture.md on why
// nothing but SQLite opens the live store. A claim left by a program that crashed is taken over.
// A store on a database server has no file to claim: claim() is done at once and holds nothing.
class StoreLock
{
    Q_DECLARE_TR_FUNCTIONS(StoreLock)
public:
    enum class Purpose
    {
        Work, // the app, from before the store opens until it quits
        Restore // atelier-cli restore, for the swap
    };

    explicit StoreLock(const QString &storePath);
    StoreLock(const StoreLock &) = delete;
    StoreLock &operator=(const StoreLock &) = delete;

    // Done when this process now holds the store (or already did); otherwise a sentence for people
    // saying who has it and what to do. Never waits.
    WriteResult claim(Purpose purpose);
    // Lets the next program in (the app before it restarts itself on a restored store).
    void release();
    bool held() const { return m_lock.isLocked(); }

    static QString lockPath(const QString &storePath);

private:
    QString m_storePath;
    QLockFile m_lock;
};

} // namespace atelier
