// How long a login takes with the store's Argon2id cost (budget: between 0.2 and 1 s on this
// machine — strong against guessing, not annoying at the counter). Usage: bench_login [ROUNDS]
#include "bench_support.h"
#include "services/password_hasher.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

#include <cstdio>

using namespace atelier;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 7;
    const PasswordHasher hasher;
    const PasswordHasher::Cost cost = PasswordHasher::storeCost();
    QList<double> hashMs;
    QList<double> verifyMs;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::optional<QByteArray> stored = hasher.hash(QStringLiteral("counter-password-%1").arg(i));
        hashMs << timer.nsecsElapsed() / 1e6;
        if (!stored) {
            std::fprintf(stderr, "hash failed\n");
            return 1;
        }
        timer.restart();
        const bool ok = hasher.verify(*stored, QStringLiteral("counter-password-%1").arg(i));
        verifyMs << timer.nsecsElapsed() / 1e6;
        if (!ok) {
            std::fprintf(stderr, "verify failed\n");
            return 1;
        }
    }
    std::printf("| what (Argon2id, %llu passes, %zu MiB) | median | min | max |\n|---|---|---|---|\n",
        cost.operations, cost.memoryBytes / (1024 * 1024));
    std::printf("| hash a new password | %.0f ms | %.0f ms | %.0f ms |\n", bench::median(hashMs),
        *std::min_element(hashMs.begin(), hashMs.end()), *std::max_element(hashMs.begin(), hashMs.end()));
    std::printf("| check a password at login | %.0f ms | %.0f ms | %.0f ms |\n", bench::median(verifyMs),
        *std::min_element(verifyMs.begin(), verifyMs.end()),
        *std::max_element(verifyMs.begin(), verifyMs.end()));
    return 0;
}
