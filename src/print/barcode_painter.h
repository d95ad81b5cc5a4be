#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QString>

class QPainter;

namespace atelier {

// Paints a barcode that libzint encodes (its C API: ZBarcode_Encode and the vector output of
// ZBarcode_Buffer_Vector) with QPainter: the symbol's bars, squares and dots scaled into a box, in the
// painter's pen colour's place black on the page. No text: the card prints the number itself.
class BarcodePainter
{
    Q_DECLARE_TR_FUNCTIONS(BarcodePainter)
public:
    enum class Symbology
    {
        Code128, // a line of bars, read by every counter scanner
        QrCode // a square, read by phones and 2D scanners
    };

    // Paints `data` into `box` (Code 128 stretched to the box, a QR code square and centred). Returns
    // why nothing was painted (libzint refused the data), or empty.
    static QString paint(QPainter &painter, const QRectF &box, const QString &data, Symbology symbology);
};

} // namespace atelier
