#include "core/gamma_gamma.h"

#include "core/max_likelihood.h"

#include <QCoreApplication>

#include <boost/math/special_functions/digamma.hpp>

#include <algorithm>
#include <cmath>

namespace atelier {

namespace {

// The repeat buyers in x order, so that the digamma and lgamma terms of p x are computed once per
// distinct x; the sample's log-likelihood and its derivatives in (p, q, γ).
double sampleLogLikelihood(
    const GammaGammaParameters &m, const std::vector<SpendSummary> &byX, std::vector<double> *gradient)
{
    using boost::math::digamma;
    const bool derive = gradient != nullptr;
    const double logGamma = std::log(m.gamma), lgammaQ = std::lgamma(m.q);
    const double psiQ = derive ? digamma(m.q) : 0;
    double sum = 0, dp = 0, dq = 0, dGamma = 0;
    double x = -1, shared = 0, psiPxQ = 0, psiPx = 0, logX = 0;
    for (const SpendSummary &c : byX) {
        const double px = m.p * c.x;
        if (c.x != x) {
            x = c.x;
            logX = std::log(x);
            shared = std::lgamma(px + m.q) - std::lgamma(px) - lgammaQ + m.q * logGamma + px * logX;
            if (derive) {
                psiPxQ = digamma(px + m.q);
                psiPx = digamma(px);
            }
        }
        const double logZ = std::log(c.zbar), logRate = std::log(m.gamma + x * c.zbar);
        sum += shared + (px - 1) * logZ - (px + m.q) * logRate;
        if (derive) {
            dp += x * (psiPxQ - psiPx + logZ + logX - logRate);
            dq += psiPxQ - psiQ + logGamma - logRate;
            dGamma += m.q / m.gamma - (px + m.q) / (m.gamma + x * c.zbar);
        }
    }
    if (derive)
        *gradient = {dp, dq, dGamma};
    return sum;
}

} // namespace

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
    // γ carries the currency: a store's fen put it near 10^5, past the search range. The fit runs on
    // values divided by their mean (the model is the same in any unit: γ scales, p and q do not)
    // and γ is scaled back.
    std::vector<SpendSummary> scaled = repeat;
    for (SpendSummary &c : scaled)
        c.zbar /= meanValue;
    std::sort(
        scaled.begin(), scaled.end(), [](const SpendSummary &l, const SpendSummary &r) { return l.x < r.x; });
    // Start where the store's mean p γ / (q − 1) is the sample's mean (1 in the scaled unit).
    const LikelihoodMaximum maximum = maximiseLikelihood(
        [&scaled](const std::vector<double> &v, std::vector<double> *gradient) {
            return sampleLogLikelihood({v[0], v[1], v[2]}, scaled, gradient);
        },
        {0, std::log(2.0), 0});
    result.evaluations = maximum.evaluations;
    result.parameters
        = {std::exp(maximum.logs[0]), std::exp(maximum.logs[1]), std::exp(maximum.logs[2]) * meanValue};
    result.logLikelihood = logLikelihood(result.parameters, repeat); // in the caller's unit
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
