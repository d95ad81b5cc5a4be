#include "core/text_encoding.h"

#include <QList>
#include <QStringDecoder>

#include <unicode/ucsdet.h>

#include <memory>

namespace atelier {

namespace {

// ICU's detector calls a match at this confidence (0..100) or more a likely one.
constexpr int likely = 50;

struct Match
{
    QString name;
    int confidence = 0;
};

// ICU's charset detector's candidates for `head`, the likeliest first; empty if ICU fails.
QList<Match> icuMatches(const QByteArray &head)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(
        ucsdet_open(&status), &ucsdet_close);
    if (U_FAILURE(status))
        return {};
    ucsdet_setText(detector.get(), head.constData(), static_cast<int32_t>(head.size()), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    QList<Match> list;
    if (U_FAILURE(status))
        return list;
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode matchStatus = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &matchStatus);
        const int32_t confidence = ucsdet_getConfidence(matches[i], &matchStatus);
        if (U_SUCCESS(matchStatus) && name)
            list.append({QString::fromLatin1(name), static_cast<int>(confidence)});
    }
    return list;
}

int confidenceOf(const QList<Match> &matches, QStringView name)
{
    for (const Match &m : matches) {
        if (m.name == name)
            return m.confidence;
    }
    return 0;
}

BinaryKind binaryKind(const QByteArray &head)
{
    if (head.startsWith("PK\x03\x04"))
        return BinaryKind::Zip;
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return BinaryKind::OldOffice;
    if (head.startsWith("%PDF"))
        return BinaryKind::Pdf;
    return BinaryKind::Other;
}

// UTF-16 without a byte-order mark only when the text decodes without errors and without NUL
// characters, which no text file holds (a database or a workbook is full of them).
bool decodesAsUtf16(const QByteArray &head, TextEncoding encoding)
{
    QStringDecoder decoder(
        encoding == TextEncoding::Utf16Le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
    const QString text = decoder.decode(head);
    return !decoder.hasError() && !text.contains(QChar(u'\0'));
}

// Head with NUL bytes: UTF-16 text without a byte-order mark, or binary data.
EncodingGuess guessWithNul(const QByteArray &head)
{
    EncodingGuess guess;
    const QList<Match> matches = icuMatches(head);
    if (!matches.isEmpty() && matches.first().confidence >= likely) {
        const QString &best = matches.first().name;
        const std::optional<TextEncoding> utf16 = best == u"UTF-16LE" ? std::optional(TextEncoding::Utf16Le)
            : best == u"UTF-16BE"                                     ? std::optional(TextEncoding::Utf16Be)
                                                                      : std::nullopt;
        if (utf16 && decodesAsUtf16(head, *utf16)) {
            guess.encoding = *utf16;
            return guess;
        }
    }
    guess.binary = true;
    guess.binaryKind = binaryKind(head);
    return guess;
}

// Head that is neither UTF-8 nor holds NUL bytes: GB18030 unless ICU finds it implausible as
// GB18030 or is sure of another East Asian encoding. ICU's single-byte guesses (ISO-8859-1 at 36 to
// 66) are no evidence against GB18030 on their own: that is what it says of a GBK file with a few
// Chinese names among ASCII columns, and GB18030's own detector then says 10, "possible".
EncodingGuess guessWithoutNul(const QByteArray &head)
{
    EncodingGuess guess;
    guess.encoding = TextEncoding::Gb18030;
    const QList<Match> matches = icuMatches(head);
    const int gb18030 = confidenceOf(matches, u"GB18030");
    static const QStringList eastAsian = {QStringLiteral("Big5"), QStringLiteral("Shift_JIS"),
        QStringLiteral("EUC-JP"), QStringLiteral("EUC-KR")};
    for (const Match &m : matches) {
        if (m.confidence >= likely && m.confidence > gb18030 && eastAsian.contains(m.name)) {
            guess.foreign = m.name;
            return guess;
        }
    }
    if (gb18030 > 0 || matches.isEmpty()) // ICU failing leaves the file as it was read before ICU
        return guess;
    guess.foreign = matches.first().confidence >= 10 ? matches.first().name : QStringLiteral("?");
    return guess;
}

} // namespace

