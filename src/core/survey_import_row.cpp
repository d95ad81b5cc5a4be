#include "core/survey_import_row.h"

#include "core/import_values.h"
#include "core/satisfaction.h"

#include <QDateTime>

namespace atelier {

namespace {

int columnNamed(const QStringList &header, const QStringList &names)
{
    for (qsizetype i = 0; i < header.size(); ++i)
        if (names.contains(header.at(i).trimmed().toLower()))
            return static_cast<int>(i);
    return -1;
}

} // namespace

QStringList SurveyImportRow::namesOf(const char *field)
{
    const QString key = QString::fromLatin1(field);
    if (key == QLatin1String("customer_id"))
        return {QStringLiteral("customer_id"), QStringLiteral("customer id"), QStringLiteral("customer"),
            QStringLiteral("顾客编号"), QStringLiteral("客户编号")};
    if (key == QLatin1String("phone"))
        return {QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("手机号"),
            QStringLiteral("手机"), QStringLiteral("电话")};
    if (key == QLatin1String("date"))
        return {QStringLiteral("date"), QStringLiteral("scored_on"), QStringLiteral("日期")};
    if (key == QLatin1String("score"))
        return {QStringLiteral("score"), QStringLiteral("评分"), QStringLiteral("满意度")};
    if (key == QLatin1String("comment"))
        return {QStringLiteral("comment"), QStringLiteral("comments"), QStringLiteral("评语"),
            QStringLiteral("备注")};
    return {};
}

std::optional<SurveyColumns> SurveyImportRow::columns(const QStringList &header, QString &why)
{
    SurveyColumns c;
    c.customerId = columnNamed(header, namesOf("customer_id"));
    c.phone = columnNamed(header, namesOf("phone"));
    c.date = columnNamed(header, namesOf("date"));
    c.score = columnNamed(header, namesOf("score"));
    c.comment = columnNamed(header, namesOf("comment"));
    if (c.customerId < 0 && c.phone < 0)
        why = tr("The file has no column customer_id (顾客编号) or phone (手机号): which customer gave each "
                 "score?");
    else if (c.date < 0)
        why = tr("The file has no column date (日期).");
    else if (c.score < 0)
        why = tr("The file has no column score (评分).");
    else
        return c;
    return std::nullopt;
}

bool SurveyImportRow::score(const QString &text, int &score, QString &why)
{
    QString t = text.trimmed();
    if (t.isEmpty()) {
        why = tr("The score is empty; give a whole number from 1 to 5.");
        return false;
    }
    if (t.endsWith(QLatin1String(".0")))
        t.chop(2);
    bool number = !t.isEmpty() && t.size() <= 3;
    for (const QChar c : std::as_const(t))
        number = number && c >= u'0' && c <= u'9';
    if (!number) {
        why = tr("The score \"%1\" is not a number; give a whole number from 1 to 5.").arg(text.trimmed());
        return false;
    }
    const int value = t.toInt();
    if (value < SatisfactionScore::lowest || value > SatisfactionScore::highest) {
        why = tr("The score %1 is not from 1 to 5.").arg(value);
        return false;
    }
    score = value;
    return true;
}

bool SurveyImportRow::read(
    const QStringList &fields, const SurveyColumns &columns, SurveyRow &row, QString &why)
{
    row = SurveyRow{};
    const QString id = columns.customerId < 0 ? QString() : fields.value(columns.customerId).trimmed();
    const QString phone = columns.phone < 0 ? QString() : fields.value(columns.phone).trimmed();
    if (!id.isEmpty()) {
        QString number;
        if (!ImportValues::externalId(id, number, why))
            return false;
        bool ok = false;
        const qint64 value = number.toLongLong(&ok);
        if (!ok || value <= 0) {
            why = tr("The customer id \"%1\" is not a number.").arg(id);
            return false;
        }
        row.customerId = value;
    } else if (!phone.isEmpty()) {
        if (!ImportValues::phone(phone, row.phone, why))
            return false;
    } else {
        why = tr("The row names no customer: give her customer id or phone.");
        return false;
    }
    const QString dayText = fields.value(columns.date).trimmed();
    if (dayText.isEmpty()) {
        why = tr("The date is empty.");
        return false;
    }
    QDateTime at;
    if (!ImportValues::dateTime(dayText, 0, at, why))
        return false;
    row.day = at.date();
    if (!score(fields.value(columns.score), row.score, why))
        return false;
    row.comment = columns.comment < 0 ? QString() : fields.value(columns.comment).trimmed();
    if (row.comment.size() > SatisfactionScore::maxCommentLength) {
        why = tr("The comment is longer than %1 characters.").arg(SatisfactionScore::maxCommentLength);
        return false;
    }
    return true;
}

} // namespace atelier
