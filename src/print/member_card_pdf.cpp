#include "print/member_card_pdf.h"

#include "core/labels.h"

#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>

namespace atelier {

namespace {

constexpr int resolution = 600; // dots per inch of the PDF's painter
constexpr double a4WidthMm = 210.0;
constexpr double a4HeightMm = 297.0;
constexpr double markGapMm = 2.0; // between a cut mark and the card's corner
constexpr double markLengthMm = 5.0;

QFont fontOf(double points, bool bold = false, bool fixed = false)
{
    QFont font;
    if (fixed) {
        font.setFamily(QStringLiteral("DejaVu Sans Mono"));
        font.setStyleHint(QFont::Monospace);
    }
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

} // namespace

MemberCardPdf::MemberCardPdf(QString storeName, Paper paper, BarcodePainter::Symbology symbology)
    : m_storeName(std::move(storeName))
    , m_paper(paper)
    , m_symbology(symbology)
{
}

int MemberCardPdf::pageCount(Paper paper, int cards)
{
    const int perPage = paper == Paper::Card ? 1 : sheetColumns * sheetRows;
    return (cards + perPage - 1) / perPage;
}

QRectF MemberCardPdf::barcodeBoxMm() const
{
    // Code 128 across the card below the name, with a quiet zone of 8 mm each side; a QR code square on
    // the right.
    if (m_symbology == BarcodePainter::Symbology::QrCode)
        return QRectF(58.0, 22.0, 22.0, 22.0);
    return QRectF(8.0, 25.0, cardWidthMm - 16.0, 15.0);
}

QString MemberCardPdf::paintCard(
    QPainter &painter, const QRectF &card, double dotsPerMm, const MemberCardFace &face) const
{
    const auto mm = [&](double x, double y, double w, double h) {
        return QRectF(card.left() + x * dotsPerMm, card.top() + y * dotsPerMm, w * dotsPerMm, h * dotsPerMm);
    };
    painter.save();
    painter.setPen(QPen(QColor(160, 160, 160), 0.2 * dotsPerMm));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(card, 3.0 * dotsPerMm, 3.0 * dotsPerMm);

    painter.setPen(Qt::black);
    painter.setFont(fontOf(9, true));
    painter.drawText(mm(5, 4, 50, 6), Qt::AlignLeft | Qt::AlignVCenter, m_storeName);
    painter.setFont(fontOf(8));
    painter.drawText(
        mm(50, 4, cardWidthMm - 55, 6), Qt::AlignRight | Qt::AlignVCenter, Labels::of(face.tier));
    painter.setFont(fontOf(13, true));
    painter.drawText(mm(5, 12, cardWidthMm - 10, 9), Qt::AlignLeft | Qt::AlignVCenter, face.name);

    const QRectF box = barcodeBoxMm();
    const QString problem = BarcodePainter::paint(
        painter, mm(box.x(), box.y(), box.width(), box.height()), face.cardNo, m_symbology);
    painter.setPen(Qt::black);
    painter.setFont(fontOf(10, false, true));
    if (m_symbology == BarcodePainter::Symbology::QrCode)
        painter.drawText(mm(5, 38, 50, 7), Qt::AlignLeft | Qt::AlignVCenter, face.cardNo);
    else
        painter.drawText(mm(5, 42, cardWidthMm - 10, 7), Qt::AlignHCenter | Qt::AlignVCenter, face.cardNo);
    painter.restore();
    return problem;
}

void MemberCardPdf::paintCutMarks(QPainter &painter, const QRectF &grid, double dotsPerMm) const
{
    painter.save();
    painter.setPen(QPen(Qt::black, 0.15 * dotsPerMm));
    const double gap = markGapMm * dotsPerMm;
    const double length = markLengthMm * dotsPerMm;
    for (int column = 0; column <= sheetColumns; ++column) {
        const double x = grid.left() + column * cardWidthMm * dotsPerMm;
        painter.drawLine(QPointF(x, grid.top() - gap), QPointF(x, grid.top() - gap - length));
        painter.drawLine(QPointF(x, grid.bottom() + gap), QPointF(x, grid.bottom() + gap + length));
    }
    for (int row = 0; row <= sheetRows; ++row) {
        const double y = grid.top() + row * cardHeightMm * dotsPerMm;
        painter.drawLine(QPointF(grid.left() - gap, y), QPointF(grid.left() - gap - length, y));
        painter.drawLine(QPointF(grid.right() + gap, y), QPointF(grid.right() + gap + length, y));
    }
    painter.restore();
}

WriteResult MemberCardPdf::write(
    const QString &fileName, const QList<MemberCardFace> &cards, const Progress &progress)
{
    if (cards.isEmpty())
        return WriteResult::failure(tr("There is no card to print."));
    for (const MemberCardFace &face : cards) {
        if (face.cardNo.isEmpty())
            return WriteResult::failure(tr("%1 has no card number yet; give her one first.").arg(face.name));
    }
    // Written beside the target and renamed when complete: a failed or stopped write leaves a file of
    // the same name as it was.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return WriteResult::failure(
            tr("The PDF could not be written to %1: %2").arg(fileName, file.errorString()));
    QString problem;
    bool stopped = false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(resolution);
        writer.setCreator(QStringLiteral("Atelier"));
        writer.setTitle(tr("Member cards"));
        const bool sheet = m_paper == Paper::A4Sheet;
        // The card's page given upright and turned: a page size is portrait, its layout says landscape.
        const QPageSize size = sheet ? QPageSize(QPageSize::A4)
                                     : QPageSize(QSizeF(cardHeightMm, cardWidthMm), QPageSize::Millimeter,
                                         QStringLiteral("CR80"), QPageSize::ExactMatch);
        writer.setPageLayout(
            QPageLayout(size, sheet ? QPageLayout::Portrait : QPageLayout::Landscape, QMarginsF()));
        const double dotsPerMm = resolution / 25.4;
        const QRectF grid(((a4WidthMm - sheetColumns * cardWidthMm) / 2) * dotsPerMm,
            ((a4HeightMm - sheetRows * cardHeightMm) / 2) * dotsPerMm, sheetColumns * cardWidthMm * dotsPerMm,
            sheetRows * cardHeightMm * dotsPerMm);
        const int perPage = sheet ? sheetColumns * sheetRows : 1;

