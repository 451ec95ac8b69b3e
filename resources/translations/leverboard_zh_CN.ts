<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnalysisText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>应用</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>the file could not be written completely</source>
        <translation>文件未能完整写入</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot encode %1 as PNG: %2</source>
        <translation>无法将 %1 编码为 PNG：%2</translation>
    </message>
    <message>
        <source>cannot create the PDF for %1</source>
        <translation>无法为 %1 创建 PDF</translation>
    </message>
</context>
<context>
    <name>ChipsPage</name>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Intelligence stays divergent: the future stays open</source>
        <translation>智能保持发散：未来仍是开放的</translation>
    </message>
    <message>
        <source>Stay flexible: programmable for any workload</source>
        <translation>保持灵活：可编程，适应任何负载</translation>
    </message>
    <message>
        <source>The CUDA ecosystem</source>
        <translation>CUDA 生态</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>非常低</translation>
    </message>
    <message>
        <source>TPU</source>
        <translation>TPU</translation>
    </message>
    <message>
        <source>Computation converges on matrix maths</source>
        <translation>计算收敛到矩阵运算</translation>
    </message>
    <message>
        <source>Specialise on matrix maths at data-centre scale</source>
        <translation>在数据中心规模上专攻矩阵运算</translation>
    </message>
    <message>
        <source>System-level co-design of chip, network and software</source>
        <translation>芯片、网络与软件的系统级协同设计</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>Inference ASIC</source>
        <translation>推理 ASIC</translation>
    </message>
    <message>
        <source>Inference dominates and the computation is settled</source>
        <translation>推理占主导，计算形态已定型</translation>
    </message>
    <message>
        <source>Hard-wire today&apos;s inference workload</source>
        <translation>把今天的推理负载固化进硬件</translation>
    </message>
    <message>
        <source>The best cost-performance</source>
        <translation>最佳性价比</translation>
    </message>
    <message>
        <source>Very high: a paradigm shift strands it</source>
        <translation>非常高：一次范式转移就会让它搁浅</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--set expects ID=VALUE, got %1 (see &apos;leverboard params&apos; for the ids)</source>
        <translation>--set 需要 ID=值，收到的是 %1（参数标识见 &apos;leverboard params&apos;）</translation>
    </message>
    <message>
        <source>unknown parameter %1 in --set %2</source>
        <translation>--set %2 中的参数 %1 未知</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>；您是否是指 %1？</translation>
    </message>
    <message>
        <source>expected at most one WORKSPACE file, got %1 (%2)</source>
        <translation>最多只能给一个 WORKSPACE 文件，收到 %1 个（%2）</translation>
    </message>
    <message>
        <source>%1 holds no scenario</source>
        <translation>%1 中没有情景</translation>
    </message>
    <message>
        <source>no scenario named %1 in %2; available: %3</source>
        <translation>%2 中没有名为 %1 的情景；可用的有：%3</translation>
    </message>
    <message>
        <source>Evaluate a scenario and print {&quot;scenario&quot;, &quot;kpis&quot;, &quot;warnings&quot;, &quot;notes&quot;}
as JSON (notes say why a null KPI is null).
Without WORKSPACE the built-in presets are used and Base (the defaults) is evaluated.</source>
        <translation>评估一个情景，并以 JSON 输出 {&quot;scenario&quot;, &quot;kpis&quot;, &quot;warnings&quot;, &quot;notes&quot;}
（notes 说明为什么某个 KPI 为空）。
不给 WORKSPACE 时使用内置预设，评估 Base（默认值）情景。</translation>
    </message>
    <message>
        <source>Print one model&apos;s time series as CSV with a header row.
Without WORKSPACE the built-in presets are used and Base (the defaults) is evaluated.</source>
        <translation>以带表头行的 CSV 输出一个模型的时间序列。
不给 WORKSPACE 时使用内置预设，评估 Base（默认值）情景。</translation>
    </message>
    <message>
        <source>List every parameter as CSV: id,unit,default,min,max.{enum parameters}</source>
        <translation>以 CSV 列出全部参数：id,unit,default,min,max。{enum parameters}</translation>
    </message>
    <message>
        <source>Render a workspace without a display: into DIR (created if missing) it writes
  &lt;page&gt;-&lt;n&gt;-&lt;chart&gt;.png  every chart of every page, 1920x1200 pixels (2x)
  report.pdf              the report: title, KPI and parameter tables, every chart
  {model csv files}   each model&apos;s time series
                          (with --compare: a leading &quot;scenario&quot; column)
  kpis.json               what &apos;leverboard eval&apos; prints: {&quot;scenario&quot;, &quot;kpis&quot;, ...};
                          with --compare a JSON array of those objects, one per
                          scenario, the active one first
and prints the paths written, one per line. Renders the active scenario unless
--scenario names another; --compare renders the workspace&apos;s comparison set.</source>
        <translation>无需显示器渲染一个工作区：写入 DIR（不存在时创建）
  &lt;page&gt;-&lt;n&gt;-&lt;chart&gt;.png  每个页面的每张图表，1920x1200 像素（2 倍）
  report.pdf              报告：标题、KPI 与参数表、全部图表
  {model csv files}   各模型的时间序列
                          （使用 --compare 时首列为 &quot;scenario&quot;）
  kpis.json               即 &apos;leverboard eval&apos; 的输出：{&quot;scenario&quot;, &quot;kpis&quot;, ...}；
                          使用 --compare 时为这些对象组成的 JSON 数组，每个情景一个，
                          当前情景在前
并逐行输出写入的路径。默认渲染当前情景，除非 --scenario
指定另一个；--compare 渲染工作区中保存的对比情景集。</translation>
    </message>
    <message>
        <source>unknown page size %1 for --page-size (allowed: a4, letter)</source>
        <translation>--page-size 的纸张尺寸 %1 未知（可用：a4、letter）</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Evaluate the scenario called NAME instead of the active one.</source>
        <translation>评估名为 NAME 的情景，而不是当前情景。</translation>
    </message>
    <message>
        <source>Override one parameter (repeatable), e.g. --set horizon_years=10 or --set %1. &apos;leverboard params&apos; lists ids and ranges.</source>
        <translation>覆盖一个参数（可重复），例如 --set horizon_years=10 或 --set %1。&apos;leverboard params&apos; 列出参数标识和范围。</translation>
    </message>
    <message>
        <source>The model whose series to print: %1.</source>
        <translation>要输出其序列的模型：%1。</translation>
    </message>
    <message>
        <source>Render the comparison set saved in the workspace (the active scenario first).</source>
        <translation>渲染工作区中保存的对比情景集（当前情景在前）。</translation>
    </message>
    <message>
        <source>The directory to write into (created if missing).</source>
        <translation>写入的目录（不存在时创建）。</translation>
    </message>
    <message>
        <source>The report&apos;s paper: a4 (default) or letter.</source>
        <translation>报告纸张：a4（默认）或 letter。</translation>
    </message>
    <message>
        <source>A .leverboard workspace file.</source>
        <translation>一个 .leverboard 工作区文件。</translation>
    </message>
    <message>
        <source>A .leverboard workspace file (optional).</source>
        <translation>一个 .leverboard 工作区文件（可选）。</translation>
    </message>
    <message>
        <source>; see &apos;leverboard %1 --help&apos;</source>
        <translation>；参见 &apos;leverboard %1 --help&apos;</translation>
    </message>
    <message>
        <source>params takes no arguments, got %1</source>
        <translation>params 不接受参数，收到的是 %1</translation>
    </message>
    <message>
        <source>series needs --model %1</source>
        <translation>series 需要 --model %1</translation>
    </message>
    <message>
        <source>unknown model %1 for --model (allowed: %2)</source>
        <translation>--model 的模型 %1 未知（可用：%2）</translation>
    </message>
    <message>
        <source>unknown command %1 for --help; see &apos;leverboard --help&apos;</source>
        <translation>--help 的命令 %1 未知；参见 &apos;leverboard --help&apos;</translation>
    </message>
    <message>
        <source>unknown option %1; see &apos;leverboard --help&apos;</source>
        <translation>未知选项 %1；参见 &apos;leverboard --help&apos;</translation>
    </message>
    <message>
        <source>unknown command %1; see &apos;leverboard --help&apos;</source>
        <translation>未知命令 %1；参见 &apos;leverboard --help&apos;</translation>
    </message>
    <message>
        <source> (&apos;leverboard params&apos; lists every id)</source>
        <translation>（&apos;leverboard params&apos; 列出全部参数标识）</translation>
    </message>
    <message>
        <source>the built-in presets</source>
        <translation>内置预设</translation>
    </message>
    <message>
        <source>; see &apos;leverboard render --help&apos;</source>
        <translation>；参见 &apos;leverboard render --help&apos;</translation>
    </message>
    <message>
        <source>--scenario and --compare cannot be combined: render one scenario, or the workspace&apos;s comparison set</source>
        <translation>--scenario 与 --compare 不能同时使用：要么渲染一个情景，要么渲染工作区的对比情景集</translation>
    </message>
    <message>
        <source>render needs a WORKSPACE file</source>
        <translation>render 需要一个 WORKSPACE 文件</translation>
    </message>
    <message>
        <source>render needs --out DIR, the directory to write into</source>
        <translation>render 需要 --out DIR，即写入的目录</translation>
    </message>
    <message>
        <source>Usage: leverboard %1 %2</source>
        <translation>用法：leverboard %1 %2</translation>
    </message>
    <message>
        <source>--version takes no arguments; see &apos;leverboard --help&apos;</source>
        <translation>--version 不接受参数；参见 &apos;leverboard --help&apos;</translation>
    </message>
    <message>
        <source>no command given; see &apos;leverboard --help&apos;</source>
        <translation>未给出命令；参见 &apos;leverboard --help&apos;</translation>
    </message>
    <message>
        <source>cannot create the output directory %1</source>
        <translation>无法创建输出目录 %1</translation>
    </message>
    <message>
        <source>cannot write to the output directory %1: %2</source>
        <translation>无法写入输出目录 %1：%2</translation>
    </message>
    <message>
        <source>--out %1 is a file, not a directory</source>
        <translation>--out %1 是文件，不是目录</translation>
    </message>
    <message>
        <source>unknown KPI %1 for --kpi (&apos;leverboard eval&apos; lists every KPI id)</source>
        <translation>--kpi 的 KPI %1 未知（&apos;leverboard eval&apos; 列出全部 KPI 标识）</translation>
    </message>
    <message>
        <source>%1 is a text KPI: --kpi needs a numeric one</source>
        <translation>%1 是文本 KPI：--kpi 需要数值型 KPI</translation>
    </message>
    <message>
        <source>unknown parameter %1 for %2 (&apos;leverboard params&apos; lists every id)</source>
        <translation>%2 的参数 %1 未知（&apos;leverboard params&apos; 列出全部参数标识）</translation>
    </message>
    <message>
        <source>%1 is a choice, not a number: %2 needs a numeric parameter</source>
        <translation>%1 是选项而不是数值：%2 需要数值型参数</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 需要 %2</translation>
    </message>
    <message>
        <source>Use the scenario called NAME instead of the active one.</source>
        <translation>使用名为 NAME 的情景，而不是当前情景。</translation>
    </message>
    <message>
        <source>Override one parameter first (repeatable), e.g. --set capex.wacc=0.08. &apos;leverboard params&apos; lists ids and ranges.</source>
        <translation>先覆盖一个参数（可重复），例如 --set capex.wacc=0.08。&apos;leverboard params&apos; 列出参数标识和范围。</translation>
    </message>
    <message>
        <source>Summarise this KPI (repeatable); without it, every numeric KPI.</source>
        <translation>汇总这个 KPI（可重复）；不给时汇总全部数值型 KPI。</translation>
    </message>
    <message>
        <source>The KPI id, e.g. capex.npv (a text KPI such as chips.best is drawn as categories).</source>
        <translation>KPI 标识，例如 capex.npv（chips.best 这类文本 KPI 按类别输出）。</translation>
    </message>
    <message>
        <source>The numeric KPI id, e.g. capex.npv.</source>
        <translation>数值型 KPI 的标识，例如 capex.npv。</translation>
    </message>
    <message>
        <source>The band β, in (0, 1]: each parameter at v × (1 ± β). Default 0.2.</source>
        <translation>幅度 β，取值 (0, 1]：每个参数取 v × (1 ± β)。默认 0.2。</translation>
    </message>
    <message>
        <source>The KPI value to reach.</source>
        <translation>要达到的 KPI 值。</translation>
    </message>
    <message>
        <source>The parameter to move, e.g. capex.utilization.</source>
        <translation>要调整的参数，例如 capex.utilization。</translation>
    </message>
    <message>
        <source>The scenario to start from (A).</source>
        <translation>起点情景（A）。</translation>
    </message>
    <message>
        <source>The scenario to explain (B).</source>
        <translation>要解释的情景（B）。</translation>
    </message>
    <message>
        <source>The parameter along x, e.g. capex.utilization.</source>
        <translation>x 轴上的参数，例如 capex.utilization。</translation>
    </message>
    <message>
        <source>The parameter along y, e.g. capex.rental_price.</source>
        <translation>y 轴上的参数，例如 capex.rental_price。</translation>
    </message>
    <message>
        <source>Grid points per axis, 2 to 256. Default 64.</source>
        <translation>每个轴的网格点数，2 到 256。默认 64。</translation>
    </message>
    <message>
        <source>Samples to draw, 1 to 1000000. Default 10000.</source>
        <translation>抽样次数，1 到 1000000。默认 10000。</translation>
    </message>
    <message>
        <source>The random seed, a whole number. Default 1.</source>
        <translation>随机种子，一个整数。默认 1。</translation>
    </message>
    <message>
        <source>A distribution for one parameter (repeatable; adds to or replaces the workspace&apos;s): ID=uniform:LOW,HIGH, ID=triangular:LOW,MODE,HIGH, ID=normal:P5,P95 or ID=lognormal:P5,P95, e.g. --dist capex.utilization=uniform:0.55,0.9.</source>
        <translation>给一个参数设定分布（可重复；补充或替换工作区中的分布）：ID=uniform:LOW,HIGH、ID=triangular:LOW,MODE,HIGH、ID=normal:P5,P95 或 ID=lognormal:P5,P95，例如 --dist capex.utilization=uniform:0.55,0.9。</translation>
    </message>
    <message>
        <source>--band %1 must be a number in (0, 1]</source>
        <translation>--band %1 必须是 (0, 1] 内的数</translation>
    </message>
    <message>
        <source>--target %1 is not a number</source>
        <translation>--target %1 不是数字</translation>
    </message>
    <message>
        <source>--size %1 is out of range: it must be a whole number from %2 to %3</source>
        <translation>--size %1 超出范围：必须是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>attribute needs a WORKSPACE file</source>
        <translation>attribute 需要一个 WORKSPACE 文件</translation>
    </message>
    <message>
        <source>--x and --y are both %1: the map needs two different parameters</source>
        <translation>--x 和 --y 都是 %1：双参数图需要两个不同的参数</translation>
    </message>
    <message>
        <source>--samples %1 is out of range: it must be a whole number from 1 to %2</source>
        <translation>--samples %1 超出范围：必须是 1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>--seed %1 is not a whole number from 0 to 18446744073709551615</source>
        <translation>--seed %1 不是 0 到 18446744073709551615 之间的整数</translation>
    </message>
    <message>
        <source>Usage: leverboard [COMMAND] [OPTIONS]

Leverboard: the economics of AI compute. With no command it opens the dashboard;
the commands below run without a display.

Commands:
  eval [WORKSPACE]    Evaluate a scenario and print its KPIs as one JSON object
  series [WORKSPACE]  Print one model&apos;s time series as CSV (--model %1)
  params              List every parameter as CSV: id,unit,default,min,max
  render WORKSPACE --out DIR [--scenario NAME | --compare]
                      Write every chart as PNG, report.pdf, a CSV per model and
                      kpis.json into DIR (no display needed)
  sensitivity [WORKSPACE] --kpi ID [--band 0.2]
                      Tornado: each parameter at ±band, bars by swing, as JSON
  solve [WORKSPACE] --kpi ID --target Y --param ID
                      Goal seek: the parameter value that reaches Y, as JSON
                      (exit 1 when none does)
  attribute WORKSPACE --kpi ID --from NAME --to NAME
                      Why two scenarios differ: Shapley values per parameter
  map [WORKSPACE] --kpi ID --x ID --y ID [--size 64]
                      The KPI over a grid of two parameters, as CSV
  montecarlo [WORKSPACE] [--samples N] [--seed S] [--dist ID=KIND:a,b[,c]]
                      Monte Carlo over the distributions: percentiles and
                      P(good side) per KPI, as JSON

