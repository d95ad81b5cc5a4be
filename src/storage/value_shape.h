#pragma once

#include <QVariant>

namespace atelier {

// How the bulk paths (RawStatement, BatchWrite, BulkLoader's COPY) read a value given as a QVariant: a
// typed null is SQL NULL, integers and booleans are integers, anything else is text (a null QString is
// '', as sql::bind has it: text columns are NOT NULL DEFAULT ''). One rule, so that a value is stored
// alike whichever path writes it.
enum class ValueShape
{
    Null,
    Integer,
    Text,
};

inline ValueShape shapeOf(const QVariant &value)
{
    if (value.isNull())
        return ValueShape::Null;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return ValueShape::Integer;
    default:
        return ValueShape::Text;
    }
}

// A statement's bind(index, qint64), bindUtf8(index, text) or bindNull(index), as the value's shape says.
template <typename Statement> void bindByShape(Statement &statement, int index, const QVariant &value)
{
    switch (shapeOf(value)) {
    case ValueShape::Null:
        return statement.bindNull(index);
    case ValueShape::Integer:
        return statement.bind(index, value.toLongLong());
    case ValueShape::Text:
        return statement.bindUtf8(index, value.toString());
    }
}

} // namespace atelier
