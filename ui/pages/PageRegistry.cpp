#include "pages/PageRegistry.h"

#include <vector>

#include "analysis/DistributionsPage.h"
#include "analysis/MapPage.h"
#include "analysis/SensitivityPage.h"
#include "pages/CapexPage.h"
#include "pages/ChipsPage.h"
#include "pages/ClusterPage.h"
#include "pages/ComparePage.h"
#include "pages/CostPage.h"
#include "pages/HalfLifePage.h"
#include "pages/LeveragePage.h"
#include "pages/OverviewPage.h"
#include "pages/PowerPage.h"

namespace leverboard::ui {
namespace {

template <class Page>
ModelPage* create(WorkspaceDocument*) {
    return new Page;
}

ModelPage* createCompare(WorkspaceDocument* document) { return new ComparePage(document); }
ModelPage* createSensitivity(WorkspaceDocument* document) { return new SensitivityPage(document); }
ModelPage* createMap(WorkspaceDocument* document) { return new MapPage(document); }

// Model pages in the model registry's order (core/models/ModelRegistry.cpp).
const PageSpec kPages[] = {
    {"overview", ModelGroup::Global, &create<OverviewPage>, nullptr, true},
    {"cost", ModelGroup::Cost, &create<CostPage>, &CostPage::headline, true},
    {"leverage", ModelGroup::Leverage, &create<LeveragePage>, &LeveragePage::headline, true},
    {"half_life", ModelGroup::HalfLife, &create<HalfLifePage>, &HalfLifePage::headline, true},
    {"capex", ModelGroup::Capex, &create<CapexPage>, &CapexPage::headline, true},
    {"cluster", ModelGroup::Cluster, &create<ClusterPage>, &ClusterPage::headline, true},
    {"power", ModelGroup::Power, &create<PowerPage>, &PowerPage::headline, true},
    {"chips", ModelGroup::Chips, &create<ChipsPage>, &ChipsPage::headline, true},
    {"compare", ModelGroup::Global, &createCompare, nullptr, false},  // tables for compare mode
    {"sensitivity", ModelGroup::Global, &createSensitivity, nullptr, false},  // tornado: the screen only
    {"distributions", ModelGroup::Global, &create<DistributionsPage>, nullptr, false},  // Monte Carlo histograms
    {"map", ModelGroup::Global, &createMap, nullptr, false},  // two-parameter map: the screen only
};

}  // namespace

std::span<const PageSpec> pageSpecs() { return kPages; }

std::span<const PageSpec> modelPageSpecs() {
    static const std::vector<PageSpec> models = [] {
        std::vector<PageSpec> specs;
        for (const PageSpec& spec : kPages)
            if (spec.headline) specs.push_back(spec);
        return specs;
    }();
    return models;
}

const PageSpec* findPageSpec(std::string_view id) {
    for (const PageSpec& spec : kPages)
        if (spec.id == id) return &spec;
    return nullptr;
}

QKeySequence pageShortcut(int index) {
    if (index < 0 || index > 8) return {};
    return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index));
}

}  // namespace leverboard::ui
