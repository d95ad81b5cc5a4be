#include "core/bg_nbd.h"

#include "core/max_likelihood.h"

#include <QCoreApplication>

// Boost 1.74's hypergeometric_pFq uses lgamma and expm1 without including their definitions.
#include <boost/math/special_functions/digamma.hpp>
#include <boost/math/special_functions/expm1.hpp>
#include <boost/math/special_functions/gamma.hpp>
#include <boost/math/special_functions/hypergeometric_pFq.hpp>

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
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

    // Equation (6) summed, as BgNbd::logLikelihood computes it customer by customer, and its
    // derivatives in (r, α, a, b) when `gradient` is given (digamma terms once per distinct x).
    double logLikelihood(const BgNbdParameters &p, std::vector<double> *gradient) const
    {
        using boost::math::digamma;
        const double logAlpha = std::log(p.alpha), logA = std::log(p.a);
        const double lgammaR = std::lgamma(p.r), lgammaB = std::lgamma(p.b),
                     lgammaAB = std::lgamma(p.a + p.b);
        const bool derive = gradient != nullptr;
        const double psiR = derive ? digamma(p.r) : 0, psiB = derive ? digamma(p.b) : 0;
        const double psiAB = derive ? digamma(p.a + p.b) : 0;
        double sum = 0, dr = 0, dAlpha = 0, da = 0, db = 0;
        double x = -1, shared = 0, sharedR = 0, sharedA = 0, sharedB = 0;
        for (const Row &row : rows) {
            const RepeatSummary &c = row.customer;
            if (c.x != x) {
                x = c.x;
                shared = std::lgamma(p.r + x) - lgammaR + p.r * logAlpha + lgammaAB + std::lgamma(p.b + x)
                    - lgammaB - std::lgamma(p.a + p.b + x);
                if (derive) {
                    const double psiABx = digamma(p.a + p.b + x);
                    sharedR = digamma(p.r + x) - psiR + logAlpha;
                    sharedA = psiAB - psiABx;
                    sharedB = psiAB + digamma(p.b + x) - psiB - psiABx;
                }
            }
            const double logT = std::log(p.alpha + c.T);
            const double a3 = -(p.r + x) * logT;
            double tail = a3, w3 = 1, w4 = 0, logTx = 0;
            if (x > 0) {
                logTx = std::log(p.alpha + c.tx);
                const double a4 = logA - std::log(p.b + x - 1) - (p.r + x) * logTx;
                tail = logSumExp(a3, a4);
                w3 = std::exp(a3 - tail);
                w4 = std::exp(a4 - tail);
            }
            sum += row.weight * (shared + tail);
            if (derive) {
                dr += row.weight * (sharedR - w3 * logT - w4 * logTx);
                dAlpha += row.weight
                    * (p.r / p.alpha - w3 * (p.r + x) / (p.alpha + c.T)
                        - (x > 0 ? w4 * (p.r + x) / (p.alpha + c.tx) : 0));
                da += row.weight * (sharedA + (x > 0 ? w4 / p.a : 0));
                db += row.weight * (sharedB - (x > 0 ? w4 / (p.b + x - 1) : 0));
            }
        }
        if (derive)
            *gradient = {dr, dAlpha, da, db};
        return sum;
    }
};

// From this a on, the expectations treat the drop-out chance as the same for everyone (see
// expectedPurchasesWhileAlive).
constexpr double fixedDropOutFrom = 200;

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
        [&sample](const std::vector<double> &v, std::vector<double> *gradient) {
            return sample.logLikelihood(fromVector(v), gradient);
        },
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
    try {
        return boost::math::hypergeometric_pFq({a, b}, {c}, z);
    } catch (const std::exception &) { // overflow, or no convergence: a number nobody can use
        return std::numeric_limits<double>::quiet_NaN();
    }
}

