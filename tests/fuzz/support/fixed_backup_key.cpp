#include "support/fixed_backup_key.h"

namespace atelier::fuzz {

const BackupKey &fixedBackupKey()
{
    static const BackupKey key = [] {
        BackupKey k;
        for (std::size_t i = 0; i < k.bytes.size(); ++i)
            k.bytes[i] = static_cast<unsigned char>(0xA0 + i);
        for (std::size_t i = 0; i < k.salt.size(); ++i)
            k.salt[i] = static_cast<unsigned char>(i);
        k.opsLimit = BackupCipher::defaultOpsLimit;
        k.memLimitKiB = BackupCipher::defaultMemLimitKiB;
        return k;
    }();
    return key;
}

} // namespace atelier::fuzz