Options:
  -h, --help          Show this help; &apos;leverboard COMMAND --help&apos; for one command
  -v, --version       Show the version

Exit status:
  0  success
  1  output could not be written (disk full, closed stdout, unwritable file);
     for solve also: no value reaches the target
  2  bad input: an unknown command, option, parameter or value, or a workspace
     that cannot be read; the one line on stderr says what

Examples:
  leverboard eval --set %2
  leverboard eval plans.leverboard --scenario &quot;Thin team&quot;
  leverboard series --model %3 --set horizon_years=10
  leverboard params
  leverboard render plans.leverboard --compare --out board-pack
  leverboard solve --kpi capex.npv --target 0 --param capex.utilization
</source>
        <translation>用法：leverboard [命令] [选项]

Leverboard：AI 算力经济学。不带命令时打开仪表盘；
下列命令无需显示器即可运行。

命令：
  eval [WORKSPACE]    评估一个情景，并以一个 JSON 对象输出其 KPI
  series [WORKSPACE]  以 CSV 输出一个模型的时间序列（--model %1）
  params              以 CSV 列出全部参数：id,unit,default,min,max
  render WORKSPACE --out DIR [--scenario NAME | --compare]
                      将每张图表写为 PNG，并把 report.pdf、每个模型一个 CSV
                      和 kpis.json 写入 DIR（无需显示器）
  sensitivity [WORKSPACE] --kpi ID [--band 0.2]
                      敏感性（龙卷风图）：每个参数取 ±band，按摆幅排序，输出 JSON
  solve [WORKSPACE] --kpi ID --target Y --param ID
                      目标求解：达到 Y 的参数值，输出 JSON
                      （没有任何值能达到时退出状态为 1）
  attribute WORKSPACE --kpi ID --from NAME --to NAME
                      归因：两个情景为何不同，逐个参数的 Shapley 值
  map [WORKSPACE] --kpi ID --x ID --y ID [--size 64]
                      双参数图：KPI 在两个参数网格上的取值，输出 CSV
  montecarlo [WORKSPACE] [--samples N] [--seed S] [--dist ID=KIND:a,b[,c]]
                      蒙特卡洛：按分布抽样，输出每个 KPI 的分位数和
                      处于好的一侧的概率（JSON）

选项：
  -h, --help          显示此帮助；&apos;leverboard 命令 --help&apos; 显示单个命令的帮助
  -v, --version       显示版本

退出状态：
  0  成功
  1  无法写出输出（磁盘已满、标准输出已关闭、文件不可写）；
     对 solve 而言还表示：没有任何值能达到目标
  2  输入有误：未知的命令、选项、参数或值，或无法读取的工作区；
     标准错误上的一行说明原因

示例：
  leverboard eval --set %2
  leverboard eval plans.leverboard --scenario &quot;Thin team&quot;
  leverboard series --model %3 --set horizon_years=10
  leverboard params
  leverboard render plans.leverboard --compare --out board-pack
  leverboard solve --kpi capex.npv --target 0 --param capex.utilization
</translation>
    </message>
    <message>
        <source>Tornado: each numeric parameter in turn at v × (1 − band) and v × (1 + band)
(± band × its range when v is 0), clipped to its range, everything else fixed.
Prints {&quot;kpi&quot;, &quot;value&quot;, &quot;bars&quot;: [{&quot;param&quot;, &quot;low&quot;, &quot;high&quot;, &quot;kpi_low&quot;, &quot;kpi_high&quot;,
&quot;swing&quot;}, ...]} as JSON, largest swing first (ties in registry order); a bar with a
null end (kpi_low or kpi_high null, swing null) comes after the others.
Without WORKSPACE the built-in presets are used and Base (the defaults) is evaluated.</source>
        <translation>敏感性（龙卷风图）：依次把每个数值型参数设为 v × (1 − band) 和 v × (1 + band)
（v 为 0 时取 ± band × 其范围），截断到其范围内，其余保持不变。
以 JSON 输出 {&quot;kpi&quot;, &quot;value&quot;, &quot;bars&quot;: [{&quot;param&quot;, &quot;low&quot;, &quot;high&quot;, &quot;kpi_low&quot;, &quot;kpi_high&quot;,
&quot;swing&quot;}, ...]}，摆幅大的在前（相同时按注册表顺序）；某一端为空的条
（kpi_low 或 kpi_high 为 null，swing 为 null）排在其他条之后。
不给 WORKSPACE 时使用内置预设，评估 Base（默认值）情景。</translation>
    </message>
    <message>
        <source>Goal seek: the value of the parameter that brings the KPI to Y, searched over the
parameter&apos;s whole range (64 samples, log-spaced for log parameters, every sign
change bisected; a jump is not a root); of several, the one nearest the current
value. Prints {&quot;solved&quot;: true, &quot;param&quot;, &quot;value&quot;, &quot;kpi_value&quot;} and exits 0, or,
when no value reaches Y, {&quot;solved&quot;: false, &quot;param&quot;, &quot;closest&quot;: {&quot;value&quot;,
&quot;kpi_value&quot;}, &quot;message&quot;} with the sample that came closest, and exits 1.
Without WORKSPACE the built-in presets are used and Base (the defaults) is evaluated.</source>
        <translation>目标求解：使 KPI 达到 Y 的参数值，在该参数的整个范围内搜索
（64 个采样点，对数参数按对数间隔，每个变号处二分；跳变不算根）；有多个解时
取最接近当前值的一个。输出 {&quot;solved&quot;: true, &quot;param&quot;, &quot;value&quot;, &quot;kpi_value&quot;} 并以 0 退出；
若没有任何值能达到 Y，则输出 {&quot;solved&quot;: false, &quot;param&quot;, &quot;closest&quot;: {&quot;value&quot;,
&quot;kpi_value&quot;}, &quot;message&quot;}（最接近目标的采样点），并以 1 退出。
不给 WORKSPACE 时使用内置预设，评估 Base（默认值）情景。</translation>
    </message>
    <message>
        <source>Why do two scenarios differ? Shapley values of the KPI over the parameters that
differ (the application list is one, &quot;applications&quot;). Prints {&quot;kpi&quot;, &quot;from&quot;, &quot;to&quot;,
&quot;kpi_from&quot;, &quot;kpi_to&quot;, &quot;exact&quot;, &quot;contributions&quot;: [{&quot;param&quot;, &quot;value&quot;}, ...]}, largest
first, adding up to kpi_to − kpi_from. Exact up to 12 differing parameters; beyond,
2,000 seeded random permutations (&quot;exact&quot;: false), each entry with its &quot;std_error&quot;.
If the KPI is null in some combination, contributions is empty and &quot;null_coalitions&quot;
lists the first five (the ids taken from --to, joined by &quot;+&quot;; &quot;&quot; is --from itself),
with &quot;null_coalition_count&quot; saying how many there were.</source>
        <translation>归因：两个情景为何不同？在取值不同的参数上计算 KPI 的 Shapley 值
（应用列表算作一个参数，&quot;applications&quot;）。输出 {&quot;kpi&quot;, &quot;from&quot;, &quot;to&quot;,
&quot;kpi_from&quot;, &quot;kpi_to&quot;, &quot;exact&quot;, &quot;contributions&quot;: [{&quot;param&quot;, &quot;value&quot;}, ...]}，绝对值大的在前，
总和等于 kpi_to − kpi_from。不同的参数不超过 12 个时精确计算；超过时用
2,000 个带种子的随机排列（&quot;exact&quot;: false），每项附带 &quot;std_error&quot;。
若 KPI 在某些组合中为空，contributions 为空，&quot;null_coalitions&quot; 列出前五个组合
（从 --to 取值的参数标识，以 &quot;+&quot; 连接；&quot;&quot; 表示 --from 本身），
&quot;null_coalition_count&quot; 给出总数。</translation>
    </message>
    <message>
        <source>The two-parameter map: the KPI over a grid of two parameters&apos; ranges (both ends
included, log-spaced for log parameters, a whole-number parameter on its integers
when there are at most SIZE), everything else at the scenario&apos;s values. Prints CSV:
a header row &lt;x id&gt;,&lt;y id&gt;,&lt;KPI id&gt;, then one row per cell, y outer and x inner; an
empty KPI field is null. A text KPI (e.g. chips.best) prints its text.
Without WORKSPACE the built-in presets are used and Base (the defaults) is evaluated.</source>
        <translation>双参数图：KPI 在两个参数范围构成的网格上的取值（包含两端，
对数参数按对数间隔，整数参数在不超过 SIZE 个时取其全部整数），
其余参数取情景的值。输出 CSV：表头行 &lt;x id&gt;,&lt;y id&gt;,&lt;KPI id&gt;，然后每个格子一行，
y 在外层、x 在内层；KPI 字段为空表示 null。文本 KPI（例如 chips.best）输出其文本。
不给 WORKSPACE 时使用内置预设，评估 Base（默认值）情景。</translation>
    </message>
    <message>
        <source>Monte Carlo over the scenario&apos;s distributions (the workspace&apos;s, added to or
replaced by --dist). Prints {&quot;samples&quot;, &quot;seed&quot;, &quot;kpis&quot;: {&quot;&lt;id&gt;&quot;: {&quot;mean&quot;, &quot;p5&quot;,
&quot;p10&quot;, &quot;p50&quot;, &quot;p90&quot;, &quot;p95&quot;, &quot;null_share&quot;, &quot;p_good&quot;}, ...}} as JSON: p_good is the
probability of the good side of the KPI&apos;s natural threshold (null without one).
The same arguments give the same bytes on any number of threads.
Without WORKSPACE the built-in presets are used and Base (the defaults) is evaluated.</source>
        <translation>按情景的分布做蒙特卡洛（工作区中的分布，可用 --dist 补充或替换）。
以 JSON 输出 {&quot;samples&quot;, &quot;seed&quot;, &quot;kpis&quot;: {&quot;&lt;id&gt;&quot;: {&quot;mean&quot;, &quot;p5&quot;,
&quot;p10&quot;, &quot;p50&quot;, &quot;p90&quot;, &quot;p95&quot;, &quot;null_share&quot;, &quot;p_good&quot;}, ...}}：p_good 是 KPI 处于其自然阈值
好的一侧的概率（没有阈值时为 null）。
相同的参数在任意线程数下输出相同的字节。
不给 WORKSPACE 时使用内置预设，评估 Base（默认值）情景。</translation>
    </message>
</context>
<context>
    <name>CompareTables</name>
    <message numerus="yes">
        <source>%n application(s): </source>
        <translation>
            <numerusform>%n 个应用：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 M tokens per task, $%3 per task</source>
        <translation>%1：每项任务 %2 M 词元，每项任务 $%3</translation>
    </message>
