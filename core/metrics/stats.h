#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

namespace rapport {

// The summary of a sample of durations (seconds) as the dashboard shows it,
// in hours: mean, median and 90th percentile; empty for an empty sample.
struct SampleStats
{
    int count = 0;
    std::optional<double> meanHours;
    std::optional<double> medianHours;
    std::optional<double> p90Hours;
};

// Met and breached targets: compliance = met / (met + breached). Targets
// still running inside their time are in neither, so a young ticket does
// not count for or against the team until it is answered or late.
struct Compliance
{
    int met = 0;
    int breached = 0;

    int decided() const { return met + breached; }
    std::optional<double> share() const;
    Compliance &operator+=(const Compliance &other);
};

// Pure statistics of the dashboard (no database): the same rules for the
// CLI, the GUI and the tests.
namespace stats {

// The middle value of the sorted sample; for an even count, the mean of the
// two middle values. May reorder `values`. Empty sample: empty.
std::optional<double> median(std::vector<qint32> &values);

// The nearest-rank percentile: the smallest value with at least `percent` %
// of the sample at or below it, i.e. the value of rank ceil(percent/100 × n)
// in ascending order (rank 1 is the smallest). May reorder `values`.
std::optional<qint32> nearestRank(std::vector<qint32> &values, int percent);

// count, mean, median and p90 of `seconds` in hours. `sum` is the sum of the
// values (the caller accumulates it on the fly). May reorder `seconds`.
SampleStats summarize(std::vector<qint32> &seconds, qint64 sum);
SampleStats summarize(std::vector<qint32> &seconds);

// part / whole, empty when whole is 0.
std::optional<double> share(qint64 part, qint64 whole);

// Rounded half away from zero to `decimals` places: hours to 2, shares to 4.
double rounded(double value, int decimals);
std::optional<double> rounded(const std::optional<double> &value, int decimals);

// Seconds as hours.
inline double hours(double seconds)
{
    return seconds / 3600.0;
}

} // namespace stats

} // namespace rapport
