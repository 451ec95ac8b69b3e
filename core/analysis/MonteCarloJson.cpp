#include "analysis/MonteCarloJson.h"

#include <charconv>
#include <optional>
#include <system_error>
#include <vector>

#include "text/MachineNumber.h"

namespace leverboard::analysis {
namespace {

std::optional<double> parseNumber(std::string_view text) {
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    double value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || ptr != text.data() + text.size() || text.empty()) return std::nullopt;
    return value;
}

}  // namespace

DistributionArgument parseDistributionArgument(std::string_view text) {
    DistributionArgument out;
    const auto equals = text.find('=');
    if (equals == std::string_view::npos) {
        out.error = text::jsonString(text) + ": expected ID=KIND:a,b[,c], e.g. capex.utilization=uniform:0.55,0.9";
        return out;
    }
    const std::string_view id = text.substr(0, equals);
    const auto param = findParameter(id);
    if (!param) {
        out.error = std::string(id) + ": unknown parameter";
        return out;
    }
    out.param = *param;
    const std::string_view rest = text.substr(equals + 1);
    const auto colon = rest.find(':');
    const std::string_view kindText = rest.substr(0, colon);
    const auto kind = findDistributionKind(kindText);
    if (!kind) {
        out.error = std::string(id) + ": unknown distribution " + text::jsonString(kindText) +
                    " (uniform, triangular, normal or lognormal)";
        return out;
    }
    out.distribution.kind = *kind;
    const bool triangular = *kind == DistributionKind::Triangular;
    const std::size_t wanted = triangular ? 3 : 2;
    const char* names = triangular ? "low, mode, high"
                        : (*kind == DistributionKind::Uniform ? "low, high" : "p5, p95");
    std::vector<double> numbers;
    if (colon != std::string_view::npos) {
        std::string_view list = rest.substr(colon + 1);
        while (true) {
            const auto comma = list.find(',');
            const std::string_view item = list.substr(0, comma);
            const auto number = parseNumber(item);
            if (!number) {
                out.error = std::string(id) + ": " + text::jsonString(item) + " is not a number";
                return out;
            }
            numbers.push_back(*number);
            if (comma == std::string_view::npos) break;
            list.remove_prefix(comma + 1);
        }
    }
    if (numbers.size() != wanted) {
        out.error = std::string(id) + ": " + std::string(kindText) + " needs " + std::to_string(wanted) +
                    " numbers (" + names + "), got " + std::to_string(numbers.size());
        return out;
    }
    out.distribution.a = numbers[0];
    out.distribution.b = numbers[1];
    if (triangular) out.distribution.c = numbers[2];
    out.error = validateDistribution(out.param, out.distribution);
    return out;
}

std::string monteCarloJson(const MonteCarloResult& result) {
    std::string out = "{\"samples\": " + std::to_string(result.samples) +
                      ", \"seed\": " + std::to_string(result.seed) + ", \"kpis\": {";
    bool first = true;
    for (const KpiStats& k : result.kpis) {
        if (!first) out += ", ";
        first = false;
        out += text::jsonString(k.id) + ": {\"mean\": " + text::jsonNumber(k.mean) + ", \"p5\": " + text::jsonNumber(k.p5) +
               ", \"p10\": " + text::jsonNumber(k.p10) + ", \"p50\": " + text::jsonNumber(k.p50) +
               ", \"p90\": " + text::jsonNumber(k.p90) + ", \"p95\": " + text::jsonNumber(k.p95) +
               ", \"null_share\": " + text::shortestNumber(k.nullShare()) + ", \"p_good\": " + text::jsonNumber(k.pGood) +
               "}";
    }
    return out + "}}\n";
}

}  // namespace leverboard::analysis
