#include "core/bg_nbd.h"

#include <QCoreApplication>

// Boost 1.74's hypergeometric_pFq uses lgamma and expm1 without including their definitions.
#include <boost/math/special_functions/expm1.hpp>
#include <boost/math/special_functions/gamma.hpp>
#include <boost/math/special_functions/hypergeometric_pFq.hpp>
#include <nlopt.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace atelier {

namespace {

// log(exp(u) + exp(v)) without overflow.
double logSumExp(double u, double v)
{
    const double high = std::max(u, v);
    return high + std::log(std::exp(u - high) + std::exp(v - high));
}

BgNbdParameters fromLogs(const double *logs)
{
    return {std::exp(logs[0]), std::exp(logs[1]), std::exp(logs[2]), std::exp(logs[3])};
}

struct Sample
{
    const std::vector<RepeatSummary> *customers;
    int evaluations = 0;
};

double negativeLogLikelihood(unsigned, const double *logs, double *, void *data)
{
    auto *sample = static_cast<Sample *>(data);
    ++sample->evaluations;
    const double ll = BgNbd::logLikelihood(fromLogs(logs), *sample->customers);
    // A point where the likelihood cannot be computed is simply a very bad point.
    return std::isfinite(ll) ? -ll : std::numeric_limits<double>::max();
}

// One NLopt pass from `logs`; false when NLopt gave up with an error.
bool minimise(nlopt_algorithm algorithm, std::array<double, 4> &logs, Sample &sample, double &value)
{
    nlopt_opt opt = nlopt_create(algorithm, 4);
    const std::array<double, 4> lower{-12, -12, -12, -12};
    const std::array<double, 4> upper{12, 12, 12, 12};
    nlopt_set_lower_bounds(opt, lower.data());
    nlopt_set_upper_bounds(opt, upper.data());
    nlopt_set_min_objective(opt, negativeLogLikelihood, &sample);
    nlopt_set_xtol_rel(opt, 1e-10);
    nlopt_set_ftol_abs(opt, 1e-10);
    nlopt_set_maxeval(opt, 20000);
    const nlopt_result result = nlopt_optimize(opt, logs.data(), &value);
    nlopt_destroy(opt);
    return result > 0;
}

} // namespace

double BgNbd::logLikelihood(const BgNbdParameters &p, const RepeatSummary &c)
{
    const double a1 = std::lgamma(p.r + c.x) - std::lgamma(p.r) + p.r * std::log(p.alpha);
    const double a2
        = std::lgamma(p.a + p.b) + std::lgamma(p.b + c.x) - std::lgamma(p.b) - std::lgamma(p.a + p.b + c.x);
    const double a3 = -(p.r + c.x) * std::log(p.alpha + c.T);
    if (c.x <= 0)
        return a1 + a2 + a3;
    const double a4 = std::log(p.a) - std::log(p.b + c.x - 1) - (p.r + c.x) * std::log(p.alpha + c.tx);
    return a1 + a2 + logSumExp(a3, a4);
}

double BgNbd::logLikelihood(const BgNbdParameters &p, const std::vector<RepeatSummary> &customers)
{
    double sum = 0;
    for (const RepeatSummary &c : customers)
        sum += logLikelihood(p, c);
    return sum;
}

BgNbdFit BgNbd::fit(const std::vector<RepeatSummary> &customers)
{
    BgNbdFit result;
    if (customers.empty()) {
        result.problem = QCoreApplication::translate("BgNbd", "There are no customers to fit the model on.");
        return result;
    }
    const bool anyRepeat
        = std::any_of(customers.cbegin(), customers.cend(), [](const RepeatSummary &c) { return c.x > 0; });
    if (!anyRepeat) {
        result.problem = QCoreApplication::translate(
            "BgNbd", "Nobody has bought twice yet: the model cannot tell how often customers come back.");
        return result;
    }
    // Start from r = a = b = 1 and α at the mean age, where the rate is about one purchase per age.
    double meanT = 0;
    for (const RepeatSummary &c : customers)
        meanT += c.T / static_cast<double>(customers.size());
    std::array<double, 4> logs{0, std::log(std::max(meanT, 1e-3)), 0, 0};
    Sample sample{&customers};
    double value = 0;
    const bool coarse = minimise(NLOPT_LN_NELDERMEAD, logs, sample, value);
    const bool polished = minimise(NLOPT_LN_BOBYQA, logs, sample, value);
    result.evaluations = sample.evaluations;
    result.parameters = fromLogs(logs.data());
    result.logLikelihood = -value;
    if ((!coarse && !polished) || !std::isfinite(value)) {
        result.problem = QCoreApplication::translate("BgNbd", "The fit did not converge.");
        return result;
    }
    for (const double log : logs) {
        if (std::abs(log) > 11.5) {
            result.problem = QCoreApplication::translate(
                "BgNbd", "The fit ran to the edge of the allowed parameters: the history says too little.");
            return result;
        }
    }
    return result;
}

double BgNbd::probabilityAlive(const BgNbdParameters &p, const RepeatSummary &c)
{
    if (c.x <= 0)
        return 1.0;
    // The odds of having dropped out, in logarithms so that x = 1000 stays finite.
    const double logOdds = std::log(p.a) - std::log(p.b + c.x - 1)
        + (p.r + c.x) * (std::log(p.alpha + c.T) - std::log(p.alpha + c.tx));
    if (logOdds > 700)
        return 0.0;
    return 1.0 / (1.0 + std::exp(logOdds));
}

double BgNbd::hypergeometric2F1(double a, double b, double c, double z)
{
    return boost::math::hypergeometric_pFq({a, b}, {c}, z);
}

double BgNbd::expectedPurchasesNew(const BgNbdParameters &p, double t)
{
    if (t <= 0)
        return 0;
    const double z = t / (p.alpha + t);
    const double power = std::pow(p.alpha / (p.alpha + t), p.r);
    return (p.a + p.b - 1) / (p.a - 1) * (1 - power * hypergeometric2F1(p.r, p.b, p.a + p.b - 1, z));
}

double BgNbd::expectedPurchases(const BgNbdParameters &p, const RepeatSummary &c, double t)
{
    if (t <= 0)
        return 0;
    const double z = t / (p.alpha + c.T + t);
    const double power = std::pow((p.alpha + c.T) / (p.alpha + c.T + t), p.r + c.x);
    const double numerator = (p.a + p.b + c.x - 1) / (p.a - 1)
        * (1 - power * hypergeometric2F1(p.r + c.x, p.b + c.x, p.a + p.b + c.x - 1, z));
    return numerator * probabilityAlive(p, c);
}

} // namespace atelier
