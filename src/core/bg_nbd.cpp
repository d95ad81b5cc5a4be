#include "core/bg_nbd.h"

#include "core/max_likelihood.h"

#include <QCoreApplication>

// Boost 1.74's hypergeometric_pFq uses lgamma and expm1 without including their definitions.
#include <boost/math/special_functions/expm1.hpp>
#include <boost/math/special_functions/gamma.hpp>
#include <boost/math/special_functions/hypergeometric_pFq.hpp>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace atelier {

namespace {

// log(exp(u) + exp(v)) without overflow.
double logSumExp(double u, double v)
{
    const double high = std::max(u, v);
    return high + std::log(std::exp(u - high) + std::exp(v - high));
}

BgNbdParameters fromVector(const std::vector<double> &v)
{
    return {v[0], v[1], v[2], v[3]};
}

// Customers with the same (x, t_x, T) counted once with a weight, in x order: a store has many
// one-time buyers of the same age, and the terms that depend on x alone (four lgamma calls) are
// computed once per distinct x. This keeps a fit over 100 000 customers inside the nightly budget.
struct GroupedSample
{
    struct Row
    {
        RepeatSummary customer;
        double weight;
    };
    std::vector<Row> rows;

    explicit GroupedSample(std::vector<RepeatSummary> customers)
    {
        std::sort(customers.begin(), customers.end(), [](const RepeatSummary &l, const RepeatSummary &r) {
            return std::tie(l.x, l.T, l.tx) < std::tie(r.x, r.T, r.tx);
        });
        for (const RepeatSummary &c : customers) {
            if (!rows.empty() && rows.back().customer.x == c.x && rows.back().customer.T == c.T
                && rows.back().customer.tx == c.tx)
                rows.back().weight += 1;
            else
                rows.push_back({c, 1});
        }
    }

    // Equation (6) summed, as BgNbd::logLikelihood computes it customer by customer.
    double logLikelihood(const BgNbdParameters &p) const
    {
        const double logAlpha = std::log(p.alpha), logA = std::log(p.a);
        const double lgammaR = std::lgamma(p.r), lgammaB = std::lgamma(p.b),
                     lgammaAB = std::lgamma(p.a + p.b);
        double sum = 0;
        double x = -1, shared = 0;
        for (const Row &row : rows) {
            const RepeatSummary &c = row.customer;
            if (c.x != x) {
                x = c.x;
                shared = std::lgamma(p.r + x) - lgammaR + p.r * logAlpha + lgammaAB + std::lgamma(p.b + x)
                    - lgammaB - std::lgamma(p.a + p.b + x);
            }
            const double a3 = -(p.r + x) * std::log(p.alpha + c.T);
            const double tail = x <= 0
                ? a3
                : logSumExp(a3, logA - std::log(p.b + x - 1) - (p.r + x) * std::log(p.alpha + c.tx));
            sum += row.weight * (shared + tail);
        }
        return sum;
    }
};

// The expectations divide by a − 1; at a = 1 the quotient has a finite limit, which a step of 1e-7
// away from 1 gives to seven digits.
BgNbdParameters awayFromOne(BgNbdParameters p)
{
    if (std::abs(p.a - 1) < 1e-7)
        p.a = 1 + 1e-7;
    return p;
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
    const GroupedSample sample(customers);
    const LikelihoodMaximum maximum = maximiseLikelihood(
        [&sample](const std::vector<double> &v) { return sample.logLikelihood(fromVector(v)); },
        {0, std::log(std::max(meanT, 1e-3)), 0, 0});
    result.evaluations = maximum.evaluations;
    const std::vector<double> &logs = maximum.logs;
    result.parameters = {std::exp(logs[0]), std::exp(logs[1]), std::exp(logs[2]), std::exp(logs[3])};
    result.logLikelihood = maximum.logLikelihood;
    if (!maximum.converged)
        result.problem = QCoreApplication::translate("BgNbd", "The fit did not converge.");
    else if (maximum.atLowerEdge)
        result.problem = QCoreApplication::translate(
            "BgNbd", "A parameter of the fit ran down to zero: the history says too little.");
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

double BgNbd::expectedPurchasesNew(const BgNbdParameters &given, double t)
{
    const BgNbdParameters p = awayFromOne(given);
    if (t <= 0)
        return 0;
    const double z = t / (p.alpha + t);
    const double power = std::pow(p.alpha / (p.alpha + t), p.r);
    return (p.a + p.b - 1) / (p.a - 1) * (1 - power * hypergeometric2F1(p.r, p.b, p.a + p.b - 1, z));
}

double BgNbd::expectedPurchasesWhileAlive(const BgNbdParameters &given, const RepeatSummary &c, double t)
{
    const BgNbdParameters p = awayFromOne(given);
    if (t <= 0)
        return 0;
    const double z = t / (p.alpha + c.T + t);
    const double power = std::pow((p.alpha + c.T) / (p.alpha + c.T + t), p.r + c.x);
    return (p.a + p.b + c.x - 1) / (p.a - 1)
        * (1 - power * hypergeometric2F1(p.r + c.x, p.b + c.x, p.a + p.b + c.x - 1, z));
}

double BgNbd::expectedPurchases(const BgNbdParameters &p, const RepeatSummary &c, double t)
{
    return expectedPurchasesWhileAlive(p, c, t) * probabilityAlive(p, c);
}

} // namespace atelier
