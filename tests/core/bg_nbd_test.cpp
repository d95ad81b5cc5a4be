#include "core/bg_nbd.h"

#include <QFile>
#include <QStringList>
#include <QTextStream>

#include <catch2/catch.hpp>

#include <cmath>
#include <random>
#include <tuple>

using namespace atelier;

namespace {

// The CDNOW sample's per-customer summaries (2 357 customers, weeks), as published with the
// BG/NBD papers: ../shared/data/cdnow/cdnow_customers_summary.csv (ID,frequency,recency,T).
std::vector<RepeatSummary> cdnowSummaries()
{
    QFile file(QStringLiteral(ATELIER_SHARED_DATA "/cdnow/cdnow_customers_summary.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QTextStream in(&file);
    in.readLine(); // header
    std::vector<RepeatSummary> customers;
    while (!in.atEnd()) {
        const QStringList fields = in.readLine().split(u',');
        if (fields.size() == 4)
            customers.push_back({fields.at(1).toDouble(), fields.at(2).toDouble(), fields.at(3).toDouble()});
    }
    return customers;
}

// E[X(t) | x, t_x, T] derived independently of the closed form (10) and of 2F1: integrate over the
// posterior of a customer's rate λ and drop-out chance p on a grid. Given λ and p and alive now,
// she buys (1 - exp(-λpt)) / p times in the next t; the data's likelihood is
// (1-p)^x λ^x e^{-λT} (alive) + p (1-p)^{x-1} λ^x e^{-λ t_x} (dropped out after the last purchase).
double expectedByIntegration(const BgNbdParameters &m, const RepeatSummary &c, double t)
{
    const int n = 1200;
    const double lambdaMax = (m.r + c.x + 12 * std::sqrt(m.r + c.x + 1)) / (m.alpha + c.tx);
    double numerator = 0, denominator = 0;
    for (int i = 0; i < n; ++i) {
        const double v = (i + 0.5) / n; // λ = λmax v^8 smooths λ^(r-1) near 0 when x = 0
        const double lambda = lambdaMax * std::pow(v, 8);
        const double rate = (m.r + c.x - 1) * std::log(lambda) - m.alpha * lambda + 7 * std::log(v);
        for (int j = 0; j < n; ++j) {
            const double u = (j + 0.5) / n; // p = u^4 smooths p^(a-1) near 0
            const double p = std::pow(u, 4);
            const double weight = 4 * std::pow(u, 4 * m.a - 1) * std::pow(1 - p, m.b - 1);
            const double alive = std::exp(rate + c.x * std::log1p(-p) - lambda * c.T);
            const double dead
                = c.x > 0 ? std::exp(rate + std::log(p) + (c.x - 1) * std::log1p(-p) - lambda * c.tx) : 0;
            numerator += weight * alive * -std::expm1(-lambda * p * t) / p;
            denominator += weight * (alive + dead);
        }
    }
    return numerator / denominator;
}

} // namespace

TEST_CASE("the BG/NBD log-likelihood at hand-computed points", "[core][predict]")
{
    const BgNbdParameters ones{1, 1, 1, 1};
    // x = 0, T = 1: every term but A3 = -ln 2 vanishes.
    CHECK(BgNbd::logLikelihood(ones, RepeatSummary{0, 0, 1}) == Approx(-std::log(2.0)));
    // x = 1, t_x = 1, T = 2: A1 = 0, A2 = -ln 2, A3 = -2 ln 3, A4 = -2 ln 2, so
    // LL = -ln 2 + ln(1/9 + 1/4) = ln(13/72).
    CHECK(BgNbd::logLikelihood(ones, RepeatSummary{1, 1, 2}) == Approx(std::log(13.0 / 72.0)));
    const BgNbdParameters p{0.5, 2, 0.8, 2.5};
    // x = 0: ln[Γ(a+b)Γ(b)/(Γ(b)Γ(a+b))] = 0 and LL = r ln α - r ln(α + T).
    CHECK(BgNbd::logLikelihood(p, RepeatSummary{0, 0, 10}) == Approx(0.5 * std::log(2.0 / 12.0)));
}

TEST_CASE("the BG/NBD fit on CDNOW reproduces the published parameters", "[core][predict]")
{
    // Fader, Hardie & Lee (2005), "Counting Your Customers the Easy Way: An Alternative to the
    // Pareto/NBD Model", Marketing Science 24(2) 275–284, section 4: on this sample of 2 357 CDNOW
    // customers (weeks), r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = -9582.4.
    const std::vector<RepeatSummary> customers = cdnowSummaries();
    REQUIRE(customers.size() == 2357);
    const BgNbdFit fit = BgNbd::fit(customers);
    REQUIRE(fit.ok());
    CHECK(fit.parameters.r == Approx(0.243).margin(0.0005));
    CHECK(fit.parameters.alpha == Approx(4.414).margin(0.0005));
    CHECK(fit.parameters.a == Approx(0.793).margin(0.0005));
    CHECK(fit.parameters.b == Approx(2.426).margin(0.0005));
    CHECK(fit.logLikelihood == Approx(-9582.4).margin(0.05));

    // Conditional expectations and P(alive) with the published parameters, against a numerical
    // integration over the posterior of (λ, p) that uses neither equation (10) nor 2F1.
    const BgNbdParameters published{0.243, 4.414, 0.793, 2.426};
    for (const RepeatSummary &c : {RepeatSummary{26, 30.86, 31.0}, RepeatSummary{2, 30.43, 38.86},
             RepeatSummary{1, 5, 38}, RepeatSummary{0, 0, 30}}) {
        INFO("x " << c.x << ", t_x " << c.tx << ", T " << c.T);
        CHECK(BgNbd::expectedPurchases(published, c, 39)
            == Approx(expectedByIntegration(published, c, 39)).epsilon(2e-3));
    }
}

TEST_CASE("P(alive) and the expectations at the edges", "[core][predict]")
{
    const BgNbdParameters p{0.243, 4.414, 0.793, 2.426};
    // No repeat purchase: she cannot have dropped out yet.
    CHECK(BgNbd::probabilityAlive(p, RepeatSummary{0, 0, 30}) == 1.0);
    // Many purchases long ago: almost surely gone; recent ones: almost surely alive. Never NaN.
    const double gone = BgNbd::probabilityAlive(p, RepeatSummary{1000, 10, 100});
    CHECK(std::isfinite(gone));
    CHECK(gone < 1e-6);
    CHECK(BgNbd::probabilityAlive(p, RepeatSummary{1000, 100, 100}) > 0.99);
    CHECK(std::isfinite(BgNbd::expectedPurchases(p, RepeatSummary{1000, 10, 100}, 39)));
    CHECK(std::isfinite(BgNbd::expectedPurchases(p, RepeatSummary{0, 0, 0}, 39)));
    CHECK(std::isfinite(BgNbd::logLikelihood(p, RepeatSummary{1000, 10, 100})));
    CHECK(BgNbd::logLikelihood(p, RepeatSummary{0, 0, 0}) == Approx(0.0).margin(1e-12));
    // The expectation of a new customer grows with the horizon.
    CHECK(BgNbd::expectedPurchasesNew(p, 0) == 0.0);
    CHECK(BgNbd::expectedPurchasesNew(p, 39) < BgNbd::expectedPurchasesNew(p, 78));
}

TEST_CASE("a store where nobody bought twice cannot be fitted, and says so", "[core][predict]")
{
    const BgNbdFit fit = BgNbd::fit({{0, 0, 10}, {0, 0, 20}, {0, 0, 5}});
    CHECK_FALSE(fit.ok());
    CHECK(fit.problem.contains(QStringLiteral("bought twice")));
    CHECK_FALSE(BgNbd::fit({}).ok());
}

TEST_CASE("2F1 against known values, also close to z = 1", "[core][predict]")
{
    // 2F1(1, 1; 2; z) = -ln(1 - z) / z.
    for (const double z : {0.1, 0.5, 0.9, 0.99, 0.999})
        CHECK(BgNbd::hypergeometric2F1(1, 1, 2, z) == Approx(-std::log1p(-z) / z).epsilon(1e-10));
    // 2F1(a, b; b; z) = (1 - z)^-a.
    CHECK(BgNbd::hypergeometric2F1(0.5, 3, 3, 0.95) == Approx(std::pow(0.05, -0.5)).epsilon(1e-10));
    // Gauss at z = 1 (c - a - b > 0): Γ(c)Γ(c-a-b) / (Γ(c-a)Γ(c-b)); here 2F1(1, 1; 3; 1) = 2.
    CHECK(BgNbd::hypergeometric2F1(1, 1, 3, 0.999999) == Approx(2.0).epsilon(1e-4));
}

TEST_CASE("a store simulated from known parameters gives them back", "[core][predict]")
{
    // The model's own story, customer by customer: a rate λ ~ Gamma(r, α) and a drop-out chance
    // p ~ Beta(a, b); purchases at rate λ while alive, drop-out with chance p after each one.
    const BgNbdParameters truth{0.6, 8.0, 0.7, 2.8};
    std::mt19937_64 random(20261126);
    std::gamma_distribution<double> rate(truth.r, 1.0 / truth.alpha);
    std::gamma_distribution<double> betaA(truth.a, 1.0), betaB(truth.b, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<RepeatSummary> customers;
    for (int i = 0; i < 8000; ++i) {
        const double lambda = rate(random);
        const double ga = betaA(random);
        const double p = ga / (ga + betaB(random));
        const double T = 26 + 26 * uniform(random); // first purchases spread over half a year
        RepeatSummary c{0, 0, T};
        double now = 0;
        bool alive = true; // drop-out comes only after a repeat purchase (P(alive | x = 0) = 1)
        while (alive) {
            now += std::exponential_distribution<double>(lambda)(random);
            if (now > T)
                break;
            c.x += 1;
            c.tx = now;
            alive = uniform(random) >= p;
        }
        customers.push_back(c);
    }
    const BgNbdFit fit = BgNbd::fit(customers);
    REQUIRE(fit.ok());
    CHECK(fit.parameters.r == Approx(truth.r).epsilon(0.15));
    CHECK(fit.parameters.alpha == Approx(truth.alpha).epsilon(0.2));
    CHECK(fit.parameters.a == Approx(truth.a).epsilon(0.25));
    CHECK(fit.parameters.b == Approx(truth.b).epsilon(0.3));
    // The fit is a maximum: the truth is no more likely than what was found.
    CHECK(fit.logLikelihood >= BgNbd::logLikelihood(truth, customers));
}

TEST_CASE("the Gauss series for several z agrees with Boost.Math's 2F1", "[core][predict]")
{
    // The parameter shapes scoring meets: a = r + x, b = b + x, c = a + b + x - 1, x from 0 to 1000.
    const std::vector<double> zs{0.0, 0.05, 0.3, 0.6, 0.75, 0.85, 0.9};
    for (const double x : {0.0, 1.0, 3.0, 12.0, 40.0, 1000.0}) {
        for (const BgNbdParameters &p : {BgNbdParameters{0.243, 4.4, 0.793, 2.426},
                 BgNbdParameters{0.8, 14.7, 0.69, 8.4}, BgNbdParameters{2.5, 1, 3.5, 0.4}}) {
            // As equation (10) has them, and after Euler's transformation (what scoring uses).
            for (const auto &[a, b, c] : {std::tuple{p.r + x, p.b + x, p.a + p.b + x - 1},
                     std::tuple{p.a + p.b - 1 - p.r, p.a - 1, p.a + p.b + x - 1}}) {
                const std::vector<double> values = BgNbd::hypergeometric2F1(a, b, c, zs);
                for (std::size_t i = 0; i < zs.size(); ++i) {
                    INFO("x " << x << " a " << a << " b " << b << " c " << c << " z " << zs[i]);
                    const double boost = BgNbd::hypergeometric2F1(a, b, c, zs[i]);
                    if (std::isfinite(boost))
                        CHECK(values[i] == Approx(boost).epsilon(1e-11));
                }
            }
        }
    }
    // Above 0.9 every z goes to Boost.Math, which transforms near 1.
    CHECK(BgNbd::hypergeometric2F1(1, 1, 2, std::vector<double>{0.5, 0.999})[1]
        == Approx(-std::log1p(-0.999) / 0.999).epsilon(1e-10));
}

TEST_CASE("expectations at several horizons equal the one-at-a-time ones", "[core][predict]")
{
    const BgNbdParameters p{0.243, 4.414, 0.793, 2.426};
    for (const RepeatSummary &c : {RepeatSummary{0, 0, 38.86}, RepeatSummary{2, 30.43, 38.86},
             RepeatSummary{14, 37.1, 38.86}, RepeatSummary{0, 0, 0}, RepeatSummary{1000, 10, 100}}) {
        const std::vector<double> horizons{0, 1, 12.86, 52.18, 200};
        const std::vector<double> together = BgNbd::expectedPurchasesWhileAlive(p, c, horizons);
        for (std::size_t i = 0; i < horizons.size(); ++i)
            CHECK(
                together[i] == Approx(BgNbd::expectedPurchasesWhileAlive(p, c, horizons[i])).epsilon(1e-10));
    }
}

TEST_CASE("a drop-out chance the same for everyone (large a) uses its closed-form limit", "[core][predict]")
{
    // Beyond a = 200 the expectations treat p as a / (a + b) for everyone; against equation (10)
    // evaluated with Boost.Math's 2F1 on the untransformed parameters, within 1 %.
    for (const BgNbdParameters &p :
        {BgNbdParameters{0.8, 14.7, 250, 2000}, BgNbdParameters{0.67, 13, 2.4e4, 1.6e5}}) {
        for (const RepeatSummary &c :
            {RepeatSummary{0, 0, 50}, RepeatSummary{2, 40, 50}, RepeatSummary{10, 49, 50}}) {
            for (const double t : {12.86, 52.18}) {
                const double z = t / (p.alpha + c.T + t);
                const double exact = (p.a + p.b + c.x - 1) / (p.a - 1)
                    * (1
                        - std::pow(1 - z, p.r + c.x)
                            * BgNbd::hypergeometric2F1(p.r + c.x, p.b + c.x, p.a + p.b + c.x - 1, z));
                const double limit = BgNbd::expectedPurchasesWhileAlive(p, c, t);
                INFO("a " << p.a << " x " << c.x << " t " << t);
                REQUIRE(std::isfinite(limit));
                if (std::isfinite(exact))
                    CHECK(limit == Approx(exact).epsilon(0.01));
            }
        }
    }
}
