#include "print/member_card_pdf.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace atelier;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString infoLine(const QString &pdf, const QString &key)
{
    const QRegularExpression line(
        QStringLiteral("^%1:\\s*(.*)$").arg(key), QRegularExpression::MultilineOption);
    return line.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).trimmed();
}

// The first page of the PDF as pdftoppm draws it, `dpi` dots per inch.
QImage firstPage(const QString &pdf, int dpi)
{
    const QString stem = pdf + QStringLiteral("-page");
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
            QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"),
            pdf, stem});
    QImage image(stem + QStringLiteral(".png"));
    REQUIRE_FALSE(image.isNull());
    return image;
}

struct Ink
{
    double dark = 0; // share of dark pixels
    int edges = 0; // changes between dark and light along the middle row
};

Ink inkIn(const QImage &image, const QRectF &mmBox, double dotsPerMm)
{
    const QRect box(int(mmBox.x() * dotsPerMm), int(mmBox.y() * dotsPerMm), int(mmBox.width() * dotsPerMm),
        int(mmBox.height() * dotsPerMm));
    Ink ink;
    int dark = 0;
    for (int y = box.top(); y <= box.bottom(); ++y) {
        for (int x = box.left(); x <= box.right(); ++x)
            dark += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
    }
    ink.dark = double(dark) / (box.width() * box.height());
    const int middle = box.center().y();
    bool wasDark = false;
    for (int x = box.left(); x <= box.right(); ++x) {
        const bool isDark = qGray(image.pixel(x, middle)) < 100;
        if (x > box.left() && isDark != wasDark)
            ++ink.edges;
        wasDark = isDark;
    }
    return ink;
}

const MemberCardFace zhang{1, QStringLiteral("Zhang Li"), QStringLiteral("AT123456782"), Tier::Gold};

} // namespace

TEST_CASE("a member card prints on a CR80 page with its Code 128 bars painted", "[print][cards]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("card.pdf"));
    MemberCardPdf cards(
        QStringLiteral("Atelier"), MemberCardPdf::Paper::Card, BarcodePainter::Symbology::Code128);
    const WriteResult written = cards.write(pdf, {zhang});
    REQUIRE(written.ok());

    CHECK(infoLine(pdf, QStringLiteral("Pages")) == QStringLiteral("1"));
    // 85.6 x 54 mm in points, landscape.
    const QStringList size = infoLine(pdf, QStringLiteral("Page size")).split(u' ');
    REQUIRE(size.size() >= 3);
    CHECK(size.at(0).toDouble() == Approx(85.6 / 25.4 * 72).margin(0.5));
    CHECK(size.at(2).toDouble() == Approx(54.0 / 25.4 * 72).margin(0.5));

    const QImage page = firstPage(pdf, 300);
    const double dotsPerMm = 300 / 25.4;
    CHECK(page.width() == Approx(85.6 * dotsPerMm).margin(2));
    // The bars: much ink and many edges across the box; none in the quiet zone beside it.
    const QRectF box = cards.barcodeBoxMm();
    const Ink bars = inkIn(page, box.adjusted(0, 2, 0, -2), dotsPerMm);
    CHECK(bars.dark > 0.3);
    CHECK(bars.dark < 0.8);
    CHECK(bars.edges > 40);
    CHECK(inkIn(page, QRectF(2, box.y() + 2, 4, box.height() - 4), dotsPerMm).dark < 0.01);
}

TEST_CASE("an A4 sheet holds ten cards a page; a QR code is painted as a square", "[print][cards]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    QList<MemberCardFace> faces;
    for (int i = 0; i < 12; ++i)
        faces << MemberCardFace{i + 1, QStringLiteral("Customer %1").arg(i + 1),
            QStringLiteral("VIP%1").arg(1000 + i), Tier::None};
    MemberCardPdf sheet(
        QStringLiteral("Atelier"), MemberCardPdf::Paper::A4Sheet, BarcodePainter::Symbology::QrCode);
    int calls = 0;
    REQUIRE(sheet
                .write(pdf, faces,
                    [&](int done, int total) {
                        CHECK(total == 12);
                        calls = done;
                        return true;
                    })
                .ok());
    CHECK(calls == 12);
    CHECK(MemberCardPdf::pageCount(MemberCardPdf::Paper::A4Sheet, 12) == 2);
    CHECK(infoLine(pdf, QStringLiteral("Pages")) == QStringLiteral("2"));
    CHECK(infoLine(pdf, QStringLiteral("Page size")).contains(QStringLiteral("(A4)")));

    // The first card's QR code, the sheet's grid centred on the page.
    const QImage page = firstPage(pdf, 150);
    const double dotsPerMm = 150 / 25.4;
    const QPointF grid((210 - 2 * 85.6) / 2, (297 - 5 * 54.0) / 2);
    const QRectF qr = sheet.barcodeBoxMm().translated(grid);
    const Ink squares = inkIn(page, qr.adjusted(1, 1, -1, -1), dotsPerMm);
    CHECK(squares.dark > 0.25);
    CHECK(squares.edges > 6);
}

TEST_CASE("cards without a number are not printed, and a stopped sheet leaves no file", "[print][cards]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("none.pdf"));
    MemberCardPdf cards(
        QStringLiteral("Atelier"), MemberCardPdf::Paper::A4Sheet, BarcodePainter::Symbology::Code128);
    const WriteResult refused
        = cards.write(pdf, {MemberCardFace{2, QStringLiteral("Wang Fang"), QString(), Tier::None}});
    CHECK_FALSE(refused.ok());
    CHECK(refused.error.contains(QStringLiteral("Wang Fang")));
    const WriteResult stopped = cards.write(pdf, {zhang, zhang}, [](int, int) { return false; });
    CHECK_FALSE(stopped.ok());
    CHECK_FALSE(QFile::exists(pdf));
}
