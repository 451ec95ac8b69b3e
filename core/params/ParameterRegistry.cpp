#include "params/ParameterRegistry.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "text/MachineNumber.h"

namespace leverboard {
namespace {

constexpr std::string_view kCostLawChoices[] = {"exponential", "wright"};
constexpr std::span<const std::string_view> kNoChoices{};

using enum ParamId;
using enum ModelGroup;
using enum Scale;

// clang-format off
const ParameterSpec kParameters[] = {
  {HorizonYears, "horizon_years", Global, "Horizon", "时间范围", "years",
   "How far ahead every model looks", 5, 1, 20, Linear, 1,
   "Product default", kNoChoices},

  // ---- Cost curves (root) -------------------------------------------------
  {CostFrontierPrice, "cost.frontier_price", Cost, "Frontier price", "前沿模型价格", "$ / 1M tokens",
   "Price of today's frontier capability", 10, 0.01, 1000, Log, 0.01,
   "Blended list price of a frontier model", kNoChoices},
  {CostFrontierDecline, "cost.frontier_decline", Cost, "Frontier price decline", "前沿价格年降幅", "× per year",
   "Price fall of a fixed capability while it is still frontier-class", 7, 1, 100, Log, 0.1,
   "Seed essays: frontier-equivalent cost falls 5–10× a year; Gundlach et al., \"The Price of Progress\", arXiv 2511.23455", kNoChoices},
  {CostCommoditizeMonths, "cost.commoditize_months", Cost, "Months to commodity", "商品化月数", "months",
   "Months until today's frontier capability is a commodity", 18, 3, 60, Linear, 1,
   "Seed essays: \"today's frontier is a commodity in 18 months\"; open models lag 4–12 months (Epoch AI)", kNoChoices},
  {CostCommodityDecline, "cost.commodity_decline", Cost, "Commodity price decline", "商品化后价格年降幅", "× per year",
   "Price fall of a capability once commoditized", 40, 1, 1000, Log, 1,
   "Epoch AI (2025): 9–900× a year across tasks, median ≈ 45×; a16z \"LLMflation\": $60 → $0.06 in 3 years", kNoChoices},
  {CostLaw, "cost.law", Cost, "Decline law", "下降规律", "",
   "How the frontier segment falls: per time (exponential) or per doubling of cumulative volume (Wright)", 0, 0, 1, Linear, 1,
   "Wright's law of experience curves", kCostLawChoices},
  {CostLearningRate, "cost.learning_rate", Cost, "Learning rate (Wright)", "学习率（赖特定律）", "fraction",
   "Fractional cost drop per doubling of cumulative volume", 0.3, 0.01, 0.9, Linear, 0.01,
   "Semiconductors ≈ 30% per doubling: Flamm (2004); Nagy et al., PLOS ONE (2013)", kNoChoices},
  {CostVolumeGrowth, "cost.volume_growth", Cost, "Volume growth (Wright)", "累计产量增长（赖特定律）", "× per year",
   "Growth of cumulative volume", 4, 1.01, 100, Log, 0.1,
   "Product default", kNoChoices},
  {CostHwDoublingYears, "cost.hw_doubling_years", Cost, "Hardware doubling time", "硬件性价比翻倍时间", "years",
   "Doubling time of hardware price-performance (FLOP/s per $)", 2.5, 0.5, 10, Linear, 0.1,
   "Epoch AI, \"Trends in GPU price-performance\" (2022): ≈ 2.5 years", kNoChoices},
  {CostMaxCostShare, "cost.max_cost_share", Cost, "Max inference cost share", "推理成本占比上限", "fraction",
   "Share of a task's value that may go to inference for the task to be viable", 0.1, 0.001, 1, Log, 0.001,
   "Product default", kNoChoices},

  // ---- Compute leverage ---------------------------------------------------
  {LevTargetWork, "lev.target_work", Leverage, "Target work", "目标产出", "features / quarter",
   "Work the team must ship", 10, 0.1, 1000, Log, 0.1,
   "Seed essays: ten features a quarter", kNoChoices},
  {LevBaseOutput, "lev.base_output", Leverage, "Base output per person", "人均基础产出", "features / person-quarter",
   "One person's output with no AI and no overhead", 2.5, 0.01, 100, Log, 0.01,
   "Product default", kNoChoices},
  {LevComputePerPerson, "lev.compute_per_person", Leverage, "Compute per person", "人均算力", "units",
   "AI compute per person, C", 10, 0, 10000, LogOnePlus, 0.1,
   "Seed essays: Work = N × C^p × f(data, clarity, distribution)", kNoChoices},
  {LevP, "lev.p", Leverage, "Compute exponent p", "算力效率指数 p", "",
   "Compute efficiency exponent", 0.5, 0.01, 1, Linear, 0.01,
   "Seed essays", kNoChoices},
  {LevCSat, "lev.c_sat", Leverage, "Saturation point", "编排饱和点", "units / person",
   "Compute per person beyond which one person cannot orchestrate more", 100, 1, 10000, Log, 1,
   "Product default", kNoChoices},
  {LevPSat, "lev.p_sat", Leverage, "Exponent beyond saturation", "饱和后指数", "",
   "Compute exponent beyond the saturation point (≤ p)", 0.1, 0, 1, Linear, 0.01,
   "Product default", kNoChoices},
  {LevShareGenerate, "lev.share_generate", Leverage, "Share: generation", "生成工作占比", "fraction",
   "Share of work in generation (writing code, drafts)", 0.4, 0, 1, Linear, 0.01,
   "METR RCT (2025): −19%; Anthropic (2025): +50% self-reported", kNoChoices},
  {LevShareReview, "lev.share_review", Leverage, "Share: review", "评审工作占比", "fraction",
   "Share of work in review and verification", 0.3, 0, 1, Linear, 0.01,
   "Faros (2025): review time +91% as PRs grow", kNoChoices},
  {LevCapGenerate, "lev.cap_generate", Leverage, "Max speed-up: generation", "生成最大加速", "×",
   "Most AI can speed generation", 10, 1, 1000, Log, 0.1,
   "Seed essays: generation 10×", kNoChoices},
  {LevCapReview, "lev.cap_review", Leverage, "Max speed-up: review", "评审最大加速", "×",
   "Most AI can speed review", 2, 1, 1000, Log, 0.1,
   "Seed essays: review 2× (the bucket effect)", kNoChoices},
  {LevCapOther, "lev.cap_other", Leverage, "Max speed-up: other", "其他工作最大加速", "×",
   "Most AI can speed the rest of the work", 1, 1, 1000, Log, 0.1,
   "Seed essays", kNoChoices},
  {LevData, "lev.data", Leverage, "Data", "数据", "0–1",
   "Quality and availability of data", 0.8, 0.01, 1, Linear, 0.01,
   "Seed essays: f(data, clarity, distribution)", kNoChoices},
  {LevClarity, "lev.clarity", Leverage, "Clarity", "目标清晰度", "0–1",
   "Clarity of the goal", 0.8, 0.01, 1, Linear, 0.01,
   "Seed essays: f(data, clarity, distribution)", kNoChoices},
  {LevDistribution, "lev.distribution", Leverage, "Distribution", "分发能力", "0–1",
   "Ability to get the work to users", 0.9, 0.01, 1, Linear, 0.01,
   "Seed essays: f(data, clarity, distribution)", kNoChoices},
  {LevContention, "lev.contention", Leverage, "Contention σ", "争用系数 σ", "",
   "Universal Scalability Law contention σ", 0.05, 0, 1, Linear, 0.005,
   "Gunther, Guerrilla Capacity Planning", kNoChoices},
  {LevCoherency, "lev.coherency", Leverage, "Coherency κ", "一致性系数 κ", "",
   "Universal Scalability Law coherency κ (pairwise communication)", 0.005, 0, 0.5, Linear, 0.001,
   "Gunther; Brooks, The Mythical Man-Month: n(n − 1)/2 channels", kNoChoices},
  {LevSalary, "lev.salary", Leverage, "Loaded salary", "人均全成本", "$ / year",
   "Loaded cost of one person", 200000, 1000, 5e6, Log, 1000,
   "Product default", kNoChoices},
  {LevUnitPrice, "lev.unit_price", Leverage, "Compute unit price", "算力单价", "$ / month",
   "Price of one compute unit at t = 0 (falls with the frontier index)", 100, 0.01, 1e5, Log, 1,
   "Product default", kNoChoices},

  // ---- Model half-life ----------------------------------------------------
  {LifePretrainCost, "life.pretrain_cost", HalfLife, "Pretraining cost", "预训练成本", "$",
   "One-time cost of the bigger pretrained model", 1e8, 1e5, 1e11, Log, 1e6,
   "Product default", kNoChoices},
  {LifeHalfLifeMonths, "life.half_life_months", HalfLife, "Model half-life", "模型半衰期", "months",
   "Months for demand for a model to halve", 6, 0.5, 60, Log, 0.1,
   "Seed essays; open models lag the frontier 4–12 months (Epoch AI)", kNoChoices},
  {LifeQueriesPerMonth, "life.queries_per_month", HalfLife, "Queries per month", "月查询量", "queries / month",
   "Queries served at t = 0", 2e9, 1e3, 1e13, Log, 1e6,
   "Product default", kNoChoices},
  {LifeQueryGrowth, "life.query_growth", HalfLife, "Query growth", "查询量月增长", "fraction / month",
   "Growth of the product's query volume", 0.05, 0, 1, Linear, 0.01,
   "Product default", kNoChoices},
  {LifeTokensPerQuery, "life.tokens_per_query", HalfLife, "Tokens per query", "每次查询词元数", "tokens",
   "Tokens per query with the base model", 1000, 1, 1e7, Log, 10,
   "Product default", kNoChoices},
  {LifeThinkMultiplier, "life.think_multiplier", HalfLife, "Think-longer multiplier", "推理时长倍数", "×",
   "Token multiplier that buys the same gain at inference", 5, 1, 1000, Log, 0.1,
   "Product default", kNoChoices},
  {LifeServingCost, "life.serving_cost", HalfLife, "Serving cost", "自有推理成本", "$ / 1M tokens",
   "Own serving cost at t = 0 (falls with the frontier index)", 2, 0.001, 100, Log, 0.01,
   "Product default", kNoChoices},
  {LifeDiscountRate, "life.discount_rate", HalfLife, "Discount rate", "折现率", "fraction / year",
   "Discount rate applied to future inference spending", 0.1, 0, 1, Linear, 0.01,
   "Product default", kNoChoices},

  // ---- Capex and ROIC -----------------------------------------------------
  {CapexGpus, "capex.gpus", Capex, "GPUs bought", "GPU 数量", "count",
   "GPUs bought at t = 0", 100000, 100, 1e7, Log, 100,
   "Product default", kNoChoices},
  {CapexGpuPrice, "capex.gpu_price", Capex, "GPU price", "GPU 单价", "$",
   "Price per GPU", 30000, 1000, 200000, Log, 100,
   "Product default", kNoChoices},
  {CapexGpuShare, "capex.gpu_share", Capex, "GPU share of capex", "GPU 占资本开支比例", "fraction",
   "GPU share of total build cost", 0.4, 0.1, 0.9, Linear, 0.01,
   "Seed essays; Bernstein (2025): 39% of a $35B/GW build; Epoch AI: $35–38B per GW", kNoChoices},
  {CapexPowerKw, "capex.power_kw", Capex, "Power per GPU", "单 GPU 功耗", "kW",
   "All-in IT power per GPU", 1.4, 0.1, 5, Linear, 0.1,
   "Product default", kNoChoices},
  {CapexPue, "capex.pue", Capex, "PUE", "电能使用效率 PUE", "",
   "Power usage effectiveness", 1.25, 1, 2, Linear, 0.01,
   "Uptime Institute surveys: 1.1–1.56, new AI builds ≈ 1.2", kNoChoices},
  {CapexElectricityPrice, "capex.electricity_price", Capex, "Electricity price", "电价", "$ / kWh",
   "Electricity price", 0.08, 0.01, 0.5, Linear, 0.005,
   "EIA (2023): US industrial ≈ $0.07–0.08 / kWh", kNoChoices},
  {CapexUtilization, "capex.utilization", Capex, "Utilization", "利用率", "fraction",
   "Share of hours sold", 0.8, 0.05, 1, Linear, 0.01,
   "Product default", kNoChoices},
  {CapexRentalPrice, "capex.rental_price", Capex, "Rental price", "租赁价格", "$ / GPU-hour",
   "Price per GPU-hour at t = 0", 4.5, 0.1, 20, Linear, 0.1,
   "Public GPU rental indices: H100 ≈ $8+/h (2023) → ≈ $2.2/h (2025); Blackwell-class 4.5", kNoChoices},
  {CapexExtraPriceDecline, "capex.extra_price_decline", Capex, "Extra price erosion", "额外价格侵蚀", "fraction / year",
   "Price erosion beyond the hardware index (everyone installs the same escalator)", 0, 0, 0.9, Linear, 0.01,
   "Seed essays", kNoChoices},
  {CapexOpexShare, "capex.opex_share", Capex, "Other opex", "其他运营成本", "fraction of capex / year",
   "Other operating cost", 0.03, 0, 0.3, Linear, 0.005,
   "Product default", kNoChoices},
  {CapexSbcShare, "capex.sbc_share", Capex, "Stock-based compensation", "股权激励", "fraction of revenue",
   "Stock-based compensation", 0.05, 0, 0.5, Linear, 0.01,
   "Product default", kNoChoices},
  {CapexTaxRate, "capex.tax_rate", Capex, "Tax rate", "税率", "fraction",
   "Tax on operating profit", 0.18, 0, 0.5, Linear, 0.01,
   "Product default", kNoChoices},
  {CapexBookLife, "capex.book_life", Capex, "Book life", "会计折旧年限", "years",
   "Accounting life of GPUs", 6, 1, 10, Linear, 0.5,
   "Company filings: MSFT, GOOGL 6; META 5.5; AMZN 6 → 5 in 2025", kNoChoices},
  {CapexEconomicLife, "capex.economic_life", Capex, "Economic life", "经济寿命", "years",
   "Years a GPU earns before a newer generation makes it worthless", 4, 1, 10, Linear, 0.5,
   "Seed essays; Burry (2025): 2–3 years", kNoChoices},
  {CapexFacilityLife, "capex.facility_life", Capex, "Facility life", "设施寿命", "years",
   "Life of building, power and cooling", 15, 5, 40, Linear, 1,
   "Product default", kNoChoices},
  {CapexWacc, "capex.wacc", Capex, "WACC", "加权平均资本成本", "fraction / year",
   "Cost of capital", 0.09, 0.01, 0.3, Linear, 0.005,
   "Product default", kNoChoices},
  {CapexGrowth, "capex.growth", Capex, "Long-run growth", "长期增长率", "fraction / year",
   "Long-run growth for valuation", 0.03, 0, 0.2, Linear, 0.005,
   "Koller et al., Valuation: P/E = (1 − g/ROIC)/(WACC − g)", kNoChoices},
  {CapexIndustryCapex, "capex.industry_capex", Capex, "Industry AI capex", "行业 AI 资本开支", "$bn / year",
   "Industry AI data-centre capex", 425, 1, 5000, Log, 1,
   "Deloitte TMT Predictions 2026: ≥ $400B (400–450)", kNoChoices},
  {CapexAppRevenue, "capex.app_revenue", Capex, "AI application revenue", "AI 应用收入", "$bn / year",
   "End-user AI application revenue", 100, 1, 10000, Log, 1,
   "Seed essays (Burry): infrastructure : application revenue ≈ 4 : 1", kNoChoices},
  {CapexAppMargin, "capex.app_margin", Capex, "Application margin", "应用经营利润率", "fraction",
   "Operating margin of application revenue", 0.5, 0.05, 1, Linear, 0.01,
   "Product default", kNoChoices},

  // ---- Cluster scaling ----------------------------------------------------
  {ClusterModelParams, "cluster.model_params", Cluster, "Model parameters", "模型参数量", "count",
   "Parameters of the dense model trained, P", 4.05e11, 1e8, 1e13, Log, 1e8,
   "Llama 3 405B: Grattafiori et al. (Meta), \"The Llama 3 Herd of Models\", arXiv 2407.21783", kNoChoices},
  {ClusterTrainTokens, "cluster.train_tokens", Cluster, "Training tokens", "训练词元数", "tokens",
   "Tokens the run trains on, D", 1.56e13, 1e9, 1e15, Log, 1e9,
   "Llama 3 405B: 15.6T tokens (arXiv 2407.21783); training compute ≈ 6 × P × D (Kaplan et al., 2020)", kNoChoices},
  {ClusterGpus, "cluster.gpus", Cluster, "GPUs", "GPU 数量", "count",
   "GPUs in the run, N (whole replicas train; the rest stay idle)", 16384, 8, 2e6, Log, 1,
   "Llama 3 405B: 16,384 H100s (arXiv 2407.21783, Table 4)", kNoChoices, true},
  {ClusterPeakTflops, "cluster.peak_tflops", Cluster, "Peak per GPU", "单 GPU 峰值算力", "TFLOP/s",
   "Dense BF16 peak per GPU, F", 989, 10, 20000, Log, 1,
   "NVIDIA and Google specifications: H100 SXM 989 TFLOP/s; B200 2.25 PFLOP/s; TPU v5p 459 TFLOP/s", kNoChoices},
  {ClusterKernelEfficiency, "cluster.kernel_efficiency", Cluster, "Kernel efficiency", "内核效率", "fraction",
   "Share of peak the kernels reach when nothing waits, η", 0.52, 0.1, 0.95, Linear, 0.01,
   "MFU at scale: 55.2% on 12,288 A100s (MegaScale, arXiv 2402.15627); 46.2% on 6,144 TPU v4 (PaLM, arXiv 2204.02311)", kNoChoices},
  {ClusterBatchTokens, "cluster.batch_tokens", Cluster, "Global batch", "全局批量", "tokens / step",
   "Tokens in one optimizer step, B", 1.6e7, 1e5, 1e9, Log, 1e5,
   "Llama 3 405B: 16M-token batches (arXiv 2407.21783, Table 4)", kNoChoices},
  {ClusterSeqLen, "cluster.seq_len", Cluster, "Sequence length", "序列长度", "tokens",
   "Tokens per sequence (one micro-batch)", 8192, 512, 1e6, Log, 1,
   "Llama 3 405B: 8,192 (arXiv 2407.21783, Table 4)", kNoChoices},
  {ClusterTensorParallel, "cluster.tensor_parallel", Cluster, "Tensor parallel", "张量并行度", "count",
   "GPUs sharing one layer (inside a node), t", 8, 1, 72, Linear, 1,
   "Llama 3 405B: TP 8 (arXiv 2407.21783, Table 4)", kNoChoices, true},
  {ClusterPipelineParallel, "cluster.pipeline_parallel", Cluster, "Pipeline stages", "流水线并行度", "count",
   "Pipeline stages, p", 16, 1, 256, Linear, 1,
   "Llama 3 405B: PP 16 (arXiv 2407.21783, Table 4)", kNoChoices, true},
  {ClusterInterleave, "cluster.interleave", Cluster, "Interleaving", "交错虚拟阶段", "count",
   "Virtual stages per GPU (interleaved schedule), v", 4, 1, 16, Linear, 1,
   "Pipeline bubble (p − 1)/(v·m + p − 1): Narayanan et al., SC'21, arXiv 2104.04473; GPipe (2019)", kNoChoices, true},
  {ClusterNetworkGbps, "cluster.network_gbps", Cluster, "Network per GPU", "单 GPU 网络带宽", "Gb/s",
   "Network bandwidth per GPU", 400, 10, 6400, Log, 10,
   "Ring all-reduce time 2(n − 1)/n × S / B: NVIDIA nccl-tests, doc/PERFORMANCE.md", kNoChoices},
  {ClusterLatencyUs, "cluster.latency_us", Cluster, "Latency per hop", "每跳延迟", "µs",
   "Latency per ring hop, α", 10, 0.1, 1000, Log, 0.1,
   "Ring all-reduce: NVIDIA nccl-tests, doc/PERFORMANCE.md", kNoChoices},
  {ClusterOverlap, "cluster.overlap", Cluster, "Overlap", "通信重叠比例", "fraction",
   "Share of busy time that can hide communication", 0.8, 0, 1, Linear, 0.01,
   "Product default", kNoChoices},
  {ClusterGpuMtbfHours, "cluster.gpu_mtbf_hours", Cluster, "GPU MTBF", "单 GPU 平均故障间隔", "hours",
   "Mean time between failures of one GPU with its share of host and network, θ", 50000, 1000, 1e7, Log, 1000,
   "Llama 3 405B: 466 interruptions in 54 days on 16,384 GPUs (arXiv 2407.21783, §3.3.4)", kNoChoices},
  {ClusterCheckpointSeconds, "cluster.checkpoint_seconds", Cluster, "Checkpoint stall", "检查点停顿", "s",
   "Stall to write one checkpoint, δ", 10, 0.1, 3600, Log, 0.1,
   "Checkpoint interval sqrt(2 δ M): Young, CACM 17(9), 1974; Daly, FGCS 22(3), 2006", kNoChoices},
  {ClusterRestartMinutes, "cluster.restart_minutes", Cluster, "Restart time", "重启时间", "minutes",
   "Time to detect a failure, restart and reload, R", 10, 0.1, 1440, Log, 0.1,
   "Llama 3 405B: > 90% effective training time (arXiv 2407.21783, §3.3.4)", kNoChoices},

  // ---- Power ----------------------------------------------------------------
  {PowerSiteMw, "power.site_mw", Power, "Site power", "站点可用电力", "MW",
   "Power available to the site", 1000, 10, 20000, Log, 10,
   "A 1 GW campus; $35bn/GW (Bernstein, 2025), $50–60bn/GW (NVIDIA, 2025); xAI Colossus 200k GPUs ≈ 300 MW "
   "(Pilz et al., Epoch AI, \"Trends in AI Supercomputers\", 2025)", kNoChoices},
  {PowerGridWaitYears, "power.grid_wait_years", Power, "Grid wait", "电网接入等待", "years",
   "Years until the grid connection is live", 4, 0, 10, Linear, 0.05,
   "LBNL, \"Queued Up\" (2024): grid interconnection queues ≈ 5 years", kNoChoices},
  {PowerBuildYears, "power.build_years", Power, "Build time", "建设周期", "years",
   "Years to build the data centre", 2, 0.25, 5, Linear, 0.05,
   "Product default", kNoChoices},
  {PowerChipWaitYears, "power.chip_wait_years", Power, "GPU lead time", "GPU 交付周期", "years",
   "Lead time for the GPUs", 1, 0, 5, Linear, 0.05,
   "Product default", kNoChoices},
  {PowerOnsiteYears, "power.onsite_years", Power, "On-site generation time", "自建发电上线时间", "years",
   "Years to bring on-site generation online (turbines, SMRs)", 2, 0, 15, Linear, 0.05,
   "Product default", kNoChoices},
  {PowerOnsitePremium, "power.onsite_premium", Power, "On-site power premium", "自建发电溢价", "$ / kWh",
   "Extra cost of on-site power over grid power", 0.04, 0, 0.5, Linear, 0.005,
   "Product default", kNoChoices},
  {PowerNationalTwh, "power.national_twh", Power, "National electricity use", "全国用电量", "TWh / year",
   "National electricity use, for scale", 4200, 100, 50000, Log, 100,
   "Shehabi et al., LBNL 2024 United States Data Center Energy Usage Report: US data centres 176 TWh "
   "(4.4%) in 2023, 6.7–12% by 2028", kNoChoices},

  // ---- Chip bets under paradigm risk --------------------------------------
  {ChipsShiftHazard, "chips.shift_hazard", Chips, "Paradigm-shift hazard", "范式转移风险率", "per year",
   "Chance per year that the computing paradigm shifts, λ", 0.15, 0, 3, Linear, 0.01,
   "Seed essays: every chip is a bet on the future of intelligence", kNoChoices},
  {ChipsTpuPerfPerDollar, "chips.tpu_perf_per_dollar", Chips, "TPU perf per $", "TPU 单位美元性能", "×",
   "Useful work per $ of capex, relative to a GPU", 1.3, 0.1, 10, Log, 0.01,
   "Jouppi et al., ISCA 2023: TPU v4 1.2–1.7× faster, 1.3–1.9× less power than A100", kNoChoices},
  {ChipsAsicPerfPerDollar, "chips.asic_perf_per_dollar", Chips, "ASIC perf per $", "ASIC 单位美元性能", "×",
   "Useful work per $ of capex of an inference ASIC, relative to a GPU", 1.5, 0.1, 20, Log, 0.01,
   "Bernstein (2025): ASIC racks ≈ 19% cheaper", kNoChoices},
  {ChipsGpuRetained, "chips.gpu_retained", Chips, "GPU usefulness kept", "GPU 保留效用", "fraction",
   "Share of a GPU's usefulness kept after a paradigm shift", 0.85, 0, 1, Linear, 0.01,
   "Seed essays: a GPU bets that the future stays open (very low risk)", kNoChoices},
  {ChipsTpuRetained, "chips.tpu_retained", Chips, "TPU usefulness kept", "TPU 保留效用", "fraction",
   "Share of a TPU's usefulness kept after a paradigm shift", 0.5, 0, 1, Linear, 0.01,
   "Seed essays: a TPU bets on matrix maths (medium risk)", kNoChoices},
  {ChipsAsicRetained, "chips.asic_retained", Chips, "ASIC usefulness kept", "ASIC 保留效用", "fraction",
   "Share of an inference ASIC's usefulness kept after a paradigm shift", 0.1, 0, 1, Linear, 0.01,
   "Seed essays: an inference ASIC bets that inference wins and stops changing (very high risk)", kNoChoices},
};
// clang-format on

static_assert(std::size(kParameters) == kParamCount, "one registry row per ParamId");

// 15 significant digits round-trip every value we store with at most 15
// significant digits; "0.05" in every locale (the parser reads only that).
std::string formatNumber(double value) { return text::significantNumber(value, 15); }

}  // namespace

std::span<const ParameterSpec> parameters() { return kParameters; }

const ParameterSpec& spec(ParamId id) { return kParameters[static_cast<std::size_t>(id)]; }

std::optional<ParamId> findParameter(std::string_view id) {
    for (const auto& p : kParameters)
        if (p.id == id) return p.param;
    return std::nullopt;
}

std::string_view groupId(ModelGroup group) {
    switch (group) {
    case Global: return "global";
    case Cost: return "cost";
    case Leverage: return "lev";
    case HalfLife: return "life";
    case Capex: return "capex";
    case Cluster: return "cluster";
    case Power: return "power";
    case Chips: return "chips";
    }
    return "global";
}

std::string_view groupTitleEn(ModelGroup group) {
    switch (group) {
    case Global: return "Global";
    case Cost: return "Cost curves";
    case Leverage: return "Compute leverage";
    case HalfLife: return "Model half-life";
    case Capex: return "Capex & ROIC";
    case Cluster: return "Cluster scaling";
    case Power: return "Power";
    case Chips: return "Chip bets";
    }
    return "Global";
}

bool inRange(ParamId id, double value) {
    const auto& p = spec(id);
    return std::isfinite(value) && value >= p.min && value <= p.max;
}

double clampToRange(ParamId id, double value) {
    const auto& p = spec(id);
    if (std::isnan(value)) return p.defaultValue;
    double v = std::clamp(value, p.min, p.max);
    if (p.isEnum()) v = std::round(v);
    return v;
}

std::string allowedRangeText(ParamId id) {
    const auto& p = spec(id);
    if (p.isEnum()) {
        std::string text;
        for (auto choice : p.choices) {
            if (!text.empty()) text += '|';
            text += choice;
        }
        return text;
    }
    return formatNumber(p.min) + "–" + formatNumber(p.max);
}

std::string formatValue(ParamId id, double value) {
    const auto& p = spec(id);
    if (p.isEnum()) {
        const auto index = static_cast<std::size_t>(std::clamp(std::round(value), 0.0,
                                                                double(p.choices.size() - 1)));
        return std::string(p.choices[index]);
    }
    return formatNumber(value);
}

ParsedValue parseValue(ParamId id, std::string_view text) {
    const auto& p = spec(id);
    auto rangeError = [&](std::string_view what) {
        return ParsedValue{std::nullopt, std::string(p.id) + " = " + std::string(text) + ": " +
                                             std::string(what) + " (allowed: " +
                                             allowedRangeText(id) + ")"};
    };
    if (p.isEnum()) {
        for (std::size_t i = 0; i < p.choices.size(); ++i)
            if (p.choices[i] == text) return {double(i), {}};
        return rangeError("not one of the allowed values");
    }
    double value = 0;
    const char* first = text.data();
    const char* last = text.data() + text.size();
    while (first != last && *first == '+') ++first;  // from_chars rejects a leading '+'
    auto [ptr, ec] = std::from_chars(first, last, value);
    if (text.empty() || ec != std::errc{} || ptr != last) return rangeError("not a number");
    if (!std::isfinite(value)) return rangeError("not a finite number");
    if (!inRange(id, value)) return rangeError("out of range");
    return {value, {}};
}

}  // namespace leverboard