</context>
<context>
    <name>DistributionEditor</name>
    <message>
        <source>Uniform</source>
        <translation>均匀分布</translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation>三角分布</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正态分布</translation>
    </message>
    <message>
        <source>Lognormal</source>
        <translation>对数正态分布</translation>
    </message>
    <message>
        <source>uniform %1</source>
        <translation>均匀分布 %1</translation>
    </message>
    <message>
        <source>triangular %1, most likely %2</source>
        <translation>三角分布 %1，最可能 %2</translation>
    </message>
    <message>
        <source>normal, 90% in %1</source>
        <translation>正态分布，90% 落在 %1</translation>
    </message>
    <message>
        <source>lognormal, 90% in %1</source>
        <translation>对数正态分布，90% 落在 %1</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation>将图表另存为 SVG</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Save Chart as PDF</source>
        <translation>将图表另存为 PDF</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>Restored unsaved work; %1 was not opened.</source>
        <translation>已恢复未保存的工作；未打开 %1。</translation>
    </message>
    <message>
        <source>Workspace file to open.</source>
        <translation>要打开的工作区文件。</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>GPUs plus building, power and cooling</source>
        <translation>GPU 加上建筑、电力与冷却</translation>
    </message>
    <message>
        <source>Average return on invested capital with accounting depreciation</source>
        <translation>按会计折旧计算的平均投入资本回报率</translation>
    </message>
    <message>
        <source>Average return on invested capital with economic depreciation</source>
        <translation>按经济折旧计算的平均投入资本回报率</translation>
    </message>
    <message>
        <source>Net present value of the cohort&apos;s cash flows at WACC</source>
        <translation>该批 GPU 现金流按 WACC 折现的净现值</translation>
    </message>
    <message>
        <source>Internal rate of return of the cohort&apos;s cash flows</source>
        <translation>该批 GPU 现金流的内部收益率</translation>
    </message>
    <message>
        <source>Years until cumulative cash flow turns non-negative</source>
        <translation>累计现金流转为非负所需的年数</translation>
    </message>
    <message>
        <source>GPU book value left when the economic life ends</source>
        <translation>经济寿命结束时剩余的 GPU 账面价值</translation>
    </message>
    <message>
        <source>Value-driver formula with average economic ROIC</source>
        <translation>基于平均经济 ROIC 的价值驱动公式</translation>
    </message>
    <message>
        <source>Industry capex divided by application revenue</source>
        <translation>行业资本开支除以应用收入</translation>
    </message>
    <message>
        <source>Application revenue needed for industry capex to earn its cost of capital</source>
        <translation>行业资本开支要赚回资本成本所需的应用收入</translation>
    </message>
    <message>
        <source>Required application revenue divided by actual</source>
        <translation>所需应用收入除以实际应用收入</translation>
    </message>
    <message>
        <source>Discounted useful work per $ of GPU capex under paradigm risk</source>
        <translation>考虑范式风险后，每美元 GPU 资本开支的折现有效工作量</translation>
    </message>
    <message>
        <source>Discounted useful work per $ of TPU capex under paradigm risk</source>
        <translation>考虑范式风险后，每美元 TPU 资本开支的折现有效工作量</translation>
    </message>
    <message>
        <source>Discounted useful work per $ of inference-ASIC capex under paradigm risk</source>
        <translation>考虑范式风险后，每美元推理 ASIC 资本开支的折现有效工作量</translation>
    </message>
    <message>
        <source>The architecture with the most value per $ at the scenario&apos;s shift hazard</source>
        <translation>在该情景的范式转移风险率下，每美元价值最高的架构</translation>
    </message>
    <message>
        <source>Paradigm-shift rate at which the TPU and the GPU are worth the same</source>
        <translation>TPU 与 GPU 价值相等时的范式转移率</translation>
    </message>
    <message>
        <source>Paradigm-shift rate above which the inference ASIC stops paying against a GPU</source>
        <translation>范式转移率高于此值时，推理 ASIC 相对 GPU 不再划算</translation>
    </message>
    <message>
        <source>6 × parameters × tokens</source>
        <translation>6 × 参数量 × 词元数</translation>
    </message>
    <message>
        <source>Model FLOPs utilization: useful FLOP/s over peak, with bubble and exposed communication</source>
        <translation>模型算力利用率（MFU）：有效 FLOP/s 占峰值的比例，已计入流水线气泡和未被掩盖的通信</translation>
    </message>
    <message>
        <source>Share of busy time the pipeline waits, (p − 1)/(v·m + p − 1)</source>
        <translation>流水线在忙碌时间中等待的比例，(p − 1)/(v·m + p − 1)</translation>
    </message>
    <message>
        <source>Compute time per step over gradient all-reduce time</source>
        <translation>每步计算时间与梯度 all-reduce 时间之比</translation>
    </message>
    <message>
        <source>Mean time between failures of the whole job, θ / N</source>
        <translation>整个任务的平均故障间隔时间，θ / N</translation>
    </message>
    <message>
        <source>Young&apos;s interval sqrt(2 δ M)</source>
        <translation>Young 检查点间隔 sqrt(2 δ M)</translation>
    </message>
    <message>
        <source>Share of wall-clock time that trains, after checkpoints, lost work and restarts</source>
        <translation>扣除检查点、丢失的工作和重启后，实际用于训练的墙钟时间比例</translation>
    </message>
    <message>
        <source>Wall-clock days of the run</source>
        <translation>训练的墙钟天数</translation>
    </message>
    <message>
        <source>GPUs × wall-clock hours</source>
        <translation>GPU 数 × 墙钟小时数</translation>
    </message>
    <message>
        <source>GPU-hours at the rental price</source>
        <translation>按租赁价格计算的 GPU 小时费用</translation>
    </message>
    <message>
        <source>GPUs × power per GPU × PUE × hours</source>
        <translation>GPU 数 × 每 GPU 功率 × PUE × 小时数</translation>
    </message>
    <message>
        <source>Cluster size (whole replicas, up to 2 million GPUs) that trains the run in the fewest days</source>
        <translation>训练天数最少的集群规模（整副本，最多 200 万个 GPU）</translation>
    </message>
    <message>
        <source>Training days on the fastest cluster</source>
        <translation>在最快集群上的训练天数</translation>
    </message>
    <message>
        <source>Price of today&apos;s frontier capability at month 12</source>
        <translation>今天的前沿能力在第 12 个月的价格</translation>
    </message>
    <message>
        <source>Price of today&apos;s frontier capability at the end of the horizon</source>
        <translation>今天的前沿能力在期限结束时的价格</translation>
    </message>
    <message>
        <source>Price today divided by price at the horizon</source>
        <translation>今天的价格除以期末价格</translation>
    </message>
    <message>
        <source>First month the application&apos;s inference cost fits its value</source>
        <translation>应用的推理成本首次在其价值之内的月份</translation>
    </message>
    <message>
        <source>Present value of the extra inference the think-longer strategy pays</source>
        <translation>“思考更久”策略额外支付的推理费用的现值</translation>
    </message>
    <message>
        <source>PV premium minus pretraining cost: positive means pretraining wins</source>
        <translation>溢价现值减去预训练成本：为正表示预训练更优</translation>
    </message>
    <message>
        <source>Half-life at which pretraining and thinking longer cost the same</source>
        <translation>预训练与思考更久成本相等时的半衰期</translation>
    </message>
    <message>
        <source>First month the cumulative inference premium reaches the pretraining cost</source>
        <translation>累计推理溢价首次达到预训练成本的月份</translation>
    </message>
    <message>
        <source>When a competitor can buy the same capability for a tenth of your cost</source>
        <translation>竞争对手能以您成本的十分之一获得同等能力的时间</translation>
    </message>
    <message>
        <source>Pretrain once or think longer at inference</source>
        <translation>一次性预训练，还是在推理时思考更久</translation>
    </message>
    <message>
        <source>Smallest team that ships the target at the scenario&apos;s compute per person</source>
        <translation>在该情景的人均算力下，能交付目标的最小团队</translation>
    </message>
    <message>
        <source>Smallest team that ships the target with no AI compute</source>
        <translation>不用 AI 算力时能交付目标的最小团队</translation>
    </message>
    <message>
        <source>Output multiplier m(C) after the bucket effect</source>
        <translation>木桶效应之后的产出倍数 m(C)</translation>
    </message>
    <message>
        <source>USL peak: beyond it more people make the team slower</source>
        <translation>USL 峰值：超过后人越多团队越慢</translation>
    </message>
    <message>
        <source>People plus compute at the scenario&apos;s compute per person, t = 0</source>
        <translation>在该情景的人均算力下的人力加算力成本，t = 0</translation>
    </message>
    <message>
        <source>Compute per person of the cheapest team that ships the target, t = 0</source>
        <translation>能交付目标的成本最低团队的人均算力，t = 0</translation>
    </message>
    <message>
        <source>Size of the cheapest team that ships the target, t = 0</source>
        <translation>能交付目标的成本最低团队的规模，t = 0</translation>
    </message>
    <message>
        <source>Cost of the cheapest team that ships the target, t = 0</source>
        <translation>能交付目标的成本最低团队的成本，t = 0</translation>
    </message>
    <message>
        <source>Size of the cheapest team at the end of the horizon</source>
        <translation>期限结束时成本最低团队的规模</translation>
    </message>
    <message>
        <source>Whole GPUs the site&apos;s power supplies at capex.power_kw × capex.pue each</source>
        <translation>站点电力按每个 capex.power_kw × capex.pue 可供电的完整 GPU 数</translation>
    </message>
    <message>
        <source>GPUs plus building, power and cooling for every GPU the site powers</source>
        <translation>站点供电的全部 GPU，加上相应的建筑、电力与冷却</translation>
    </message>
    <message>
        <source>Build cost divided by the site&apos;s power in GW</source>
        <translation>建设成本除以站点电力（GW）</translation>
    </message>
    <message>
        <source>Electricity the site draws in a year at the utilization</source>
        <translation>按利用率计算的站点年用电量</translation>
    </message>
    <message>
        <source>The site&apos;s energy as a share of national electricity use</source>
        <translation>站点用电占全国用电量的比例</translation>
    </message>
    <message>
        <source>Electricity bill per year</source>
        <translation>每年电费</translation>
    </message>
    <message>
        <source>Yearly payment that repays the GPUs over their economic life and the facility over its life at WACC</source>
        <translation>按 WACC 在 GPU 经济寿命内偿还 GPU、在设施寿命内偿还设施的年付额</translation>
    </message>
    <message>
        <source>Energy cost divided by energy cost plus capital charge</source>
        <translation>能源成本除以（能源成本 + 资本费用）</translation>
    </message>
    <message>
        <source>GPUs × peak × MFU × goodput of the cluster scenario&apos;s run</source>
        <translation>GPU 数 × 峰值 × MFU × 集群情景训练的有效产出</translation>
    </message>
    <message>
        <source>Peak × MFU × goodput divided by the power drawn per GPU</source>
        <translation>峰值 × MFU × 有效产出，除以每 GPU 功耗</translation>
    </message>
    <message>
        <source>Training runs of the cluster scenario&apos;s size the site completes in a year</source>
        <translation>站点一年内能完成的集群情景规模的训练次数</translation>
    </message>
    <message>
        <source>Longest of grid wait, build and chip lead time</source>
        <translation>电网等待、建设与芯片交货周期中最长者</translation>
    </message>
    <message>
        <source>Longest of on-site generation, build and chip lead time</source>
        <translation>现场发电、建设与芯片交货周期中最长者</translation>
    </message>
    <message>
        <source>Margin of the years on-site generation saves less its premium over the economic life (undiscounted)</source>
        <translation>现场发电节省的年份带来的利润，减去其在经济寿命内的溢价（不折现）</translation>
    </message>
    <message>
        <source>&quot;onsite&quot; when on-site net value is above 0, else &quot;grid&quot;</source>
        <translation>现场发电净值大于 0 时为 &quot;onsite&quot;，否则为 &quot;grid&quot;</translation>
    </message>
</context>
<context>
    <name>KpiFormatter</name>
    <message>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>per 1M tokens</source>
        <translation>每百万词元</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>第 %1 个月</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>units / person</source>
        <translation>单位 / 人</translation>
    </message>
    <message>
        <source>Not reachable with these parameters.</source>
        <translation>在当前参数下无法达到。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>KpiValue</name>
    <message>
        <source>Pretrain</source>
        <translation>预训练</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>电网</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>TPU</source>
        <translation>TPU</translation>
    </message>
    <message>
        <source>ASIC</source>
        <translation>ASIC</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>现场发电</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>%1 is null: %2</source>
        <translation>%1 为空：%2</translation>
    </message>
    <message>
        <source>%1-year horizon</source>
        <translation>%1 年期限</translation>
    </message>
    <message>
        <source>%1-month horizon</source>
        <translation>%1 个月期限</translation>
    </message>
    <message>
        <source>book</source>
        <translation>账面</translation>
    </message>
    <message>
        <source>economic</source>
        <translation>经济</translation>
    </message>
    <message>
        <source>%1 = %2 is outside %3–%4; using %5</source>
        <translation>%1 = %2 超出 %3–%4；改用 %5</translation>
    </message>
    <message>
        <source>%1 = %2 is outside %3; using %4</source>
        <translation>%1 = %2 超出 %3；改用 %4</translation>
    </message>
    <message>
        <source>application %1: tokens per task and value per task must be positive; clamped</source>
        <translation>应用 %1：每项任务的词元数和每项任务的价值必须为正数；已截取到有效范围</translation>
    </message>
    <message>
        <source>%1 is not a finite number; reported as null</source>
        <translation>%1 不是有限数；记为空值</translation>
    </message>
    <message>
        <source>%2 (%3) is not viable within the %4</source>
        <translation>%2（%3）在%4内不可行</translation>
    </message>
    <message>
        <source>%1 = %2 is above %3 = %4; using %4 (leverage cannot grow faster past saturation)</source>
        <translation>%1 = %2 高于 %3 = %4；改用 %4（超过饱和点后杠杆无法更快增长）</translation>
    </message>
    <message>
        <source>%1 + %2 = %3 is above 1; scaled both down to %4 and %5 (same ratio, no time left for other work)</source>
        <translation>%1 + %2 = %3 大于 1；两者按相同比例缩小为 %4 和 %5（已无时间做其他工作）</translation>
    </message>
    <message>
        <source>%1 = %2 features / quarter is out of reach at %3 compute units per person: a team of %4 people ships at most %5</source>
        <translation>%1 = 每季度 %2 个功能，在人均 %3 个算力单位下无法达到：%4 人的团队最多交付 %5</translation>
    </message>
    <message>
        <source>%1 = %2 features / quarter is out of reach at %3 compute units per person: the fastest team (%4 people) ships at most %5</source>
        <translation>%1 = 每季度 %2 个功能，在人均 %3 个算力单位下无法达到：最快的团队（%4 人）最多交付 %5</translation>
    </message>
    <message>
        <source>%1 = %2 features / quarter is out of reach at %3 compute units per person: a team of %4 people ships at most %5; there is no cheapest team</source>
        <translation>%1 = 每季度 %2 个功能，在人均 %3 个算力单位下无法达到：%4 人的团队最多交付 %5；不存在成本最低的团队</translation>
    </message>
    <message>
        <source>%1 = %2 features / quarter is out of reach at %3 compute units per person: the fastest team (%4 people) ships at most %5; there is no cheapest team</source>
        <translation>%1 = 每季度 %2 个功能，在人均 %3 个算力单位下无法达到：最快的团队（%4 人）最多交付 %5；不存在成本最低的团队</translation>
    </message>
    <message>
        <source>the break-even half-life is below %2 months (pretraining pays even if demand for the model halves every half month)</source>
        <translation>盈亏平衡半衰期低于 %2 个月（即使模型需求每半个月减半，预训练也划算）</translation>
    </message>
    <message>
        <source>the break-even half-life is above %2 months (pretraining does not pay even if demand for the model hardly decays)</source>
        <translation>盈亏平衡半衰期高于 %2 个月（即使模型需求几乎不衰减，预训练也不划算）</translation>
    </message>
    <message>
        <source>the inference premium does not add up to the pretraining cost within the %2 (no crossover month)</source>
        <translation>在%2内，推理溢价累计达不到预训练成本（没有交叉月份）</translation>
    </message>
    <message>
        <source>a competitor cannot replicate the model at %2 of its cost within the %3</source>
        <translation>在%3内，竞争对手无法以其成本的 %2 复制该模型</translation>
    </message>
    <message>
        <source>the %2 invested capital is fully written off in every year the GPUs earn</source>
        <translation>在 GPU 产生收入的每一年，%2投入资本都已全部核销</translation>
    </message>
    <message>
        <source>%1: %2 earning year(s) with no %3 invested capital left are not in the average</source>
        <translation>%1：%2 个已无%3投入资本的收益年份未计入平均值</translation>
    </message>
    <message>
        <source>cash flows never change sign</source>
        <translation>现金流从不变号</translation>
    </message>
    <message>
        <source>no rate between %2 and %3 sets NPV to zero</source>
        <translation>在 %2 与 %3 之间没有使净现值（NPV）为零的利率</translation>
    </message>
    <message>
        <source>the cumulative cash flow stays negative for all %2 years of the horizon</source>
        <translation>在期限内全部 %2 年中累计现金流始终为负</translation>
    </message>
    <message>
        <source>there is no average economic ROIC</source>
        <translation>不存在平均经济投资回报率（ROIC）</translation>
    </message>
    <message>
        <source>WACC (%2) does not exceed long-run growth (%3), so the value-driver formula has no finite value</source>
        <translation>加权平均资本成本 WACC（%2）不高于长期增长率（%3），价值驱动公式没有有限值</translation>
    </message>
    <message>
        <source>average economic ROIC (%2) does not exceed long-run growth (%3), so growth destroys value</source>
        <translation>平均经济 ROIC（%2）不高于长期增长率（%3），增长反而毁灭价值</translation>
    </message>
    <message>
        <source>the chip has the GPU&apos;s perf per $ and retained share, so it has the same value at every hazard</source>
        <translation>该芯片与 GPU 的每美元性能和保留份额相同，因此在任何风险率下价值都相同</translation>
    </message>
    <message>
        <source>the chip is worth more than the GPU at every hazard from %2 to %3 a year</source>
        <translation>在每年 %2 至 %3 的任何风险率下，该芯片的价值都高于 GPU</translation>
    </message>
    <message>
        <source>the GPU is worth more than the chip at every hazard from %2 to %3 a year</source>
        <translation>在每年 %2 至 %3 的任何风险率下，GPU 的价值都高于该芯片</translation>
    </message>
    <message>
        <source>%1 is 0: the cluster run&apos;s goodput is 0 (failures arrive faster than checkpoints can save work)</source>
        <translation>%1 为 0：集群训练的有效产出（goodput）为 0（故障来得比检查点保存工作还快）</translation>
    </message>
    <message>
        <source>%2 GPUs are fewer than one replica needs (t × p = %3)</source>
        <translation>%2 个 GPU 少于一个副本所需（t × p = %3）</translation>
    </message>
    <message>
        <source>%1: %2 GPUs stay idle; only whole replicas train (%3 GPUs)</source>
        <translation>%1：%2 个 GPU 闲置；只有完整副本参与训练（%3 个 GPU）</translation>
    </message>
    <message>
        <source>%1 = %2 is less than one sequence per replica; the batch is raised to %3 tokens</source>
        <translation>%1 = %2 不足每个副本一个序列；批量提高到 %3 个词元</translation>
    </message>
    <message>
        <source>one replica (d = 1) has no gradient traffic</source>
        <translation>只有一个副本（d = 1），没有梯度通信</translation>
    </message>
    <message>
        <source>goodput is 0: failures arrive faster than checkpoints can save work (job MTBF %2 hours, checkpoint interval %3 minutes)</source>
        <translation>有效产出为 0：故障来得比检查点保存工作还快（任务平均故障间隔 %2 小时，检查点间隔 %3 分钟）</translation>
    </message>
    <message>
        <source>goodput is 0 at every cluster size of whole replicas up to 2 million GPUs</source>
        <translation>在最多 200 万个 GPU 的所有整副本集群规模下，有效产出都为 0</translation>
    </message>
