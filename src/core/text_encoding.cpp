#include "core/text_encoding.h"

namespace atelier {

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

EncodingGuess TextEncodings::detect(const QByteArray &head)
{
    EncodingGuess guess;
    guess.binary = head.contains('\0');
    if (head.startsWith("\xEF\xBB\xBF")) {
        guess.byteOrderMark = true;
        return guess;
    }
    guess.encoding = isUtf8(head) ? TextEncoding::Utf8 : TextEncoding::Gb18030;
    return guess;
}

std::optional<TextEncoding> TextEncodings::fromName(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(u'-').remove(u'_');
    if (n == u"utf8")
        return TextEncoding::Utf8;
    if (n == u"gb18030" || n == u"gbk" || n == u"gb2312" || n == u"cp936")
        return TextEncoding::Gb18030;
    return std::nullopt;
}

QString TextEncodings::name(TextEncoding encoding)
{
    return encoding == TextEncoding::Utf8 ? QStringLiteral("UTF-8") : QStringLiteral("GB18030");
}

} // namespace atelier
