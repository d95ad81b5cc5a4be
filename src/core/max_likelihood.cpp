#include "core/max_likelihood.h"

#include <nlopt.h>

#include <cmath>
#include <limits>

namespace atelier {

namespace {

constexpr double searchEdge = 12;

struct Objective
{
    const LogLikelihood *logLikelihood;
    std::vector<double> parameters;
    std::vector<double> gradient;
    int evaluations = 0;
};

double negativeLogLikelihood(unsigned n, const double *logs, double *gradient, void *data)
{
    auto *objective = static_cast<Objective *>(data);
    ++objective->evaluations;
    for (unsigned i = 0; i < n; ++i)
        objective->parameters[i] = std::exp(logs[i]);
    const double ll
        = (*objective->logLikelihood)(objective->parameters, gradient ? &objective->gradient : nullptr);
    if (!std::isfinite(ll))
        return std::numeric_limits<double>::max();
    if (gradient) // d(-LL)/d(log θ) = -θ · dLL/dθ
        for (unsigned i = 0; i < n; ++i)
            gradient[i] = -objective->parameters[i] * objective->gradient[i];
    return -ll;
}

// One NLopt pass from `logs`; false when NLopt gave up with an error.
bool minimise(nlopt_algorithm algorithm, std::vector<double> &logs, Objective &objective, double &value)
{
    const auto n = unsigned(logs.size());
    nlopt_opt opt = nlopt_create(algorithm, n);
    const std::vector<double> lower(n, -searchEdge);
    const std::vector<double> upper(n, searchEdge);
    nlopt_set_lower_bounds(opt, lower.data());
    nlopt_set_upper_bounds(opt, upper.data());
    nlopt_set_min_objective(opt, negativeLogLikelihood, &objective);
    nlopt_set_xtol_rel(opt, 1e-10);
    nlopt_set_ftol_rel(opt, 1e-14);
    nlopt_set_maxeval(opt, 20000);
    const nlopt_result result = nlopt_optimize(opt, logs.data(), &value);
    nlopt_destroy(opt);
    return result > 0 && std::isfinite(value) && value < std::numeric_limits<double>::max();
}

} // namespace

LikelihoodMaximum maximiseLikelihood(const LogLikelihood &logLikelihood, std::vector<double> startLogs)
{
    Objective objective{
        &logLikelihood, std::vector<double>(startLogs.size()), std::vector<double>(startLogs.size())};
    LikelihoodMaximum result;
    result.logs = std::move(startLogs);
    double value = std::numeric_limits<double>::max();
    bool converged = minimise(NLOPT_LD_LBFGS, result.logs, objective, value);
    if (!converged) {
        const bool coarse = minimise(NLOPT_LN_NELDERMEAD, result.logs, objective, value);
        const bool polished = minimise(NLOPT_LN_BOBYQA, result.logs, objective, value);
        converged = coarse || polished;
    }
    result.evaluations = objective.evaluations;
    result.logLikelihood = -value;
    result.converged = converged && std::isfinite(value) && value < std::numeric_limits<double>::max();
    for (const double log : result.logs)
        result.atLowerEdge = result.atLowerEdge || log < -(searchEdge - 0.5);
    return result;
}

} // namespace atelier
