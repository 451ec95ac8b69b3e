#include "models/ModelRegistry.h"

#include <array>
#include <cstdlib>

#include "models/CapexModel.h"
#include "models/ChipsModel.h"
#include "models/ClusterModel.h"
#include "models/CostCurveModel.h"
#include "models/HalfLifeModel.h"
#include "models/LeverageModel.h"
#include "models/PowerModel.h"

namespace leverboard {
namespace {

template <class R>
std::any makeResults() {
    return R{};
}

template <class Model, class R>
ModelSpec entry(std::string_view id, std::string_view titleEn, std::string_view titleZh) {
    return {R::kGroup, id, titleEn, titleZh, &makeResults<R>,
            static_cast<void (*)(const EvalContext&, Results&)>(&Model::evaluate), Model::kpis(),
            &Model::seriesTable};
}

// The one list of models. Order: the cost curve (the root every other model
// reads) first; then evaluation and page order.
auto buildModels() {
    return std::array{
        entry<CostCurveModel, CostResults>("cost", "Cost curves", "成本曲线"),
        entry<LeverageModel, LeverageResults>("leverage", "Compute leverage", "算力杠杆"),
        entry<HalfLifeModel, HalfLifeResults>("half_life", "Model half-life", "模型半衰期"),
        entry<CapexModel, CapexResults>("capex", "Capex & ROIC", "资本开支与投资回报率"),
        entry<ClusterModel, ClusterResults>("cluster", "Cluster scaling", "集群扩展"),
        entry<PowerModel, PowerResults>("power", "Power", "电力"),
        entry<ChipsModel, ChipsResults>("chips", "Chip bets", "芯片押注"),
    };
}

constexpr std::size_t kGroupCount = static_cast<std::size_t>(ModelGroup::Chips) + 1;

// modelIndex's table: registry position by ModelGroup, kGroupCount for none.
std::array<std::size_t, kGroupCount> buildIndex(std::span<const ModelSpec> table) {
    std::array<std::size_t, kGroupCount> index;
    index.fill(kGroupCount);
    for (std::size_t i = 0; i < table.size(); ++i)
        index[static_cast<std::size_t>(table[i].group)] = i;
    return index;
}

const std::array<std::size_t, kGroupCount>& groupIndex() {
    static const auto index = buildIndex(models());
    return index;
}

}  // namespace

std::span<const ModelSpec> models() {
    static const auto table = buildModels();
    return table;
}

const ModelSpec* findModel(std::string_view id) {
    for (const auto& model : models())
        if (model.id == id) return &model;
    return nullptr;
}

std::size_t modelIndex(ModelGroup group) {
    const std::size_t index = groupIndex()[static_cast<std::size_t>(group)];
    // Only a results struct's kGroup reaches here: a model left out of the
    // registry is a programming error, found by the first test that runs.
    if (index >= models().size()) std::abort();
    return index;
}

const ModelSpec& modelSpec(ModelGroup group) { return models()[modelIndex(group)]; }

std::string modelChoices(std::string_view separator) {
    std::string choices;
    for (const auto& model : models()) {
        if (!choices.empty()) choices += separator;
        choices += model.id;
    }
    return choices;
}

}  // namespace leverboard
