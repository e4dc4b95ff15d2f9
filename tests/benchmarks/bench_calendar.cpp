// Business-calendar arithmetic speed: DESIGN asks for at least a million
// "add business hours" per second. Prints every run and the median.

#include "calendar/businesscalendar.h"

#include <QByteArray>
#include <QDateTime>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using rapport::BusinessCalendar;

namespace {

constexpr int kRuns = 5;
constexpr size_t kCalls = 1'000'000;

struct Input
{
    qint64 instant;
    qint64 amount;
};

// Starts spread over 2026, amounts drawn from [minAmount, maxAmount] seconds.
std::vector<Input> makeInputs(qint64 minAmount, qint64 maxAmount)
{
    const qint64 year = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    std::mt19937_64 rng(2026);
    std::uniform_int_distribution<qint64> start(0, 365 * 86400 - 1);
    std::uniform_int_distribution<qint64> amount(minAmount, maxAmount);
    std::vector<Input> inputs(kCalls);
    for (Input &in : inputs)
        in = { year + start(rng), amount(rng) };
    return inputs;
}

// Runs `op` over all inputs kRuns times; prints each run and returns the median in M ops/s.
double measure(const char *label, const std::vector<Input> &inputs, const std::function<qint64(const Input &)> &op)
{
    volatile qint64 sink = 0;
    for (size_t i = 0; i < inputs.size(); i += 97) // warm up: builds the year indexes
        sink = sink + op(inputs[i]);
    std::vector<double> rates;
    for (int run = 1; run <= kRuns; ++run) {
        qint64 sum = 0;
        const auto begin = std::chrono::steady_clock::now();
        for (const Input &in : inputs)
            sum += op(in);
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - begin;
        sink = sink + sum;
        rates.push_back(double(inputs.size()) / elapsed.count() / 1e6);
        std::printf("  %s run %d: %.2f M ops/s\n", label, run, rates.back());
    }
    std::sort(rates.begin(), rates.end());
    const double median = rates[rates.size() / 2];
    std::printf("%s: %.2f M ops/s (median of %d runs)\n", label, median, kRuns);
    return median;
}

void coldStart()
{
    const auto begin = std::chrono::steady_clock::now();
    const BusinessCalendar cal = BusinessCalendar::kzStandard();
    const qint64 start = QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch();
    volatile qint64 due = cal.addBusinessTime(start, 3600);
    (void)due;
    const std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - begin;
    std::printf("first call on a fresh kz-standard (builds one year): %.2f ms\n", elapsed.count());
}

} // namespace

int main()
{
    coldStart();
    const std::vector<Input> spans = makeInputs(3600, 48 * 3600);
    const std::vector<Input> ranges = makeInputs(60, 14 * 86400);
    bool ok = true;
    for (const BusinessCalendar &cal : { BusinessCalendar::kzStandard(), BusinessCalendar::twentyFourSeven() }) {
        const QByteArray name = cal.name().toUtf8();
        const QByteArray add = "addBusinessTime " + name + " (1-48 h)";
        const QByteArray between = "businessSecondsBetween " + name + " (up to 14 days)";
        ok = measure(
                 add.constData(), spans, [&](const Input &in) { return cal.addBusinessTime(in.instant, in.amount); })
                >= 1.0
            && ok;
        measure(between.constData(), ranges,
            [&](const Input &in) { return cal.businessSecondsBetween(in.instant, in.instant + in.amount); });
    }
    std::printf("target of 1 M addBusinessTime/s: %s\n", ok ? "met" : "MISSED");
    return ok ? 0 : 1;
}
