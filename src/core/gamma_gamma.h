#pragma once

#include <QString>

#include <vector>

namespace atelier {

// A repeat buyer's spending as the Gamma-Gamma model reads it: x repeat purchases and their mean
// value z̄ (in any currency unit; the store uses fen).
struct SpendSummary
{
    double x = 0;
    double zbar = 0;
};

struct GammaGammaParameters
{
    double p = 1; // shape of each purchase's value around the customer's own mean
    double q = 1; // shape and scale of the gamma spread of customers' means
    double gamma = 1;
};

struct GammaGammaFit
{
    GammaGammaParameters parameters;
    double logLikelihood = 0;
    int evaluations = 0;
    int customers = 0; // repeat buyers the fit used
    QString problem; // empty: fitted; otherwise why not, in words
    bool ok() const { return problem.isEmpty(); }
};

// The Gamma-Gamma model of monetary value: Fader & Hardie, "The Gamma-Gamma Model of Monetary
// Value" (2013, brucehardie.com/notes/025), after Fader, Hardie & Lee, "RFM and CLV: Using
// Iso-Value Curves for Customer Base Analysis", Journal of Marketing Research 42(4), 2005. A
// purchase's value is Gamma(p, ν); the customer's ν is Gamma(q, γ) across customers; value and
// frequency are independent.
class GammaGamma
{
public:
    // log f(z̄ | p, q, γ; x) for one repeat buyer (x > 0, z̄ > 0), and summed over a sample's repeat
    // buyers (the others are left out, as the fit leaves them out).
    static double logLikelihood(const GammaGammaParameters &p, const SpendSummary &customer);
    static double logLikelihood(const GammaGammaParameters &p, const std::vector<SpendSummary> &customers);

    // Maximum likelihood over log-parameters on the customers with x > 0 and z̄ > 0 (the others
    // carry no information about spend). Refuses, with a reason, a sample with fewer than two such
    // customers, and a fit with q <= 1, where the expected value is not defined.
    static GammaGammaFit fit(const std::vector<SpendSummary> &customers);

    // E[M | p, q, γ, x, z̄] = p (γ + x z̄) / (p x + q − 1): the customer's own mean pulled towards the
    // store's; for x = 0, the store's mean p γ / (q − 1). Needs q > 1.
    static double expectedAverageValue(const GammaGammaParameters &p, const SpendSummary &customer);
};

} // namespace atelier