</context>
<context>
    <name>ModelEquations</name>
    <message>
        <source>How fast the price of a fixed capability falls, and when tasks become affordable.</source>
        <translation>固定能力的价格下降有多快，以及任务何时变得负担得起。</translation>
    </message>
    <message>
        <source>How many people a team needs when each person has more AI compute.</source>
        <translation>当每人拥有更多 AI 算力时，团队需要多少人。</translation>
    </message>
    <message>
        <source>Whether to pretrain a bigger model once or think longer at inference on every query.</source>
        <translation>是一次性预训练更大的模型，还是在每次查询的推理时思考更久。</translation>
    </message>
    <message>
        <source>The returns of one cohort of GPUs, in book and economic terms.</source>
        <translation>一批 GPU 的回报，分别按账面口径和经济口径计算。</translation>
    </message>
    <message>
        <source>Frontier index, exponential law (t ≤ T&lt;sub&gt;c&lt;/sub&gt;)</source>
        <translation>前沿指数，指数规律（t ≤ T&lt;sub&gt;c&lt;/sub&gt;）</translation>
    </message>
    <message>
        <source>Frontier index, Wright&apos;s law (t ≤ T&lt;sub&gt;c&lt;/sub&gt;)</source>
        <translation>前沿指数，赖特定律（t ≤ T&lt;sub&gt;c&lt;/sub&gt;）</translation>
    </message>
    <message>
        <source>After commoditization (t &gt; T&lt;sub&gt;c&lt;/sub&gt;)</source>
        <translation>商品化之后（t &gt; T&lt;sub&gt;c&lt;/sub&gt;）</translation>
    </message>
    <message>
        <source>Hardware index</source>
        <translation>硬件指数</translation>
    </message>
    <message>
        <source>Price path</source>
        <translation>价格路径</translation>
    </message>
    <message>
        <source>An application is viable at month t when</source>
        <translation>应用在第 t 个月可行的条件</translation>
    </message>
    <message>
        <source>Total decline over the horizon H</source>
        <translation>期限 H 内的累计降幅</translation>
    </message>
    <message>
        <source>Leverage (C ≤ c_sat)</source>
        <translation>杠杆（C ≤ c_sat）</translation>
    </message>
    <message>
        <source>Leverage beyond saturation (C &gt; c_sat)</source>
        <translation>饱和之后的杠杆（C &gt; c_sat）</translation>
    </message>
    <message>
        <source>Stage speed-up and multiplier</source>
        <translation>各阶段加速与倍数</translation>
    </message>
    <message>
        <source>External factor</source>
        <translation>外部因素</translation>
    </message>
    <message>
        <source>Team throughput (Universal Scalability Law)</source>
        <translation>团队产出（通用可扩展性定律）</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作量</translation>
    </message>
    <message>
        <source>Required headcount</source>
        <translation>所需人数</translation>
    </message>
    <message>
        <source>Cost per quarter at month t</source>
        <translation>第 t 个月的季度成本</translation>
    </message>
    <message>
        <source>Demand for this model</source>
        <translation>该模型的需求</translation>
    </message>
    <message>
        <source>Serving cost per token</source>
        <translation>每词元服务成本</translation>
    </message>
    <message>
        <source>Monthly premium of thinking longer</source>
        <translation>思考更久的月度溢价</translation>
    </message>
    <message>
        <source>Present value of the premium</source>
        <translation>溢价的现值</translation>
    </message>
    <message>
        <source>Pretraining wins when</source>
        <translation>预训练更优的条件</translation>
    </message>
    <message>
        <source>Crossover month</source>
        <translation>交叉月份</translation>
    </message>
    <message>
        <source>Months to replicate at 10% of the cost</source>
        <translation>以 10% 成本复制所需月数</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>资本</translation>
    </message>
    <message>
        <source>Price per GPU-hour in year y</source>
        <translation>第 y 年每 GPU 小时的价格</translation>
    </message>
    <message>
        <source>Share of year y within a life L</source>
        <translation>第 y 年在寿命 L 内所占的份额</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <source>Depreciation (book; economic uses economic_life)</source>
        <translation>折旧（账面；经济口径用 economic_life）</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Return on invested capital</source>
        <translation>投入资本回报率</translation>
    </message>
    <message>
        <source>Stranded value</source>
        <translation>搁浅资产价值</translation>
    </message>
    <message>
        <source>Implied P/E (r = average economic ROIC)</source>
        <translation>隐含市盈率（r = 平均经济 ROIC）</translation>
    </message>
    <message>
        <source>Application revenue the industry needs</source>
        <translation>行业所需的应用收入</translation>
    </message>
    <message>
        <source>Whole replicas and micro-batches</source>
        <translation>完整副本数与微批次数</translation>
    </message>
    <message>
        <source>Compute time per step</source>
        <translation>每步计算时间</translation>
    </message>
    <message>
        <source>Pipeline bubble and busy time</source>
        <translation>流水线气泡与忙碌时间</translation>
    </message>
    <message>
        <source>Ring all-reduce of the gradients</source>
        <translation>梯度的环形全归约</translation>
    </message>
    <message>
        <source>Exposed communication and step time</source>
        <translation>未被掩盖的通信与每步用时</translation>
    </message>
    <message>
        <source>Model FLOPs utilization</source>
        <translation>模型算力利用率（MFU）</translation>
    </message>
    <message>
        <source>Failures: job MTBF, checkpoint interval (Young), goodput</source>
        <translation>故障：作业平均故障间隔、检查点间隔（Young 公式）、有效训练时间比例</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>墙钟时间</translation>
    </message>
    <message>
        <source>GPUs the site can power</source>
        <translation>场地电力可供的 GPU 数</translation>
    </message>
    <message>
        <source>Build cost</source>
        <translation>建设成本</translation>
    </message>
    <message>
        <source>Energy per year</source>
        <translation>每年用电量</translation>
    </message>
    <message>
        <source>Capital charge per year</source>
        <translation>每年资本费用</translation>
    </message>
    <message>
        <source>Sustained compute</source>
        <translation>持续算力</translation>
    </message>
    <message>
        <source>Years to first compute</source>
        <translation>距首次算力上线的年数</translation>
    </message>
    <message>
        <source>On-site net value</source>
        <translation>现场发电净值</translation>
    </message>
    <message>
        <source>Discounted years of use</source>
        <translation>折现后的使用年数</translation>
    </message>
    <message>
        <source>Value per $ of capex, in GPU-years</source>
        <translation>每美元资本开支的价值（GPU·年）</translation>
    </message>
    <message>
        <source>Best bet</source>
        <translation>最佳押注</translation>
    </message>
    <message>
        <source>Break-even hazard</source>
        <translation>盈亏平衡冲击率</translation>
    </message>
    <message>
        <source>One training run on N GPUs: utilization, failures and days as the cluster grows.</source>
        <translation>在 N 块 GPU 上的一次训练：集群变大时的利用率、故障与天数。</translation>
    </message>
    <message>
        <source>What a site&apos;s power buys, what it costs and when it runs.</source>
        <translation>一个场地的电力能买到多少算力、花费多少、何时投入运行。</translation>
    </message>
    <message>
        <source>GPU, TPU and inference ASIC under the risk of a paradigm shift.</source>
        <translation>范式转移风险下的 GPU、TPU 与推理 ASIC。</translation>
    </message>
</context>
<context>
    <name>ModelGroup</name>
    <message>
        <source>Global</source>
        <translation>全局</translation>
    </message>
    <message>
        <source>Cost curves</source>
        <translation>成本曲线</translation>
    </message>
    <message>
        <source>Compute leverage</source>
        <translation>算力杠杆</translation>
    </message>
    <message>
        <source>Model half-life</source>
        <translation>模型半衰期</translation>
    </message>
    <message>
        <source>Capex &amp; ROIC</source>
        <translation>资本开支与 ROIC</translation>
    </message>
    <message>
        <source>Cluster scaling</source>
        <translation>集群扩展</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电力</translation>
    </message>
    <message>
        <source>Chip bets</source>
        <translation>芯片押注</translation>
    </message>
</context>
<context>
    <name>MoneyScale</name>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>$ thousands</source>
        <translation>千美元</translation>
    </message>
    <message>
        <source>$ millions</source>
        <translation>百万美元</translation>
    </message>
    <message>
        <source>$ billions</source>
        <translation>十亿美元</translation>
    </message>
    <message>
        <source>$ trillions</source>
        <translation>万亿美元</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>price index If(t)</source>
        <translation>价格指数 If(t)</translation>
    </message>
    <message>
        <source>rental price × Ih(t)</source>
        <translation>租赁价格 × Ih(t)</translation>
    </message>
    <message>
        <source>MFU × goodput</source>
        <translation>MFU × 有效产出</translation>
    </message>
    <message>
        <source>power per GPU</source>
        <translation>每 GPU 功率</translation>
    </message>
    <message>
        <source>WACC, economic life</source>
        <translation>WACC、经济寿命</translation>
    </message>
</context>
<context>
    <name>Parameter</name>
    <message>
        <source>How far ahead every model looks</source>
        <translation>所有模型向前看的时间</translation>
    </message>
    <message>
        <source>Price of today&apos;s frontier capability</source>
        <translation>今天前沿能力的价格</translation>
    </message>
    <message>
        <source>Price fall of a fixed capability while it is still frontier-class</source>
        <translation>固定能力仍属前沿级别时的价格降幅</translation>
    </message>
    <message>
        <source>Months until today&apos;s frontier capability is a commodity</source>
        <translation>今天的前沿能力变成商品所需的月数</translation>
    </message>
    <message>
        <source>Price fall of a capability once commoditized</source>
        <translation>能力商品化之后的价格降幅</translation>
    </message>
    <message>
        <source>How the frontier segment falls: per time (exponential) or per doubling of cumulative volume (Wright)</source>
        <translation>前沿阶段的下降方式：随时间（指数）或随累计产量翻倍（赖特定律）</translation>
    </message>
    <message>
        <source>Fractional cost drop per doubling of cumulative volume</source>
        <translation>累计产量每翻一倍成本下降的比例</translation>
    </message>
    <message>
        <source>Growth of cumulative volume</source>
        <translation>累计产量的增长</translation>
    </message>
    <message>
        <source>Doubling time of hardware price-performance (FLOP/s per $)</source>
        <translation>硬件性价比（每美元 FLOP/s）翻倍所需时间</translation>
    </message>
    <message>
        <source>Share of a task&apos;s value that may go to inference for the task to be viable</source>
        <translation>任务可行时，其价值中可用于推理的比例</translation>
    </message>
    <message>
        <source>Work the team must ship</source>
        <translation>团队必须交付的工作量</translation>
    </message>
    <message>
        <source>One person&apos;s output with no AI and no overhead</source>
        <translation>不用 AI、无协作开销时一个人的产出</translation>
    </message>
    <message>
        <source>AI compute per person, C</source>
        <translation>人均 AI 算力，C</translation>
    </message>
    <message>
        <source>Compute efficiency exponent</source>
        <translation>算力效率指数</translation>
    </message>
    <message>
        <source>Compute per person beyond which one person cannot orchestrate more</source>
        <translation>人均算力超过此值后，一个人无法再调度更多</translation>
    </message>
    <message>
        <source>Compute exponent beyond the saturation point (≤ p)</source>
        <translation>饱和点之后的算力指数（≤ p）</translation>
    </message>
    <message>
        <source>Share of work in generation (writing code, drafts)</source>
        <translation>生成环节（写代码、起草）的工作占比</translation>
    </message>
    <message>
        <source>Share of work in review and verification</source>
        <translation>审查与验证环节的工作占比</translation>
    </message>
    <message>
        <source>Most AI can speed generation</source>
        <translation>AI 最多能把生成加速多少</translation>
    </message>
    <message>
        <source>Most AI can speed review</source>
        <translation>AI 最多能把审查加速多少</translation>
    </message>
    <message>
        <source>Most AI can speed the rest of the work</source>
        <translation>AI 最多能把其余工作加速多少</translation>
    </message>
    <message>
        <source>Quality and availability of data</source>
        <translation>数据的质量与可得性</translation>
    </message>
    <message>
        <source>Clarity of the goal</source>
        <translation>目标的清晰度</translation>
    </message>
    <message>
        <source>Ability to get the work to users</source>
        <translation>把成果交到用户手中的能力</translation>
    </message>
    <message>
        <source>Universal Scalability Law contention σ</source>
        <translation>通用可扩展性定律（USL）争用系数 σ</translation>
    </message>
    <message>
        <source>Universal Scalability Law coherency κ (pairwise communication)</source>
        <translation>通用可扩展性定律（USL）一致性系数 κ（两两沟通）</translation>
    </message>
    <message>
        <source>Loaded cost of one person</source>
        <translation>一个人的全口径成本</translation>
    </message>
    <message>
        <source>Price of one compute unit at t = 0 (falls with the frontier index)</source>
        <translation>t = 0 时一个算力单位的价格（随前沿指数下降）</translation>
    </message>
    <message>
        <source>One-time cost of the bigger pretrained model</source>
        <translation>更大预训练模型的一次性成本</translation>
    </message>
    <message>
        <source>Months for demand for a model to halve</source>
        <translation>模型需求减半所需的月数</translation>
    </message>
    <message>
        <source>Queries served at t = 0</source>
        <translation>t = 0 时服务的查询量</translation>
    </message>
    <message>
        <source>Growth of the product&apos;s query volume</source>
        <translation>产品查询量的增长</translation>
    </message>
    <message>
        <source>Tokens per query with the base model</source>
        <translation>基础模型每次查询的词元数</translation>
    </message>
    <message>
        <source>Token multiplier that buys the same gain at inference</source>
        <translation>在推理时获得同等提升所需的词元倍数</translation>
    </message>
    <message>
        <source>Own serving cost at t = 0 (falls with the frontier index)</source>
        <translation>t = 0 时自有服务成本（随前沿指数下降）</translation>
    </message>
    <message>
        <source>Discount rate applied to future inference spending</source>
        <translation>未来推理支出所用的折现率</translation>
    </message>
    <message>
        <source>GPUs bought at t = 0</source>
        <translation>t = 0 时购买的 GPU 数</translation>
    </message>
    <message>
        <source>Price per GPU</source>
        <translation>每个 GPU 的价格</translation>
    </message>
    <message>
        <source>GPU share of total build cost</source>
        <translation>GPU 占总建设成本的比例</translation>
    </message>
    <message>
        <source>All-in IT power per GPU</source>
        <translation>每个 GPU 的全部 IT 功率</translation>
    </message>
    <message>
        <source>Power usage effectiveness</source>
        <translation>电能使用效率（PUE）</translation>
    </message>
    <message>
        <source>Electricity price</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>Share of hours sold</source>
        <translation>售出小时数的比例</translation>
    </message>
    <message>
        <source>Price per GPU-hour at t = 0</source>
        <translation>t = 0 时每 GPU 小时的价格</translation>
    </message>
    <message>
        <source>Price erosion beyond the hardware index (everyone installs the same escalator)</source>
        <translation>超出硬件指数的价格侵蚀（大家都装上了同一部自动扶梯）</translation>
    </message>
    <message>
        <source>Other operating cost</source>
        <translation>其他运营成本</translation>
    </message>
    <message>
        <source>Stock-based compensation</source>
        <translation>股权激励（SBC）</translation>
    </message>
    <message>
        <source>Tax on operating profit</source>
        <translation>经营利润的税率</translation>
    </message>
    <message>
        <source>Accounting life of GPUs</source>
        <translation>GPU 的会计寿命</translation>
    </message>
    <message>
        <source>Years a GPU earns before a newer generation makes it worthless</source>
        <translation>GPU 在被新一代淘汰前能产生收入的年数</translation>
    </message>
    <message>
        <source>Life of building, power and cooling</source>
        <translation>建筑、电力与冷却设施的寿命</translation>
    </message>
    <message>
        <source>Cost of capital</source>
        <translation>资本成本</translation>
    </message>
    <message>
        <source>Long-run growth for valuation</source>
        <translation>估值所用的长期增长率</translation>
    </message>
    <message>
        <source>Industry AI data-centre capex</source>
        <translation>行业 AI 数据中心资本开支</translation>
    </message>
    <message>
        <source>End-user AI application revenue</source>
        <translation>终端用户 AI 应用收入</translation>
    </message>
    <message>
        <source>Operating margin of application revenue</source>
        <translation>应用收入的营业利润率</translation>
    </message>
    <message>
        <source>Parameters of the dense model trained, P</source>
        <translation>所训练稠密模型的参数量，P</translation>
    </message>
    <message>
        <source>Tokens the run trains on, D</source>
        <translation>训练所用的词元数，D</translation>
    </message>
    <message>
        <source>GPUs in the run, N (whole replicas train; the rest stay idle)</source>
        <translation>训练所用的 GPU 数，N（只有完整副本参与训练，其余闲置）</translation>
    </message>
    <message>
        <source>Dense BF16 peak per GPU, F</source>
        <translation>每个 GPU 的稠密 BF16 峰值，F</translation>
    </message>
    <message>
        <source>Share of peak the kernels reach when nothing waits, η</source>
        <translation>无等待时计算内核达到的峰值比例，η</translation>
    </message>
    <message>
        <source>Tokens in one optimizer step, B</source>
        <translation>一个优化器步的词元数，B</translation>
    </message>
    <message>
        <source>Tokens per sequence (one micro-batch)</source>
        <translation>每个序列的词元数（一个微批次）</translation>
    </message>
    <message>
        <source>GPUs sharing one layer (inside a node), t</source>
        <translation>共享一层的 GPU 数（节点内），t</translation>
    </message>
    <message>
        <source>Pipeline stages, p</source>
        <translation>流水线级数，p</translation>
    </message>
    <message>
        <source>Virtual stages per GPU (interleaved schedule), v</source>
        <translation>每个 GPU 的虚拟级数（交错调度），v</translation>
    </message>
    <message>
        <source>Network bandwidth per GPU</source>
        <translation>每个 GPU 的网络带宽</translation>
    </message>
    <message>
        <source>Latency per ring hop, α</source>
        <translation>环上每跳的延迟，α</translation>
    </message>
    <message>
        <source>Share of busy time that can hide communication</source>
        <translation>可用于掩盖通信的忙碌时间比例</translation>
    </message>
    <message>
        <source>Mean time between failures of one GPU with its share of host and network, θ</source>
        <translation>单个 GPU（含其分摊的主机和网络）的平均故障间隔时间，θ</translation>
    </message>
    <message>
        <source>Stall to write one checkpoint, δ</source>
        <translation>写一次检查点的停顿时间，δ</translation>
    </message>
    <message>
        <source>Time to detect a failure, restart and reload, R</source>
        <translation>检测故障、重启并重新加载所需时间，R</translation>
    </message>
    <message>
        <source>Power available to the site</source>
        <translation>站点可用电力</translation>
    </message>
    <message>
        <source>Years until the grid connection is live</source>
        <translation>电网接入上线前的年数</translation>
    </message>
    <message>
        <source>Years to build the data centre</source>
        <translation>建设数据中心的年数</translation>
    </message>
    <message>
        <source>Lead time for the GPUs</source>
        <translation>GPU 交货周期</translation>
    </message>
    <message>
        <source>Years to bring on-site generation online (turbines, SMRs)</source>
        <translation>现场发电（燃气轮机、小型模块化反应堆）上线所需年数</translation>
    </message>
    <message>
        <source>Extra cost of on-site power over grid power</source>
        <translation>现场发电相对电网电力的额外成本</translation>
    </message>
    <message>
        <source>National electricity use, for scale</source>
        <translation>全国用电量（作为参照）</translation>
    </message>
    <message>
        <source>Chance per year that the computing paradigm shifts, λ</source>
        <translation>计算范式每年发生转移的概率，λ</translation>
    </message>
    <message>
        <source>Useful work per $ of capex, relative to a GPU</source>
        <translation>每美元资本开支的有效工作量（相对 GPU）</translation>
    </message>
    <message>
        <source>Useful work per $ of capex of an inference ASIC, relative to a GPU</source>
        <translation>推理 ASIC 每美元资本开支的有效工作量（相对 GPU）</translation>
    </message>
    <message>
        <source>Share of a GPU&apos;s usefulness kept after a paradigm shift</source>
        <translation>范式转移后 GPU 保留的有用性比例</translation>
    </message>
    <message>
        <source>Share of a TPU&apos;s usefulness kept after a paradigm shift</source>
        <translation>范式转移后 TPU 保留的有用性比例</translation>
    </message>
    <message>
        <source>Share of an inference ASIC&apos;s usefulness kept after a paradigm shift</source>
        <translation>范式转移后推理 ASIC 保留的有用性比例</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>Wright</source>
        <translation>赖特定律</translation>
    </message>
