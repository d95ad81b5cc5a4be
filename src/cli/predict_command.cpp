#include "cli/commands.h"

#include "core/nightly_schedule.h"
#include "core/stored_time.h"
#include "core/summary_file.h"
#include "services/loyalty_service.h"
#include "services/prediction_service.h"
#include "services/store.h"
#include "services/store_settings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>

#include <spdlog/spdlog.h>

namespace atelier::cli {

namespace {

// A summary file's z̄ is in yuan (元), as a till shows prices; forecasts are in fen.
constexpr double fenPerYuan = 100;

struct PredictRequest
{
    bool customers = false; // `predict customers`; otherwise `predict fit`
    std::optional<QDate> asOf;
    TimeUnit unit = TimeUnit::Week;
    std::optional<QString> summary;
};

// Both models fitted, and what the output needs to describe them.
struct Fitted
{
    StoreFit result;
    QString purchasesProblem; // the purchase model failed: nothing to show
    QString spendProblem; // the spend model failed: no money figures
    bool spendMissing = false; // a summary file without zbar: no money figures, nothing failed
    QString source; // "the store as of …" or the file's name
    QStringList ids; // a summary file's ids, by position (its CustomerIds are 1, 2, …)
    double discountRate = PredictionModel::defaultAnnualDiscountRate;
    double fenPerSpendUnit = 1;
    qint64 milliseconds = 0;
};

QString decimal(double value, int places)
{
    return QLocale::c().toString(value, 'f', places);
}

// As short as the value allows: 2, 4.2857, 38.86.
QString shortDecimal(double value)
{
    QString text = decimal(value, 4);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

// Columns a label takes in a terminal: Chinese characters take two.
qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x1100 ? 2 : 1;
    return width;
}

void printFailure(const QString &message)
{
    printError(QStringLiteral("atelier-cli: ") + message + u'\n');
}

// Which model failed, for the report: the spend model only when the spend is known.
void splitProblem(Fitted &fitted, bool spendKnown)
{
    fitted.purchasesProblem = fitted.result.purchasesProblem;
    if (spendKnown)
        fitted.spendProblem = fitted.result.spendProblem;
}

std::optional<Fitted> fitFile(const PredictRequest &request, int &exitCode)
{
    const SummaryFileContents contents = SummaryFile::read(*request.summary);
    if (!contents.ok()) {
        exitCode = badInput(contents.error);
        return std::nullopt;
    }
    for (const RejectedSummaryRow &rejected : contents.rejected)
        printError(Cli::tr("line %1: %2").arg(QString::number(rejected.line), rejected.reason) + u'\n');
    if (contents.rows.empty()) {
        exitCode = badInput(
            Cli::tr("%1 has no good rows to fit on.").arg(QDir::toNativeSeparators(*request.summary)));
        return std::nullopt;
    }
    Fitted fitted;
    fitted.source = QDir::toNativeSeparators(*request.summary);
    fitted.fenPerSpendUnit = fenPerYuan;
    StoreSummaries customers;
    customers.reserve(contents.rows.size());
    for (const SummaryRow &row : contents.rows) {
        PurchaseHistorySummary summary;
        summary.repeat = row.repeat;
        summary.spend = row.spend;
        customers.emplace_back(CustomerId(customers.size() + 1), summary);
        fitted.ids << row.id;
    }
    QElapsedTimer timer;
    timer.start();
    fitted.result = PredictionService::fitSummaries(std::move(customers), request.unit);
    fitted.milliseconds = timer.elapsed();
    splitProblem(fitted, contents.hasSpend);
    fitted.spendMissing = !contents.hasSpend;
    return fitted;
}

std::optional<Fitted> fitStore(const PredictRequest &request, const QString &databasePath, int &exitCode)
{
    Store store;
    if (exitCode = openStore(store, databasePath, false); exitCode != Success)
        return std::nullopt;
    // Like the nightly run: the last whole day the app's timer covers (normally yesterday).
    const QDate asOf = request.asOf.value_or(
        NightlySchedule(store.loyalty().rules().nightlyHour).dueAsOf(store.clock().now()));
    Fitted fitted;
    fitted.source = Cli::tr("the store's sales up to %1").arg(toStoredText(asOf));
    fitted.discountRate = store.settings().annualDiscountRate();
    QElapsedTimer timer;
    timer.start();
    ReadResult<StoreFit> read = store.predictions().fitStore(asOf, request.unit);
    fitted.milliseconds = timer.elapsed();
    if (!read.ok()) {
        printFailure(read.error);
        exitCode = Failure;
        return std::nullopt;
    }
    fitted.result = std::move(*read.value);
    splitProblem(fitted, true);
    return fitted;
}

QString fitReport(const Fitted &fitted)
{
    const PredictionFit &fit = fitted.result.fit;
    QList<std::pair<QString, QString>> lines{
        {Cli::tr("Fitted on"), fitted.source},
        {Cli::tr("Customers"), QString::number(fit.customers)},
        {Cli::tr("Time unit"), toCode(fit.unit)},
        {Cli::tr("Purchases (BG/NBD)"), QString()},
        {QStringLiteral("  r"), decimal(fit.purchases.r, 3)},
        {QStringLiteral("  alpha"), decimal(fit.purchases.alpha, 3)},
        {QStringLiteral("  a"), decimal(fit.purchases.a, 3)},
        {QStringLiteral("  b"), decimal(fit.purchases.b, 3)},
        {Cli::tr("  log-likelihood"), decimal(fit.logLikelihood, 1)},
        {Cli::tr("Spend (Gamma-Gamma)"),
            fitted.spendMissing                 ? Cli::tr("not fitted: the file has no zbar column")
                : fitted.spendProblem.isEmpty() ? QString()
                                                : Cli::tr("not fitted: %1").arg(fitted.spendProblem)},
    };
    if (!fitted.spendMissing && fitted.spendProblem.isEmpty()) {
        lines << std::pair{QStringLiteral("  p"), decimal(fit.spend.p, 3)}
              << std::pair{QStringLiteral("  q"), decimal(fit.spend.q, 3)}
              << std::pair{QStringLiteral("  gamma"),
                     decimal(fit.spend.gamma, 3) + u' '
                         + (fitted.fenPerSpendUnit == 1 ? Cli::tr("(fen)") : Cli::tr("(yuan)"))}
              << std::pair{Cli::tr("  repeat buyers"), QString::number(fit.spendCustomers)}
              << std::pair{Cli::tr("  log-likelihood"), decimal(fit.spendLogLikelihood, 1)};
    }
    lines << std::pair{Cli::tr("Fit took"), Cli::tr("%1 ms").arg(fitted.milliseconds)};
    qsizetype width = 0;
    for (const auto &[label, value] : lines)
        width = std::max(width, displayWidth(label));
    QString text;
    for (const auto &[label, value] : lines)
        text += (value.isEmpty() ? label : label + QString(width + 2 - displayWidth(label), u' ') + value)
            + u'\n';
    return text;
}

QString customerTable(const Fitted &fitted, const QDate &asOf)
{
    PredictionFit fit = fitted.result.fit;
    StoreSummaries customers = fitted.result.customers;
    const bool money = !fitted.spendMissing && fitted.spendProblem.isEmpty();
    // The spend model is linear in its unit: scale γ and z̄ to fen rather than round yuan.
    fit.spend.gamma *= fitted.fenPerSpendUnit;
    for (auto &[customer, summary] : customers)
        summary.spend.zbar *= fitted.fenPerSpendUnit;
    if (!money)
        fit.spend = {1, 2, 1}; // unused: keeps the arithmetic finite (q > 1)
    QString text
        = QStringLiteral("customer_id,x,t_x,T,p_alive,expected_90d,expected_value_fen,next_purchase\n");
    const std::vector<CustomerPrediction> predictions
        = PredictionService::forecast(fit, customers, asOf, fitted.discountRate);
    for (const CustomerPrediction &p : predictions) {
        const CustomerForecastResult &f = p.forecast;
        const QString id = fitted.ids.isEmpty() ? QString::number(p.customer) : fitted.ids.at(p.customer - 1);
        text += csvLine({id, shortDecimal(p.repeat.x), shortDecimal(p.repeat.tx), shortDecimal(p.repeat.T),
            decimal(f.probabilityAlive, 4), decimal(f.expectedPurchases90Days, 4),
            money ? QString::number(f.expectedValue12Months.fen()) : QString(),
            f.nextPurchase.isValid() ? toStoredText(f.nextPurchase) : QString()});
    }
    return text;
}

} // namespace

int runPredict(CommandLine &line, const QString &databasePath)
{
    PredictRequest request;
    request.asOf = line.takeDate(QStringLiteral("as-of"));
    request.summary = line.take(QStringLiteral("summary"));
    if (const std::optional<QString> unit = line.take(QStringLiteral("unit"))) {
        const std::optional<TimeUnit> parsed = timeUnitFromCode(*unit);
        if (!parsed)
            line.fail(Cli::tr("Unknown time unit \"%1\"; use day or week.").arg(*unit));
        request.unit = parsed.value_or(TimeUnit::Week);
    }
    const std::optional<QString> subject = line.takeWord();
    request.customers = subject == QStringLiteral("customers");
    if (!line.failed() && subject != QStringLiteral("fit") && !request.customers)
        line.fail(subject ? Cli::tr("Cannot predict \"%1\"; the choices are: fit, customers.").arg(*subject)
                          : Cli::tr("Say what to predict: fit or customers."));
    if (!line.failed() && request.summary && request.asOf)
        line.fail(Cli::tr("--as-of has no meaning with --summary: the file's T already says how long "
                          "each customer has been one."));
    if (!line.finish())
        return badInput(line.error());

    int exitCode = Success;
    const std::optional<Fitted> fitted
        = request.summary ? fitFile(request, exitCode) : fitStore(request, databasePath, exitCode);
    if (!fitted)
        return exitCode;
    spdlog::info("predict: {} customers fitted in {} ms ({})", fitted->result.fit.customers,
        fitted->milliseconds, fitted->purchasesProblem.isEmpty() ? "ok" : "failed");
    if (!fitted->purchasesProblem.isEmpty()) {
        printFailure(Cli::tr("The models could not be fitted: %1").arg(fitted->purchasesProblem));
        return Failure;
    }
    if (request.customers) {
        if (!fitted->spendProblem.isEmpty())
            printFailure(Cli::tr("No expected values: %1").arg(fitted->spendProblem));
        printOut(customerTable(*fitted, fitted->result.fit.asOf));
    } else {
        printOut(fitReport(*fitted));
    }
    return Success;
}

} // namespace atelier::cli
