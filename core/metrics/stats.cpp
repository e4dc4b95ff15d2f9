#include "stats.h"

#include <algorithm>
#include <cmath>

namespace rapport {

std::optional<double> Compliance::share() const
{
    return stats::share(met, decided());
}

Compliance &Compliance::operator+=(const Compliance &other)
{
    met += other.met;
    breached += other.breached;
    return *this;
}

namespace stats {

namespace {

// Below this size std::nth_element is as fast as counting.
constexpr size_t kSmall = 2048;
constexpr int kBucketBits = 12;

// The values at the zero-based ascending `ranks` of `values`, exactly, in
// a few linear passes: the values are counted into 4096 buckets of their
// range, the bucket holding each rank is gathered and searched the same
// way (or with nth_element once small). About three times faster than
// nth_element over the large samples of the dashboard. Reorders `values`
// only when it is small.
void select(std::vector<qint32> &values, const size_t *ranks, qint32 *out, int count)
{
    Q_ASSERT(count >= 1 && count <= 3 && std::is_sorted(ranks, ranks + count));
    if (values.size() <= kSmall) {
        for (int i = 0; i < count; ++i) {
            const auto at = values.begin() + std::ptrdiff_t(ranks[i]);
            std::nth_element(values.begin(), at, values.end());
            out[i] = *at;
        }
        return;
    }
    const auto [minIt, maxIt] = std::minmax_element(values.begin(), values.end());
    const qint64 low = *minIt;
    const quint64 range = quint64(qint64(*maxIt) - low);
    if (range == 0) {
        for (int i = 0; i < count; ++i)
            out[i] = qint32(low);
        return;
    }
    int bits = 0;
    while (bits < 64 && (range >> bits) != 0)
        ++bits;
    const int shift = std::max(0, bits - kBucketBits);
    std::vector<size_t> histogram(size_t(range >> shift) + 1, 0);
    for (qint32 v : values)
        ++histogram[size_t(quint64(qint64(v) - low) >> shift)];
    // The bucket of each rank and its rank inside it; then one pass
    // gathers the (at most three) buckets that hold them.
    size_t bucketOf[3] = { 0, 0, 0 };
    size_t rankIn[3] = { 0, 0, 0 };
    for (int i = 0; i < count; ++i) {
        size_t before = 0;
        size_t bucket = 0;
        while (before + histogram[bucket] <= ranks[i])
            before += histogram[bucket++];
        bucketOf[i] = bucket;
        rankIn[i] = ranks[i] - before;
    }
    std::vector<qint32> gathered[3];
    for (int i = 0; i < count; ++i) {
        if (i == 0 || bucketOf[i] != bucketOf[i - 1])
            gathered[i].reserve(histogram[bucketOf[i]]);
    }
    for (qint32 v : values) {
        const size_t b = size_t(quint64(qint64(v) - low) >> shift);
        for (int i = 0; i < count; ++i) {
            if (b == bucketOf[i] && (i == 0 || bucketOf[i] != bucketOf[i - 1]))
                gathered[i].push_back(v);
        }
    }
    for (int i = 0; i < count; ++i) {
        int owner = i;
        while (owner > 0 && bucketOf[owner - 1] == bucketOf[i])
            --owner;
        select(gathered[owner], &rankIn[i], &out[i], 1);
    }
}

} // namespace

std::optional<double> median(std::vector<qint32> &values)
{
    const size_t n = values.size();
    if (n == 0)
        return std::nullopt;
    if (n % 2 == 1) {
        const size_t rank = n / 2;
        qint32 middle = 0;
        select(values, &rank, &middle, 1);
        return double(middle);
    }
    // Even: the mean of the two middle values.
    const size_t ranks[2] = { n / 2 - 1, n / 2 };
    qint32 middle[2] = { 0, 0 };
    select(values, ranks, middle, 2);
    return (double(middle[0]) + double(middle[1])) / 2.0;
}

std::optional<qint32> nearestRank(std::vector<qint32> &values, int percent)
{
    const qint64 n = qint64(values.size());
    if (n == 0)
        return std::nullopt;
    // ceil(percent × n / 100) in integers, at least rank 1.
    const size_t rank = size_t(std::clamp<qint64>((qint64(percent) * n + 99) / 100, 1, n) - 1);
    qint32 value = 0;
    select(values, &rank, &value, 1);
    return value;
}

SampleStats summarize(std::vector<qint32> &seconds, qint64 sum)
{
    SampleStats s;
    s.count = int(seconds.size());
    if (seconds.empty())
        return s;
    s.meanHours = hours(double(sum) / double(seconds.size()));
    // One counting pass for the three ranks: p90 by nearest rank, and the
    // two middle values (the same one for an odd count).
    const size_t n = seconds.size();
    const size_t ranks[3]
        = { (n - 1) / 2, n / 2, size_t(std::clamp<qint64>((90 * qint64(n) + 99) / 100, 1, qint64(n)) - 1) };
    qint32 values[3] = { 0, 0, 0 };
    select(seconds, ranks, values, 3);
    s.medianHours = hours((double(values[0]) + double(values[1])) / 2.0);
    s.p90Hours = hours(double(values[2]));
    return s;
}

SampleStats summarize(std::vector<qint32> &seconds)
{
    qint64 sum = 0;
    for (qint32 v : seconds)
        sum += v;
    return summarize(seconds, sum);
}

std::optional<double> share(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

std::optional<double> rounded(const std::optional<double> &value, int decimals)
{
    if (!value)
        return std::nullopt;
    return rounded(*value, decimals);
}

} // namespace stats
} // namespace rapport
