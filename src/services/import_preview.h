#pragma once

#include "core/import_mapping.h"
#include "core/text_encoding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace atelier {

// The start of a till export as the import wizard shows it before anything is imported.
struct ImportPreview
{
    EncodingGuess guess; // what the file's first bytes say
    TextEncoding encoding = TextEncoding::Utf8; // what the preview was read with
    QChar delimiter = u',';
    QStringList header;
    QList<QStringList> rows; // the first rows after the header
    QList<qint64> lines; // the physical line each row starts on
    // Characters that are not text in the chosen encoding (U+FFFD): the encoding is likely wrong.
    bool undecodable = false;
    QString problem; // why the file cannot be imported (empty, header only, binary), in the UI language
    bool ok() const { return problem.isEmpty(); }
};

// Reads only the first rows of a file, however large, so the wizard can show them at once and let the
// manager correct the encoding and delimiter before the real import reads it all.
class ImportPreviewReader
{
    Q_DECLARE_TR_FUNCTIONS(ImportPreviewReader)
public:
    static constexpr int defaultRows = 20;

    // Encoding and delimiter are detected when not given.
    static ImportPreview read(const QString &path, std::optional<TextEncoding> encoding = std::nullopt,
        std::optional<QChar> delimiter = std::nullopt, int maxRows = defaultRows);

    // A mapping guessed from the header names (English till names such as "InvoiceNo" and the Chinese
    // ones such as "单号", "款号"); fields without a likely column stay unmapped.
    static ImportMapping suggestMapping(const QStringList &header);
    // The header column that likely holds the customer's phone / the till's customer number, or empty.
    static QString suggestColumn(const QStringList &header, ImportField field);
    // The column of a customer's name in a till's member list, by the usual names; empty if none.
    static QString suggestNameColumn(const QStringList &header);
};

} // namespace atelier
