#pragma once
// Plain result structs of the four models: every KPI and every series the
// charts, the command line and the report need. Filled by evaluate().

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "models/Message.h"
namespace leverboard {

using MaybeNumber = std::optional<double>;  // nullopt = not reachable (see Results::notes)

struct Kpi {
    std::string id;
    MaybeNumber value;  // numeric KPIs; nullopt for null
    std::string text;   // string KPIs (life.better_strategy); empty otherwise

    bool isText() const { return !text.empty(); }
    bool operator==(const Kpi&) const = default;
};

// ---- 1. Cost curves ------------------------------------------------------
struct ApplicationCurve {
    std::string id;
    std::string name;
    double tokensPerTask = 0;          // M tokens
    double valuePerTask = 0;           // $
    double threshold = 0;              // max_cost_share × value_per_task, $ per task
    std::vector<double> costPerTask;   // $ per task, one per month 0..H
    MaybeNumber unlockMonth;           // fractional month, 0 if viable today
};

struct CostResults {
    std::vector<double> month;          // 0 … H
    std::vector<double> price;          // P(t), $ / 1M tokens
    std::vector<double> frontierIndex;  // If(t)
    std::vector<double> hardwareIndex;  // Ih(t)
    double commoditizeMonth = 0;        // Tc (the kink; may lie beyond H)
    double priceAtCommoditize = 0;      // P(Tc)
    std::vector<ApplicationCurve> applications;
    double price1y = 0;
    double priceHorizon = 0;
    double totalDecline = 1;
};

// ---- 2. Compute leverage -------------------------------------------------
struct StageTime {
    std::string_view id;   // "generate", "review", "other"
    double share = 0;      // time share before AI (sums to 1)
    double speedup = 1;    // a_i(C)
    double timeAfter = 0;  // share / speedup (relative to the no-AI total of 1)
};

struct LeverageResults {
    // Required headcount and cost against compute per person (log x grid, includes 0 and the scenario's C).
    std::vector<double> computeGrid;
    std::vector<MaybeNumber> headcountAtCompute;  // N_req(C)
    std::vector<MaybeNumber> costAtCompute;       // N_req(C) × (salary/4 + 3 C unit_price), t = 0

    // Team output against team size N = 1 … teamSizeMax at the scenario's C and with no AI.
    std::vector<double> teamSize;
    std::vector<double> teamOutput;
    std::vector<double> teamOutputNoAi;

    // The optimum over months 0 … H ("thin team, thick compute").
    std::vector<double> month;
    std::vector<MaybeNumber> optimalHeadcountPath;
    std::vector<MaybeNumber> optimalComputePath;
    std::vector<MaybeNumber> optimalCostPath;

    std::array<StageTime, 3> stages{};  // the bucket effect

    double compute = 0;         // the scenario's C
    double leverage = 1;        // L(C)
    double multiplier = 1;      // m(C)
    double externalFactor = 1;  // f
    double targetWork = 0;
    MaybeNumber teamPeak;       // N_peak (null when κ = 0)
    MaybeNumber requiredHeadcount;
    MaybeNumber noAiHeadcount;
    MaybeNumber costPerQuarter;
    MaybeNumber optimalCompute;
    MaybeNumber optimalHeadcount;
    MaybeNumber optimalCostPerQuarter;
    MaybeNumber optimalHeadcountHorizon;
};

// ---- 3. Model half-life --------------------------------------------------
struct HalfLifeResults {
    std::vector<double> month;                // 0 … H
    std::vector<double> demand;               // D(t), queries / month
    std::vector<double> retained;             // 2^(−t / half_life): value retained
    std::vector<double> premium;              // E(t), $ / month
    std::vector<double> cumulativeInference;  // Σ E(0 … t), undiscounted
    std::vector<double> cumulativePretrain;   // pretrain_cost, paid at t = 0
    std::vector<double> replicationCost;      // pretrain_cost × If(t)

    std::vector<double> halfLifeGrid;         // months, log-spaced over the parameter's range
    std::vector<double> pvPremiumAtHalfLife;  // PV premium for each grid half-life

    double pretrainCost = 0;
    double pvPremium = 0;
    double pretrainAdvantage = 0;
    MaybeNumber breakevenHalfLife;
    MaybeNumber crossoverMonth;
    MaybeNumber monthsToReplicate10pct;
    std::string betterStrategy;  // "pretrain" or "inference"
};

// ---- 4. Capex and ROIC ---------------------------------------------------
struct CapexYear {
    int year = 0;  // 1 … Y
    double price = 0;                 // $ / GPU-hour
    double economicShare = 0;         // share(y, economic_life)
    double revenue = 0;
    double energy = 0;
    double opex = 0;
    double sbc = 0;
    double depreciationBook = 0;
    double depreciationEconomic = 0;
    double ebitBook = 0;
    double ebitEconomic = 0;
    double tax = 0;                   // tax on book EBIT, ≥ 0
    double nopatBook = 0;
    double nopatEconomic = 0;
    double investedBook = 0;          // closing invested capital, book view
    double investedEconomic = 0;      // closing invested capital, economic view
    MaybeNumber roicBook;
    MaybeNumber roicEconomic;
    double cashFlow = 0;
    double cumulativeCashFlow = 0;    // terminal value excluded
};

struct CapexResults {
    std::vector<CapexYear> years;
    double totalCapex = 0;     // K
    double gpuCapex = 0;       // Kg
    double facilityCapex = 0;  // Kf
    double terminalValue = 0;
    double wacc = 0;
    double growth = 0;
    std::vector<double> cashFlows;  // year 0 … Y (terminal value excluded)

    // Implied P/E against ROIC (value-driver formula), for the chart.
    std::vector<double> roicGrid;
    std::vector<MaybeNumber> peAtRoic;

    double industryCapex = 0;  // $bn / year
    double appRevenue = 0;     // $bn / year

    MaybeNumber roicBook;
    MaybeNumber roicEconomic;
    double npv = 0;
    MaybeNumber irr;
    MaybeNumber paybackYears;
    double strandedValue = 0;
    MaybeNumber impliedPe;
    double infraToApp = 0;
    double requiredAppRevenue = 0;  // $bn / year
    double revenueGap = 0;
};

struct Results {
    int horizonMonths = 0;
    CostResults cost;
    LeverageResults leverage;
    HalfLifeResults halfLife;
    CapexResults capex;
    // Problems a person should look at: an input clamped into its range,
    // inputs that contradict each other, a goal they set that no team can
    // reach, a number that was not finite. The GUI shows them as a banner.
    std::vector<Message> warnings;
    // Why a KPI is null when null is the model's answer rather than a
    // problem: an event that does not happen within the horizon, a formula
    // with no finite value at these inputs. Each has its KPI id as subject,
    // so the KPI card can show the reason.
    std::vector<Message> notes;
    std::vector<Kpi> kpis;  // every KPI of MODEL.md, in registry order

    const Kpi* kpi(std::string_view id) const;
};

}  // namespace leverboard
