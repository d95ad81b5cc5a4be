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
    bool atEdge = false; // a parameter ran to the edge of the search range: the data say too little
};

// Maximises a log-likelihood over the logarithms of its parameters, so that they stay positive:
// NLopt's Nelder–Mead from `startLogs`, then BOBYQA to polish. The parameters are searched within
// e^±12; a point where the likelihood is not finite counts as a very bad point.
LikelihoodMaximum maximiseLikelihood(
    const std::function<double(const std::vector<double> &parameters)> &logLikelihood,
    std::vector<double> startLogs);

} // namespace atelier
