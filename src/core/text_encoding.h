#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace atelier {

// The text encodings a till export or an Excel "Save as CSV" comes in: UTF-8 (with or without the
// byte-order mark Excel adds) or GB18030, the superset of GBK that Excel on a Chinese Windows writes.
enum class TextEncoding
{
    Utf8,
    Gb18030
};

struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool byteOrderMark = false;
    bool binary = false; // NUL bytes: a spreadsheet or an image, not a CSV
};

class TextEncodings
{
    Q_DECLARE_TR_FUNCTIONS(TextEncodings)
public:
    // How many bytes of the file's start detect() wants to see.
    static constexpr qint64 sniffBytes = 64 * 1024;
    // From the first bytes of a file: a BOM says UTF-8; bytes that are valid UTF-8 say UTF-8 (a
    // sequence cut at the end of `head` does not count against it); anything else is GB18030.
    static EncodingGuess detect(const QByteArray &head);
    // "utf-8", "utf8", "gb18030", "gbk", "gb2312" (GBK and GB2312 are subsets of GB18030).
    static std::optional<TextEncoding> fromName(const QString &name);
    static QString name(TextEncoding encoding);
    // Whether `bytes` is well-formed UTF-8, ignoring a sequence cut off at the very end.
    static bool isUtf8(const QByteArray &bytes);
};

} // namespace atelier
