#pragma once
// The results of one evaluation: each model's part (its results struct, declared
// in the model's own header), the KPIs, warnings and notes. Filled by evaluate().

#include <any>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "models/Message.h"
#include "params/ParameterRegistry.h"

namespace leverboard {

using MaybeNumber = std::optional<double>;  // nullopt = not reachable (see Results::notes)

struct Kpi {
    std::string id;
    MaybeNumber value;  // numeric KPIs; nullopt for null
    std::string text;   // string KPIs (a name, e.g. the better strategy); empty otherwise

    bool isText() const { return !text.empty(); }
    bool operator==(const Kpi&) const = default;
};

// Where a model's results struct sits in Results::parts: its position in the
// model registry (models/ModelRegistry.h).
std::size_t modelIndex(ModelGroup group);

struct Results {
    // One default-constructed part per model of the registry (models/ModelRegistry.h).
    Results();

    int horizonMonths = 0;
    // Every parameter as the models used it (clamped into its range): what a
    // threshold such as the cost of capital is read from.
    std::array<double, kParamCount> parameters{};
    // Each model's results struct, in registry order; read them with get<>().
    std::vector<std::any> parts;
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

    // A model's part, results.get<R>(): R is the results struct declared in
    // the model's header, with its static kGroup.
    template <class R>
    R& get() {
        return *std::any_cast<R>(&parts[partIndex<R>()]);
    }
    template <class R>
    const R& get() const {
        return *std::any_cast<R>(&parts[partIndex<R>()]);
    }

private:
    template <class R>
    static std::size_t partIndex() {
        static const std::size_t index = modelIndex(R::kGroup);
        return index;
    }
};

}  // namespace leverboard
