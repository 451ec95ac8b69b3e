#include "text/MessageText.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtGlobal>
#include <cmath>
#include <initializer_list>
#include <string>

#include "format/PeopleNumbers.h"
#include "text/MachineNumber.h"

namespace leverboard::ui {
namespace {

constexpr const char* kContext = "Messages";

// How an argument is written.
enum class Arg {
    Text,          // a name or id, as it is
    Word,          // an English word from this file ("book"), translated for people
    Exact,         // a parameter value in full: 15 significant digits ("0.5", "1000"); NaN as "NaN"
    Short,         // 4 significant digits: "0.5714", "1.667e+04"
    Percent2,      // a fraction as per cent with 2 decimals: 0.08 → "8.00%"
    PercentExact,  // a fraction as per cent in full: 0.1 → "10%", -0.9999 → "-99.99%"
    Count,         // a whole number: "13"
    Horizon,       // a count of months as a horizon: 60 → "5-year horizon", 30 → "30-month horizon"
};

struct Entry {
    std::string_view code;
    bool kpiNull;        // the sentence is "%1 is null: " + source
    const char* source;  // %1 the subject, %2 … the arguments
    std::vector<Arg> args;
};

const char* const kIsNull = QT_TRANSLATE_NOOP("Messages", "%1 is null: %2");
const char* const kYearHorizon = QT_TRANSLATE_NOOP("Messages", "%1-year horizon");
const char* const kMonthHorizon = QT_TRANSLATE_NOOP("Messages", "%1-month horizon");
// The words of Arg::Word.
[[maybe_unused]] const char* const kWords[] = {
    QT_TRANSLATE_NOOP("Messages", "book"),
    QT_TRANSLATE_NOOP("Messages", "economic"),
};

// Every warning and note the engine writes. The English is the command
// line's output: change it only together with the tests that quote it.
const std::vector<Entry>& table() {
    using enum Arg;
    static const std::vector<Entry> entries = {
        // ---- Engine: inputs clamped, numbers that were not finite ---------------
        // subject: parameter id; args: value, min, max, value used
        {"parameter_out_of_range", false,
         QT_TRANSLATE_NOOP("Messages", "%1 = %2 is outside %3–%4; using %5"), {Exact, Exact, Exact, Exact}},
        // subject: parameter id; args: value, the choices ("a|b"), the choice used
        {"parameter_not_a_choice", false, QT_TRANSLATE_NOOP("Messages", "%1 = %2 is outside %3; using %4"),
         {Text, Text, Text}},
        // subject: application id
        {"application_clamped", false,
         QT_TRANSLATE_NOOP("Messages",
                           "application %1: tokens per task and value per task must be positive; clamped"),
         {}},
        // subject: KPI id
        {"kpi_not_finite", false, QT_TRANSLATE_NOOP("Messages", "%1 is not a finite number; reported as null"),
         {}},

        // ---- Cost curves --------------------------------------------------------
        // subject: the unlock-month KPI id; args: application name, application id, horizon months
        {"application_not_viable", false, QT_TRANSLATE_NOOP("Messages", "%2 (%3) is not viable within the %4"),
         {Text, Text, Horizon}},

        // ---- Compute leverage ---------------------------------------------------
        // subject: lev.p_sat; args: its value, the id of lev.p, its value (used instead)
        {"p_sat_above_p", false,
         QT_TRANSLATE_NOOP("Messages",
                           "%1 = %2 is above %3 = %4; using %4 (leverage cannot grow faster past saturation)"),
         {Exact, Text, Exact}},
        // subject: the generate share's id; args: the review share's id, their sum, the two scaled shares
        {"shares_above_one", false,
         QT_TRANSLATE_NOOP("Messages", "%1 + %2 = %3 is above 1; scaled both down to %4 and %5 "
                                       "(same ratio, no time left for other work)"),
         {Text, Short, Short, Short}},
        // subject: lev.target_work; args: the target, compute per person, the largest team
        // searched (its size), the most it ships
        {"target_work_out_of_reach", false,
         QT_TRANSLATE_NOOP("Messages", "%1 = %2 features / quarter is out of reach at %3 compute units per "
                                       "person: a team of %4 people ships at most %5"),
         {Exact, Short, Count, Short}},
        // the same where the largest team is the one at the peak of the team curve
        {"target_work_out_of_reach_at_peak", false,
         QT_TRANSLATE_NOOP("Messages", "%1 = %2 features / quarter is out of reach at %3 compute units per "
                                       "person: the fastest team (%4 people) ships at most %5"),
         {Exact, Short, Count, Short}},
        // the same at the most compute per person: no optimum exists
        {"no_cheapest_team", false,
         QT_TRANSLATE_NOOP("Messages", "%1 = %2 features / quarter is out of reach at %3 compute units per "
                                       "person: a team of %4 people ships at most %5; there is no cheapest team"),
         {Exact, Short, Count, Short}},
        {"no_cheapest_team_at_peak", false,
         QT_TRANSLATE_NOOP("Messages", "%1 = %2 features / quarter is out of reach at %3 compute units per "
                                       "person: the fastest team (%4 people) ships at most %5; there is no "
                                       "cheapest team"),
         {Exact, Short, Count, Short}},

        // ---- Model half-life (subject: the KPI id) --------------------------------
        // args: the shortest half-life searched, in months
        {"breakeven_below_range", true,
         QT_TRANSLATE_NOOP("Messages", "the break-even half-life is below %2 months (pretraining pays even if "
                                       "demand for the model halves every half month)"),
         {Exact}},
        // args: the longest half-life searched, in months
        {"breakeven_above_range", true,
         QT_TRANSLATE_NOOP("Messages", "the break-even half-life is above %2 months (pretraining does not pay "
                                       "even if demand for the model hardly decays)"),
         {Exact}},
        // args: horizon months
        {"no_crossover_in_horizon", true,
         QT_TRANSLATE_NOOP("Messages", "the inference premium does not add up to the pretraining cost within "
                                       "the %2 (no crossover month)"),
         {Horizon}},
        // args: the replication cost as a fraction of the pretraining cost, horizon months
        {"not_replicable_in_horizon", true,
         QT_TRANSLATE_NOOP("Messages", "a competitor cannot replicate the model at %2 of its cost within the %3"),
         {PercentExact, Horizon}},

        // ---- Capex and ROIC (subject: the KPI id) ---------------------------------
        // args: the view ("book" or "economic")
        {"roic_written_off", true,
         QT_TRANSLATE_NOOP("Messages",
                           "the %2 invested capital is fully written off in every year the GPUs earn"),
         {Word}},
        // args: the years left out, the view
        {"roic_years_skipped", false,
         QT_TRANSLATE_NOOP("Messages",
                           "%1: %2 earning year(s) with no %3 invested capital left are not in the average"),
         {Count, Word}},
        {"irr_no_sign_change", true, QT_TRANSLATE_NOOP("Messages", "cash flows never change sign"), {}},
        // args: the lowest and highest rate searched (fractions)
        {"irr_no_root", true, QT_TRANSLATE_NOOP("Messages", "no rate between %2 and %3 sets NPV to zero"),
         {PercentExact, PercentExact}},
        // args: horizon years
        {"payback_beyond_horizon", true,
         QT_TRANSLATE_NOOP("Messages", "the cumulative cash flow stays negative for all %2 years of the horizon"),
         {Count}},
        {"implied_pe_no_roic", true, QT_TRANSLATE_NOOP("Messages", "there is no average economic ROIC"), {}},
        // args: WACC, long-run growth (fractions)
        {"implied_pe_wacc_below_growth", true,
         QT_TRANSLATE_NOOP("Messages", "WACC (%2) does not exceed long-run growth (%3), so the value-driver "
                                       "formula has no finite value"),
         {Percent2, Percent2}},
        // args: average economic ROIC, long-run growth (fractions)
        {"implied_pe_roic_below_growth", true,
         QT_TRANSLATE_NOOP("Messages", "average economic ROIC (%2) does not exceed long-run growth (%3), so "
                                       "growth destroys value"),
         {Percent2, Percent2}},

        // ---- Cluster scaling ----------------------------------------------------
        // subject: each KPI the run cannot have; args: GPUs, GPUs one replica needs (t × p)
        {"cluster_fewer_gpus_than_replica", true,
         QT_TRANSLATE_NOOP("Messages", "%2 GPUs are fewer than one replica needs (t × p = %3)"), {Count, Count}},
        // subject: cluster.gpus; args: idle GPUs, GPUs used (whole replicas)
        {"cluster_idle_gpus", false,
         QT_TRANSLATE_NOOP("Messages", "%1: %2 GPUs stay idle; only whole replicas train (%3 GPUs)"),
         {Count, Count}},
        // subject: cluster.batch_tokens; args: the batch, the batch used (one sequence per replica)
        {"cluster_batch_raised", false,
         QT_TRANSLATE_NOOP("Messages", "%1 = %2 is less than one sequence per replica; the batch is raised to %3 "
                                       "tokens"),
         {Exact, Exact}},
        // subject: cluster.compute_comm_ratio; no args
        {"cluster_single_replica", true,
         QT_TRANSLATE_NOOP("Messages", "one replica (d = 1) has no gradient traffic"), {}},
        // subject: cluster.days, gpu_hours, cost, energy_mwh; args: job MTBF (hours), checkpoint interval (minutes)
        {"cluster_goodput_zero", true,
         QT_TRANSLATE_NOOP("Messages", "goodput is 0: failures arrive faster than checkpoints can save work (job "
                                       "MTBF %2 hours, checkpoint interval %3 minutes)"),
         {Short, Short}},
        // subject: cluster.fastest_gpus, fastest_days; no args
        {"cluster_no_fastest", true,
         QT_TRANSLATE_NOOP("Messages", "goodput is 0 at every cluster size of whole replicas up to 2 million GPUs"),
         {}},

        // ---- Power (subject: the KPI id) -----------------------------------------
        // no args: power.sustained_eflops, flops_per_joule and runs_per_year are 0
        {"power_cluster_no_goodput", false,
         QT_TRANSLATE_NOOP("Messages", "%1 is 0: the cluster run's goodput is 0 (failures arrive faster than "
                                       "checkpoints can save work)"),
         {}},

        // ---- Chip bets (subject: the break-even KPI id) -------------------------
        // args: the lowest and highest hazard searched, per year
        {"chips_same_as_gpu", true,
         QT_TRANSLATE_NOOP("Messages", "the chip has the GPU's perf per $ and retained share, so it has the "
                                       "same value at every hazard"),
         {Exact, Exact}},
        {"chips_beats_gpu_everywhere", true,
         QT_TRANSLATE_NOOP("Messages", "the chip is worth more than the GPU at every hazard from %2 to %3 a year"),
         {Exact, Exact}},
        {"chips_gpu_beats_everywhere", true,
         QT_TRANSLATE_NOOP("Messages", "the GPU is worth more than the chip at every hazard from %2 to %3 a year"),
         {Exact, Exact}},
    };
    return entries;
}

const Entry* findEntry(std::string_view code) {
    for (const Entry& entry : table())
        if (entry.code == code) return &entry;
    return nullptr;
}

QString source(const char* text, MessageChannel channel) {
    return channel == MessageChannel::Gui ? QCoreApplication::translate(kContext, text) : QString::fromUtf8(text);
}

// %1 … %9 replaced in one pass, so a value holding "%2" stays as it is.
QString fill(const QString& pattern, const QStringList& values) {
    QString out;
    out.reserve(pattern.size() + 16 * values.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'%' && i + 1 < pattern.size() && pattern[i + 1] >= u'1' && pattern[i + 1] <= u'9') {
            const auto index = qsizetype(pattern[i + 1].unicode() - u'1');
            if (index < values.size()) {
                out += values[index];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

double numberOf(const MessageArg& arg) {
    if (const double* number = arg.number()) return *number;
    if (const long long* count = arg.count()) return double(*count);
    return std::nan("");
}

long long countOf(const MessageArg& arg) {
    if (const long long* count = arg.count()) return *count;
    if (const double* number = arg.number()) return std::llround(*number);
    return 0;
}

QString machine(const std::string& text) { return QString::fromStdString(text); }

QString argText(const MessageArg& arg, Arg format, MessageChannel channel) {
    const bool gui = channel == MessageChannel::Gui;
    if (const std::string* text = arg.text()) {
        const QString value = QString::fromStdString(*text);
        return format == Arg::Word && gui ? QCoreApplication::translate(kContext, text->c_str()) : value;
    }
    const double v = numberOf(arg);
    switch (format) {
    case Arg::Text:
    case Arg::Word: return gui ? formatExact(v, 15) : machine(text::shortestNumber(v));
    case Arg::Exact:
        if (std::isnan(v)) return QStringLiteral("NaN");
        return gui ? formatExact(v, 15) : machine(text::significantNumber(v, 15));
    case Arg::Short: return gui ? formatSignificant(v, 4) : machine(text::significantNumber(v, 4));
    case Arg::Percent2:
        return gui ? formatFixed(100.0 * v, 2) + peopleLocale().percent()
                   : machine(text::fixedNumber(100.0 * v, 2) + "%");
    case Arg::PercentExact:
        return gui ? formatSignificant(100.0 * v, 15) + peopleLocale().percent()
                   : machine(text::significantNumber(100.0 * v, 15) + "%");
    case Arg::Count: {
        const long long n = countOf(arg);
        return gui ? formatInteger(n) : machine(std::to_string(n));
    }
    case Arg::Horizon: {
        const long long months = countOf(arg);
        const bool years = months % 12 == 0;
        const long long n = years ? months / 12 : months;
        return fill(source(years ? kYearHorizon : kMonthHorizon, channel),
                    {gui ? formatInteger(n) : machine(std::to_string(n))});
    }
    }
    return {};
}

// The entry's own sentence (the reason alone for a KPI-null note).
QString body(const Entry& entry, const Message& message, MessageChannel channel) {
    QStringList values{QString::fromStdString(message.subject)};
    for (std::size_t i = 0; i < message.args.size(); ++i)
        values << argText(message.args[i], i < entry.args.size() ? entry.args[i] : Arg::Text, channel);
    return fill(source(entry.source, channel), values);
}

}  // namespace

QString messageText(const Message& message, MessageChannel channel) {
    const Entry* entry = findEntry(message.code);
    if (!entry) return QString::fromStdString(debugString(message));  // a code with no sentence yet
    const QString text = body(*entry, message, channel);
    if (!entry->kpiNull) return text;
    return fill(source(kIsNull, channel), {QString::fromStdString(message.subject), text});
}

QString messageReason(const Message& message) {
    const Entry* entry = findEntry(message.code);
    if (!entry || !entry->kpiNull) return messageText(message, MessageChannel::Gui);
    return body(*entry, message, MessageChannel::Gui);
}

std::vector<std::string_view> messageCodes() {
    std::vector<std::string_view> codes;
    for (const Entry& entry : table()) codes.push_back(entry.code);
    return codes;
}

}  // namespace leverboard::ui
