#include "scenario/Workspace.h"

namespace leverboard {

int Workspace::indexOf(const std::string& name) const {
    for (std::size_t i = 0; i < scenarios.size(); ++i)
        if (scenarios[i].name == name) return static_cast<int>(i);
    return -1;
}

std::string Workspace::uniqueName(const std::string& wanted) const {
    std::string name = wanted.empty() ? std::string("Scenario") : wanted;
    for (int n = 2; indexOf(name) >= 0; ++n) name = wanted + " (" + std::to_string(n) + ")";
    return name;
}

Workspace defaultWorkspace() {
    using enum ParamId;
    Workspace ws;

    Scenario base;
    base.name = "Base";
    base.notes = "The defaults of the model specification.";

    Scenario bear;
    bear.name = "Bear: the escalator";
    bear.notes = "Capital trap: everyone installs the same escalator, prices erode and GPUs age fast.";
    bear[CapexUtilization] = 0.55;
    bear[CapexEconomicLife] = 3;
    bear[CapexExtraPriceDecline] = 0.25;
    bear[CapexSbcShare] = 0.1;
    bear[CapexAppRevenue] = 100;
    bear[CapexIndustryCapex] = 450;
    bear[LifeHalfLifeMonths] = 4;

    Scenario bull;
    bull.name = "Bull: the floor, not the ceiling";
    bull.notes = "Demand outruns supply: high utilization, longer-lived GPUs, faster-falling prices.";
    bull[CapexUtilization] = 0.9;
    bull[CapexEconomicLife] = 5;
    bull[CapexRentalPrice] = 5;
    bull[CapexAppRevenue] = 300;
    bull[LifeHalfLifeMonths] = 12;
    bull[CostFrontierDecline] = 10;

    Scenario thin;
    thin.name = "Thin team";
    thin.notes = "Eight people without AI, four with it, ten features a quarter.";
    thin[LevComputePerPerson] = 10;

    // The infrastructure half of the essays (MODEL.md §5–7) in one scenario:
    // the cluster is Blackwell-class and large, the site's power is not.
    Scenario infra;
    infra.name = "Infra: 100k Blackwell on a power-limited site";
    infra.notes =
        "100,000 Blackwell-class GPUs (2,250 dense BF16 TFLOP/s, 1.8 kW all-in and $40,000 each, 800 Gb/s "
        "network) train the 405B run on 64M-token batches in 10 pipeline stages (1,250 replicas, no GPU idle). "
        "They draw 225 MW at PUE 1.25, but the site gets 150 MW: it powers 66,666 of them, so power, not chips, "
        "binds. The grid connection takes 5 years and on-site generation 2, so building your own power pays "
        "(power.better_path). At this size some GPU fails every 30 minutes: goodput drops to 56% and the run "
        "still takes about 9 days, near the fastest size. At $6 per GPU-hour the capex cash flow stays negative "
        "within the 5-year horizon, so capex.payback_years is null.";
    infra[ClusterGpus] = 100000;
    infra[ClusterPeakTflops] = 2250;
    infra[ClusterPipelineParallel] = 10;
    infra[ClusterBatchTokens] = 6.4e7;
    infra[ClusterNetworkGbps] = 800;
    infra[CapexGpus] = 100000;
    infra[CapexGpuPrice] = 40000;
    infra[CapexPowerKw] = 1.8;
    infra[CapexRentalPrice] = 6;
    infra[PowerSiteMw] = 150;
    infra[PowerGridWaitYears] = 5;

    ws.scenarios = {base, bear, bull, thin, infra};
    ws.active = 0;
    ws.compared = {base.name, bear.name, bull.name};
    return ws;
}

}  // namespace leverboard
