#include "core/message_template.h"

#include "core/code_table.h"

namespace atelier {

namespace {

constexpr CodeTable<Placeholder, 5> placeholders{{
    {Placeholder::Name, "name"},
    {Placeholder::Tier, "tier"},
    {Placeholder::Points, "points"},
    {Placeholder::Coupon, "coupon"},
    {Placeholder::Style, "style"},
}};

constexpr CodeTable<MessageLanguage, 2> languages{{
    {MessageLanguage::Chinese, "zh_CN"},
    {MessageLanguage::English, "en"},
}};

// Punctuation a left-out value must not leave a space in front of.
bool isPunctuation(QChar c)
{
    return QStringLiteral(",.!?;:，。！？；：、").contains(c);
}

// How much of the body a refusal quotes around a bad brace.
QString excerptFrom(const QString &body, qsizetype at)
{
    constexpr int excerptLength = 12;
    QString excerpt = body.mid(at, excerptLength);
    if (at + excerptLength < body.size())
        excerpt += QStringLiteral("…");
    return excerpt;
}

} // namespace

QString toCode(Placeholder value)
{
    return codeIn(placeholders, value);
}

std::optional<Placeholder> placeholderFromCode(const QString &code)
{
    return valueIn(placeholders, code);
}

QString toCode(MessageLanguage value)
{
    return codeIn(languages, value);
}

std::optional<MessageLanguage> messageLanguageFromCode(const QString &code)
{
    return valueIn(languages, code);
}

QString MessageValues::of(Placeholder placeholder) const
{
    switch (placeholder) {
    case Placeholder::Name:
        return name;
    case Placeholder::Tier:
        return tier;
    case Placeholder::Points:
        return points;
    case Placeholder::Coupon:
        return coupon;
    case Placeholder::Style:
        return style;
    }
    return QString();
}

QStringList MessageTemplateRules::allowed()
{
    QStringList list;
    for (const auto &[value, code] : placeholders)
        list << QLatin1Char('{') + QLatin1String(code) + QLatin1Char('}');
    return list;
}

QString MessageTemplateRules::allowedList()
{
    return allowed().join(QStringLiteral(", "));
}

MessageTemplateRules::Parsed MessageTemplateRules::parse(const QString &body)
{
    Parsed parsed;
    if (body.trimmed().isEmpty()) {
        parsed.problem = tr("The message text is empty.");
        return parsed;
    }
    QString literal;
    const auto flushLiteral = [&] {
        if (!literal.isEmpty())
            parsed.parts << TemplatePart{literal, std::nullopt};
        literal.clear();
    };
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        const bool doubled = i + 1 < body.size() && body.at(i + 1) == c;
        if ((c == u'{' || c == u'}') && doubled) {
            literal += c;
            ++i;
            continue;
        }
        if (c == u'}') {
            parsed.problem = tr("The text has a “}” that closes nothing (at “%1”). Write }} for a brace.")
                                 .arg(excerptFrom(body, i));
            return parsed;
        }
        if (c != u'{') {
            literal += c;
            continue;
        }
        const qsizetype close = body.indexOf(u'}', i + 1);
        const qsizetype nextOpen = body.indexOf(u'{', i + 1);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            parsed.problem = tr("The text has a “{” that is not closed (at “%1”). Write {{ for a brace.")
                                 .arg(excerptFrom(body, i));
            return parsed;
        }
        const QString code = body.mid(i + 1, close - i - 1);
        const std::optional<Placeholder> placeholder = placeholderFromCode(code);
        if (!placeholder) {
            parsed.problem = tr("“{%1}” is not a placeholder. Use only %2.").arg(code, allowedList());
            return parsed;
        }
        flushLiteral();
        parsed.parts << TemplatePart{QString(), placeholder};
        i = close;
    }
    flushLiteral();
    return parsed;
}

std::optional<MessageTemplateRules::Problem> MessageTemplateRules::check(const MessageTemplate &t)
{
    const QString name = t.name.trimmed();
    if (name.isEmpty())
        return Problem{QStringLiteral("name"), tr("The template needs a name.")};
    if (name.size() > maxNameLength)
        return Problem{
            QStringLiteral("name"), tr("A template name has at most %1 characters.").arg(maxNameLength)};
    if (t.body.size() > maxBodyLength)
        return Problem{QStringLiteral("body"), tr("A message has at most %1 characters.").arg(maxBodyLength)};
    const Parsed parsed = parse(t.body);
    if (!parsed.ok())
        return Problem{QStringLiteral("body"), parsed.problem};
    if (t.coupon.contains(u'{') || t.coupon.contains(u'}'))
        return Problem{QStringLiteral("coupon"), tr("The coupon text cannot contain braces.")};
    return std::nullopt;
}

FilledMessage MessageTemplateRules::fill(const MessageTemplate &messageTemplate, const MessageValues &values)
{
    const Parsed parsed = parse(messageTemplate.body);
    if (!parsed.ok())
        return FilledMessage{messageTemplate.body, {}};
    FilledMessage filled;
    QString &out = filled.text;
    bool afterGap = false; // the last part was a value left out
    const auto endsWithSpace = [&out] {
        return out.endsWith(u' ');
    };
    for (const TemplatePart &part : parsed.parts) {
        if (part.placeholder) {
            const QString value = values.of(*part.placeholder).trimmed();
            if (!value.isEmpty()) {
                out += value;
                afterGap = false;
                continue;
            }
            if (!filled.missing.contains(*part.placeholder))
                filled.missing << *part.placeholder;
            afterGap = true;
            continue;
        }
        QString text = part.text;
        if (afterGap) {
            const bool lineStart = out.isEmpty() || out.endsWith(u'\n');
            if (text.startsWith(u' ') && (lineStart || endsWithSpace())) {
                while (text.startsWith(u' '))
                    text.remove(0, 1);
            } else if (!text.isEmpty() && isPunctuation(text.at(0))) {
                while (endsWithSpace())
                    out.chop(1);
            }
        }
        out += text;
        afterGap = false;
    }
    if (afterGap)
        while (endsWithSpace())
            out.chop(1);
    return filled;
}

QString MessageTemplateRules::missingMessage(Placeholder placeholder)
{
    switch (placeholder) {
    case Placeholder::Name:
        return tr("No name for this customer.");
    case Placeholder::Tier:
        return tr("No tier for this customer.");
    case Placeholder::Points:
        return tr("No points balance for this customer.");
    case Placeholder::Coupon:
        return tr("This template has no coupon text: set one in Settings.");
    case Placeholder::Style:
        return tr("No style number for this customer (nothing bought yet).");
    }
    return QString();
}

} // namespace atelier
