#include "help/ModelEquations.h"

#include <QtGlobal>
#include <array>

namespace leverboard::ui {
namespace {


// MODEL.md §1. Tc = cost.commoditize_months, t in months.
constexpr std::array kCost = {
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Frontier index, exponential law (t ≤ T<sub>c</sub>)"),
                 "I<sub>f</sub>(t) = frontier_decline<sup>&minus;t/12</sup>"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Frontier index, Wright's law (t ≤ T<sub>c</sub>)"),
                 "I<sub>f</sub>(t) = (volume_growth<sup>t/12</sup>)<sup>&minus;b</sup>, "
                 "b = &minus;log<sub>2</sub>(1 &minus; learning_rate)"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "After commoditization (t > T<sub>c</sub>)"),
                 "I<sub>f</sub>(t) = I<sub>f</sub>(T<sub>c</sub>) &times; "
                 "commodity_decline<sup>&minus;(t &minus; T<sub>c</sub>)/12</sup>"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Hardware index"), "I<sub>h</sub>(t) = 2<sup>&minus;t / (12 &times; hw_doubling_years)</sup>"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Price path"), "P(t) = frontier_price &times; I<sub>f</sub>(t)"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "An application is viable at month t when"),
                 "P(t) &times; tokens_per_task ≤ max_cost_share &times; value_per_task"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Total decline over the horizon H"), "P(0) / P(H)"},
};

// MODEL.md §2. C = compute per person, N = headcount.
constexpr std::array kLeverage = {
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Leverage (C ≤ c_sat)"), "L(C) = (1 + C)<sup>p</sup>"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Leverage beyond saturation (C > c_sat)"),
                 "L(C) = (1 + c_sat)<sup>p</sup> &times; ((1 + C) / (1 + c_sat))<sup>p_sat</sup>"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Stage speed-up and multiplier"),
                 "a<sub>i</sub>(C) = min(L(C), cap<sub>i</sub>), "
                 "m(C) = 1 / &Sigma;<sub>i</sub> share<sub>i</sub> / a<sub>i</sub>(C)"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "External factor"), "f = (data &times; clarity &times; distribution)<sup>1/3</sup>"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Team throughput (Universal Scalability Law)"),
                 "X(N) = N / (1 + &sigma;(N &minus; 1) + &kappa;N(N &minus; 1)), "
                 "N<sub>peak</sub> = &radic;((1 &minus; &sigma;) / &kappa;)"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Work"), "Work(N, C) = base_output &times; X(N) &times; m(C) &times; f"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Required headcount"),
                 "N<sub>req</sub>(C) = min { N ≤ N<sub>peak</sub> : Work(N, C) ≥ target_work }"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Cost per quarter at month t"),
                 "N &times; (salary / 4 + 3 &times; C &times; unit_price &times; I<sub>f</sub>(t))"},
};

// MODEL.md §3. H = horizon in months.
constexpr std::array kHalfLife = {
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Demand for this model"),
                 "D(t) = queries_per_month &times; (1 + query_growth)<sup>t</sup> &times; "
                 "2<sup>&minus;t / half_life</sup>"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Serving cost per token"), "s(t) = serving_cost &times; I<sub>f</sub>(t) / 10<sup>6</sup>"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Monthly premium of thinking longer"),
                 "E(t) = D(t) &times; tokens_per_query &times; (think_multiplier &minus; 1) &times; s(t)"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Present value of the premium"),
                 "PV = &Sigma;<sub>t=0</sub><sup>H&minus;1</sup> E(t) &times; (1 + discount_rate)<sup>&minus;t/12</sup>"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Pretraining wins when"), "pretrain_cost &lt; PV"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Crossover month"),
                 "min { t : &Sigma;<sub>u=0</sub><sup>t</sup> E(u) ≥ pretrain_cost }"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Months to replicate at 10% of the cost"), "min { t : I<sub>f</sub>(t) ≤ 0.1 }"},
};

// MODEL.md §4. y = 1 … Y years.
constexpr std::array kCapex = {
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Capital"),
                 "K = gpus &times; gpu_price / gpu_share, K<sub>g</sub> = gpus &times; gpu_price, "
                 "K<sub>f</sub> = K &minus; K<sub>g</sub>"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Price per GPU-hour in year y"),
                 "rental_price &times; I<sub>h</sub>(12(y &minus; 1)) &times; "
                 "(1 &minus; extra_price_decline)<sup>y&minus;1</sup>"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Share of year y within a life L"), "share(y, L) = min(1, max(0, L &minus; (y &minus; 1)))"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Revenue"),
                 "gpus &times; 8760 &times; utilization &times; price(y) &times; share(y, economic_life)"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Energy"),
                 "gpus &times; power_kw &times; pue &times; 8760 &times; utilization &times; electricity_price "
                 "&times; share(y, economic_life)"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Depreciation (book; economic uses economic_life)"),
                 "K<sub>g</sub> / book_life &times; share(y, book_life) + "
                 "K<sub>f</sub> / facility_life &times; share(y, facility_life)"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Profit"),
                 "EBIT = revenue &minus; energy &minus; opex &minus; SBC &minus; depreciation, "
                 "NOPAT = EBIT &times; (1 &minus; tax_rate)"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Return on invested capital"),
                 "ROIC<sub>y</sub> = NOPAT<sub>y</sub> / average invested capital<sub>y</sub>"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Stranded value"), "K<sub>g</sub> &times; max(0, 1 &minus; economic_life / book_life)"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Implied P/E (r = average economic ROIC)"), "(1 &minus; growth / r) / (wacc &minus; growth)"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Application revenue the industry needs"),
                 "industry_capex &times; CRF(wacc, economic_life) / app_margin, "
                 "CRF(r, n) = r / (1 &minus; (1 + r)<sup>&minus;n</sup>)"},
};