        QPainter painter(&writer);
        painter.setRenderHint(QPainter::Antialiasing);
        for (int i = 0; i < cards.size() && problem.isEmpty(); ++i) {
            const int slot = i % perPage;
            if (i > 0 && slot == 0)
                writer.newPage();
            QRectF card(0, 0, cardWidthMm * dotsPerMm, cardHeightMm * dotsPerMm);
            if (sheet) {
                if (slot == 0)
                    paintCutMarks(painter, grid, dotsPerMm);
                card.moveTopLeft(grid.topLeft()
                    + QPointF((slot % sheetColumns) * card.width(), (slot / sheetColumns) * card.height()));
            }
            problem = paintCard(painter, card, dotsPerMm, cards.at(i));
            if (progress && !progress(i + 1, int(cards.size()))) {
                stopped = true;
                break;
            }
        }
        painter.end();
    }
    if (!problem.isEmpty() || stopped) {
        file.cancelWriting();
        return WriteResult::failure(
            stopped ? tr("Printing the cards was stopped; no PDF was written.") : problem);
    }
    if (file.size() == 0 || !file.commit())
        return WriteResult::failure(
            tr("The PDF could not be written to %1: %2").arg(fileName, file.errorString()));
    return WriteResult::success();
}

QImage MemberCardPdf::renderCard(const MemberCardFace &face, int widthPixels) const
{
    const double dotsPerMm = widthPixels / cardWidthMm;
    QImage image(widthPixels, int(cardHeightMm * dotsPerMm), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paintCard(painter, QRectF(QPointF(0, 0), QSizeF(image.size())), dotsPerMm, face);
    return image;
}

} // namespace atelier
