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

    ws.scenarios = {base, bear, bull, thin};
    ws.active = 0;
    ws.compared = {base.name, bear.name, bull.name};
    return ws;
}

}  // namespace leverboard
