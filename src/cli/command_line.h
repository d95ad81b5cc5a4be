#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace atelier::cli {

// The words after `atelier-cli`: each verb takes the options it knows ("--name VALUE" or
// "--name=VALUE"), then finish() reports anything left over. The first problem found is kept
// as a sentence for stderr, and every later take is a no-op.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    explicit CommandLine(QStringList words);

    std::optional<QString> take(const QString &name);
    bool takeFlag(const QString &name);
    // A whole number in [min, max]; nullopt when absent or invalid (then error() says which).
    std::optional<qint64> takeNumber(const QString &name, qint64 min, qint64 max);
    std::optional<quint64> takeUnsigned(const QString &name);
    std::optional<QDate> takeDate(const QString &name);
    // A required option: sets an error when absent.
    std::optional<QString> require(const QString &name);

    // The first word when it is not an option (the verb), or nullopt.
    std::optional<QString> takeLeadingWord();
    // Takes the first word when it is `action` ("points adjust"); false, taking nothing, otherwise.
    bool takeAction(const QString &action);
    // The next word that is not an option (a query), or nullopt. Take the options first, so that
    // an option's value is never mistaken for a word.
    std::optional<QString> takeWord();
    // The remaining words that are not options.
    QStringList takeWords();

    // False (with error() set) when an option or word was not taken.
    bool finish();

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &message);

private:
    QStringList m_words;
    QString m_error;
};

} // namespace atelier::cli
