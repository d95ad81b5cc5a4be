#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace atelier {

// The text encodings a till export or an Excel file comes in: UTF-8 (with or without the byte-order
// mark Excel adds), GB18030 (the superset of GBK that Excel on a Chinese Windows writes for "CSV"),
// and UTF-16 (Excel's "Unicode Text", little-endian with a byte-order mark and tab-separated; other
// programs' "Unicode CSV", either byte order).
enum class TextEncoding
{
    Utf8,
    Gb18030,
    Utf16Le,
    Utf16Be
};

// What the first bytes of a file that is no text the app reads look like.
enum class BinaryKind
{
    Other, // a picture, a program, a database...
    Zip, // an Excel .xlsx workbook (or any ZIP archive)
    OldOffice, // an Excel .xls workbook (or an old Word file)
    Pdf
};

struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool byteOrderMark = false;
    bool binary = false; // no text: a spreadsheet, an image (binaryKind says which, if known)
    BinaryKind binaryKind = BinaryKind::Other;
    // Text in an encoding the app does not read, by ICU's name for it ("Big5", "ISO-8859-1",
    // "UTF-32"; "?" when nothing is likely); `encoding` is then only GB18030, the likeliest at a
    // Chinese store, for someone who chooses to read it anyway.
    QString foreign;
    bool readable() const { return !binary && foreign.isEmpty(); }
};

class TextEncodings
{
    Q_DECLARE_TR_FUNCTIONS(TextEncodings)
public:
    // How many bytes of the file's start detect() wants to see.
    static constexpr qint64 sniffBytes = 64 * 1024;
    // From the first bytes of a file (up to sniffBytes of them are looked at): a byte-order mark
    // decides; NUL bytes are UTF-16 when ICU's charset detector says so, else binary data; bytes
    // that are valid UTF-8 are UTF-8 (a sequence cut at the end does not count against it); for
    // the rest ICU's detector decides between GB18030 and an encoding the app does not read, and
    // GB18030 wins whenever its detector finds the bytes plausible (short files of GBK text give
    // it too little to be sure, but they are what a Chinese Excel writes).
    static EncodingGuess detect(const QByteArray &head);
    // Why a file with this guess cannot be imported, in the UI language, naming what it looks like;
    // empty when it is readable.
    static QString refusal(const EncodingGuess &guess);
    // "utf-8", "utf8", "gb18030", "gbk", "gb2312", "cp936" (GBK and GB2312 are subsets of GB18030),
    // "utf-16le", "utf-16be", "utf-16" and "unicode" (what Windows calls UTF-16LE).
    static std::optional<TextEncoding> fromName(const QString &name);
    static QString name(TextEncoding encoding);
    // Whether `bytes` is well-formed UTF-8, ignoring a sequence cut off at the very end.
    static bool isUtf8(const QByteArray &bytes);
};

} // namespace atelier