// MODEL.md §5. N GPUs, t tensor, p pipeline, v interleave; F = peak_tflops × 10<sup>12</sup>.
constexpr std::array kCluster = {
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Whole replicas and micro-batches"),
                 "d = &lfloor;N / (t &times; p)&rfloor;, m = B / (seq_len &times; d)"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Compute time per step"),
                 "T<sub>c</sub> = 6 &times; P &times; B / (N &times; F &times; &eta;)"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Pipeline bubble and busy time"),
                 "b = (p &minus; 1) / (v &times; m + p &minus; 1), T<sub>b</sub> = T<sub>c</sub> / (1 &minus; b)"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Ring all-reduce of the gradients"),
                 "T<sub>ar</sub> = 2(d &minus; 1)/d &times; S / W + 2(d &minus; 1) &times; &alpha;, "
                 "S = 2P / (t &times; p)"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Exposed communication and step time"),
                 "T<sub>x</sub> = max(0, T<sub>ar</sub> &minus; overlap &times; T<sub>b</sub>), "
                 "T<sub>s</sub> = T<sub>b</sub> + T<sub>x</sub>"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Model FLOPs utilization"), "MFU = 6 &times; P &times; B / (N &times; F &times; T<sub>s</sub>)"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Failures: job MTBF, checkpoint interval (Young), goodput"),
                 "M = &theta; / N, &tau; = &radic;(2&delta;M), "
                 "G = max(0, 1 &minus; &delta;/&tau; &minus; (&tau;/2 + R)/M)"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Wall-clock time"), "hours = (D / B) &times; T<sub>s</sub> / G / 3600"},
};

// MODEL.md §6. w = power_kw × pue, kW per GPU.
constexpr std::array kPower = {
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "GPUs the site can power"), "n = &lfloor;site_mw &times; 1000 / w&rfloor;"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Build cost"), "K = n &times; gpu_price / gpu_share"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Energy per year"), "E = n &times; w &times; 8760 &times; utilization / 1000 MWh"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Capital charge per year"),
                 "K<sub>g</sub> &times; CRF(wacc, economic_life) + K<sub>f</sub> &times; CRF(wacc, facility_life)"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Sustained compute"), "n &times; F &times; MFU &times; goodput"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Years to first compute"),
                 "grid: max(grid_wait, build, chip_wait); on-site: max(onsite_years, build, chip_wait)"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "On-site net value"),
                 "(years<sub>grid</sub> &minus; years<sub>on-site</sub>) &times; margin &minus; "
                 "onsite_premium &times; E &times; 1000 &times; economic_life"},
};

// MODEL.md §7. λ = shift hazard, L = economic_life, r = wacc, u = retained share, g = perf per $.
constexpr std::array kChips = {
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Discounted years of use"), "A(x) = (1 &minus; e<sup>&minus;xL</sup>) / x, A(0) = L"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Value per $ of capex, in GPU-years"),
                 "V = g &times; (u &times; A(r) + (1 &minus; u) &times; A(r + &lambda;))"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Best bet"), "the largest V (ties: GPU, then TPU)"},
    EquationLine{QT_TRANSLATE_NOOP("ModelEquations", "Break-even hazard"), "&lambda; in [0, 10] where V<sub>chip</sub> = V<sub>GPU</sub>"},
};


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
    ModelEquations{"cluster", QT_TRANSLATE_NOOP("ModelEquations",
                                                "One training run on N GPUs: utilization, failures and days as the "
                                                "cluster grows."),
                   kCluster},
    ModelEquations{"power", QT_TRANSLATE_NOOP("ModelEquations",
                                              "What a site's power buys, what it costs and when it runs."),
                   kPower},
    ModelEquations{"chips", QT_TRANSLATE_NOOP("ModelEquations",
                                              "GPU, TPU and inference ASIC under the risk of a paradigm shift."),
                   kChips},
};

}  // namespace

const ModelEquations* findEquations(std::string_view modelId) {
    for (const ModelEquations& entry : kModelEquations)
        if (entry.modelId == modelId) return &entry;
    return nullptr;
}

}  // namespace leverboard::ui
