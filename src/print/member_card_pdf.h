#pragma once

#include "core/write_result.h"
#include "print/barcode_painter.h"
#include "services/member_cards.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace atelier {

// Member cards to PDF (issue 24): one card on a page of the card's own size (CR80, 85.6 x 54 mm, for a
// card printer), or A4 sheets of ten (2 x 5, with cut marks in the margins). Each card shows the
// store's name, the customer's name, her tier, her card number and its barcode (Code 128, or a QR code)
// painted from libzint's vector output. Plain QPainter on a QPdfWriter: any thread may write one.
class MemberCardPdf
{
    Q_DECLARE_TR_FUNCTIONS(MemberCardPdf)
public:
    enum class Paper
    {
        Card, // one card a page, the card's size
        A4Sheet // ten cards a page
    };
    static constexpr double cardWidthMm = 85.6;
    static constexpr double cardHeightMm = 54.0;
    static constexpr int sheetColumns = 2;
    static constexpr int sheetRows = 5;

    MemberCardPdf(QString storeName, Paper paper, BarcodePainter::Symbology symbology);

    // Called after each card with how many are done; return false to stop (nothing is written then).
    using Progress = std::function<bool(int done, int total)>;
    // Writes the cards (each with a number) whole under the file's name, or leaves the file as it was
    // and says why.
    WriteResult write(
        const QString &fileName, const QList<MemberCardFace> &cards, const Progress &progress = {});
    static int pageCount(Paper paper, int cards);
    // Paints one card into `card` (device units; `dotsPerMm` of the device).
    QString paintCard(
        QPainter &painter, const QRectF &card, double dotsPerMm, const MemberCardFace &face) const;
    // One card drawn into an image `widthPixels` wide (a preview, and to look at without a PDF reader).
    QImage renderCard(const MemberCardFace &face, int widthPixels) const;
    // Where the barcode goes on a card, in mm from its top left corner.
    QRectF barcodeBoxMm() const;

private:
    void paintCutMarks(QPainter &painter, const QRectF &grid, double dotsPerMm) const;

    QString m_storeName;
    Paper m_paper;
    BarcodePainter::Symbology m_symbology;
};

} // namespace atelier
