// Message templates as the editor checks them and the counter fills them. Input lines: the template's
// name, its coupon text, then the body (the rest, line breaks and all). A body that parses is rebuilt
// from its parts exactly; filled with every value it misses nothing and equals the parts with the values
// put in; filled with no values it reports each placeholder it uses, once, in order.
#include "core/message_template.h"
#include "support/fuzz_input.h"

using namespace atelier;

namespace {

QString escaped(QString literal)
{
    return literal.replace(u'{', QStringLiteral("{{")).replace(u'}', QStringLiteral("}}"));
}

void checkParsed(const MessageTemplate &t, const MessageTemplateRules::Parsed &parsed)
{
    QString rebuilt;
    QString expected; // filled with every value
    QList<Placeholder> used;
    const MessageValues full{QStringLiteral("王芳"), QStringLiteral("金卡"), QStringLiteral("1,280"),
        QStringLiteral("满500减50"), QStringLiteral("A2301")};
    for (const TemplatePart &part : parsed.parts) {
        FUZZ_CHECK(part.placeholder.has_value() == part.text.isEmpty(), t.body);
        if (part.placeholder) {
            rebuilt += u'{' + toCode(*part.placeholder) + u'}';
            expected += full.of(*part.placeholder);
            if (!used.contains(*part.placeholder))
                used << *part.placeholder;
        } else {
            rebuilt += escaped(part.text);
            expected += part.text;
        }
    }
    FUZZ_CHECK(rebuilt == t.body, t.body + QStringLiteral("\n-- rebuilt --\n") + rebuilt);

    const FilledMessage filled = MessageTemplateRules::fill(t, full);
    FUZZ_CHECK(filled.missing.isEmpty() && filled.text == expected,
        t.body + QStringLiteral("\n-- filled --\n") + filled.text);
    const FilledMessage bare = MessageTemplateRules::fill(t, MessageValues{});
    FUZZ_CHECK(bare.missing == used, t.body);
    for (const QString &missing : {QString(), QStringLiteral(" ")}) {
        MessageValues some = full;
        some.style = missing; // a customer with no purchase yet
        const FilledMessage partly = MessageTemplateRules::fill(t, some);
        FUZZ_CHECK(partly.missing.isEmpty() == !used.contains(Placeholder::Style), t.body);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QStringList lines = fuzz::parts(data, size, 3);
    MessageTemplate t;
    t.name = lines.at(0);
    t.coupon = lines.at(1);
    t.body = lines.at(2);

    const MessageTemplateRules::Parsed parsed = MessageTemplateRules::parse(t.body);
    const std::optional<MessageTemplateRules::Problem> problem = MessageTemplateRules::check(t);
    if (problem)
        FUZZ_CHECK(!problem->message.isEmpty() && !problem->field.isEmpty(), t.body);
    if (!parsed.ok()) {
        FUZZ_CHECK(problem.has_value(), t.body);
        // A body that does not parse is sent as it is.
        FUZZ_CHECK(MessageTemplateRules::fill(t, MessageValues{}).text == t.body, t.body);
        return 0;
    }
    checkParsed(t, parsed);
    return 0;
}
