#pragma once

#include <functional>
#include <vector>

namespace atelier {

// Where a maximum-likelihood search ended.
struct LikelihoodMaximum
{
    std::vector<double> logs; // the parameters' logarithms at the maximum
    double logLikelihood = 0;
    int evaluations = 0;
    bool converged = false; // NLopt finished without an error and the value is finite
    // A parameter ran down to the lower edge of the search range (e^-12): the data cannot tell it
    // from zero, and the model says nothing sensible there. Running to the upper edge is allowed: it
    // is the limit in which a spread between customers vanishes (e.g. a, b -> infinity with a fixed
    // ratio: everyone has the same drop-out chance), and the predictions have a finite limit.
    bool atLowerEdge = false;
};

// Maximises a log-likelihood over the logarithms of its parameters, so that they stay positive:
// NLopt's Nelder–Mead from `startLogs`, then BOBYQA to polish. The parameters are searched within
// e^±12; a point where the likelihood is not finite counts as a very bad point.
LikelihoodMaximum maximiseLikelihood(
    const std::function<double(const std::vector<double> &parameters)> &logLikelihood,
    std::vector<double> startLogs);

} // namespace atelier
