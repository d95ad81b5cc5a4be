#include "core/gamma_gamma.h"

#include <QFile>
#include <QStringList>
#include <QTextStream>

#include <catch2/catch.hpp>

#include <cmath>
#include <random>

using namespace atelier;

namespace {

// ../shared/data/cdnow/cdnow_customers_summary_with_transactions.csv: ID,x,t_x,T,zbar for the
// 2 357 CDNOW customers; z̄ is the mean value of the repeat purchases (dollars).
std::vector<SpendSummary> cdnowSpend()
{
    QFile file(QStringLiteral(ATELIER_SHARED_DATA "/cdnow/cdnow_customers_summary_with_transactions.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QTextStream in(&file);
    in.readLine(); // header
    std::vector<SpendSummary> customers;
    while (!in.atEnd()) {
        const QStringList fields = in.readLine().split(u',');
        if (fields.size() == 5)
            customers.push_back({fields.at(1).toDouble(), fields.at(4).toDouble()});
    }
    return customers;
}

// E[M | x, z̄] derived without the closed form: M = p / ν, and given x purchases averaging z̄ the
// posterior of ν is proportional to ν^(q−1) e^(−γν) · ν^(px) e^(−ν x z̄) (the gamma likelihood of
// the purchases, up to factors free of ν). Integrated on a fine grid over ν.
double expectedByIntegration(const GammaGammaParameters &m, const SpendSummary &c)
{
    const double shape = m.p * c.x + m.q, rate = m.gamma + c.x * c.zbar;
    const double top = (shape + 40 * std::sqrt(shape)) / rate;
    const int n = 200000;
    double numerator = 0, denominator = 0;
    for (int i = 0; i < n; ++i) {
        const double nu = top * (i + 0.5) / n;
        const double density = std::exp((shape - 1) * std::log(nu) - rate * nu);
        numerator += density * m.p / nu;
        denominator += density;
    }
    return numerator / denominator;
}

} // namespace

TEST_CASE("the Gamma-Gamma log-likelihood at a hand-computed point", "[core][predict]")
{
    // p = q = γ = 1, x = 1, z̄ = 1: ln[Γ(2) / (Γ(1) Γ(1))] + 0 + 0 + 0 − 2 ln 2.
    CHECK(GammaGamma::logLikelihood({1, 1, 1}, SpendSummary{1, 1}) == Approx(-2 * std::log(2.0)));
    // p = 2, q = 3, γ = 4, x = 1, z̄ = 2: ln[Γ(5) / (Γ(2) Γ(3))] + 3 ln 4 + ln 2 + 0 − 5 ln 6.
    CHECK(GammaGamma::logLikelihood({2, 3, 4}, SpendSummary{1, 2})
        == Approx(std::log(12.0) + 3 * std::log(4.0) + std::log(2.0) - 5 * std::log(6.0)));
}

TEST_CASE("the Gamma-Gamma fit on CDNOW reproduces the published parameters", "[core][predict]")
{
    // Fader & Hardie, "The Gamma-Gamma Model of Monetary Value" (2013), brucehardie.com/notes/025,
    // on the 946 repeat buyers of this CDNOW sample: p = 6.25, q = 3.74, γ = 15.44.
    const GammaGammaFit fit = GammaGamma::fit(cdnowSpend());
    REQUIRE(fit.ok());
    CHECK(fit.customers == 946);
    CHECK(fit.parameters.p == Approx(6.25).margin(0.005));
    CHECK(fit.parameters.q == Approx(3.74).margin(0.005));
    CHECK(fit.parameters.gamma == Approx(15.44).margin(0.01)); // 15.448: the note's rounding, within 0.06 %
    // The maximum: every nearby point is worse.
    for (const GammaGammaParameters &near : {GammaGammaParameters{6.3, 3.74, 15.44},
             GammaGammaParameters{6.25, 3.7, 15.44}, GammaGammaParameters{6.25, 3.74, 15.6}})
        CHECK(GammaGamma::logLikelihood(near, cdnowSpend()) < fit.logLikelihood);

    // The store's mean p γ / (q − 1) for a customer with no repeat purchase, and a customer's own
    // expectation against the integration over her posterior.
    CHECK(GammaGamma::expectedAverageValue(fit.parameters, SpendSummary{0, 0})
        == Approx(fit.parameters.p * fit.parameters.gamma / (fit.parameters.q - 1)));
    for (const SpendSummary &customer :
        {SpendSummary{2, 22.35}, SpendSummary{1, 11.77}, SpendSummary{14, 75.0}})
        CHECK(GammaGamma::expectedAverageValue(fit.parameters, customer)
            == Approx(expectedByIntegration(fit.parameters, customer)).epsilon(1e-4));
}

TEST_CASE("a store simulated from known spend parameters gives them back", "[core][predict]")
{
    const GammaGammaParameters truth{4, 3, 200};
    std::mt19937 random(7);
    std::gamma_distribution<double> customerRate(truth.q, 1 / truth.gamma);
    std::geometric_distribution<int> repeats(0.35);
    std::vector<SpendSummary> customers;
    for (int i = 0; i < 6000; ++i) {
        const double nu = customerRate(random);
        std::gamma_distribution<double> purchase(truth.p, 1 / nu);
        const int x = 1 + repeats(random);
        double total = 0;
        for (int k = 0; k < x; ++k)
            total += purchase(random);
        customers.push_back({double(x), total / x});
    }
    const GammaGammaFit fit = GammaGamma::fit(customers);
    REQUIRE(fit.ok());
    CHECK(fit.parameters.p == Approx(truth.p).epsilon(0.1));
    CHECK(fit.parameters.q == Approx(truth.q).epsilon(0.1));
    CHECK(fit.parameters.gamma == Approx(truth.gamma).epsilon(0.15));
    CHECK(fit.logLikelihood >= GammaGamma::logLikelihood(truth, customers));
}

TEST_CASE("the Gamma-Gamma fit refuses what it cannot fit", "[core][predict]")
{
    CHECK_FALSE(GammaGamma::fit({}).ok());
    // Nobody bought again: one-time buyers say nothing about the spread of spending.
    const GammaGammaFit once = GammaGamma::fit({{0, 0}, {0, 0}, {0, 0}});
    CHECK_FALSE(once.ok());
    CHECK(once.problem.contains(QStringLiteral("Fewer than two")));
    // Extreme customers stay finite.
    CHECK(std::isfinite(GammaGamma::logLikelihood({6.25, 3.74, 15.44}, SpendSummary{1000, 1e6})));
    CHECK(std::isfinite(GammaGamma::expectedAverageValue({6.25, 3.74, 15.44}, SpendSummary{1000, 1e6})));
}

TEST_CASE("the spend model does not care about the currency unit", "[core][predict]")
{
    // The same CDNOW customers in cents: p and q stay, γ and the expectations are 100 times larger
    // (a store fits in fen, where γ is near 10^5).
    std::vector<SpendSummary> cents = cdnowSpend();
    for (SpendSummary &c : cents)
        c.zbar *= 100;
    const GammaGammaFit dollars = GammaGamma::fit(cdnowSpend());
    const GammaGammaFit fit = GammaGamma::fit(cents);
    REQUIRE(fit.ok());
    CHECK(fit.parameters.p == Approx(dollars.parameters.p).epsilon(1e-4));
    CHECK(fit.parameters.q == Approx(dollars.parameters.q).epsilon(1e-4));
    CHECK(fit.parameters.gamma == Approx(100 * dollars.parameters.gamma).epsilon(1e-4));
    const double yuan = 1e4; // and the same in a unit 10 000 times larger
    for (SpendSummary &c : cents)
        c.zbar *= yuan;
    CHECK(GammaGamma::fit(cents).parameters.gamma
        == Approx(100 * yuan * dollars.parameters.gamma).epsilon(1e-4));
}