</context>
<context>
    <name>QIODevice</name>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1 billion</source>
        <translation>%1 十亿</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1 百万</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Where the scenarios differ</source>
        <translation>情景之间的差异</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>应用</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n 个应用</numerusform>
        </translation>
    </message>
    <message>
        <source>see the applications table</source>
        <translation>见应用表</translation>
    </message>
    <message>
        <source>No parameter differs: the scenarios share every assumption.</source>
        <translation>没有参数不同：各情景的全部假设相同。</translation>
    </message>
    <message>
        <source>Every parameter</source>
        <translation>全部参数</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Applications (cost curves: when each becomes viable)</source>
        <translation>应用（成本曲线：各自何时变得可行）</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Tokens per task (M)</source>
        <translation>每项任务词元数（百万）</translation>
    </message>
    <message>
        <source>Value per task</source>
        <translation>每项任务价值</translation>
    </message>
    <message>
        <source>No applications</source>
        <translation>没有应用</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Charts: %1</source>
        <translation>图表：%1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（第 %2 / %3）</translation>
    </message>
    <message>
        <source>Leverboard report: %1</source>
        <translation>Leverboard 报告：%1</translation>
    </message>
    <message>
        <source>cannot create the report %1</source>
        <translation>无法创建报告 %1</translation>
    </message>
    <message>
        <source>%1 · Leverboard %2 · %3</source>
        <translation>%1 · Leverboard %2 · %3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>LEVERBOARD REPORT</source>
        <translation>LEVERBOARD 报告</translation>
    </message>
    <message numerus="yes">
        <source>A comparison of %n scenario(s)</source>
        <translation>
            <numerusform>%n 个情景的对比</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>情景：%1</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Made with Leverboard %1 · %2 landscape · values as of the date above; the workspace file holds the full scenarios.</source>
        <translation>由 Leverboard %1 生成 · %2 横向 · 数值截至上述日期；完整情景见工作区文件。</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>%1: from %2 to %3, one row per parameter that differs (Shapley values)</source>
        <translation>%1：从 %2 到 %3，每个不同的参数一行（沙普利值）</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>No contributions: the value is null in %1 of the combinations.</source>
        <translation>无法归因：在 %1 个组合中该值为空。</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>Why they differ</source>
        <translation>为何不同</translation>
    </message>
    <message>
        <source>How sure are we?</source>
        <translation>我们有多确定？</translation>
    </message>
</context>
<context>
    <name>ScenarioCommands</name>
    <message>
        <source>Add scenario “%1”</source>
        <translation>添加情景“%1”</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation>（副本）</translation>
    </message>
    <message>
        <source>Duplicate scenario “%1”</source>
        <translation>复制情景“%1”</translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>情景需要一个名称。</translation>
    </message>
    <message>
        <source>A scenario named “%1” already exists.</source>
        <translation>名为“%1”的情景已存在。</translation>
    </message>
    <message>
        <source>Rename scenario “%1” to “%2”</source>
        <translation>将情景“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>The last scenario cannot be deleted: a workspace needs one.</source>
        <translation>无法删除最后一个情景：工作区至少需要一个情景。</translation>
    </message>
    <message>
        <source>Delete scenario “%1”</source>
        <translation>删除情景“%1”</translation>
    </message>
    <message>
        <source>Move scenario “%1” up</source>
        <translation>上移情景“%1”</translation>
    </message>
    <message>
        <source>Move scenario “%1” down</source>
        <translation>下移情景“%1”</translation>
    </message>
    <message>
        <source>Edit notes of “%1”</source>
        <translation>编辑“%1”的备注</translation>
    </message>
    <message>
        <source>Stop comparing “%1”</source>
        <translation>停止对比“%1”</translation>
    </message>
    <message>
        <source>At most %1 scenarios can be compared: untick one first.</source>
        <translation>最多可对比 %1 个情景：请先取消勾选一个。</translation>
    </message>
    <message>
        <source>Compare “%1”</source>
        <translation>对比“%1”</translation>
    </message>
</context>
<context>
    <name>UncertaintyReport</name>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>uniform from %1 to %2</source>
        <translation>均匀分布，%1 至 %2</translation>
    </message>
    <message>
        <source>triangular from %1 to %3, most likely %2</source>
        <translation>三角分布，%1 至 %3，最可能为 %2</translation>
    </message>
    <message>
        <source>normal, 90% between %1 and %2</source>
        <translation>正态分布，90% 落在 %1 与 %2 之间</translation>
    </message>
    <message>
        <source>lognormal, 90% between %1 and %2</source>
        <translation>对数正态分布，90% 落在 %1 与 %2 之间</translation>
    </message>
    <message>
        <source>%1: what the scenario is unsure about</source>
        <translation>%1：情景中不确定的输入</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 与 %2</translation>
    </message>
    <message>
        <source>rank correlation %1</source>
        <translation>秩相关 %1</translation>
    </message>
    <message>
        <source>%1: key figures over %2 samples</source>
        <translation>%1：%2 个样本下的关键指标</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>无法达到</translation>
    </message>
    <message>
        <source>Probability of the good side</source>
        <translation>处于有利一侧的概率</translation>
    </message>
</context>
<context>
    <name>UncertaintyText</name>
    <message>
        <source>Not reachable in any sample</source>
        <translation>所有样本都无法达到</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>P50 %1 · P10–P90 %2 – %3</source>
        <translation>P50 %1 · P10–P90 %2 – %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>threshold name and its value</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>the horizon (%1)</source>
        <translation>期限（%1）</translation>
    </message>
    <message>
        <source>the horizon</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>P(%1) = %2</source>
        <translation>P(%1) = %2</translation>
    </message>
    <message>
        <source>%1 of samples not reachable</source>
        <translation>%1 的样本无法达到</translation>
    </message>
    <message>
        <source>&lt; 1%</source>
        <translation>&lt; 1%</translation>
    </message>
    <message>
        <source>&gt; 99%</source>
        <translation>&gt; 99%</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>P50 %1</source>
        <translation>P50 %1</translation>
    </message>
    <message>
        <source>P10–P90 %1 – %2</source>
        <translation>P10–P90 %1 – %2</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>$ / 1M tokens</source>
        <translation>$ / 百万词元</translation>
    </message>
    <message>
        <source>$ / GPU-hour</source>
        <translation>$ / GPU 小时</translation>
    </message>
    <message>
        <source>$ / kWh</source>
        <translation>$ / 千瓦时</translation>
    </message>
    <message>
        <source>$ / month</source>
        <translation>$ / 月</translation>
    </message>
    <message>
        <source>$ / year</source>
        <translation>$ / 年</translation>
    </message>
    <message>
        <source>$bn / year</source>
        <translation>十亿美元 / 年</translation>
    </message>
    <message>
        <source>count</source>
        <translation>个</translation>
    </message>
    <message>
        <source>features / person-quarter</source>
        <translation>功能 / 人·季度</translation>
    </message>
    <message>
        <source>features / quarter</source>
        <translation>功能 / 季度</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>fraction / month</source>
        <translation>比例 / 月</translation>
    </message>
    <message>
        <source>fraction / year</source>
        <translation>比例 / 年</translation>
    </message>
    <message>
        <source>fraction of capex / year</source>
        <translation>占资本开支比例 / 年</translation>
    </message>
    <message>
        <source>fraction of revenue</source>
        <translation>占收入比例</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>queries / month</source>
        <translation>查询 / 月</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>units / person</source>
        <translation>单位 / 人</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>× per year</source>
        <translation>倍 / 年</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>×</source>
        <translation>倍</translation>
    </message>
    <message>
        <source>GPU-years</source>
        <translation>GPU 年</translation>
    </message>
    <message>
        <source>FLOP</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU 小时</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>$ / quarter</source>
        <translation>$ / 季度</translation>
    </message>
    <message>
        <source>$bn / GW</source>
        <translation>十亿美元 / GW</translation>
    </message>
    <message>
        <source>TWh / year</source>
        <translation>TWh / 年</translation>
    </message>
    <message>
        <source>EFLOP/s</source>
        <translation>EFLOP/s</translation>
    </message>
    <message>
        <source>FLOP / J</source>
        <translation>FLOP / J</translation>
    </message>
    <message>
        <source>runs / year</source>
        <translation>次 / 年</translation>
    </message>
    <message>
        <source>0–1</source>
        <translation>0–1</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>TFLOP/s</source>
        <translation>TFLOP/s</translation>
    </message>
    <message>
        <source>tokens / step</source>
        <translation>词元 / 步</translation>
    </message>
    <message>
        <source>Gb/s</source>
        <translation>Gb/s</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>微秒</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::AboutDialog</name>
    <message>
        <source>About Leverboard</source>
        <translation>关于 Leverboard</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Leverboard %1&lt;/h3&gt;&lt;p&gt;A dashboard for the economics of AI compute: what falling prices, compute per person, model half-life and data-centre capex mean for a decision.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Leverboard %1&lt;/h3&gt;&lt;p&gt;AI 算力经济学仪表盘：价格下降、人均算力、模型半衰期和数据中心资本开支对决策意味着什么。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>构建所用</translation>
    </message>
    <message>
        <source>GNU LGPL version 3</source>
        <translation>GNU LGPL 第 3 版</translation>
    </message>
    <message>
        <source>Mozilla Public License 2.0</source>
        <translation>Mozilla 公共许可证 2.0</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>MIT 许可证</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::ApplicationTable</name>
    <message>
        <source>%1 (id %2): its unlock month is the KPI cost.unlock_month.%2</source>
        <translation>%1（标识 %2）：其解锁月份即 KPI cost.unlock_month.%2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tokens
(M)</source>
        <translation>词元
（百万）</translation>
    </message>
    <message>
        <source>Value
($)</source>
        <translation>价值
