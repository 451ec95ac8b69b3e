#pragma once
// 6. Power (MODEL.md §6): one data-centre site bounded by the power it can
// get. How many GPUs a grid connection powers, what the site costs, the
// energy it draws, how long until it computes, and whether building on-site
// generation beats waiting for the grid. Static; reuses the capex model's GPU,
// power and financing parameters and the cluster model's MFU and goodput.

#include <span>
#include <string>
#include <vector>

#include "models/ModelRegistry.h"
#include "models/Results.h"
#include "scenario/Scenario.h"

namespace leverboard {

struct ClusterResults;

// The KPI power.better_path: "onsite" when on-site net value > 0, else "grid".
inline constexpr std::string_view kPowerPathOnsite = "onsite";
inline constexpr std::string_view kPowerPathGrid = "grid";

struct PowerResults {
    static constexpr ModelGroup kGroup = ModelGroup::Power;

    // ---- The scenario's site (the KPIs) ----------------------------------------
    double siteMw = 0;
    double kwPerGpu = 0;         // w = capex.power_kw × capex.pue
    double gpus = 0;             // n, whole GPUs
    double capex = 0;            // K, $
    double gpuCapex = 0;         // Kg
    double facilityCapex = 0;    // Kf
    double capexPerGw = 0;       // $bn per GW
    double energyMwh = 0;        // E, MWh / year
    double energyTwh = 0;
    double nationalShare = 0;    // fraction of national use
    double energyCost = 0;       // $ / year
    double capitalCharge = 0;    // $ / year
    double energyCostShare = 0;  // energy cost / (energy cost + capital charge)
    // 0 when the cluster's goodput is 0, null when its run is infeasible.
    MaybeNumber sustainedEflops;
    MaybeNumber flopsPerJoule;
    MaybeNumber runsPerYear;
    // Years to first compute and their parts (the bars of the page).
    double gridWaitYears = 0;
    double buildYears = 0;
    double chipWaitYears = 0;
    double onsiteYears = 0;
    double yearsGrid = 0;    // max(grid wait, build, chips)
    double yearsOnsite = 0;  // max(generation, build, chips)
    double grossMargin = 0;  // $ / year
    double onsiteNetValue = 0;  // $, undiscounted
    std::string betterPath;     // kPowerPathOnsite or kPowerPathGrid

    // The scenario's inputs the page marks.
    double electricityPrice = 0;  // $ / kWh
    double utilization = 0;

    // ---- Chart grids -------------------------------------------------------------
    // Site power from the parameter's min to max (log-spaced): one row of the
    // series table each.
    std::vector<double> siteGridMw;
    std::vector<double> gpusAtSite;
    std::vector<double> capexAtSite;           // $
    std::vector<double> energyTwhAtSite;       // TWh / year
    std::vector<double> energyCostAtSite;      // $ / year
    std::vector<double> capitalChargeAtSite;   // $ / year
    std::vector<MaybeNumber> runsAtSite;       // training runs per year
    // Electricity price from the parameter's min to max (linear): the yearly
    // cost split of the scenario's site.
    std::vector<double> priceGrid;             // $ / kWh
    std::vector<double> energyCostAtPrice;     // $ / year (capital charge does not move)
    // capex.utilization from its min to max (linear): energy share of cost.
    std::vector<double> utilizationGrid;
    std::vector<double> energyShareAtUtilization;
};

class PowerModel {
public:
    // Fills out (reusing its storage) from a range-clamped scenario and the
    // cluster model's results; appends a note for each KPI that is null or 0
    // because of the cluster run.
    static void evaluate(const Scenario& scenario, const ClusterResults& cluster, PowerResults& out,
                         MessageWriter notes);
    static void appendKpis(const PowerResults& results, KpiWriter kpis);

    // The model registry's entry (models/ModelRegistry.cpp).
    static void evaluate(const EvalContext& context, Results& results);
    static std::span<const KpiSpec> kpis();
    static SeriesTable seriesTable(const Results& results);

    // Grid sizes of the charts.
    static constexpr int kSitePoints = 61;
    static constexpr int kPricePoints = 50;
    static constexpr int kUtilizationPoints = 20;
};

}  // namespace leverboard
