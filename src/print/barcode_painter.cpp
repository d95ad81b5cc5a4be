#include "print/barcode_painter.h"

#include <QPainter>
#include <QPolygonF>

#include <zint.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>

namespace atelier {

namespace {

struct SymbolDelete
{
    void operator()(zint_symbol *symbol) const { ZBarcode_Delete(symbol); }
};

// A hexagon of libzint's vector output (MaxiCode only), its centre and its corner-to-corner diameter.
QPolygonF hexagon(const zint_vector_hexagon &hex)
{
    QPolygonF points;
    const double radius = hex.diameter / 2.0;
    const double turn = hex.rotation == 90 || hex.rotation == 270 ? 0.0 : 30.0;
    for (int corner = 0; corner < 6; ++corner) {
        const double angle = (60.0 * corner + turn) * std::numbers::pi / 180.0;
        points << QPointF(hex.x + radius * std::cos(angle), hex.y + radius * std::sin(angle));
    }
    return points;
}

} // namespace

QString BarcodePainter::paint(QPainter &painter, const QRectF &box, const QString &data, Symbology symbology)
{
    const std::unique_ptr<zint_symbol, SymbolDelete> symbol(ZBarcode_Create());
    if (!symbol)
        return tr("The barcode could not be made.");
    symbol->symbology = symbology == Symbology::Code128 ? BARCODE_CODE128 : BARCODE_QRCODE;
    symbol->show_hrt = 0;
    symbol->whitespace_width = 0;
    symbol->border_width = 0;
    const QByteArray bytes = data.toUtf8();
    const int encoded = ZBarcode_Encode(
        symbol.get(), reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()));
    if (encoded >= ZINT_ERROR)
        return tr("The barcode could not be made for %1: %2").arg(data, QString::fromLatin1(symbol->errtxt));
    if (ZBarcode_Buffer_Vector(symbol.get(), 0) >= ZINT_ERROR || !symbol->vector)
        return tr("The barcode could not be made for %1: %2").arg(data, QString::fromLatin1(symbol->errtxt));
    const zint_vector &vector = *symbol->vector;
    if (vector.width <= 0 || vector.height <= 0)
        return tr("The barcode could not be made for %1.").arg(data);

    // A bar code stretches to the box (the bars keep their proportions across); a square stays square.
    double sx = box.width() / vector.width;
    double sy = box.height() / vector.height;
    QPointF origin = box.topLeft();
    if (symbology == Symbology::QrCode) {
        sx = sy = std::min(sx, sy);
        origin += QPointF((box.width() - vector.width * sx) / 2, (box.height() - vector.height * sy) / 2);
    }
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.translate(origin);
    painter.scale(sx, sy);
    const QColor ink(Qt::black);
    const QColor paper(Qt::white);
    for (const zint_vector_rect *rect = vector.rectangles; rect; rect = rect->next)
        painter.fillRect(
            QRectF(rect->x, rect->y, rect->width, rect->height), rect->colour == 8 ? paper : ink);
    painter.setBrush(ink);
    for (const zint_vector_hexagon *hex = vector.hexagons; hex; hex = hex->next)
        painter.drawPolygon(hexagon(*hex));
    for (const zint_vector_circle *circle = vector.circles; circle; circle = circle->next) {
        const QColor colour = circle->colour ? paper : ink;
        const double r = circle->diameter / 2.0;
        if (circle->width > 0) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(colour, circle->width));
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
        }
        painter.drawEllipse(QPointF(circle->x, circle->y), r, r);
    }
    painter.restore();
    return QString();
}

} // namespace atelier
