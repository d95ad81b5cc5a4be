#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace atelier::cli {

// The passphrase of an encrypted backup copy, from where a person or a script can give it without
// leaving it behind: never an argument (other users see those in ps) nor the environment.
struct PassphraseAnswer
{
    std::optional<QString> passphrase;
    QString error; // why there is none: a sentence for stderr (bad input)
};

class Passphrase
{
    Q_DECLARE_TR_FUNCTIONS(Passphrase)
public:
    // From file descriptor `fd` when given: its first line, the newline dropped (as gpg's
    // --passphrase-fd). Otherwise asked on the terminal without echo, twice when `newCopy` (both must
    // match). A new copy's passphrase shorter than 8 characters is refused here.
    static PassphraseAnswer read(std::optional<int> fd, bool newCopy);
};

} // namespace atelier::cli
