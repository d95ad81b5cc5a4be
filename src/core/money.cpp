#include "core/money.h"

#include <QLocale>

namespace atelier {

std::optional<Money> Money::parse(const QString &input)
{
    QString text = input.trimmed();
    text.remove(QChar(u'¥'));
    text.remove(QChar(u'￥'));
    text.remove(QChar(u'元'));
    text.remove(QChar(u','));
    text.remove(QChar(u' '));
    if (text.isEmpty())
        return std::nullopt;

    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text.remove(0, 1);
    }
    const qsizetype dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString decimals = dot < 0 ? QString() : text.mid(dot + 1);
    if (whole.isEmpty() || decimals.size() > 2 || (dot >= 0 && decimals.isEmpty()))
        return std::nullopt;
    for (QChar c : whole + decimals) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    if (whole.size() > 15)
        return std::nullopt;

    std::int64_t fen = whole.toLongLong() * 100;
    if (!decimals.isEmpty())
        fen += decimals.size() == 1 ? decimals.toLongLong() * 10 : decimals.toLongLong();
    return Money(negative ? -fen : fen);
}

QString Money::toDecimalString() const
{
    const std::int64_t absolute = m_fen < 0 ? -m_fen : m_fen;
    return QStringLiteral("%1%2.%3")
        .arg(m_fen < 0 ? QStringLiteral("-") : QString())
        .arg(absolute / 100)
        .arg(absolute % 100, 2, 10, QChar(u'0'));
}

QString Money::toDisplayString() const
{
    const std::int64_t absolute = m_fen < 0 ? -m_fen : m_fen;
    const QString yuan = QLocale(QLocale::English).toString(static_cast<qlonglong>(absolute / 100));
    return QStringLiteral("%1¥%2.%3")
        .arg(m_fen < 0 ? QStringLiteral("-") : QString(), yuan)
        .arg(absolute % 100, 2, 10, QChar(u'0'));
}

} // namespace atelier
