#include "core/import_mapping.h"

namespace atelier {

namespace {

constexpr std::array<const char16_t *, importFieldCount> keys{u"invoice", u"style", u"quantity", u"date",
    u"price", u"customer", u"phone", u"category", u"colour", u"size"};

QString allKeys()
{
    QStringList names;
    for (const char16_t *key : keys)
        names << QString::fromUtf16(key);
    return names.join(u", ");
}

std::size_t indexOf(ImportField field)
{
    return static_cast<std::size_t>(field);
}

} // namespace

QString ImportMapping::key(ImportField field)
{
    return QString::fromUtf16(keys.at(indexOf(field)));
}

std::optional<ImportField> ImportMapping::fieldFromKey(const QString &key)
{
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (key.compare(QString::fromUtf16(keys.at(i)), Qt::CaseInsensitive) == 0)
            return static_cast<ImportField>(i);
    }
    return std::nullopt;
}

bool ImportMapping::isRequired(ImportField field)
{
    return indexOf(field) <= indexOf(ImportField::Price);
}

void ImportMapping::set(ImportField field, const QString &column)
{
    m_columns.at(indexOf(field)) = column.trimmed();
}

QString ImportMapping::column(ImportField field) const
{
    return m_columns.at(indexOf(field));
}

ParsedMapping ImportMapping::parse(const QString &spec)
{
    ImportMapping mapping;
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const QString name = part.left(eq).trimmed();
        const std::optional<ImportField> field = eq > 0 ? fieldFromKey(name) : std::nullopt;
        if (!field || part.mid(eq + 1).trimmed().isEmpty()) {
            return {std::nullopt,
                tr("\"%1\" is not field=column; the fields are %2.").arg(part.trimmed(), allKeys())};
        }
        mapping.set(*field, part.mid(eq + 1));
    }
    for (std::size_t i = 0; i < importFieldCount; ++i) {
        const auto field = static_cast<ImportField>(i);
        if (isRequired(field) && !mapping.isMapped(field))
            return {std::nullopt, tr("The mapping does not say which column holds \"%1\".").arg(key(field))};
    }
    return {mapping, {}};
}

QString ImportMapping::toSpec() const
{
    QStringList parts;
    for (std::size_t i = 0; i < importFieldCount; ++i) {
        if (!m_columns.at(i).isEmpty())
            parts << key(static_cast<ImportField>(i)) + u'=' + m_columns.at(i);
    }
    return parts.join(u',');
}

ResolvedColumns ImportMapping::resolve(const QStringList &header) const
{
    Columns columns;
    columns.fill(-1);
    for (std::size_t i = 0; i < importFieldCount; ++i) {
        const auto field = static_cast<ImportField>(i);
        if (m_columns.at(i).isEmpty()) {
            if (isRequired(field))
                return {
                    std::nullopt, tr("The mapping does not say which column holds \"%1\".").arg(key(field))};
            continue;
        }
        for (qsizetype c = 0; c < header.size(); ++c) {
            if (header.at(c).trimmed().compare(m_columns.at(i), Qt::CaseInsensitive) == 0) {
                columns.at(i) = static_cast<int>(c);
                break;
            }
        }
        if (columns.at(i) < 0)
            return {std::nullopt,
                tr("The file has no column \"%1\" (for \"%2\").").arg(m_columns.at(i), key(field))};
    }
    return {columns, {}};
}

} // namespace atelier
