// Writes the seeds of corpus/backup_reader: small backups encrypted under the fixed key, so that the
// fuzzer starts from files that open. Run by hand when the format changes (docs/fuzzing.md):
//   build-fuzz/tests/fuzz/make_backup_seeds tests/fuzz/corpus/backup_reader
#include "support/fixed_backup_key.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace atelier;

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FOLDER\n", argv[0]);
        return 2;
    }
    const QDir folder(QString::fromLocal8Bit(argv[1]));
    // An empty backup, one byte, and the start of an SQLite database with a customer row in it.
    QByteArray sqlite("SQLite format 3\0", 16);
    sqlite += QByteArray("\x10\x00\x01\x01\x00\x40\x20\x20", 8) + QByteArray(76, '\0');
    sqlite += QByteArray("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT, phone TEXT)");
    sqlite += QByteArray("\x0d\x00\x00\x00\x01") + QByteArray("王芳13800138000");
    const QList<QPair<QString, QByteArray>> plains{{QStringLiteral("empty.atelier-enc"), QByteArray()},
        {QStringLiteral("one_byte.atelier-enc"), QByteArray("x")},
        {QStringLiteral("sqlite_start.atelier-enc"), sqlite}};
    for (const auto &[name, bytes] : plains) {
        QBuffer in;
        in.setData(bytes);
        in.open(QIODevice::ReadOnly);
        QFile out(folder.filePath(name));
        if (!out.open(QIODevice::WriteOnly)
            || !BackupCipher::encrypt(in, bytes.size(), out, fuzz::fixedBackupKey()).ok()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(out.fileName()));
            return 1;
        }
    }
    return 0;
}