std::vector<double> BgNbd::hypergeometric2F1(double a, double b, double c, const std::vector<double> &zs)
{
    constexpr double seriesLimit = 0.9;
    constexpr int maxTerms = 5000;
    const std::size_t n = zs.size();
    std::vector<double> sums(n, 1.0), terms(n, 1.0);
    const double zMax = zs.empty() ? 0 : *std::max_element(zs.cbegin(), zs.cend());
    const bool seriesFits
        = std::all_of(zs.cbegin(), zs.cend(), [](double z) { return z >= 0 && z <= seriesLimit; });
    bool settled = seriesFits && zMax == 0;
    const double positiveFrom = std::max({0.0, -a, -b, -c}) + 1;
    for (int k = 0; seriesFits && !settled && k < maxTerms; ++k) {
        const double ratio = (a + k) * (b + k) / ((c + k) * (k + 1));
        double largest = 0, smallestSum = std::numeric_limits<double>::max();
        for (std::size_t i = 0; i < n; ++i) {
            terms[i] *= ratio * zs[i];
            sums[i] += terms[i];
            largest = std::max(largest, std::abs(terms[i]));
            smallestSum = std::min(smallestSum, std::abs(sums[i]));
        }
        // From term k + 1 on, each ratio is at most R = max(1, (a+k+1)/(k+2)) · max(1, (b+k+1)/(c+k+1)):
        // (a + j)/(j + 1) and (b + j)/(c + j) move towards 1 from either side. With z R < 1 the rest
        // of the series is below a geometric tail.
        const double next = k + 1;
        if (next < positiveFrom)
            continue;
        const double bound
            = zMax * std::max(1.0, (a + next) / (next + 1)) * std::max(1.0, (b + next) / (c + next));
        if (bound < 1 && largest * bound / (1 - bound) <= 1e-16 * smallestSum)
            settled = true;
    }
    for (std::size_t i = 0; i < n; ++i)
        if (!settled || !std::isfinite(sums[i]))
            sums[i] = hypergeometric2F1(a, b, c, zs[i]);
    return sums;
}

double BgNbd::expectedPurchasesNew(const BgNbdParameters &given, double t)
{
    return expectedPurchasesWhileAlive(given, RepeatSummary{0, 0, 0}, std::vector<double>{t}).front();
}

double BgNbd::expectedPurchasesWhileAlive(const BgNbdParameters &p, const RepeatSummary &c, double t)
{
    return expectedPurchasesWhileAlive(p, c, std::vector<double>{t}).front();
}

std::vector<double> BgNbd::expectedPurchasesWhileAlive(
    const BgNbdParameters &given, const RepeatSummary &c, const std::vector<double> &horizons)
{
    // Equation (10) without P(alive): (a+b+x-1)/(a-1) · [1 - ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x;
    // a+b+x-1; z)], z = t / (α+T+t). Written with Euler's transformation 2F1(A, B; C; z) =
    // (1-z)^(C-A-B) 2F1(C-A, C-B; C; z), the power and the 2F1 become (1-z)^(a-1) · 2F1(a+b-1-r,
    // a-1; a+b+x-1; z): the first two parameters no longer grow with x, so nothing overflows for a
    // customer with a thousand purchases and the series needs few terms.
    const BgNbdParameters p = awayFromOne(given);
    if (p.a > fixedDropOutFrom) {
        // Beta(a, b) this narrow is p = a / (a + b) for everyone (its spread is below 1/√a = 7 % of
        // its mean), and the expectation has a closed form: alive now, λ ~ Gamma(r + x, α + T), she
        // buys (1 − e^(−λ p t)) / p times. The exact series would need tens of thousands of terms.
        const double dropOut = p.a / (p.a + p.b);
        std::vector<double> result;
        result.reserve(horizons.size());
        for (const double t : horizons)
            result.push_back(t <= 0
                    ? 0
                    : -std::expm1((p.r + c.x) * std::log1p(-dropOut * t / (p.alpha + c.T + dropOut * t)))
                        / dropOut);
        return result;
    }
    std::vector<double> zs;
    zs.reserve(horizons.size());
    for (const double t : horizons)
        zs.push_back(t > 0 ? t / (p.alpha + c.T + t) : 0.0);
    std::vector<double> result = hypergeometric2F1(p.a + p.b - 1 - p.r, p.a - 1, p.a + p.b + c.x - 1, zs);
    const double scale = (p.a + p.b + c.x - 1) / (p.a - 1);
    for (std::size_t i = 0; i < horizons.size(); ++i)
        result[i] = horizons[i] <= 0 ? 0 : scale * (1 - std::pow(1 - zs[i], p.a - 1) * result[i]);
    return result;
}

double BgNbd::expectedPurchases(const BgNbdParameters &p, const RepeatSummary &c, double t)
{
    return expectedPurchasesWhileAlive(p, c, t) * probabilityAlive(p, c);
}

} // namespace atelier
