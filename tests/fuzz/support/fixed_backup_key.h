#pragma once

#include "core/backup_cipher.h"

namespace atelier::fuzz {

// The key the backup reader is fuzzed with, and its seeds were made with: fixed bytes instead of
// Argon2id over a passphrase, which would cost a second an input and leave the fuzzer nothing to do.
const BackupKey &fixedBackupKey();

} // namespace atelier::fuzz
