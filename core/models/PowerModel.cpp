#include "models/PowerModel.h"

#include <algorithm>
#include <cmath>

#include "models/CapexModel.h"
#include "models/ClusterModel.h"

namespace leverboard {
namespace {

constexpr double kHoursPerYear = 8760.0;
constexpr double kSecondsPerHour = 3600.0;

// GPUs a site of siteMw powers at kwPerGpu each, whole GPUs (MODEL.md §6: the
// 1e-9 keeps an exact quotient such as 1000 MW / 1.25 kW from flooring one short).
double gpusForSite(double siteMw, double kwPerGpu) { return std::floor(siteMw * 1000.0 / kwPerGpu + 1e-9); }

// Point i of n from lo to hi, both ends included.
double linearPoint(double lo, double hi, int i, int n) {
    if (i == n - 1) return hi;
    return lo + (hi - lo) * i / (n - 1);
}
double logPoint(double lo, double hi, int i, int n) {
    if (i == 0) return lo;
    if (i == n - 1) return hi;
    return std::exp(std::log(lo) + (std::log(hi) - std::log(lo)) * i / (n - 1));
}

// The site-power grid depends only on the parameter's range: built once.
const std::vector<double>& siteGrid() {
    static const std::vector<double> grid = [] {
        const ParameterSpec& site = spec(ParamId::PowerSiteMw);
        std::vector<double> mw(PowerModel::kSitePoints);
        for (int i = 0; i < PowerModel::kSitePoints; ++i)
            mw[static_cast<std::size_t>(i)] = logPoint(site.min, site.max, i, PowerModel::kSitePoints);
        return mw;
    }();
    return grid;
}

// What the cluster run lets a site deliver, per GPU: F × MFU × goodput in
// FLOP/s; nullopt when the run is infeasible (no MFU).
MaybeNumber deliveredFlopsPerGpu(const ClusterResults& cluster) {
    if (!cluster.feasible || !cluster.mfu) return std::nullopt;
    if (!(cluster.goodput > 0)) return 0.0;
    return cluster.peakFlopsPerGpu * *cluster.mfu * cluster.goodput;
}

}  // namespace

void PowerModel::evaluate(const Scenario& scenario, const ClusterResults& cluster, PowerResults& out,
                          MessageWriter notes) {
    const double siteMw = scenario[ParamId::PowerSiteMw];
    const double gridWait = scenario[ParamId::PowerGridWaitYears];
    const double build = scenario[ParamId::PowerBuildYears];
    const double chipWait = scenario[ParamId::PowerChipWaitYears];
    const double onsite = scenario[ParamId::PowerOnsiteYears];
    const double onsitePremium = scenario[ParamId::PowerOnsitePremium];
    const double nationalTwh = scenario[ParamId::PowerNationalTwh];

    const double gpuPrice = scenario[ParamId::CapexGpuPrice];
    const double gpuShare = scenario[ParamId::CapexGpuShare];
    const double powerKw = scenario[ParamId::CapexPowerKw];
    const double pue = scenario[ParamId::CapexPue];
    const double electricityPrice = scenario[ParamId::CapexElectricityPrice];
    const double utilization = scenario[ParamId::CapexUtilization];
    const double rentalPrice = scenario[ParamId::CapexRentalPrice];
    const double economicLife = scenario[ParamId::CapexEconomicLife];
    const double facilityLife = scenario[ParamId::CapexFacilityLife];
    const double wacc = scenario[ParamId::CapexWacc];

    const double w = powerKw * pue;  // kW drawn per GPU
    const double crfGpu = capitalRecoveryFactor(wacc, economicLife);
    const double crfFacility = capitalRecoveryFactor(wacc, facilityLife);
    const double buildCostPerGpu = gpuPrice / gpuShare;
    // Capital charge per GPU per year: its Kg and Kf shares, each over its life.
    const double chargePerGpu = gpuPrice * crfGpu + (buildCostPerGpu - gpuPrice) * crfFacility;
    const double mwhPerGpu = w * kHoursPerYear * utilization / 1000.0;

    out.siteMw = siteMw;
    out.kwPerGpu = w;
    out.electricityPrice = electricityPrice;
    out.utilization = utilization;

    // ---- Size, cost and energy ---------------------------------------------------
    const double n = gpusForSite(siteMw, w);
    out.gpus = n;
    out.gpuCapex = n * gpuPrice;
    out.capex = n * gpuPrice / gpuShare;
    out.facilityCapex = out.capex - out.gpuCapex;
    out.capexPerGw = out.capex / (siteMw / 1000.0) / 1e9;
    out.energyMwh = n * w * kHoursPerYear * utilization / 1000.0;
    out.energyTwh = out.energyMwh / 1e6;
    out.nationalShare = out.energyTwh / nationalTwh;
    out.energyCost = out.energyMwh * 1000.0 * electricityPrice;
    out.capitalCharge = out.gpuCapex * crfGpu + out.facilityCapex * crfFacility;
    // n ≥ 5 at the smallest site and heaviest GPU, so the sum is positive.
    out.energyCostShare = out.energyCost / (out.energyCost + out.capitalCharge);

    // ---- Compute it delivers (the cluster run's shape) --------------------------------
    const MaybeNumber perGpu = deliveredFlopsPerGpu(cluster);
    const MaybeNumber trainingFlops = cluster.trainingFlops;
    out.sustainedEflops.reset();
    out.flopsPerJoule.reset();
    out.runsPerYear.reset();
    if (perGpu) {
        const double sustained = n * *perGpu;  // FLOP/s
        out.sustainedEflops = sustained / 1e18;
        out.flopsPerJoule = *perGpu / (w * 1000.0);
        if (trainingFlops && *trainingFlops > 0)
            out.runsPerYear = sustained * kHoursPerYear * kSecondsPerHour * utilization / *trainingFlops;
    }
    const char* const computeKpis[] = {"power.sustained_eflops", "power.flops_per_joule", "power.runs_per_year"};
    // The cluster's own note, with this model's KPI as subject: N and t × p.
    const auto infeasible = [&](const char* id) {
        notes.push_back({id, kClusterInfeasibleCode, {cluster.inputs.gpus, cluster.inputs.replicaSize()}});
    };
    if (!perGpu) {
        for (const char* id : computeKpis) infeasible(id);
    } else if (*perGpu == 0) {
        for (const char* id : computeKpis) notes.push_back({id, "power_cluster_no_goodput", {}});
    } else if (!out.runsPerYear) {
        infeasible("power.runs_per_year");
    }

    // ---- Time to first compute and the on-site decision --------------------------------
    out.gridWaitYears = gridWait;
    out.buildYears = build;
    out.chipWaitYears = chipWait;
    out.onsiteYears = onsite;
    out.yearsGrid = std::max({gridWait, build, chipWait});
    out.yearsOnsite = std::max({onsite, build, chipWait});
    out.grossMargin = n * kHoursPerYear * utilization * rentalPrice - out.energyCost;
    out.onsiteNetValue = (out.yearsGrid - out.yearsOnsite) * out.grossMargin -
                         onsitePremium * out.energyMwh * 1000.0 * economicLife;
    out.betterPath = out.onsiteNetValue > 0 ? kPowerPathOnsite : kPowerPathGrid;

    // ---- Chart grids -------------------------------------------------------------------
    const std::vector<double>& sites = siteGrid();
    out.siteGridMw.assign(sites.begin(), sites.end());
    out.gpusAtSite.resize(kSitePoints);
    out.capexAtSite.resize(kSitePoints);
    out.energyTwhAtSite.resize(kSitePoints);
    out.energyCostAtSite.resize(kSitePoints);
    out.capitalChargeAtSite.resize(kSitePoints);
    out.runsAtSite.resize(kSitePoints);
    const MaybeNumber runsPerGpu = perGpu && trainingFlops && *trainingFlops > 0
                                       ? MaybeNumber(*perGpu * kHoursPerYear * kSecondsPerHour * utilization /
                                                     *trainingFlops)
                                       : std::nullopt;
    for (int i = 0; i < kSitePoints; ++i) {
        const auto k = static_cast<std::size_t>(i);
        const double gpus = gpusForSite(sites[k], w);
        out.gpusAtSite[k] = gpus;
        out.capexAtSite[k] = gpus * buildCostPerGpu;
        out.energyTwhAtSite[k] = gpus * mwhPerGpu / 1e6;
        out.energyCostAtSite[k] = gpus * mwhPerGpu * 1000.0 * electricityPrice;
        out.capitalChargeAtSite[k] = gpus * chargePerGpu;
        out.runsAtSite[k] = runsPerGpu ? MaybeNumber(gpus * *runsPerGpu) : std::nullopt;
    }

    const ParameterSpec& price = spec(ParamId::CapexElectricityPrice);
    out.priceGrid.resize(kPricePoints);
    out.energyCostAtPrice.resize(kPricePoints);
    for (int i = 0; i < kPricePoints; ++i) {
        const auto k = static_cast<std::size_t>(i);
        out.priceGrid[k] = linearPoint(price.min, price.max, i, kPricePoints);
        out.energyCostAtPrice[k] = out.energyMwh * 1000.0 * out.priceGrid[k];
    }

    const ParameterSpec& use = spec(ParamId::CapexUtilization);
    out.utilizationGrid.resize(kUtilizationPoints);
    out.energyShareAtUtilization.resize(kUtilizationPoints);
    for (int i = 0; i < kUtilizationPoints; ++i) {
        const auto k = static_cast<std::size_t>(i);
        const double u = linearPoint(use.min, use.max, i, kUtilizationPoints);
        // Per GPU: the site's GPU count cancels.
        const double energy = w * kHoursPerYear * u / 1000.0 * 1000.0 * electricityPrice;
        out.utilizationGrid[k] = u;
        out.energyShareAtUtilization[k] = energy / (energy + chargePerGpu);
    }
}

void PowerModel::appendKpis(const PowerResults& r, KpiWriter kpis) {
    kpis.push_back({"power.gpus", r.gpus, {}});
    kpis.push_back({"power.capex", r.capex, {}});
    kpis.push_back({"power.capex_per_gw", r.capexPerGw, {}});
    kpis.push_back({"power.energy_twh", r.energyTwh, {}});
    kpis.push_back({"power.national_share", r.nationalShare, {}});
    kpis.push_back({"power.energy_cost", r.energyCost, {}});
    kpis.push_back({"power.capital_charge", r.capitalCharge, {}});
    kpis.push_back({"power.energy_cost_share", r.energyCostShare, {}});
    kpis.push_back({"power.sustained_eflops", r.sustainedEflops, {}});
    kpis.push_back({"power.flops_per_joule", r.flopsPerJoule, {}});
    kpis.push_back({"power.runs_per_year", r.runsPerYear, {}});
    kpis.push_back({"power.years_grid", r.yearsGrid, {}});
    kpis.push_back({"power.years_onsite", r.yearsOnsite, {}});
    kpis.push_back({"power.onsite_net_value", r.onsiteNetValue, {}});
    kpis.push_back({"power.better_path", std::nullopt, r.betterPath});
}

// ---- The model registry's entry (models/ModelRegistry.cpp) -----------------------
namespace {
namespace kpi_rows {
using enum ModelGroup;
using enum KpiFormat;
using enum KpiSense;

// In the order appendKpis adds them.
// clang-format off
const KpiSpec kKpis[] = {
  {"power.gpus", Power, "GPUs the site powers", "站点可供电 GPU 数", "GPUs", Number, HigherIsBetter,
   "Whole GPUs the site's power supplies at capex.power_kw × capex.pue each", true, noThreshold()},
  {"power.capex", Power, "Site build cost", "站点建设成本", "$", Money, Neutral,
   "GPUs plus building, power and cooling for every GPU the site powers", false, noThreshold()},
  {"power.capex_per_gw", Power, "Build cost per GW", "每吉瓦建设成本", "$bn / GW", Number, LowerIsBetter,
   "Build cost divided by the site's power in GW", false, noThreshold()},
  {"power.energy_twh", Power, "Energy per year", "年用电量", "TWh / year", Number, Neutral,
   "Electricity the site draws in a year at the utilization", false, noThreshold()},
  {"power.national_share", Power, "Share of national use", "占全国用电比例", "%", Percent, Neutral,
   "The site's energy as a share of national electricity use", false, noThreshold()},
  {"power.energy_cost", Power, "Energy cost", "年电费", "$ / year", Money, LowerIsBetter,
   "Electricity bill per year", false, noThreshold()},
  {"power.capital_charge", Power, "Capital charge", "年资本费用", "$ / year", Money, LowerIsBetter,
   "Yearly payment that repays the GPUs over their economic life and the facility over its life at WACC", false,
   noThreshold()},
  {"power.energy_cost_share", Power, "Energy share of cost", "电费占年成本比例", "%", Percent, Neutral,
   "Energy cost divided by energy cost plus capital charge", true, noThreshold()},
  {"power.sustained_eflops", Power, "Sustained compute", "持续算力", "EFLOP/s", Number, HigherIsBetter,
   "GPUs × peak × MFU × goodput of the cluster scenario's run", false, noThreshold()},
  {"power.flops_per_joule", Power, "Delivered FLOP per joule", "每焦耳有效算力", "FLOP / J", Number, HigherIsBetter,
   "Peak × MFU × goodput divided by the power drawn per GPU", false, noThreshold()},
  {"power.runs_per_year", Power, "Training runs per year", "每年训练次数", "runs / year", Number, HigherIsBetter,
   "Training runs of the cluster scenario's size the site completes in a year", false, noThreshold()},
  {"power.years_grid", Power, "Years to compute (grid)", "首次算力年数（电网）", "years", Years, LowerIsBetter,
   "Longest of grid wait, build and chip lead time", false, noThreshold()},
  {"power.years_onsite", Power, "Years to compute (on-site)", "首次算力年数（自建发电）", "years", Years, LowerIsBetter,
   "Longest of on-site generation, build and chip lead time", false, noThreshold()},
  {"power.onsite_net_value", Power, "On-site net value", "自建发电净值", "$", Money, HigherIsBetter,
   "Margin of the years on-site generation saves less its premium over the economic life (undiscounted)", true,
   aboveConstant(0)},
  {"power.better_path", Power, "Better path", "更优路径", "", Text, Neutral,
   "\"onsite\" when on-site net value is above 0, else \"grid\"", false, noThreshold()},
};
// clang-format on

}  // namespace kpi_rows
}  // namespace

void PowerModel::evaluate(const EvalContext& context, Results& results) {
    PowerResults& power = results.get<PowerResults>();
    evaluate(context.scenario, results.get<ClusterResults>(), power, context.notes);
    appendKpis(power, context.kpis);
}

std::span<const KpiSpec> PowerModel::kpis() { return kpi_rows::kKpis; }

SeriesTable PowerModel::seriesTable(const Results& results) {
    const PowerResults& power = results.get<PowerResults>();
    SeriesTable table;
    table.columns = {"site_mw", "gpus", "capex", "capex_per_gw", "energy_twh", "energy_cost", "capital_charge",
                     "runs_per_year"};
    const std::size_t rows = power.siteGridMw.size();
    table.rows.reserve(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        const double mw = power.siteGridMw[i];
        const MaybeNumber capex = seriesCell(power.capexAtSite, i);
        table.rows.push_back({mw, seriesCell(power.gpusAtSite, i), capex,
                              capex ? MaybeNumber(*capex / (mw / 1000.0) / 1e9) : std::nullopt,
                              seriesCell(power.energyTwhAtSite, i), seriesCell(power.energyCostAtSite, i),
                              seriesCell(power.capitalChargeAtSite, i), seriesCell(power.runsAtSite, i)});
    }
    return table;
}

}  // namespace leverboard
