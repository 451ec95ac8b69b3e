#include "params/KpiRegistry.h"

namespace leverboard {
namespace {

using enum ModelGroup;
using enum KpiFormat;
using enum KpiSense;

// clang-format off
const KpiSpec kKpis[] = {
  {"cost.price_1y", Cost, "Price in 1 year", "一年后价格", "$ / 1M tokens", PricePerMTok, LowerIsBetter,
   "Price of today's frontier capability at month 12", true},
  {"cost.price_horizon", Cost, "Price at horizon", "期末价格", "$ / 1M tokens", PricePerMTok, LowerIsBetter,
   "Price of today's frontier capability at the end of the horizon", false},
  {"cost.total_decline", Cost, "Total decline", "累计降幅", "×", Multiple, Neutral,
   "Price today divided by price at the horizon", true},
  {"cost.unlock_month.", Cost, "Unlock month", "可行月份", "months", Months, LowerIsBetter,
   "First month the application's inference cost fits its value", false},

  {"lev.required_headcount", Leverage, "Required headcount", "所需人数", "people", People, LowerIsBetter,
   "Smallest team that ships the target at the scenario's compute per person", true},
  {"lev.no_ai_headcount", Leverage, "Headcount without AI", "无 AI 所需人数", "people", People, Neutral,
   "Smallest team that ships the target with no AI compute", true},
  {"lev.multiplier", Leverage, "AI multiplier", "AI 倍增系数", "×", Multiple, HigherIsBetter,
   "Output multiplier m(C) after the bucket effect", false},
  {"lev.team_peak", Leverage, "Team size at peak output", "产出峰值团队规模", "people", People, Neutral,
   "USL peak: beyond it more people make the team slower", false},
  {"lev.cost_per_quarter", Leverage, "Cost per quarter", "季度成本", "$ / quarter", Money, LowerIsBetter,
   "People plus compute at the scenario's compute per person, t = 0", false},
  {"lev.optimal_compute", Leverage, "Optimal compute per person", "最优人均算力", "units", ComputeUnits, Neutral,
   "Compute per person of the cheapest team that ships the target, t = 0", false},
  {"lev.optimal_headcount", Leverage, "Optimal headcount", "最优人数", "people", People, Neutral,
   "Size of the cheapest team that ships the target, t = 0", false},
  {"lev.optimal_cost_per_quarter", Leverage, "Optimal cost per quarter", "最优季度成本", "$ / quarter", Money, LowerIsBetter,
   "Cost of the cheapest team that ships the target, t = 0", true},
  {"lev.optimal_headcount_horizon", Leverage, "Optimal headcount at horizon", "期末最优人数", "people", People, Neutral,
   "Size of the cheapest team at the end of the horizon", false},

  {"life.pv_premium", HalfLife, "PV of inference premium", "推理溢价现值", "$", Money, Neutral,
   "Present value of the extra inference the think-longer strategy pays", true},
  {"life.pretrain_advantage", HalfLife, "Pretraining advantage", "预训练优势", "$", Money, HigherIsBetter,
   "PV premium minus pretraining cost: positive means pretraining wins", false},
  {"life.breakeven_half_life", HalfLife, "Break-even half-life", "盈亏平衡半衰期", "months", Months, Neutral,
   "Half-life at which pretraining and thinking longer cost the same", true},
  {"life.crossover_month", HalfLife, "Crossover month", "交叉月份", "month", MonthIndex, Neutral,
   "First month the cumulative inference premium reaches the pretraining cost", false},
  {"life.months_to_replicate_10pct", HalfLife, "Months to replicate at 10%", "以 10% 成本复制所需月数", "months", Months, Neutral,
   "When a competitor can buy the same capability for a tenth of your cost", false},
  {"life.better_strategy", HalfLife, "Better strategy", "更优策略", "", Text, Neutral,
   "Pretrain once or think longer at inference", true},

  {"capex.total_capex", Capex, "Total capex", "总资本开支", "$", Money, Neutral,
   "GPUs plus building, power and cooling", false},
  {"capex.roic_book", Capex, "ROIC (book)", "投资回报率（账面）", "%", Percent, HigherIsBetter,
   "Average return on invested capital with accounting depreciation", true},
  {"capex.roic_economic", Capex, "ROIC (economic)", "投资回报率（经济）", "%", Percent, HigherIsBetter,
   "Average return on invested capital with economic depreciation", true},
  {"capex.npv", Capex, "NPV", "净现值", "$", Money, HigherIsBetter,
   "Net present value of the cohort's cash flows at WACC", true},
  {"capex.irr", Capex, "IRR", "内部收益率", "%", Percent, HigherIsBetter,
   "Internal rate of return of the cohort's cash flows", false},
  {"capex.payback_years", Capex, "Payback", "回收期", "years", Years, LowerIsBetter,
   "Years until cumulative cash flow turns non-negative", false},
  {"capex.stranded_value", Capex, "Stranded value", "搁浅资产价值", "$", Money, LowerIsBetter,
   "GPU book value left when the economic life ends", false},
  {"capex.implied_pe", Capex, "Implied P/E", "隐含市盈率", "×", Multiple, Neutral,
   "Value-driver formula with average economic ROIC", false},
  {"capex.infra_to_app", Capex, "Infra : app revenue", "基础设施与应用收入比", "×", Multiple, LowerIsBetter,
   "Industry capex divided by application revenue", false},
  {"capex.required_app_revenue", Capex, "Required app revenue", "所需应用收入", "$bn / year", MoneyBillions, Neutral,
   "Application revenue needed for industry capex to earn its cost of capital", false},
  {"capex.revenue_gap", Capex, "Revenue gap", "收入缺口", "×", Multiple, LowerIsBetter,
   "Required application revenue divided by actual", true},
};
// clang-format on

}  // namespace

std::span<const KpiSpec> kpiSpecs() { return kKpis; }

const KpiSpec* findKpiSpec(std::string_view id) {
    for (const auto& k : kKpis) {
        if (k.id == id) return &k;
        if (k.id == kUnlockMonthPrefix && id.starts_with(kUnlockMonthPrefix) &&
            id.size() > kUnlockMonthPrefix.size())
            return &k;
    }
    return nullptr;
}

}  // namespace leverboard
