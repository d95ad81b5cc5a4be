#pragma once

#include <QString>

#include <vector>

namespace atelier {

// One customer's purchase history as the BG/NBD model reads it, in a chosen time unit (days or
// weeks): x repeat purchases (purchases after the first, days with a purchase counted once),
// the time t_x of the last one and the customer's age T, both measured from the first purchase.
struct RepeatSummary
{
    double x = 0;
    double tx = 0;
    double T = 0;
};

struct BgNbdParameters
{
    double r = 1; // shape and scale of the gamma spread of purchase rates
    double alpha = 1;
    double a = 1; // the beta spread of the chance to drop out after a purchase
    double b = 1;
};

struct BgNbdFit
{
    BgNbdParameters parameters;
    double logLikelihood = 0;
    int evaluations = 0;
    QString problem; // empty: fitted; otherwise why not, in words (nothing replaced a good fit)
    bool ok() const { return problem.isEmpty(); }
};

// The BG/NBD model of Fader, Hardie & Lee, "Counting Your Customers the Easy Way", Marketing
// Science 24(2), 2005: while alive, a customer buys at a Poisson rate λ ~ Gamma(r, α); after each
// purchase she drops out with probability p ~ Beta(a, b). Equation numbers refer to the paper.
class BgNbd
{
public:
    // Equation (6), one customer; the sum over customers is the sample's log-likelihood.
    static double logLikelihood(const BgNbdParameters &p, const RepeatSummary &customer);
    static double logLikelihood(const BgNbdParameters &p, const std::vector<RepeatSummary> &customers);

    // Maximum likelihood with NLopt (Nelder–Mead, then BOBYQA to polish) over the logarithms of
    // the four parameters, so that they stay positive. Refuses, with a reason, a sample where
    // nobody bought twice (x = 0 for all: a and b cannot be told apart) or that has no customer.
    static BgNbdFit fit(const std::vector<RepeatSummary> &customers);

    // P(alive | x, t_x, T), equation (A.4) of the technical note: 1 for a customer with no repeat
    // purchase (she cannot have dropped out: drop-out happens only after a purchase).
    static double probabilityAlive(const BgNbdParameters &p, const RepeatSummary &customer);
    // E[X(t) | x, t_x, T]: expected purchases in the next t, equation (10); uses the Gauss
    // hypergeometric function 2F1 (Boost.Math).
    static double expectedPurchases(const BgNbdParameters &p, const RepeatSummary &customer, double t);
    // The same without the factor P(alive): it depends on x and T only, not on t_x, so scoring a
    // whole store can compute it once for customers who share x and T.
    static double expectedPurchasesWhileAlive(
        const BgNbdParameters &p, const RepeatSummary &customer, double t);
    // The same at several horizons at once (scoring: 90 days and the ends of twelve months).
    static std::vector<double> expectedPurchasesWhileAlive(
        const BgNbdParameters &p, const RepeatSummary &customer, const std::vector<double> &horizons);
    // E[X(t)] for a customer who just made her first purchase, equation (7).
    static double expectedPurchasesNew(const BgNbdParameters &p, double t);

    // 2F1(a, b; c; z) for 0 <= z < 1, as the expectations need it: Boost.Math's hypergeometric_pFq.
    static double hypergeometric2F1(double a, double b, double c, double z);
    // The same for several z and one (a, b, c): the Gauss series Σ (a)_n (b)_n / ((c)_n n!) z^n
    // summed for every z together, so that each term's ratio is computed once. Used while every
    // z <= 0.9, where the terms shrink at least like 0.9^n once n passes a, b and c; above that, or
    // should the series not settle within 5 000 terms, each z goes to hypergeometric_pFq, which
    // transforms near z = 1. Scoring a store asks for thirteen z per customer: ten times faster.
    static std::vector<double> hypergeometric2F1(double a, double b, double c, const std::vector<double> &zs);
};

} // namespace atelier
