#pragma once

#include "core/follow_up.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace atelier {

using TemplateId = qint64;

// What a template can ask for; each is filled from the customer (and the task) when a message is
// written, and may be missing (no purchase yet, so no style).
enum class Placeholder
{
    Name,
    Tier,
    Points,
    Coupon,
    Style
};

enum class MessageLanguage
{
    Chinese,
    English
};

QString toCode(Placeholder value); // "name"
std::optional<Placeholder> placeholderFromCode(const QString &code);
QString toCode(MessageLanguage value); // "zh_CN", "en"
std::optional<MessageLanguage> messageLanguageFromCode(const QString &code);

// A text for WeChat/SMS (message_templates): "亲爱的{name}，生日快乐！…". `{{` and `}}` stand for
// literal braces.
struct MessageTemplate
{
    TemplateId id = 0;
    QString name;
    std::optional<TaskPurpose> purpose; // the follow-up it suits; none: any
    MessageLanguage language = MessageLanguage::Chinese;
    QString body;
    QString coupon; // what {coupon} says, e.g. "满500减50"
    QDateTime updatedAt;
};

// One piece of a parsed body: literal text, or a placeholder.
struct TemplatePart
{
    QString text;
    std::optional<Placeholder> placeholder;
};

// What a customer's message is filled with; an empty value is missing.
struct MessageValues
{
    QString name;
    QString tier;
    QString points;
    QString coupon;
    QString style;

    QString of(Placeholder placeholder) const;
};

struct FilledMessage
{
    QString text;
    QList<Placeholder> missing; // in the order the body uses them, each once
};

// Parsing, checking and filling of message templates: pure rules, shared by the editor, the
// counter's message dialog and the bulk-SMS export.
class MessageTemplateRules
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplateRules)
public:
    static constexpr int maxNameLength = 40;
    static constexpr int maxBodyLength = 500;

    struct Parsed
    {
        QList<TemplatePart> parts;
        QString problem; // for people; empty when the body is fine
        bool ok() const { return problem.isEmpty(); }
    };
    // Refuses an empty body, an unknown placeholder ({nmae}), an unclosed "{" and a lone "}".
    static Parsed parse(const QString &body);

    struct Problem
    {
        QString field; // "name", "body" or "coupon"
        QString message;
    };
    static std::optional<Problem> check(const MessageTemplate &messageTemplate);

    // A missing value is left out (no double space or space before punctuation left behind) and
    // reported. A body that does not parse is returned as it is, with nothing missing.
    static FilledMessage fill(const MessageTemplate &messageTemplate, const MessageValues &values);

    // "{name}, {tier}, {points}, {coupon}, {style}"
    static QString allowedList();
    static QStringList allowed(); // each as "{name}"
    // What the clerk is told when a value is missing: "No style number for this customer."
    static QString missingMessage(Placeholder placeholder);
};

} // namespace atelier
