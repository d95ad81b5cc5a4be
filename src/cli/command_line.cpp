#include "cli/command_line.h"

namespace atelier::cli {

namespace {

bool isOption(const QString &word)
{
    return word.startsWith(QStringLiteral("--"));
}

} // namespace

CommandLine::CommandLine(QStringList words)
    : m_words(std::move(words))
{
}

void CommandLine::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

std::optional<QString> CommandLine::take(const QString &name)
{
    const QString flag = QStringLiteral("--") + name;
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        const QString &word = m_words.at(i);
        if (word == flag) {
            if (i + 1 >= m_words.size()) {
                fail(tr("The option %1 needs a value.").arg(flag));
                m_words.removeAt(i);
                return std::nullopt;
            }
            const QString value = m_words.at(i + 1);
            m_words.remove(i, 2);
            return value;
        }
        if (word.startsWith(flag + u'=')) {
            const QString value = word.mid(flag.size() + 1);
            m_words.removeAt(i);
            return value;
        }
    }
    return std::nullopt;
}

bool CommandLine::takeFlag(const QString &name)
{
    return m_words.removeAll(QStringLiteral("--") + name) > 0;
}

std::optional<qint64> CommandLine::takeNumber(const QString &name, qint64 min, qint64 max)
{
    const std::optional<QString> text = take(name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text->toLongLong(&ok);
    if (!ok || value < min || value > max) {
        fail(tr("The option --%1 needs a whole number from %2 to %3, not \"%4\".")
                 .arg(name)
                 .arg(min)
                 .arg(max)
                 .arg(*text));
        return std::nullopt;
    }
    return value;
}

std::optional<quint64> CommandLine::takeUnsigned(const QString &name)
{
    const std::optional<QString> text = take(name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const quint64 value = text->toULongLong(&ok);
    if (!ok || text->startsWith(u'-')) {
        fail(tr("The option --%1 needs a whole number of 0 or more, not \"%2\".").arg(name, *text));
        return std::nullopt;
    }
    return value;
}

std::optional<QDate> CommandLine::takeDate(const QString &name)
{
    const std::optional<QString> text = take(name);
    if (!text)
        return std::nullopt;
    const QDate date = QDate::fromString(*text, Qt::ISODate);
    if (!date.isValid() || text->size() != 10) {
        fail(tr("The option --%1 needs a date as YYYY-MM-DD, not \"%2\".").arg(name, *text));
        return std::nullopt;
    }
    return date;
}

std::optional<QString> CommandLine::require(const QString &name)
{
    std::optional<QString> value = take(name);
    if (!value && !failed())
        fail(tr("The option --%1 is required.").arg(name));
    return value;
}

std::optional<QString> CommandLine::takeLeadingWord()
{
    if (m_words.isEmpty() || isOption(m_words.first()))
        return std::nullopt;
    return m_words.takeFirst();
}

bool CommandLine::takeAction(const QString &action)
{
    if (m_words.isEmpty() || m_words.first() != action)
        return false;
    m_words.removeFirst();
    return true;
}

std::optional<QString> CommandLine::takeWord()
{
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (!isOption(m_words.at(i)))
            return m_words.takeAt(i);
    }
    return std::nullopt;
}

QStringList CommandLine::takeWords()
{
    QStringList words;
    while (const std::optional<QString> word = takeWord())
        words << *word;
    return words;
}

bool CommandLine::finish()
{
    if (failed())
        return false;
    if (!m_words.isEmpty()) {
        const QString &word = m_words.first();
        fail(isOption(word) ? tr("Unknown option %1.").arg(word)
                            : tr("Unexpected argument \"%1\".").arg(word));
        return false;
    }
    return true;
}

} // namespace atelier::cli
