#include "help/ModelEquations.h"

#include <QtGlobal>
#include <array>

namespace leverboard::ui {
namespace {

#define CAPTION(text) QT_TRANSLATE_NOOP("ModelEquations", text)

// MODEL.md §1. Tc = cost.commoditize_months, t in months.
constexpr std::array kCost = {
    EquationLine{CAPTION("Frontier index, exponential law (t ≤ T<sub>c</sub>)"),
                 "I<sub>f</sub>(t) = frontier_decline<sup>&minus;t/12</sup>"},
    EquationLine{CAPTION("Frontier index, Wright's law (t ≤ T<sub>c</sub>)"),
                 "I<sub>f</sub>(t) = (volume_growth<sup>t/12</sup>)<sup>&minus;b</sup>, "
                 "b = &minus;log<sub>2</sub>(1 &minus; learning_rate)"},
    EquationLine{CAPTION("After commoditization (t > T<sub>c</sub>)"),
                 "I<sub>f</sub>(t) = I<sub>f</sub>(T<sub>c</sub>) &times; "
                 "commodity_decline<sup>&minus;(t &minus; T<sub>c</sub>)/12</sup>"},
    EquationLine{CAPTION("Hardware index"), "I<sub>h</sub>(t) = 2<sup>&minus;t / (12 &times; hw_doubling_years)</sup>"},
    EquationLine{CAPTION("Price path"), "P(t) = frontier_price &times; I<sub>f</sub>(t)"},
    EquationLine{CAPTION("An application is viable at month t when"),
                 "P(t) &times; tokens_per_task ≤ max_cost_share &times; value_per_task"},
    EquationLine{CAPTION("Total decline over the horizon H"), "P(0) / P(H)"},
};

// MODEL.md §2. C = compute per person, N = headcount.
constexpr std::array kLeverage = {
    EquationLine{CAPTION("Leverage (C ≤ c_sat)"), "L(C) = (1 + C)<sup>p</sup>"},
    EquationLine{CAPTION("Leverage beyond saturation (C > c_sat)"),
                 "L(C) = (1 + c_sat)<sup>p</sup> &times; ((1 + C) / (1 + c_sat))<sup>p_sat</sup>"},
    EquationLine{CAPTION("Stage speed-up and multiplier"),
                 "a<sub>i</sub>(C) = min(L(C), cap<sub>i</sub>), "
                 "m(C) = 1 / &Sigma;<sub>i</sub> share<sub>i</sub> / a<sub>i</sub>(C)"},
    EquationLine{CAPTION("External factor"), "f = (data &times; clarity &times; distribution)<sup>1/3</sup>"},
    EquationLine{CAPTION("Team throughput (Universal Scalability Law)"),
                 "X(N) = N / (1 + &sigma;(N &minus; 1) + &kappa;N(N &minus; 1)), "
                 "N<sub>peak</sub> = &radic;((1 &minus; &sigma;) / &kappa;)"},
    EquationLine{CAPTION("Work"), "Work(N, C) = base_output &times; X(N) &times; m(C) &times; f"},
    EquationLine{CAPTION("Required headcount"),
                 "N<sub>req</sub>(C) = min { N ≤ N<sub>peak</sub> : Work(N, C) ≥ target_work }"},
    EquationLine{CAPTION("Cost per quarter at month t"),
                 "N &times; (salary / 4 + 3 &times; C &times; unit_price &times; I<sub>f</sub>(t))"},
};

// MODEL.md §3. H = horizon in months.
constexpr std::array kHalfLife = {
    EquationLine{CAPTION("Demand for this model"),
                 "D(t) = queries_per_month &times; (1 + query_growth)<sup>t</sup> &times; "
                 "2<sup>&minus;t / half_life</sup>"},
    EquationLine{CAPTION("Serving cost per token"), "s(t) = serving_cost &times; I<sub>f</sub>(t) / 10<sup>6</sup>"},
    EquationLine{CAPTION("Monthly premium of thinking longer"),
                 "E(t) = D(t) &times; tokens_per_query &times; (think_multiplier &minus; 1) &times; s(t)"},
    EquationLine{CAPTION("Present value of the premium"),
                 "PV = &Sigma;<sub>t=0</sub><sup>H&minus;1</sup> E(t) &times; (1 + discount_rate)<sup>&minus;t/12</sup>"},
    EquationLine{CAPTION("Pretraining wins when"), "pretrain_cost &lt; PV"},
    EquationLine{CAPTION("Crossover month"),
                 "min { t : &Sigma;<sub>u=0</sub><sup>t</sup> E(u) ≥ pretrain_cost }"},
    EquationLine{CAPTION("Months to replicate at 10% of the cost"), "min { t : I<sub>f</sub>(t) ≤ 0.1 }"},
};

// MODEL.md §4. y = 1 … Y years.
constexpr std::array kCapex = {
    EquationLine{CAPTION("Capital"),
                 "K = gpus &times; gpu_price / gpu_share, K<sub>g</sub> = gpus &times; gpu_price, "
                 "K<sub>f</sub> = K &minus; K<sub>g</sub>"},
    EquationLine{CAPTION("Price per GPU-hour in year y"),
                 "rental_price &times; I<sub>h</sub>(12(y &minus; 1)) &times; "
                 "(1 &minus; extra_price_decline)<sup>y&minus;1</sup>"},
    EquationLine{CAPTION("Share of year y within a life L"), "share(y, L) = min(1, max(0, L &minus; (y &minus; 1)))"},
    EquationLine{CAPTION("Revenue"),
                 "gpus &times; 8760 &times; utilization &times; price(y) &times; share(y, economic_life)"},
    EquationLine{CAPTION("Energy"),
                 "gpus &times; power_kw &times; pue &times; 8760 &times; utilization &times; electricity_price "
                 "&times; share(y, economic_life)"},
    EquationLine{CAPTION("Depreciation (book; economic uses economic_life)"),
                 "K<sub>g</sub> / book_life &times; share(y, book_life) + "
                 "K<sub>f</sub> / facility_life &times; share(y, facility_life)"},
    EquationLine{CAPTION("Profit"),
                 "EBIT = revenue &minus; energy &minus; opex &minus; SBC &minus; depreciation, "
                 "NOPAT = EBIT &times; (1 &minus; tax_rate)"},
    EquationLine{CAPTION("Return on invested capital"),
                 "ROIC<sub>y</sub> = NOPAT<sub>y</sub> / average invested capital<sub>y</sub>"},
    EquationLine{CAPTION("Stranded value"), "K<sub>g</sub> &times; max(0, 1 &minus; economic_life / book_life)"},
    EquationLine{CAPTION("Implied P/E (r = average economic ROIC)"), "(1 &minus; growth / r) / (wacc &minus; growth)"},
    EquationLine{CAPTION("Application revenue the industry needs"),
                 "industry_capex &times; CRF(wacc, economic_life) / app_margin, "
                 "CRF(r, n) = r / (1 &minus; (1 + r)<sup>&minus;n</sup>)"},
};

#undef CAPTION

constexpr std::array kModelEquations = {
    ModelEquations{"cost", QT_TRANSLATE_NOOP("ModelEquations",
                                             "How fast the price of a fixed capability falls, and when tasks "
                                             "become affordable."),
                   kCost},
    ModelEquations{"leverage", QT_TRANSLATE_NOOP("ModelEquations",
                                                 "How many people a team needs when each person has more AI "
                                                 "compute."),
                   kLeverage},
    ModelEquations{"half_life", QT_TRANSLATE_NOOP("ModelEquations",
                                                  "Whether to pretrain a bigger model once or think longer at "
                                                  "inference on every query."),
                   kHalfLife},
    ModelEquations{"capex", QT_TRANSLATE_NOOP("ModelEquations",
                                              "The returns of one cohort of GPUs, in book and economic terms."),
                   kCapex},
};

}  // namespace

const ModelEquations* findEquations(std::string_view modelId) {
    for (const ModelEquations& entry : kModelEquations)
        if (entry.modelId == modelId) return &entry;
    return nullptr;
}

}  // namespace leverboard::ui
