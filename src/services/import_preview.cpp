#include "services/import_preview.h"

#include "core/csv_reader.h"

#include <QFile>

namespace atelier {

namespace {

// How the columns are commonly headed, lower case without spaces, dots or underscores.
QStringList aliases(ImportField field)
{
    switch (field) {
    case ImportField::Invoice:
        return {QStringLiteral("invoice"), QStringLiteral("invoiceno"), QStringLiteral("invoicenumber"),
            QStringLiteral("receipt"), QStringLiteral("receiptno"), QStringLiteral("单号"),
            QStringLiteral("小票号"), QStringLiteral("销售单号"), QStringLiteral("单据号"),
            QStringLiteral("发票号")};
    case ImportField::Style:
        return {QStringLiteral("style"), QStringLiteral("styleno"), QStringLiteral("stockcode"),
            QStringLiteral("sku"), QStringLiteral("款号"), QStringLiteral("货号")};
    case ImportField::Quantity:
        return {QStringLiteral("quantity"), QStringLiteral("qty"), QStringLiteral("pieces"),
            QStringLiteral("数量"), QStringLiteral("件数")};
    case ImportField::Date:
        return {QStringLiteral("date"), QStringLiteral("invoicedate"), QStringLiteral("datetime"),
            QStringLiteral("time"), QStringLiteral("日期"), QStringLiteral("销售日期"),
            QStringLiteral("时间"), QStringLiteral("销售时间")};
    case ImportField::Price:
        return {QStringLiteral("price"), QStringLiteral("unitprice"), QStringLiteral("单价"),
            QStringLiteral("售价"), QStringLiteral("成交价")};
    case ImportField::Customer:
        return {QStringLiteral("customer"), QStringLiteral("customerid"), QStringLiteral("customerno"),
            QStringLiteral("member"), QStringLiteral("memberno"), QStringLiteral("会员号"),
            QStringLiteral("会员卡号"), QStringLiteral("会员编号"), QStringLiteral("顾客编号")};
    case ImportField::Phone:
        return {QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("tel"),
            QStringLiteral("telephone"), QStringLiteral("手机"), QStringLiteral("手机号"),
            QStringLiteral("电话"), QStringLiteral("联系电话")};
    case ImportField::Category:
        return {QStringLiteral("category"), QStringLiteral("品类"), QStringLiteral("类别"),
            QStringLiteral("分类")};
    case ImportField::Colour:
        return {QStringLiteral("colour"), QStringLiteral("color"), QStringLiteral("颜色")};
    case ImportField::Size:
        return {QStringLiteral("size"), QStringLiteral("尺码"), QStringLiteral("尺寸")};
    }
    return {};
}

QString simplified(const QString &name)
{
    QString out;
    for (const QChar ch : name) {
        if (!ch.isSpace() && ch != u'_' && ch != u'.' && ch != u'-')
            out += ch.toLower();
    }
    return out;
}

} // namespace

ImportPreview ImportPreviewReader::read(
    const QString &path, std::optional<TextEncoding> encoding, std::optional<QChar> delimiter, int maxRows)
{
    ImportPreview preview;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.problem = tr("Cannot read %1: %2").arg(path, file.errorString());
        return preview;
    }
    const QByteArray head = file.peek(TextEncodings::sniffBytes);
    preview.guess = TextEncodings::detect(head);
    preview.encoding = encoding.value_or(preview.guess.encoding);
    if (head.isEmpty()) {
        preview.problem = tr("The file is empty.");
        return preview;
    }
    // An encoding chosen by hand is read as chosen, unless the file is no text at all.
    if (preview.guess.binary || (!encoding && !preview.guess.readable())) {
        preview.problem = TextEncodings::refusal(preview.guess);
        return preview;
    }
    preview.delimiter = delimiter.value_or(CsvReader::sniffDelimiter(head, preview.encoding));
    // The reader takes the file a chunk at a time: a few rows never read a large file whole.
    CsvReader reader(file, preview.encoding, preview.delimiter);
    if (!reader.next(preview.header)) {
        preview.problem = tr("The file is empty.");
        return preview;
    }
    QStringList fields;
    while (preview.rows.size() < maxRows && reader.next(fields)) {
        preview.rows.append(fields);
        preview.lines.append(reader.lineNumber());
    }
    auto broken = [](const QStringList &list) {
        for (const QString &field : list) {
            if (field.contains(QChar::ReplacementCharacter))
                return true;
        }
        return false;
    };
    preview.undecodable = broken(preview.header);
    for (const QStringList &row : std::as_const(preview.rows))
        preview.undecodable = preview.undecodable || broken(row);
    if (preview.rows.isEmpty())
        preview.problem = tr("The file has a header but no rows.");
    return preview;
}

QString ImportPreviewReader::suggestColumn(const QStringList &header, ImportField field)
{
    const QStringList names = aliases(field);
    for (const QString &column : header) {
        if (names.contains(simplified(column)))
            return column;
    }
    return {};
}

QString ImportPreviewReader::suggestNameColumn(const QStringList &header)
{
    const QStringList names = {QStringLiteral("name"), QStringLiteral("customername"),
        QStringLiteral("membername"), QStringLiteral("姓名"), QStringLiteral("会员姓名"),
        QStringLiteral("顾客姓名"), QStringLiteral("客户姓名"), QStringLiteral("名字")};
    for (const QString &column : header) {
        if (names.contains(simplified(column)))
            return column;
    }
    return {};
}

ImportMapping ImportPreviewReader::suggestMapping(const QStringList &header)
{
    ImportMapping mapping;
    for (std::size_t i = 0; i < importFieldCount; ++i) {
        const auto field = static_cast<ImportField>(i);
        mapping.set(field, suggestColumn(header, field));
    }
    return mapping;
}

} // namespace atelier