（$）</translation>
    </message>
    <message>
        <source>Name of the application (its id stays fixed)</source>
        <translation>应用名称（其标识保持不变）</translation>
    </message>
    <message>
        <source>Million tokens one task uses</source>
        <translation>一项任务使用的词元数（百万）</translation>
    </message>
    <message>
        <source>What one task is worth to its user, in dollars</source>
        <translation>一项任务对其用户的价值（美元）</translation>
    </message>
    <message>
        <source>An application needs a name.</source>
        <translation>应用需要一个名称。</translation>
    </message>
    <message>
        <source>Rename application “%1” to “%2”</source>
        <translation>将应用“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>“%1” refused: tokens per task must be a number from %2 to %3 (million tokens).</source>
        <translation>已拒绝“%1”：每项任务词元数必须是 %2 到 %3 之间的数（百万词元）。</translation>
    </message>
    <message>
        <source>Change tokens per task of “%1”</source>
        <translation>修改“%1”的每项任务词元数</translation>
    </message>
    <message>
        <source>“%1” refused: value per task must be a number from %2 to %3 dollars.</source>
        <translation>已拒绝“%1”：每项任务价值必须是 %2 到 %3 美元之间的数。</translation>
    </message>
    <message>
        <source>Change value per task of “%1”</source>
        <translation>修改“%1”的每项任务价值</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it. Each application&apos;s unlock month is shown on the Cost curves page.</source>
        <translation>双击单元格进行编辑。各应用的解锁月份显示在“成本曲线”页面上。</translation>
    </message>
    <message>
        <source>Add an application</source>
        <translation>添加应用</translation>
    </message>
    <message>
        <source>Remove the selected applications (Delete)</source>
        <translation>移除所选应用（Delete）</translation>
    </message>
    <message>
        <source>Remove application</source>
        <translation>移除应用</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>新应用</translation>
    </message>
    <message>
        <source>Add application “%1”</source>
        <translation>添加应用“%1”</translation>
    </message>
    <message>
        <source>Remove application “%1”</source>
        <translation>移除应用“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n application(s)</source>
        <translation>
            <numerusform>移除 %n 个应用</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leverboard::ui::AttributionView</name>
    <message>
        <source>%1 itself</source>
        <translation>%1 本身</translation>
    </message>
    <message>
        <source>&amp;Why does</source>
        <translation>为何(&amp;W)</translation>
    </message>
    <message>
        <source>differ from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Pick two different scenarios.</source>
        <translation>请选择两个不同的情景。</translation>
    </message>
    <message>
        <source>No bars: %1 has no value when %2 takes these parameters from %3: %4.</source>
        <translation>无法画出：%2 从 %3 取这些参数时，%1 没有值：%4。</translation>
    </message>
    <message>
        <source>No bars: %1 has no value in %2 or %3.</source>
        <translation>无法画出：%1 在 %2 或 %3 中没有值。</translation>
    </message>
    <message>
        <source>And %1 more.</source>
        <translation>另有 %1 个。</translation>
    </message>
    <message>
        <source>%1 and %2 have the same parameter values.</source>
        <translation>%1 与 %2 的参数值相同。</translation>
    </message>
    <message>
        <source>%1: %2 − %3 = %4, one bar per parameter that differs (Shapley values, exact).</source>
        <translation>%1：%2 − %3 = %4，每个不同的参数一根柱（沙普利值，精确计算）。</translation>
    </message>
    <message>
        <source>%1: %2 − %3 = %4, one bar per parameter that differs (Shapley values from 2,000 sampled orders, ± one standard error).</source>
        <translation>%1：%2 − %3 = %4，每个不同的参数一根柱（由 2,000 个随机排列估计的沙普利值，± 一个标准误）。</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::CapexPage</name>
    <message>
        <source>ROIC by year</source>
        <translation>各年 ROIC</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>ROIC (%)</source>
        <translation>ROIC（%）</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>账面</translation>
    </message>
    <message>
        <source>Economic</source>
        <translation>经济</translation>
    </message>
    <message>
        <source>%1 (economic)</source>
        <translation>%1（经济）</translation>
    </message>
    <message>
        <source>WACC</source>
        <translation>WACC</translation>
    </message>
    <message>
        <source>solid: book · dashed: economic</source>
        <translation>实线：账面 · 虚线：经济</translation>
    </message>
    <message>
        <source>Where revenue goes</source>
        <translation>收入去向</translation>
    </message>
    <message>
        <source>$ billions</source>
        <translation>十亿美元</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <source>Opex</source>
        <translation>运营开支</translation>
    </message>
    <message>
        <source>SBC</source>
        <translation>股权激励</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>折旧</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Loss (below 0)</source>
        <translation>亏损（低于 0）</translation>
    </message>
    <message>
        <source>Other operating cost, paid in every year of the horizon</source>
        <translation>其他运营成本，在期限内每年支付</translation>
    </message>
    <message>
        <source>Stock-based compensation</source>
        <translation>股权激励（SBC）</translation>
    </message>
    <message>
        <source>Book depreciation of GPUs and facility</source>
        <translation>GPU 与设施的账面折旧</translation>
    </message>
    <message>
        <source>Tax on book operating profit (none on a loss)</source>
        <translation>账面经营利润的税（亏损时为零）</translation>
    </message>
    <message>
        <source>Book profit after tax: what is left of the revenue</source>
        <translation>账面税后利润：收入剩余部分</translation>
    </message>
    <message>
        <source>Costs exceed revenue: the loss is drawn below zero and the costs above add up to more than the revenue</source>
        <translation>成本超过收入：亏损画在零线以下，零线以上各项成本之和大于收入</translation>
    </message>
    <message>
        <source>Cumulative cash flow</source>
        <translation>累计现金流</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Cumulative cash</source>
        <translation>累计现金</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>零</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>回本</translation>
    </message>
    <message>
        <source>Capex split</source>
        <translation>资本开支构成</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Facility &amp; rest</source>
        <translation>设施及其他</translation>
    </message>
    <message>
        <source>GPUs × price per GPU (Kg)</source>
        <translation>GPU 数量 × 单价（Kg）</translation>
    </message>
    <message>
        <source>Building, power and cooling: total capex less GPUs (Kf)</source>
        <translation>建筑、电力与冷却：总资本开支减去 GPU（Kf）</translation>
    </message>
    <message>
        <source>Implied P/E vs. ROIC</source>
        <translation>隐含市盈率与 ROIC</translation>
    </message>
    <message>
        <source>Economic ROIC (%)</source>
        <translation>经济 ROIC（%）</translation>
    </message>
    <message>
        <source>P/E (×)</source>
        <translation>市盈率（倍）</translation>
    </message>
    <message>
        <source>P/E at ROIC</source>
        <translation>对应 ROIC 的市盈率</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>%1: scenario</source>
        <translation>%1：情景</translation>
    </message>
    <message>
        <source>Industry check</source>
        <translation>行业核对</translation>
    </message>
    <message>
        <source>$ billions / year</source>
        <translation>十亿美元 / 年</translation>
    </message>
    <message>
        <source>Industry capex</source>
        <translation>行业资本开支</translation>
    </message>
    <message>
        <source>App revenue</source>
        <translation>应用收入</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>所需</translation>
    </message>
    <message>
        <source>Industry AI data-centre capex</source>
        <translation>行业 AI 数据中心资本开支</translation>
    </message>
    <message>
        <source>End-user AI application revenue</source>
        <translation>终端用户 AI 应用收入</translation>
    </message>
    <message>
        <source>Application revenue needed for the industry&apos;s capex to earn its cost of capital</source>
        <translation>行业资本开支要赚回资本成本所需的应用收入</translation>
    </message>
    <message>
        <source>ROIC: book solid, economic dashed</source>
        <translation>ROIC：账面为实线，经济为虚线</translation>
    </message>
    <message>
        <source>Where revenue goes: %1</source>
        <translation>收入去向：%1</translation>
    </message>
    <message>
        <source>No payback within the horizon</source>
        <translation>期限内无法回本</translation>
    </message>
    <message>
        <source>WACC ≤ growth: no finite P/E</source>
        <translation>WACC ≤ 增长率：市盈率无有限值</translation>
    </message>
    <message>
        <source>Economic ROIC ≤ growth: no finite P/E</source>
        <translation>经济 ROIC ≤ 增长率：市盈率无有限值</translation>
    </message>
    <message>
        <source>Capex &amp; ROIC</source>
        <translation>资本开支与 ROIC</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::ChartWidget</name>
    <message>
        <source>%1 against %2</source>
        <translation>%1 对 %2</translation>
    </message>
    <message>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::ChipsPage</name>
    <message>
        <source>Paradigm-shift hazard λ (per year)</source>
        <translation>范式转移风险率 λ（每年）</translation>
    </message>
    <message>
        <source>Value per $ (GPU-years)</source>
        <translation>每美元价值（GPU 年）</translation>
    </message>
    <message>
        <source>TPU break-even at λ = %1, beyond the axis</source>
        <translation>TPU 盈亏平衡点在 λ = %1，超出坐标轴</translation>
    </message>
    <message>
        <source>ASIC break-even at λ = %1, beyond the axis</source>
        <translation>ASIC 盈亏平衡点在 λ = %1，超出坐标轴</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>TPU</source>
        <translation>TPU</translation>
    </message>
    <message>
        <source>Inference ASIC</source>
        <translation>推理 ASIC</translation>
    </message>
    <message>
        <source>%1: GPU</source>
        <translation>%1：GPU</translation>
    </message>
    <message>
        <source>%1: TPU</source>
        <translation>%1：TPU</translation>
    </message>
    <message>
        <source>%1: ASIC</source>
        <translation>%1：ASIC</translation>
    </message>
    <message>
        <source>Value per $ vs. paradigm-shift hazard</source>
        <translation>每美元价值与范式转移风险率</translation>
    </message>
    <message>
        <source>GPU-years per $</source>
        <translation>每美元 GPU 年</translation>
    </message>
    <message>
        <source>Your λ</source>
        <translation>您的 λ</translation>
    </message>
    <message>
        <source>Value per $ of the three bets vs. paradigm-shift hazard</source>
        <translation>三种押注的每美元价值与范式转移风险率</translation>
    </message>
    <message>
        <source>TPU break-even</source>
        <translation>TPU 盈亏平衡</translation>
    </message>
    <message>
        <source>ASIC break-even</source>
        <translation>ASIC 盈亏平衡</translation>
    </message>
    <message>
        <source>Value per $ vs. the ASIC&apos;s perf per $, at your λ</source>
        <translation>在您的 λ 下，每美元价值与 ASIC 每美元性能</translation>
    </message>
    <message>
        <source>ASIC perf per $ (× a GPU)</source>
        <translation>ASIC 每美元性能（GPU 的倍数）</translation>
    </message>
    <message>
        <source>Your ASIC</source>
        <translation>您的 ASIC</translation>
    </message>
    <message>
        <source>Your ASIC perf per $</source>
        <translation>您的 ASIC 每美元性能</translation>
    </message>
    <message>
        <source>Worldview</source>
        <translation>世界观</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Moat</source>
        <translation>护城河</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Every chip encodes a bet on the future of intelligence</source>
        <translation>每一种芯片都押注了智能的未来</translation>
    </message>
    <message>
        <source>solid: GPU · dashed: TPU · dotted: ASIC</source>
        <translation>实线：GPU · 虚线：TPU · 点线：ASIC</translation>
    </message>
    <message>
        <source>Chip bets</source>
        <translation>芯片押注</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::ClusterPage</name>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>MFU and goodput vs. cluster size</source>
        <translation>MFU 与有效产出随集群规模的变化</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>Goodput</source>
        <translation>有效产出</translation>
    </message>
    <message>
        <source>%1: MFU</source>
        <translation>%1：MFU</translation>
    </message>
    <message>
        <source>%1: goodput</source>
        <translation>%1：有效产出</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>MFU and goodput</source>
        <translation>MFU 与有效产出</translation>
    </message>
    <message>
        <source>Time per step</source>
        <translation>每步用时</translation>
    </message>
    <message>
        <source>Seconds per step</source>
        <translation>每步秒数</translation>
    </message>
    <message>
        <source>Exposed communication</source>
        <translation>未被掩盖的通信</translation>
    </message>
    <message>
        <source>Pipeline bubble</source>
        <translation>流水线气泡</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Step time</source>
        <translation>步用时</translation>
    </message>
    <message>
        <source>%1: step time</source>
        <translation>%1：步用时</translation>
    </message>
    <message>
        <source>Compute / communication ratio</source>
        <translation>计算 / 通信比</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>比值</translation>
    </message>
    <message>
        <source>Compute / comm</source>
        <translation>计算 / 通信</translation>
    </message>
    <message>
        <source>Exposure line (1 − b) / overlap</source>
        <translation>暴露线 (1 − b) / 重叠</translation>
    </message>
    <message>
        <source>%1: compute / comm</source>
        <translation>%1：计算 / 通信</translation>
    </message>
    <message>
        <source>%1: exposure line</source>
        <translation>%1：暴露线</translation>
    </message>
    <message>
        <source>Training days</source>
        <translation>训练天数</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Fastest size</source>
        <translation>最快规模</translation>
    </message>
    <message>
        <source>Run cost</source>
        <translation>训练成本</translation>
    </message>
    <message>
        <source>$ millions</source>
        <translation>百万美元</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Job MTBF and checkpoint interval</source>
        <translation>任务平均故障间隔与检查点间隔</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Job MTBF</source>
        <translation>任务平均故障间隔</translation>
    </message>
    <message>
        <source>Checkpoint interval</source>
        <translation>检查点间隔</translation>
    </message>
    <message>
        <source>%1: job MTBF</source>
        <translation>%1：任务平均故障间隔</translation>
    </message>
    <message>
        <source>%1: checkpoint interval</source>
        <translation>%1：检查点间隔</translation>
    </message>
    <message>
        <source>Stacked areas: %1</source>
        <translation>堆叠面积：%1</translation>
    </message>
    <message>
        <source>Overlap is 0: all communication is exposed</source>
        <translation>重叠为 0：全部通信都未被掩盖</translation>
    </message>
    <message>
        <source>Fastest: %1 GPUs, %2 days</source>
        <translation>最快：%1 个 GPU，%2 天</translation>
    </message>
    <message>
        <source>No cluster size finishes: goodput is 0 at every size</source>
        <translation>没有任何集群规模能完成训练：所有规模下有效产出都为 0</translation>
    </message>
    <message>
        <source>Cluster scaling</source>
        <translation>集群扩展</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::ComparePage</name>
    <message>
        <source>Turn On Compare</source>
        <translation>开启对比</translation>
    </message>
    <message>
        <source>The compared scenarios have the same parameter values.</source>
        <translation>所对比的情景参数值相同。</translation>
    </message>
    <message>
        <source>Key numbers</source>
        <translation>关键数字</translation>
    </message>
    <message>
        <source>Parameters that differ</source>
        <translation>不同的参数</translation>
    </message>
    <message>
        <source>Compare mode is off: the tables show the active scenario only. Tick up to %1 scenarios in the Scenarios list, then turn on Compare.</source>
        <translation>对比模式已关闭：表格只显示当前情景。请在情景列表中勾选最多 %1 个情景，然后开启对比。</translation>
    </message>
    <message>
        <source>Only the active scenario is shown: tick other scenarios in the Scenarios list to compare them.</source>
        <translation>只显示当前情景：在情景列表中勾选其他情景即可对比。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Why they differ</source>
        <translation>为何不同（归因）</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::CorrelationTable</name>
    <message>
        <source>Remove correlation %1–%2</source>
        <translation>移除相关性 %1–%2</translation>
    </message>
    <message>
        <source>Change correlation %1–%2</source>
        <translation>修改相关性 %1–%2</translation>
    </message>
    <message>
        <source>Spearman rank correlation of %1 and %2, between −1 and 1 (0 removes the pair)</source>
        <translation>%1 与 %2 的 Spearman 秩相关系数，介于 −1 与 1 之间（0 表示移除这一对）</translation>
    </message>
    <message>
        <source>Correlation of %1 and %2</source>
        <translation>%1 与 %2 的相关性</translation>
    </message>
    <message>
        <source>This pair is in the table already: change its ρ there</source>
        <translation>这一对已在表中：请在表中修改它的 ρ</translation>
    </message>
    <message>
        <source>Choose two different parameters</source>
        <translation>请选择两个不同的参数</translation>
    </message>
    <message>
        <source>Add the rank correlation of the two parameters</source>
        <translation>添加这两个参数的秩相关</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>Add correlation %1–%2</source>
        <translation>添加相关性 %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n correlations</source>
        <translation>
            <numerusform>移除 %n 个相关性</numerusform>
        </translation>
    </message>
    <message>
        <source>Correlations</source>
        <translation>相关性</translation>
    </message>
    <message>
        <source>Rank correlations between uncertain parameters: Monte Carlo draws them together through a Gaussian copula</source>
        <translation>不确定参数之间的秩相关：蒙特卡洛通过高斯 Copula 联合抽样</translation>
    </message>
    <message>
        <source>Set distributions on two parameters (the control beside a slider) to correlate them.</source>
        <translation>先为两个参数设置分布（滑块旁的按钮），才能设置它们的相关性。</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>ρ</source>
        <translation>ρ</translation>
    </message>
    <message>
        <source>Spearman rank correlation, between −1 and 1</source>
        <translation>Spearman 秩相关系数，介于 −1 与 1 之间</translation>
    </message>
    <message>
        <source>First parameter of the pair</source>
        <translation>这一对的第一个参数</translation>
    </message>
    <message>
        <source>Second parameter of the pair</source>
        <translation>这一对的第二个参数</translation>
    </message>
    <message>
        <source>ρ:</source>
        <translation>ρ：</translation>
    </message>
    <message>
        <source>Spearman rank correlation of the new pair, between −1 and 1</source>
        <translation>新一对的 Spearman 秩相关系数，介于 −1 与 1 之间</translation>
    </message>
    <message>
        <source>Remove the selected pairs</source>
        <translation>移除选中的参数对</translation>
    </message>
    <message>
        <source>Add the pair</source>
        <translation>添加这一对</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::CostPage</name>
    <message>
        <source>Price path</source>
        <translation>价格路径</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>$ / 1M tokens</source>
        <translation>$ / 百万词元</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Price ($ / 1M tokens)</source>
        <translation>价格（$ / 百万词元）</translation>
    </message>
    <message>
        <source>Commoditized (Tc)</source>
        <translation>商品化（Tc）</translation>
    </message>
    <message>
        <source>Kink P(Tc)</source>
        <translation>拐点 P(Tc)</translation>
    </message>
    <message>
        <source>Cost ($ / task)</source>
        <translation>成本（$ / 任务）</translation>
    </message>
    <message>
        <source>Unlock month</source>
        <translation>解锁月份</translation>
    </message>
    <message>
        <source>Price indices (1 = today)</source>
        <translation>价格指数（1 = 今天）</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>Frontier If</source>
        <translation>前沿 If</translation>
    </message>
    <message>
        <source>Hardware Ih</source>
        <translation>硬件 Ih</translation>
    </message>
    <message>
        <source>%1: hardware Ih</source>
        <translation>%1：硬件 Ih</translation>
    </message>
    <message>
        <source>%1: threshold</source>
        <translation>%1：阈值</translation>
    </message>
    <message>
        <source>No applications: add one in the application list</source>
        <translation>没有应用：请在应用列表中添加</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 applications</source>
        <translation>显示 %2 个应用中的前 %1 个</translation>
    </message>
    <message>
        <source>Cost per task, active scenario (dashed: threshold, ● unlock)</source>
        <translation>每项任务成本，当前情景（虚线：阈值，●：解锁）</translation>
    </message>
    <message>
        <source>Cost per task (dashed: viable threshold, ● unlock)</source>
        <translation>每项任务成本（虚线：可行阈值，●：解锁）</translation>
    </message>
    <message>
        <source>solid: frontier If · dashed: hardware Ih</source>
        <translation>实线：前沿 If · 虚线：硬件 Ih</translation>
    </message>
    <message>
        <source>Cost curves</source>
        <translation>成本曲线</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::DistributionEditor</name>
    <message>
        <source>P5 (5% below):</source>
        <translation>P5（5% 低于此值）：</translation>
    </message>
    <message>
        <source>Low:</source>
        <translation>下限：</translation>
    </message>
    <message>
        <source>P95 (5% above):</source>
        <translation>P95（5% 高于此值）：</translation>
    </message>
    <message>
        <source>High:</source>
        <translation>上限：</translation>
    </message>
    <message>
        <source>Every value between low and high is equally likely.</source>
        <translation>下限与上限之间的每个值可能性相同。</translation>
    </message>
    <message>
        <source>Most likely at the mode, less and less likely towards low and high.</source>
        <translation>众数处最可能，越接近下限和上限越不可能。</translation>
    </message>
    <message>
        <source>A bell curve: 90% of the values fall between P5 and P95.</source>
        <translation>钟形曲线：90% 的取值落在 P5 与 P95 之间。</translation>
    </message>
    <message>
        <source>A bell curve on a log scale, for prices and factors: 90% of the values fall between P5 and P95, with a longer tail above.</source>
        <translation>对数尺度上的钟形曲线，适合价格和倍数：90% 的取值落在 P5 与 P95 之间，上方的尾部更长。</translation>
    </message>
    <message>
        <source>No distribution: the value is fixed at the slider&apos;s value.</source>
        <translation>没有分布：取值固定为滑块的值。</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>P10 %1 · median %2 · P90 %3</source>
        <translation>P10 %1 · 中位数 %2 · P90 %3</translation>
    </message>
    <message>
        <source>The shaded band in the preview and on the slider holds the middle 80% of the values (P10 to P90).</source>
        <translation>预览和滑块上的阴影带包含中间 80% 的取值（P10 到 P90）。</translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation>%1 的分布</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>None (fixed value)</source>
        <translation>无（固定值）</translation>
    </message>
    <message>
        <source>How unsure the value is: Monte Carlo draws it from this distribution</source>
        <translation>这个值有多不确定：蒙特卡洛从这个分布中抽样</translation>
    </message>
    <message>
        <source>Uniform and triangular: the lowest value. Normal and lognormal: the 5th percentile (one value in 20 lies below).</source>
        <translation>均匀分布和三角分布：最小值。正态分布和对数正态分布：第 5 百分位数（每 20 个取值中有 1 个低于它）。</translation>
    </message>
    <message>
        <source>The most likely value</source>
        <translation>最可能的值</translation>
    </message>
    <message>
        <source>Uniform and triangular: the highest value. Normal and lognormal: the 95th percentile (one value in 20 lies above).</source>
        <translation>均匀分布和三角分布：最大值。正态分布和对数正态分布：第 95 百分位数（每 20 个取值中有 1 个高于它）。</translation>
    </message>
    <message>
        <source>Truncated to the parameter&apos;s range, %1.</source>
        <translation>截断到参数的范围 %1。</translation>
    </message>
    <message>
        <source>The density within the range; the shaded band is P10 to P90, the dashed line the slider&apos;s value</source>
        <translation>范围内的概率密度；阴影带为 P10 到 P90，虚线为滑块的值</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::DistributionPreview</name>
    <message>
        <source>No distribution: the value is fixed at %1</source>
        <translation>没有分布：取值固定为 %1</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::DistributionsPage</name>
    <message>
        <source>Mean %1 · P5 %2 · P10 %3 · P50 %4 · P90 %5 · P95 %6</source>
        <translation>均值 %1 · P5 %2 · P10 %3 · P50 %4 · P90 %5 · P95 %6</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No scenario on screen carries uncertainty.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Every input the essays argue about is a range: &quot;the price falls 5 to 10× a year&quot;, &quot;a GPU earns for 2 to 4 years&quot;. To say so, click the small distribution button beside a parameter&apos;s slider and choose a distribution (uniform, triangular, normal or lognormal) with its numbers, in the parameter&apos;s unit. Leverboard then samples the scenario 10,000 times (Monte Carlo) while you drag.&lt;/p&gt;&lt;p&gt;You then see fan bands (P10–P90, with the P50 line) on the charts over time, the P10–P90 range and the odds of being on the good side (e.g. P(NPV &amp;gt; 0)) on the KPI cards, and here the histogram of any KPI and, when comparing, the distribution of the difference between scenarios.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;当前显示的情景都没有设置不确定性。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;文章争论的每个输入其实都是一个区间：“价格每年下降 5 到 10 倍”，“一块 GPU 能赚钱 2 到 4 年”。要表达这一点，请点击参数滑块旁的分布小按钮，选择一种分布（均匀、三角、正态或对数正态）并按该参数的单位填入数值。之后 Leverboard 会在你拖动滑块时对情景抽样 10,000 次（蒙特卡洛）。&lt;/p&gt;&lt;p&gt;随后，随时间变化的图表上会出现扇形带（P10–P90，以及 P50 线），指标卡片会显示 P10–P90 区间和处于有利一侧的概率（例如 P(NPV &amp;gt; 0)），本页则显示任一指标的直方图；比较情景时，还会显示情景之间差值的分布。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Share of samples (%)</source>
        <translation>样本占比（%）</translation>
    </message>
    <message>
        <source>Difference, sample by sample</source>
        <translation>逐样本差值</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>零</translation>
    </message>
    <message>
        <source>KPI:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>KPI and unit</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>scenario: statistics</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>P(%1 %2 &gt; %3 %2) = %4</source>
        <translation>P(%1 %2 &gt; %3 %2) = %4</translation>
    </message>
    <message>
        <source>%1 − %2: %3</source>
        <comment>compared − active: KPI</comment>
        <translation>%1 − %2：%3</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>%1, without distributions</source>
        <translation>%1（未设置分布）</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::ExportActions</name>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Current Page &amp;Charts…</source>
        <translation>当前页面图表(&amp;C)…</translation>
    </message>
    <message>
        <source>Every chart of the current page as a PNG image (2× pixels), into a folder</source>
        <translation>将当前页面的每张图表导出为 PNG 图像（2 倍像素），保存到文件夹</translation>
    </message>
    <message>
        <source>&amp;Time Series as CSV…</source>
        <translation>时间序列 CSV(&amp;T)…</translation>
    </message>
    <message>
        <source>%1, into a folder</source>
        <translation>%1，保存到文件夹</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>报告 PDF(&amp;R)…</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>另存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>另存为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>复制图像(&amp;C)</translation>
    </message>
    <message>
        <source>Copied “%1” to the clipboard</source>
        <translation>已将“%1”复制到剪贴板</translation>
    </message>
    <message>
        <source>Replace Files?</source>
        <translation>替换文件？</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist in this folder and will be replaced.</source>
        <translation>
            <numerusform>此文件夹中已有 %n 个文件，将被替换。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n file(s) written before the error were removed.</source>
        <translation>
            <numerusform>出错前写入的 %n 个文件已删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个文件保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the chart to “%1”: %2</source>
        <translation>无法将图表保存到“%1”：%2</translation>
    </message>
    <message>
        <source>Export the Charts of “%1” to Folder</source>
        <translation>将“%1”的图表导出到文件夹</translation>
    </message>
    <message>
        <source>Export Time Series as CSV to Folder</source>
        <translation>将时间序列以 CSV 导出到文件夹</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the report to “%1”: %2</source>
        <translation>无法将报告保存到“%1”：%2</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::FileController</name>
    <message>
        <source>Leverboard workspaces (*.leverboard);;All files (*)</source>
        <translation>Leverboard 工作区 (*.leverboard);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Start a new workspace from the preset scenarios</source>
        <translation>从预设情景开始新工作区</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>打开工作区文件</translation>
    </message>
    <message>
        <source>Save the workspace</source>
        <translation>保存工作区</translation>
    </message>
    <message>
        <source>Save the workspace under a new name</source>
        <translation>以新名称保存工作区</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Could not open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n warning(s)</source>
        <translation>
            <numerusform>已打开 %1，有 %n 条警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was opened, but %n value(s) in it were ignored or adjusted. Saving will write the adjusted workspace.</source>
        <translation>
            <numerusform>已打开“%1”，但其中有 %n 个值被忽略或调整。保存时将写入调整后的工作区。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see details)</source>
        <translation>
            <numerusform>……还有 %n 条（见详细信息）</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace opened with warnings</source>
        <translation>工作区已打开，但有警告</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>工作区另存为</translation>
    </message>
    <message>
        <source>Could not save workspace</source>
        <translation>无法保存工作区</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <source>Nothing was lost: your changes are still open and unsaved. Use Save As… to choose another place.</source>
        <translation>没有丢失任何内容：您的更改仍处于打开且未保存状态。请使用“另存为…”选择其他位置。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes.</source>
        <translation>“%1”有未保存的更改。</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>是否保存？</translation>
    </message>
    <message>
        <source>No Recent Files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::GoalSeekDialog</name>
    <message>
        <source>Goal seek</source>
        <translation>目标求解</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>指标(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标值(&amp;T)：</translation>
    </message>
    <message>
        <source>By changing &amp;parameter:</source>
        <translation>通过调整参数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Set the parameter to the answer (one step to undo)</source>
        <translation>把参数设为求得的值（撤销一步即可还原）</translation>
    </message>
    <message>
        <source>The value the KPI should reach, as the cards show it: 8%, $1.5B, 14</source>
        <translation>指标要达到的值，按卡片上的写法输入：8%、$1.5B、14</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>$ (K, M, B, T allowed)</source>
        <translation>$（可用 K、M、B、T）</translation>
    </message>
    <message>
        <source>Choose a KPI.</source>
        <translation>请选择一个指标。</translation>
    </message>
    <message>
        <source>Choose a parameter.</source>
        <translation>请选择一个参数。</translation>
    </message>
    <message>
        <source>Type the target as a number, e.g. %1.</source>
        <translation>请把目标值输入为数字，例如 %1。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在求解…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 = %2&lt;/b&gt; gives %3 = %4.</source>
        <translation>&lt;b&gt;%1 = %2&lt;/b&gt; 时，%3 = %4。</translation>
    </message>
    <message>
        <source>Now %1 = %2 gives %3.</source>
        <translation>当前%1 = %2，结果为 %3。</translation>
    </message>
    <message>
        <source>No value of %1 in [%2, %3] reaches %4 = %5.</source>
        <translation>%1在 [%2, %3] 内取任何值都达不到%4 = %5。</translation>
    </message>
    <message>
        <source>The closest is %1 = %2, at %3 = %4.</source>
        <translation>最接近的是%1 = %2，此时%3 = %4。</translation>
    </message>
    <message>
        <source>%1 is null over the whole range.</source>
        <translation>%1在整个范围内都无法计算。</translation>
    </message>
    <message>
        <source>Goal seek: %1 = %2</source>
        <translation>目标求解：%1 = %2</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::HalfLifePage</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Cumulative cost (%1)</source>
        <translation>累计成本（%1）</translation>
    </message>
    <message>
        <source>PV premium (%1)</source>
        <translation>溢价现值（%1）</translation>
    </message>
    <message>
        <source>Replication cost (%1)</source>
        <translation>复制成本（%1）</translation>
    </message>
    <message>
        <source>Cumulative cost</source>
        <translation>累计成本</translation>
    </message>
    <message>
        <source>$ millions</source>
        <translation>百万美元</translation>
    </message>
    <message>
        <source>Think longer</source>
        <translation>思考更久</translation>
    </message>
    <message>
        <source>Pretrain once</source>
        <translation>一次性预训练</translation>
    </message>
    <message>
        <source>%1: pretrain once</source>
        <translation>%1：一次性预训练</translation>
    </message>
    <message>
        <source>Crossover</source>
        <translation>交叉点</translation>
    </message>
    <message>
        <source>solid: think longer · dashed: pretrain</source>
        <translation>实线：思考更久 · 虚线：预训练</translation>
    </message>
    <message>
        <source>Cumulative cost of the two strategies</source>
        <translation>两种策略的累计成本</translation>
    </message>
    <message>
        <source>%1: think longer</source>
        <translation>%1：思考更久</translation>
    </message>
    <message>
        <source>%1: pretrain</source>
        <translation>%1：预训练</translation>
    </message>
    <message>
        <source>PV of inference premium vs. half-life</source>
        <translation>推理溢价现值与半衰期</translation>
    </message>
    <message>
        <source>Half-life (months)</source>
        <translation>半衰期（月）</translation>
    </message>
    <message>
        <source>PV premium</source>
        <translation>溢价现值</translation>
    </message>
    <message>
        <source>At your half-life</source>
        <translation>在您的半衰期</translation>
    </message>
    <message>
        <source>Pretraining cost</source>
        <translation>预训练成本</translation>
    </message>
    <message>
        <source>Your half-life</source>
        <translation>您的半衰期</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>盈亏平衡</translation>
    </message>
    <message>
        <source>Demand decay</source>
        <translation>需求衰减</translation>
    </message>
    <message>
        <source>% of month 0</source>
        <translation>第 0 个月的 %</translation>
    </message>
    <message>
        <source>Value retained</source>
        <translation>保留价值</translation>
    </message>
    <message>
        <source>Demand with growth</source>
        <translation>含增长的需求</translation>
    </message>
    <message>
        <source>%1: demand</source>
        <translation>%1：需求</translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>半衰期</translation>
    </message>
    <message>
        <source>Competitor&apos;s replication cost</source>
        <translation>竞争对手的复制成本</translation>
    </message>
    <message>
        <source>Replication cost</source>
        <translation>复制成本</translation>
    </message>
    <message>
        <source>10% of your cost</source>
        <translation>您成本的 10%</translation>
    </message>
    <message>
        <source>Month it is reached</source>
        <translation>达到的月份</translation>
    </message>
    <message>
        <source>No crossover within the horizon</source>
        <translation>期限内没有交叉点</translation>
    </message>
    <message>
        <source>Model half-life</source>
        <translation>模型半衰期</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::HeatmapWidget</name>
    <message>
        <source>no value</source>
        <translation>无值</translation>
    </message>
    <message>
        <source>%1: %2
%3: %4
%5: %6</source>
        <translation>%1：%2
%3：%4
%5：%6</translation>
    </message>
    <message>
        <source>better by %1</source>
        <translation>优于阈值 %1</translation>
    </message>
    <message>
        <source>at the threshold</source>
        <translation>位于阈值</translation>
    </message>
    <message>
        <source>worse by %1</source>
        <translation>劣于阈值 %1</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>阈值线</translation>
    </message>
    <message>
        <source>this scenario</source>
        <translation>本情景</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::KpiCard</name>
    <message>
        <source>unknown KPI</source>
        <translation>未知 KPI</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>无法达到</translation>
    </message>
    <message>
        <source>What would it take?…</source>
        <translation>要达到目标需要什么？…</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::KpiCompareTable</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Not in this scenario</source>
        <translation>不在此情景中</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::LeveragePage</name>
    <message>
        <source>1 + compute per person (units)</source>
        <translation>1 + 人均算力（单位）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Cost (%1 / quarter)</source>
        <translation>成本（%1 / 季度）</translation>
    </message>
    <message>
        <source>Team needed vs. compute</source>
        <translation>所需团队与算力</translation>
    </message>
    <message>
        <source>1 + compute / person</source>
        <translation>1 + 人均算力</translation>
    </message>
    <message>
        <source>Required headcount</source>
        <translation>所需人数</translation>
    </message>
    <message>
        <source>Your compute</source>
        <translation>您的算力</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>No team size reaches the target</source>
        <translation>没有团队规模能达到目标</translation>
    </message>
    <message>
        <source>At your compute</source>
        <translation>在您的算力下</translation>
    </message>
    <message>
        <source>Team output (USL)</source>
        <translation>团队产出（USL）</translation>
    </message>
    <message>
        <source>Team size (people)</source>
        <translation>团队规模（人）</translation>
    </message>
    <message>
        <source>Output (features / quarter)</source>
        <translation>产出（功能 / 季度）</translation>
    </message>
    <message>
        <source>With AI</source>
        <translation>使用 AI</translation>
    </message>
    <message>
        <source>No AI</source>
        <translation>不用 AI</translation>
    </message>
    <message>
        <source>%1 (no AI)</source>
        <translation>%1（不用 AI）</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Cost per quarter</source>
        <translation>每季度成本</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Optimum</source>
        <translation>最优</translation>
    </message>
    <message>
        <source>%1 optimum</source>
        <translation>%1 最优</translation>
    </message>
    <message>
        <source>Optimal team over time</source>
        <translation>最优团队随时间变化</translation>
    </message>
    <message>
        <source>Optimal compute per person</source>
        <translation>最优人均算力</translation>
    </message>
    <message>
        <source>Compute per person (units)</source>
        <translation>人均算力（单位）</translation>
    </message>
    <message>
        <source>Optimal headcount</source>
        <translation>最优人数</translation>
    </message>
    <message>
        <source>Optimal compute</source>
        <translation>最优算力</translation>
    </message>
    <message>
        <source>Time per stage (bucket effect)</source>
        <translation>各阶段用时（木桶效应）</translation>
    </message>
    <message>
        <source>Time (% of no-AI total)</source>
        <translation>用时（占不用 AI 总用时的 %）</translation>
    </message>
    <message>
        <source>Before AI</source>
        <translation>使用 AI 前</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审查</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Writing code and drafts</source>
        <translation>编写代码和草稿</translation>
    </message>
    <message>
        <source>Review and verification</source>
        <translation>审查与验证</translation>
    </message>
    <message>
        <source>Everything else</source>
        <translation>其他一切</translation>
    </message>
    <message>
        <source>No team reaches the target</source>
        <translation>没有团队能达到目标</translation>
    </message>
    <message>
        <source>%1 no AI</source>
        <translation>%1 不用 AI</translation>
    </message>
    <message>
        <source>Compute leverage</source>
        <translation>算力杠杆</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::MainWindow</name>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Leverboard</source>
        <translation>关于 Leverboard(&amp;A)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>&amp;Model reference</source>
        <translation>模型参考(&amp;M)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Goal seek…</source>
        <translation>目标求解(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::MapPage</name>
    <message>
        <source>&amp;Map:</source>
        <translation>图(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;across:</source>
        <translation>横轴(&amp;A)：</translation>
    </message>
    <message>
        <source>a&amp;nd:</source>
        <translation>纵轴(&amp;N)：</translation>
    </message>
    <message>
        <source>Pick two different parameters.</source>
        <translation>请选择两个不同的参数。</translation>
    </message>
    <message>
        <source>Computing the map…</source>
        <translation>正在计算双参数图…</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 cells. Hover for values; click a cell to set both parameters (one undoable edit).</source>
        <translation>%1 个格子。悬停查看数值；点击格子同时设置两个参数（一次可撤销的编辑）。</translation>
    </message>
    <message>
        <source>%1 cells, refining…</source>
        <translation>%1 个格子，正在细化…</translation>
    </message>
    <message>
        <source>Set %1 and %2 from the map</source>
        <translation>从双参数图设置 %1 和 %2</translation>
    </message>
    <message>
        <source>Two-Parameter Map</source>
        <translation>双参数图</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::ModelReference</name>
    <message>
        <source>good above %1</source>
        <translation>高于 %1 为好</translation>
    </message>
    <message>
        <source>good at or below %1</source>
        <translation>不高于 %1 为好</translation>
    </message>
    <message>
        <source>the horizon</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>, log scale</source>
        <translation>，对数刻度</translation>
    </message>
    <message>
        <source>, log(1 + value) scale</source>
        <translation>，log(1 + 值) 刻度</translation>
    </message>
    <message>
        <source>Equations</source>
        <translation>方程</translation>
    </message>
    <message>
        <source>The equations of this model are not written here yet.</source>
        <translation>此模型的方程尚未在此列出。</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Key figures (KPIs)</source>
        <translation>关键指标（KPI）</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Model reference</source>
        <translation>模型参考</translation>
    </message>
    <message>
        <source>Search the reference…</source>
        <translation>搜索参考…</translation>
    </message>
    <message>
        <source>Search the reference</source>
        <translation>搜索参考</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Model reference page</source>
        <translation>模型参考页面</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Open the %1 page</source>
        <translation>打开“%1”页面</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::ParameterDiffTable</name>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>The default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认值：%1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>The cost model&apos;s application list differs</source>
        <translation>成本模型的应用列表不同</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::ParameterEditor</name>
    <message>
        <source>Reset to default (%1)</source>
        <translation>重置为默认值（%1）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>, log scale</source>
        <translation>，对数刻度</translation>
    </message>
    <message>
        <source>, log(1 + value) scale</source>
        <translation>，log(1 + 值) 刻度</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>none (a pure number)</source>
        <translation>无（纯数字）</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>重置%1</translation>
    </message>
    <message>
        <source>Set distribution of %1</source>
        <translation>设置 %1 的分布</translation>
    </message>
    <message>
        <source>Remove distribution of %1</source>
        <translation>移除 %1 的分布</translation>
    </message>
    <message>
        <source>Distribution: %1. Click to change it.</source>
        <translation>分布：%1。点击修改。</translation>
    </message>
    <message>
        <source>Distribution of %1: %2</source>
        <translation>%1 的分布：%2</translation>
    </message>
    <message>
        <source>No distribution: click to say how unsure this value is</source>
        <translation>没有分布：点击设置这个值有多不确定</translation>
    </message>
    <message>
        <source>Set a distribution for %1</source>
        <translation>为 %1 设置分布</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::ParameterPanel</name>
    <message>
        <source>Filter parameters…</source>
        <translation>筛选参数…</translation>
    </message>
    <message>
        <source>Show only parameters whose name, id or unit contains this text</source>
        <translation>只显示名称、标识或单位包含此文本的参数</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Tasks whose unlock month the cost curve decides: a task is viable when its inference cost is at most the max cost share of its value</source>
        <translation>由成本曲线决定解锁月份的任务：当推理成本不超过其价值的最大成本占比时，任务即可行</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — feeds every model</source>
        <translation>%1——为所有模型提供输入</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::PowerPage</name>
    <message>
        <source>Site power (MW)</source>
        <translation>站点电力（MW）</translation>
    </message>
    <message>
        <source>GPUs a site powers</source>
        <translation>一个站点可供电的 GPU 数</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>GPUs the site powers</source>
        <translation>该站点可供电的 GPU 数</translation>
    </message>
    <message>
        <source>Build cost</source>
        <translation>建设成本</translation>
    </message>
    <message>
        <source>$ billions</source>
        <translation>十亿美元</translation>
    </message>
    <message>
        <source>Years to first compute</source>
        <translation>距首次算力上线的年数</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Grid wait</source>
        <translation>等待电网</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>建设</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>发电</translation>
    </message>
    <message>
        <source>Years until the grid connection is live</source>
        <translation>电网接入上线前的年数</translation>
    </message>
    <message>
        <source>Years to build the data centre</source>
        <translation>建设数据中心的年数</translation>
    </message>
    <message>
        <source>Lead time for the GPUs</source>
        <translation>GPU 交货周期</translation>
    </message>
    <message>
        <source>Years to bring on-site generation online</source>
        <translation>现场发电上线所需年数</translation>
    </message>
    <message>
        <source>Yearly cost vs. electricity price</source>
        <translation>年度成本与电价</translation>
    </message>
    <message>
        <source>Electricity price ($ / kWh)</source>
        <translation>电价（$ / 千瓦时）</translation>
    </message>
    <message>
        <source>$ billions / year</source>
        <translation>十亿美元 / 年</translation>
    </message>
    <message>
        <source>Capital charge</source>
        <translation>资本费用</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <source>%1: capital charge</source>
        <translation>%1：资本费用</translation>
    </message>
    <message>
        <source>%1: energy</source>
        <translation>%1：能源</translation>
    </message>
    <message>
        <source>Energy share of yearly cost</source>
        <translation>能源占年度成本的比例</translation>
    </message>
    <message>
        <source>Utilization (%)</source>
        <translation>利用率（%）</translation>
    </message>
    <message>
        <source>Energy share (%)</source>
        <translation>能源占比（%）</translation>
    </message>
    <message>
        <source>Energy share</source>
        <translation>能源占比</translation>
    </message>
    <message>
        <source>Training runs per year</source>
        <translation>每年训练次数</translation>
    </message>
    <message>
        <source>Runs / year</source>
        <translation>次 / 年</translation>
    </message>
    <message>
        <source>Runs per year</source>
        <translation>每年次数</translation>
    </message>
    <message>
        <source>%1: grid</source>
        <translation>%1：电网</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>电网</translation>
    </message>
    <message>
        <source>%1: on-site</source>
        <translation>%1：现场发电</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>现场发电</translation>
    </message>
    <message>
        <source>First compute: grid %1 years, on-site %2 years</source>
        <translation>首次算力上线：电网 %1 年，现场发电 %2 年</translation>
    </message>
    <message>
        <source>The cluster run is infeasible: fewer GPUs than one replica needs</source>
        <translation>集群训练不可行：GPU 少于一个副本所需</translation>
    </message>
    <message>
        <source>The cluster run&apos;s goodput is 0: no training run finishes</source>
        <translation>集群训练的有效产出为 0：没有一次训练能完成</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电力</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::PresentationMode</name>
    <message>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>Show the pages full screen as slides (Esc leaves)</source>
        <translation>以全屏幻灯片形式展示各页面（按 Esc 退出）</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::PresentationStrip</name>
    <message>
        <source>Tab or click to edit · arrows move the slider · Esc or a click on the slide: back to slides · P hides</source>
        <translation>按 Tab 或点击进行编辑 · 方向键移动滑块 · 按 Esc 或点击幻灯片：返回幻灯片 · 按 P 隐藏</translation>
    </message>
    <message>
        <source>Parameters · %1</source>
        <translation>参数 · %1</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::PresentationWindow</name>
    <message>
        <source>Leverboard — Presentation</source>
        <translation>Leverboard —— 演示</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Leverboard</source>
        <translation>Leverboard</translation>
    </message>
    <message>
        <source>Leverboard · %1</source>
        <translation>Leverboard · %1</translation>
    </message>
    <message>
        <source>Keys back on the slides · Esc again to exit</source>
        <translation>按键已回到幻灯片 · 再按 Esc 退出</translation>
    </message>
    <message>
        <source>←/→ slides · P parameters · Esc exit</source>
        <translation>←/→ 切换幻灯片 · P 参数 · Esc 退出</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::RecoveryManager</name>
    <message>
        <source>an untitled workspace</source>
        <translation>一个未命名的工作区</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>Leverboard did not close normally. Unsaved changes to %1 were recovered (last copy %2).</source>
        <translation>Leverboard 上次未正常关闭。已恢复对 %1 的未保存更改（最后副本 %2）。</translation>
    </message>
    <message>
        <source>Yes restores them as an unsaved workspace. Discard deletes the recovered copy. Ignore keeps it and asks again at the next start.</source>
        <translation>“是”将其恢复为未保存的工作区。“丢弃”删除恢复的副本。“忽略”保留副本，下次启动时再询问。</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>The recovered copy cannot be read: %1</source>
        <translation>无法读取恢复的副本：%1</translation>
    </message>
    <message>
        <source>It was kept as “%1”.</source>
        <translation>已保留为“%1”。</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::ScenarioColumnsTable</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::ScenarioListPanel</name>
    <message>
        <source>Why this scenario: assumptions, sources, open questions…</source>
        <translation>为什么是这个情景：假设、来源、未决问题…</translation>
    </message>
    <message>
        <source>&amp;Add Scenario</source>
        <translation>添加情景(&amp;A)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a scenario with every parameter at its default</source>
        <translation>添加一个所有参数均为默认值的情景</translation>
    </message>
    <message>
        <source>D&amp;uplicate Scenario</source>
        <translation>复制情景(&amp;U)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the active scenario</source>
        <translation>复制当前情景</translation>
    </message>
    <message>
        <source>&amp;Rename Scenario</source>
        <translation>重命名情景(&amp;R)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Rename the active scenario</source>
        <translation>重命名当前情景</translation>
    </message>
    <message>
        <source>&amp;Delete Scenario</source>
        <translation>删除情景(&amp;D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the active scenario (Undo brings it back)</source>
        <translation>删除当前情景（可撤销）</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move the active scenario up</source>
        <translation>上移当前情景</translation>
    </message>
    <message>
        <source>Move Dow&amp;n</source>
        <translation>下移(&amp;N)</translation>
    </message>
    <message>
        <source>Move the active scenario down</source>
        <translation>下移当前情景</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>新情景</translation>
    </message>
    <message>
        <source>&amp;Compare Scenarios</source>
        <translation>对比情景(&amp;C)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Overlay the ticked scenarios (up to %1) on every chart, each in its own colour</source>
        <translation>在每张图表上叠加所勾选的情景（最多 %1 个），各用自己的颜色</translation>
    </message>
    <message>
        <source>Click to make it the active scenario, double-click or F2 to rename, tick to compare.</source>
        <translation>单击设为当前情景，双击或按 F2 重命名，勾选以进行对比。</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>已勾选 %1 / %2</translation>
    </message>
    <message>
        <source>In compare mode the active scenario is always shown, plus the ticked ones.</source>
        <translation>在对比模式下，始终显示当前情景以及所勾选的情景。</translation>
    </message>
    <message>
        <source>Notes — %1</source>
        <translation>备注 —— %1</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::SensitivityPage</name>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感性（龙卷风图）</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>指标(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Band:</source>
        <translation>变动幅度(&amp;B)：</translation>
    </message>
    <message>
        <source>Each parameter is moved this far down and up from its value, within its range</source>
        <translation>每个参数在其取值范围内，从当前值向下、向上各移动这么多</translation>
    </message>
    <message>
        <source>Use &amp;distributions</source>
        <translation>使用分布(&amp;D)</translation>
    </message>
    <message>
        <source>A parameter that carries a distribution uses its P10–P90 as its band (set distributions in the parameter panel)</source>
        <translation>设有分布的参数以其 P10–P90 作为变动区间（分布在参数面板中设置）</translation>
    </message>
    <message>
        <source>Parameter at its low end</source>
        <translation>参数取低端</translation>
    </message>
    <message>
        <source>Parameter at its high end</source>
        <translation>参数取高端</translation>
    </message>
    <message>
        <source>Scenario&apos;s value</source>
        <translation>情景当前值</translation>
    </message>
    <message>
        <source>±%1%</source>
        <translation>±%1%</translation>
    </message>
    <message>
        <source>null at both ends (%1 and %2)</source>
        <translation>两端均无法计算（%1 和 %2）</translation>
    </message>
    <message>
        <source>null at its low end (%1)</source>
        <translation>低端无法计算（%1）</translation>
    </message>
    <message>
        <source>null at its high end (%1)</source>
        <translation>高端无法计算（%1）</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)
%5: %6 → %7
Swing %8
Click to select its slider</source>
        <translation>%1：%2 → %3（%4）
%5：%6 → %7
变动幅度 %8
点击以选中它的滑块</translation>
    </message>
    <message>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <source>Scenario&apos;s value: %1</source>
        <translation>情景当前值：%1</translation>
    </message>
    <message>
        <source>Not reachable at this scenario&apos;s values</source>
        <translation>在此情景的参数下无法计算</translation>
    </message>
    <message>
        <source>No parameter moves this KPI</source>
        <translation>没有参数会影响这个指标</translation>
    </message>
    <message>
        <source>Not drawn, the KPI is null at an end:</source>
        <translation>未画出（指标在一端无法计算）：</translation>
    </message>
    <message>
        <source>What moves %1 most</source>
        <translation>什么对%1影响最大</translation>
    </message>
    <message>
        <source>Smaller swings, not drawn: %1 more parameters.</source>
        <translation>影响更小、未画出的参数还有 %1 个。</translation>
    </message>
    <message>
        <source>Parameters that do not move this KPI: %1.</source>
        <translation>不影响这个指标的参数：%1 个。</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 个</translation>
    </message>
    <message>
        <source>Parameters that leave this KPI null at both ends: %1.</source>
        <translation>两端都使这个指标无法计算的参数：%1 个。</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::TornadoChart</name>
    <message>
        <source>Parameter at its low end</source>
        <translation>参数取低端</translation>
    </message>
    <message>
        <source>Parameter at its high end</source>
        <translation>参数取高端</translation>
    </message>
    <message>
        <source>Base value</source>
        <translation>基准值</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::UncertaintyController</name>
    <message>
        <source>Monte Carlo: %1 samples, refining…</source>
        <translation>蒙特卡洛：%1 个样本，细化中…</translation>
    </message>
    <message>
        <source>Monte Carlo: %1 samples</source>
        <translation>蒙特卡洛：%1 个样本</translation>
    </message>
</context>
<context>
    <name>leverboard::ui::WarningBanner</name>
    <message>
        <source>✓ No warnings</source>
        <translation>✓ 没有警告</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n warning(s): </source>
        <translation>
            <numerusform>⚠ %n 条警告：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leverboard::ui::WaterfallChart</name>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
</context>
</TS>
