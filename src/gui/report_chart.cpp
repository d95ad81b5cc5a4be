#include "gui/report_chart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QPainter>
#include <QPieSeries>
#include <QValueAxis>

#include <algorithm>
#include <memory>

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
        series->setLabelsVisible(true);
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
    axisY->setRange(0, highest > 0 ? highest * 1.1 : 1.0);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
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
    QChartView view(chart); // owns the chart
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(size);
    chart->resize(size);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view.render(&painter);
    return image;
}

} // namespace atelier
