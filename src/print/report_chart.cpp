#include "print/report_chart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace atelier {

QChart *ReportChart::create(
    const ReportTable &table, const QString &currentLabel, const QString &previousLabel)
{
    if (table.chart == ReportTable::Chart::None || table.chartLabels.isEmpty())
        return nullptr;
    auto *chart = new QChart;
    chart->setTitle(table.title);
    if (table.chart == ReportTable::Chart::Pie) {
        auto *series = new QPieSeries;
        for (int i = 0; i < table.chartLabels.size(); ++i)
            if (table.chartCurrent.at(i) > 0)
                series->append(table.chartLabels.at(i), table.chartCurrent.at(i));
        // Labels of thin slices would be drawn over each other; the legend names every slice.
        for (QPieSlice *slice : series->slices())
            slice->setLabelVisible(slice->percentage() >= 0.05);
        chart->addSeries(series);
        chart->legend()->setAlignment(Qt::AlignRight);
        return chart;
    }
    auto *current = new QBarSet(currentLabel);
    auto *previous = new QBarSet(previousLabel);
    double highest = 0;
    for (int i = 0; i < table.chartLabels.size(); ++i) {
        *current << table.chartCurrent.at(i);
        *previous << table.chartPrevious.at(i);
        highest = std::max({highest, table.chartCurrent.at(i), table.chartPrevious.at(i)});
    }
    auto *series = new QBarSeries;
    series->append(current);
    series->append(previous);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(table.chartLabels);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    if (highest <= 10) {
        // Small counts: one tick per whole number, so no label repeats.
        const int top = std::max(1, int(std::ceil(highest)));
        axisY->setRange(0, top);
        axisY->setTickCount(top + 1);
    } else {
        axisY->setRange(0, highest);
        axisY->applyNiceNumbers();
    }
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QImage ReportChart::render(
    const ReportTable &table, const QString &currentLabel, const QString &previousLabel, const QSize &size)
{
    QChart *chart = create(table, currentLabel, previousLabel);
    if (!chart)
        return {};
    // A scene of its own, not a view: nothing is shown, and the chart is laid out at once.
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns the chart
    const QRectF area(QPointF(0, 0), QSizeF(size));
    chart->setGeometry(area);
    scene.setSceneRect(area);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    chart->layout()->activate();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, area, area);
    return image;
}

} // namespace atelier
