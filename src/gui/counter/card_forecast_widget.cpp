#include "gui/counter/card_forecast_widget.h"

#include "core/display_format.h"
#include "core/forecast_wording.h"
#include "gui/common/could_not_read.h"
#include "services/prediction_service.h"
#include "services/store.h"

#include <QLabel>
#include <QVBoxLayout>

namespace atelier {

CardForecastWidget::CardForecastWidget(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *caption = new QLabel(tr("Forecast"), this);
    caption->setObjectName(QStringLiteral("forecastCaption"));
    caption->setStyleSheet(QStringLiteral("font-weight: bold;"));
    setObjectName(QStringLiteral("cardForecastWidget"));
    m_lines = new QLabel(this);
    m_lines->setObjectName(QStringLiteral("forecastLinesLabel"));
    m_lines->setWordWrap(true);
    m_lines->setTextFormat(Qt::PlainText);
    layout->addWidget(caption);
    layout->addWidget(m_lines);
    hide();
}

void CardForecastWidget::setCustomer(CustomerId id, bool changedSinceRun)
{
    m_id = id;
    reload(changedSinceRun);
}

QString CardForecastWidget::text() const
{
    return isHidden() ? QString() : m_lines->text();
}

void CardForecastWidget::reload(bool changedSinceRun)
{
    const ReadResult<std::optional<CustomerPrediction>> read
        = m_id == 0 ? nothingChosen<CustomerPrediction>() : m_store.predictions().forecastFor(m_id);
    if (!read.ok()) {
        // Hiding the box would read as "no forecast for her"; the clerk is told it is unknown.
        m_lines->setText(tr("The forecast could not be read. %1").arg(read.error));
        m_lines->setToolTip(QString());
        show();
        return;
    }
    const std::optional<CustomerPrediction> &prediction = *read.value;
    if (!prediction) {
        m_lines->clear();
        hide();
        return;
    }
    QStringList lines = ForecastWording::lines(*prediction, m_store.clock().today());
    // Only the nightly run forecasts: after a purchase or a return it has not seen, the lines say
    // of when they are instead of passing for today's (a customer "bought once" who just bought again).
    if (changedSinceRun)
        lines.prepend(tr("As of %1, before her latest visit:").arg(DisplayFormat::date(prediction->asOf)));
    m_lines->setText(lines.join(u'\n'));
    m_lines->setToolTip(tr("Estimated by the nightly run from her purchases up to %1. A likelihood, not a "
                           "promise: use it as a hint for the conversation.")
                            .arg(DisplayFormat::date(prediction->asOf)));
    show();
}

} // namespace atelier
