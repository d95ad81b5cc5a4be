#include "core/gamma_gamma.h"

#include "core/max_likelihood.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace atelier {

double GammaGamma::logLikelihood(const GammaGammaParameters &p, const SpendSummary &c)
{
    const double px = p.p * c.x;
    return std::lgamma(px + p.q) - std::lgamma(px) - std::lgamma(p.q) + p.q * std::log(p.gamma)
        + (px - 1) * std::log(c.zbar) + px * std::log(c.x) - (px + p.q) * std::log(p.gamma + c.x * c.zbar);
}

double GammaGamma::logLikelihood(const GammaGammaParameters &p, const std::vector<SpendSummary> &customers)
{
    double sum = 0;
    for (const SpendSummary &c : customers)
        if (c.x > 0 && c.zbar > 0)
            sum += logLikelihood(p, c);
    return sum;
}

GammaGammaFit GammaGamma::fit(const std::vector<SpendSummary> &customers)
{
    GammaGammaFit result;
    std::vector<SpendSummary> repeat;
    double meanValue = 0;
    for (const SpendSummary &c : customers) {
        if (c.x > 0 && c.zbar > 0) {
            repeat.push_back(c);
            meanValue += c.zbar;
        }
    }
    result.customers = int(repeat.size());
    if (repeat.size() < 2) {
        result.problem = QCoreApplication::translate(
            "GammaGamma", "Fewer than two customers have bought again: the spend model cannot be fitted.");
        return result;
    }
    meanValue /= double(repeat.size());
    // Start where the store's mean is p γ / (q − 1) = the sample's mean, with a moderate spread.
    const LikelihoodMaximum maximum = maximiseLikelihood(
        [&repeat](const std::vector<double> &v) {
            return logLikelihood({v[0], v[1], v[2]}, repeat);
        },
        {0, std::log(2.0), std::log(std::max(meanValue, 1e-3))});
    result.evaluations = maximum.evaluations;
    result.parameters = {std::exp(maximum.logs[0]), std::exp(maximum.logs[1]), std::exp(maximum.logs[2])};
    result.logLikelihood = maximum.logLikelihood;
    if (!maximum.converged)
        result.problem = QCoreApplication::translate("GammaGamma", "The spend model's fit did not converge.");
    else if (maximum.atLowerEdge)
        result.problem = QCoreApplication::translate(
            "GammaGamma", "A parameter of the spend model ran down to zero: the history says too little.");
    else if (result.parameters.q <= 1)
        result.problem = QCoreApplication::translate("GammaGamma",
            "Spending varies so much between customers that the model has no average to expect (q ≤ 1).");
    return result;
}

double GammaGamma::expectedAverageValue(const GammaGammaParameters &p, const SpendSummary &c)
{
    return p.p * (p.gamma + c.x * c.zbar) / (p.p * c.x + p.q - 1);
}

} // namespace atelier
