#include "cli/passphrase.h"

#include "core/backup_cipher.h"

#include <QByteArray>

#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace atelier::cli {

namespace {

// One line from `fd`, read a byte at a time so that nothing after the newline is taken from a pipe
// the caller may go on using. nullopt when the descriptor cannot be read.
std::optional<QByteArray> readLine(int fd)
{
    QByteArray line;
    for (;;) {
        char c = 0;
        const ssize_t got = ::read(fd, &c, 1);
        if (got < 0)
            return std::nullopt;
        if (got == 0 || c == '\n')
            return line;
        line.append(c);
    }
}

// Asked on the terminal itself, not on standard input, with echo off while it is typed.
std::optional<QString> ask(int tty, const QString &prompt)
{
    const QByteArray text = prompt.toUtf8();
    if (::write(tty, text.constData(), size_t(text.size())) < 0)
        return std::nullopt;
    termios saved{};
    const bool terminal = ::tcgetattr(tty, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    std::optional<QByteArray> line = readLine(tty);
    if (terminal)
        ::tcsetattr(tty, TCSAFLUSH, &saved);
    if (!line)
        return std::nullopt;
    const QString passphrase = QString::fromUtf8(*line);
    line->fill('\0');
    return passphrase;
}

} // namespace

PassphraseAnswer Passphrase::read(std::optional<int> fd, bool newCopy)
{
    PassphraseAnswer answer;
    if (fd) {
        std::optional<QByteArray> line = readLine(*fd);
        if (!line) {
            answer.error = tr("The passphrase could not be read from file descriptor %1.").arg(*fd);
            return answer;
        }
        answer.passphrase = QString::fromUtf8(*line);
        line->fill('\0');
    } else {
        const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
        if (tty < 0) {
            answer.error = tr("There is no terminal to ask for the passphrase on: give it with "
                              "--passphrase-fd N (its first line is read from that file descriptor).");
            return answer;
        }
        answer.passphrase = ask(tty, tr("Passphrase: "));
        if (answer.passphrase && newCopy) {
            const std::optional<QString> again = ask(tty, tr("The same passphrase again: "));
            if (again != answer.passphrase) {
                answer.passphrase.reset();
                answer.error = tr("The two passphrases differ. Nothing was done.");
            }
        } else if (!answer.passphrase) {
            answer.error = tr("The passphrase could not be read from the terminal.");
        }
        ::close(tty);
    }
    if (answer.passphrase && newCopy && !BackupCipher::longEnough(*answer.passphrase)) {
        answer.passphrase.reset();
        answer.error = BackupCipher::message(CipherProblem::PassphraseTooShort);
    }
    return answer;
}

} // namespace atelier::cli
