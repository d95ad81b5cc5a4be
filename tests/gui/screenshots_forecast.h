#pragma once

#include <QString>

namespace atelier::testing {

class TempStore;

// The demo store of 1 500 customers with a nightly run that the forecast shots use, made on the first
// call (the campaign shots use it too); null when it could not be made.
TempStore *forecastStore();

// The manager's Forecasts page and a customer card with its forecast, on a demo store of 1 500
// customers with a nightly run (made on the first call and kept for the next language).
void shootForecast(const QString &folder, const QString &suffix);

} // namespace atelier::testing