bool TextEncodings::isUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int follow = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF)
            follow = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            follow = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            follow = 3;
        else
            return false;
        for (int k = 1; k <= follow; ++k) {
            if (i + k >= n)
                return true; // cut off by the sniffing window, not broken
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += follow + 1;
    }
    return true;
}

EncodingGuess TextEncodings::detect(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(sniffBytes);
    EncodingGuess guess;
    // UTF-32's marks first: FF FE 00 00 begins like UTF-16LE's.
    if (head.startsWith(QByteArray("\xFF\xFE\0\0", 4)) || head.startsWith(QByteArray("\0\0\xFE\xFF", 4))) {
        guess.foreign = QStringLiteral("UTF-32");
        return guess;
    }
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        guess.encoding = head.startsWith("\xFF\xFE") ? TextEncoding::Utf16Le : TextEncoding::Utf16Be;
        guess.byteOrderMark = true;
        return guess;
    }
    if (head.startsWith("\xEF\xBB\xBF")) {
        guess.byteOrderMark = true;
        guess.binary = head.contains('\0');
        return guess;
    }
    if (head.contains('\0'))
        return guessWithNul(head);
    if (isUtf8(head))
        return guess;
    return guessWithoutNul(head);
}

QString TextEncodings::refusal(const EncodingGuess &guess)
{
    if (guess.binary) {
        switch (guess.binaryKind) {
        case BinaryKind::Zip:
            return tr("This file is not text: it looks like an Excel workbook (.xlsx) or another ZIP "
                      "file. In Excel, use \"Save As\" with \"CSV UTF-8\" or \"Unicode Text\" and "
                      "import that file.");
        case BinaryKind::OldOffice:
            return tr("This file is not text: it looks like an old Excel workbook (.xls). In Excel, "
                      "use \"Save As\" with \"CSV UTF-8\" or \"Unicode Text\" and import that file.");
        case BinaryKind::Pdf:
            return tr("This file is not text: it is a PDF document. Export the list from the program "
                      "that made it as CSV and import that file.");
        case BinaryKind::Other:
            break;
        }
        return tr("This file is not text: it holds binary data (a picture, a program or a database?). "
                  "Choose the CSV or text file the till or Excel saved.");
    }
    if (guess.foreign.isEmpty())
        return {};
    if (guess.foreign == u"?")
        return tr("This file is not in UTF-8, UTF-16 or GB18030, the encodings Atelier reads, and its "
                  "encoding cannot be recognised. In Excel, use \"Save As\" with \"CSV UTF-8\" or "
                  "\"Unicode Text\" and import that file.");
    const QString &n = guess.foreign;
    QString what = n;
    if (n == u"Big5")
        what = tr("Big5 (traditional Chinese, as in Taiwan and Hong Kong)");
    else if (n == u"Shift_JIS" || n == u"EUC-JP")
        what = tr("%1 (Japanese)").arg(n);
    else if (n == u"EUC-KR")
        what = tr("%1 (Korean)").arg(n);
    else if (n == u"ISO-8859-1" || n == u"windows-1252")
        what = tr("%1 (Western European)").arg(n);
    return tr("This file looks like it is in %1, which Atelier does not read: it reads UTF-8, UTF-16 "
              "and GB18030. In Excel, use \"Save As\" with \"CSV UTF-8\" or \"Unicode Text\" and import "
              "that file.")
        .arg(what);
}

std::optional<TextEncoding> TextEncodings::fromName(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(u'-').remove(u'_');
    if (n == u"utf8")
        return TextEncoding::Utf8;
    if (n == u"gb18030" || n == u"gbk" || n == u"gb2312" || n == u"cp936")
        return TextEncoding::Gb18030;
    if (n == u"utf16le" || n == u"utf16" || n == u"unicode")
        return TextEncoding::Utf16Le;
    if (n == u"utf16be")
        return TextEncoding::Utf16Be;
    return std::nullopt;
}

QString TextEncodings::name(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    case TextEncoding::Utf16Le:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16Be:
        return QStringLiteral("UTF-16BE");
    }
    return QStringLiteral("UTF-8");
}

} // namespace atelier
