// Warnings and notes become text in one place (ui/text/MessageText): for
// scenarios that make each code, the Machine text is the English sentence the
// engine wrote before messages were structured (typed here from the old
// model sources and the tests that quoted them), the same under a German
// locale; the Gui text formats numbers for people (German decimal comma) and
// is translated; every code the engine makes has a sentence, and every
// sentence is made by some scenario here. The KPI card's null reason is the
// note whose subject is the KPI.

#include <QTranslator>
#include <QtTest>
#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "models/Engine.h"
#include "scenario/Scenario.h"
#include "text/MessageText.h"
#include "widgets/KpiFormatter.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

const QLocale kGerman(QLocale::German, QLocale::Germany);

class DefaultLocale {
public:
    explicit DefaultLocale(const QLocale& locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(QLocale::c()); }
    DefaultLocale(const DefaultLocale&) = delete;
    DefaultLocale& operator=(const DefaultLocale&) = delete;
};

// Puts "‹…›" around every sentence of the "Messages" context.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override {
        if (QByteArrayView(context) != "Messages") return {};
        return QStringLiteral("‹") + QString::fromUtf8(source) + QStringLiteral("›");
    }
};

QStringList texts(const std::vector<Message>& messages, MessageChannel channel = MessageChannel::Machine) {
    QStringList out;
    for (const Message& m : messages) out << messageText(m, channel);
    return out;
}

struct Case {
    const char* name;
    Scenario scenario;
    QStringList warnings;  // each must be among the scenario's warnings, in Machine text
    QStringList notes;     // likewise among its notes
};

Scenario leverageTeam(double coherency, double baseOutput, double target) {
    Scenario s;
    s[ParamId::LevContention] = 0;
    s[ParamId::LevCoherency] = coherency;
    s[ParamId::LevData] = s[ParamId::LevClarity] = s[ParamId::LevDistribution] = 1;  // f = 1
    s[ParamId::LevBaseOutput] = baseOutput;
    s[ParamId::LevTargetWork] = target;
    s[ParamId::LevComputePerPerson] = 0;
    return s;
}

std::vector<Case> cases() {
    std::vector<Case> all;
    {
        Scenario s;
        s[ParamId::HorizonYears] = 99;
        s[ParamId::LevP] = std::nan("");
        s[ParamId::CostLaw] = 7;
        all.push_back({"clamped inputs", s,
                       {"horizon_years = 99 is outside 1–20; using 20", "lev.p = NaN is outside 0.01–1; using 0.5",
                        "cost.law = wright is outside exponential|wright; using wright"},
                       {}});
    }
    {
        Scenario s;
        s.applications[0].tokensPerTask = -1;
        all.push_back({"application clamped", s,
                       {"application " + QString::fromStdString(s.applications[0].id) +
                        ": tokens per task and value per task must be positive; clamped"},
                       {}});
    }
    {
        Scenario s;
        s[ParamId::HorizonYears] = 1;
        all.push_back({"one-year horizon", s, {},
                       {"Coding-agent task (agent) is not viable within the 1-year horizon",
                        "Remote-worker day (worker) is not viable within the 1-year horizon"}});
    }
    {
        Scenario s;  // 2.5 years: 30 whole months; not even in 5 years at the defaults
        s[ParamId::HorizonYears] = 2.5;
        all.push_back({"30-month horizon", s, {},
                       {"life.crossover_month is null: the inference premium does not add up to the pretraining "
                        "cost within the 30-month horizon (no crossover month)"}});
        // No decline at all: what is not viable today never becomes viable.
        s[ParamId::CostFrontierDecline] = 1;
        s[ParamId::CostCommodityDecline] = 1;
        all.push_back({"30-month horizon, flat prices", s, {},
                       {"Remote-worker day (worker) is not viable within the 30-month horizon"}});
    }
    {
        Scenario s;
        s[ParamId::LevP] = 0.3;
        s[ParamId::LevPSat] = 0.8;
        s[ParamId::LevShareGenerate] = 0.8;
        s[ParamId::LevShareReview] = 0.6;
        all.push_back({"leverage inputs", s,
                       {"lev.p_sat = 0.8 is above lev.p = 0.3; using 0.3 (leverage cannot grow faster past "
                        "saturation)",
                        // 0.8 / 1.4 = 0.571428…, 0.6 / 1.4 = 0.428571…
                        "lev.share_generate + lev.share_review = 1.4 is above 1; scaled both down to 0.5714 and "
                        "0.4286 (same ratio, no time left for other work)"},
                       {}});
    }
    {
        // κ = σ = 0: no peak, teams up to 10,000 people; 0.0625 × 10,000 = 625 features.
        all.push_back({"no peak", leverageTeam(0, 0.0625, 625.01),
                       {"lev.target_work = 625.01 features / quarter is out of reach at 0 compute units per "
                        "person: a team of 10000 people ships at most 625"},
                       {}});
        // Every stage capped at 1×: AI adds nothing, so no compute reaches 1000 either.
        // The compute is written with 4 significant digits ("%.4g"): 10000 as "1e+04".
        Scenario s = leverageTeam(0, 0.0625, 1000);
        s[ParamId::LevCapGenerate] = s[ParamId::LevCapReview] = s[ParamId::LevCapOther] = 1;
        all.push_back({"no cheapest team", s,
                       {"lev.target_work = 1000 features / quarter is out of reach at 0 compute units per person: "
                        "a team of 10000 people ships at most 625",
                        "lev.target_work = 1000 features / quarter is out of reach at 1e+04 compute units per "
                        "person: a team of 10000 people ships at most 625; there is no cheapest team"},
                       {}});
    }
    {
        // κ = 0.01, σ = 0: the peak is √(1/κ) = 10 people, X(10) = 10 / 1.9 = 5.263;
        // every cap 2×, so at the most compute m = 2: 10.53.
        Scenario s = leverageTeam(0.01, 1, 100);
        s[ParamId::LevCapGenerate] = s[ParamId::LevCapReview] = s[ParamId::LevCapOther] = 2;
        all.push_back({"fastest team", s,
                       {"lev.target_work = 100 features / quarter is out of reach at 0 compute units per person: "
                        "the fastest team (10 people) ships at most 5.263",
                        "lev.target_work = 100 features / quarter is out of reach at 1e+04 compute units per "
                        "person: the fastest team (10 people) ships at most 10.53; there is no cheapest team"},
                       {}});
    }
    {
        Scenario cheap;
        cheap[ParamId::LifePretrainCost] = spec(ParamId::LifePretrainCost).min;
        all.push_back({"cheap pretraining", cheap, {},
                       {"life.breakeven_half_life is null: the break-even half-life is below 0.5 months "
                        "(pretraining pays even if demand for the model halves every half month)"}});
        Scenario dear;
        dear[ParamId::LifePretrainCost] = spec(ParamId::LifePretrainCost).max;
        all.push_back({"dear pretraining", dear, {},
                       {"life.breakeven_half_life is null: the break-even half-life is above 600 months "
                        "(pretraining does not pay even if demand for the model hardly decays)"}});
    }
    {
        all.push_back({"defaults", Scenario{}, {},
                       {"life.crossover_month is null: the inference premium does not add up to the pretraining "
                        "cost within the 5-year horizon (no crossover month)"}});
        Scenario slow;  // 2× a year, then 1.5×: 10% is not reached within a year
        slow[ParamId::CostFrontierDecline] = 2;
        slow[ParamId::CostCommodityDecline] = 1.5;
        slow[ParamId::HorizonYears] = 1;
        all.push_back({"slow decline", slow, {},
                       {"life.months_to_replicate_10pct is null: a competitor cannot replicate the model at 10% of "
                        "its cost within the 1-year horizon"}});
    }
    {
        Scenario s;  // revenue never covers energy and opex; the facility is gone by the end
        s[ParamId::CapexRentalPrice] = 0.1;
        s[ParamId::CapexUtilization] = 0.05;
        s[ParamId::CapexOpexShare] = 0.1;
        s[ParamId::CapexFacilityLife] = 5;
        s[ParamId::HorizonYears] = 20;
        all.push_back({"losses every year", s, {},
                       {"capex.irr is null: cash flows never change sign",
                        "capex.payback_years is null: the cumulative cash flow stays negative for all 20 years of "
                        "the horizon"}});
    }
    {
        // Books: GPUs written off in year 1, the facility by year 5; the GPUs
        // earn for 10 years, so years 6–10 have no book capital.
        Scenario s;
        s[ParamId::CapexBookLife] = 1;
        s[ParamId::CapexFacilityLife] = 5;
        s[ParamId::CapexEconomicLife] = 10;
        s[ParamId::HorizonYears] = 10;
        all.push_back({"book capital gone", s, {},
                       {"capex.roic_book: 5 earning year(s) with no book invested capital left are not in the "
                        "average"}});
    }
    {
        Scenario s;  // growth above the cost of capital
        s[ParamId::CapexGrowth] = 0.1;
        s[ParamId::CapexWacc] = 0.05;
        all.push_back({"growth above WACC", s, {},
                       {"capex.implied_pe is null: WACC (5.00%) does not exceed long-run growth (10.00%), so the "
                        "value-driver formula has no finite value"}});
    }
    {
        Scenario s;  // chips: a TPU that is the GPU's twin, an ASIC 20× as cheap
        s[ParamId::ChipsTpuPerfPerDollar] = 1;
        s[ParamId::ChipsTpuRetained] = s[ParamId::ChipsGpuRetained];
        s[ParamId::ChipsAsicPerfPerDollar] = 20;
        all.push_back({"chips without a crossing", s, {},
                       {"chips.breakeven_hazard_tpu is null: the chip has the GPU's perf per $ and retained share, "
                        "so it has the same value at every hazard",
                        "chips.breakeven_hazard_asic is null: the chip is worth more than the GPU at every hazard "
                        "from 0 to 10 a year"}});
    }
    {
        Scenario s;  // chips: an ASIC at half a GPU's perf per $
        s[ParamId::ChipsAsicPerfPerDollar] = 0.5;
        all.push_back({"chips: the GPU always wins", s, {},
                       {"chips.breakeven_hazard_asic is null: the GPU is worth more than the chip at every hazard "
                        "from 0 to 10 a year"}});
    }
    {
        Scenario s;  // cluster: 100 GPUs, one replica needs 8 × 16
        s[ParamId::ClusterGpus] = 100;
        all.push_back({"cluster: fewer GPUs than one replica", s, {},
                       {"cluster.mfu is null: 100 GPUs are fewer than one replica needs (t × p = 128)",
                        "cluster.days is null: 100 GPUs are fewer than one replica needs (t × p = 128)"}});
    }
    {
        Scenario s;  // cluster: one replica and 72 idle GPUs, a batch below one sequence per replica
        s[ParamId::ClusterGpus] = 200;
        s[ParamId::ClusterBatchTokens] = 1e5;
        s[ParamId::ClusterSeqLen] = 2e5;
        all.push_back({"cluster: one replica, small batch", s, {},
                       {"cluster.gpus: 72 GPUs stay idle; only whole replicas train (128 GPUs)",
                        "cluster.batch_tokens = 100000 is less than one sequence per replica; the batch is raised "
                        "to 200000 tokens",
                        "cluster.compute_comm_ratio is null: one replica (d = 1) has no gradient traffic"}});
    }
    {
        Scenario s;  // cluster: one replica of 18,432 GPUs that fail every 3.3 minutes
        s[ParamId::ClusterGpus] = 18432;
        s[ParamId::ClusterTensorParallel] = 72;
        s[ParamId::ClusterPipelineParallel] = 256;
        s[ParamId::ClusterGpuMtbfHours] = 1000;
        s[ParamId::ClusterRestartMinutes] = 60;
        all.push_back({"cluster: goodput 0 at every size", s, {},
                       {"cluster.days is null: goodput is 0: failures arrive faster than checkpoints can save work "
                        "(job MTBF 0.05425 hours, checkpoint interval 1.042 minutes)",
                        "cluster.fastest_gpus is null: goodput is 0 at every cluster size of whole replicas up to 2 "
                        "million GPUs"}});
    }
    {
        Scenario s;  // power: failures on a 2M-GPU run arrive faster than checkpoints save work
        s[ParamId::ClusterGpus] = 2e6;
        s[ParamId::ClusterGpuMtbfHours] = 1000;
        all.push_back({"power: the cluster run's goodput is 0", s, {},
                       {"power.sustained_eflops is 0: the cluster run's goodput is 0 (failures arrive faster than "
                        "checkpoints can save work)",
                        "power.flops_per_joule is 0: the cluster run's goodput is 0 (failures arrive faster than "
                        "checkpoints can save work)",
                        "power.runs_per_year is 0: the cluster run's goodput is 0 (failures arrive faster than "
                        "checkpoints can save work)"}});
    }
    {
        Scenario s;  // power: the cluster's infeasible run leaves the site's compute null
        s[ParamId::ClusterGpus] = 8;
        all.push_back({"power: the cluster run is infeasible", s, {},
                       {"power.sustained_eflops is null: 8 GPUs are fewer than one replica needs (t × p = 128)",
                        "power.runs_per_year is null: 8 GPUs are fewer than one replica needs (t × p = 128)"}});
    }
    return all;
}

// Codes no scenario reaches: the engine's guards. Made by hand, with the
// arguments the engine gives them.
std::vector<std::pair<Message, QString>> guardMessages() {
    return {
        {{"capex.irr", "kpi_not_finite", {}}, "capex.irr is not a finite number; reported as null"},
        {{"capex.irr", "irr_no_root", {-0.9999, 10.0}},
         "capex.irr is null: no rate between -99.99% and 1000% sets NPV to zero"},
        {{"capex.roic_economic", "roic_written_off", {"economic"}},
         "capex.roic_economic is null: the economic invested capital is fully written off in every year the GPUs "
         "earn"},
        {{"capex.roic_book", "roic_written_off", {"book"}},
         "capex.roic_book is null: the book invested capital is fully written off in every year the GPUs earn"},
        {{"capex.implied_pe", "implied_pe_no_roic", {}}, "capex.implied_pe is null: there is no average economic ROIC"},
    };
}

}  // namespace

class TestMessageText : public QObject {
    Q_OBJECT

private slots:
    void machineTextIsTodaysEnglish_data() {
        QTest::addColumn<int>("index");
        const auto all = cases();
        for (std::size_t i = 0; i < all.size(); ++i) QTest::newRow(all[i].name) << int(i);
    }

    void machineTextIsTodaysEnglish() {
        QFETCH(int, index);
        const Case c = cases()[std::size_t(index)];
        const Results r = evaluate(c.scenario);
        const QStringList warnings = texts(r.warnings);
        const QStringList notes = texts(r.notes);
        for (const QString& expected : c.warnings)
            QVERIFY2(warnings.contains(expected), qPrintable(expected + "\nnot among:\n" + warnings.join('\n')));
        for (const QString& expected : c.notes)
            QVERIFY2(notes.contains(expected), qPrintable(expected + "\nnot among:\n" + notes.join('\n')));

        // Byte for byte the same under a German locale and a translator.
        DefaultLocale german(kGerman);
        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(texts(r.warnings), warnings);
        QCOMPARE(texts(r.notes), notes);
        QCoreApplication::removeTranslator(&translator);
    }

    void guardMessagesReadAsBefore() {
        for (const auto& [message, expected] : guardMessages())
            QCOMPARE(messageText(message, MessageChannel::Machine), expected);
    }

    void impliedPeBelowGrowthQuotesTheRoic() {
        Scenario s;  // returns below growth (test_capex)
        s[ParamId::CapexRentalPrice] = 1;
        const Results r = evaluate(s);
        const Kpi* roic = r.kpi("capex.roic_economic");
        QVERIFY(roic && roic->value);
        const QString expected = "capex.implied_pe is null: average economic ROIC (" +
                                 QString::asprintf("%.2f", 100 * *roic->value) +
                                 "%) does not exceed long-run growth (3.00%), so growth destroys value";
        QVERIFY2(texts(r.notes).contains(expected), qPrintable(texts(r.notes).join('\n')));
    }

    void guiTextHasGermanNumbers() {
        DefaultLocale german(kGerman);
        const Message pSat{"lev.p_sat", "p_sat_above_p", {0.8, "lev.p", 0.3}};
        QCOMPARE(messageText(pSat, MessageChannel::Gui),
                 QString("lev.p_sat = 0,8 is above lev.p = 0,3; using 0,3 (leverage cannot grow faster past "
                         "saturation)"));
        const Message unreachable{"lev.target_work", "target_work_out_of_reach", {625.01, 0.0, 10000, 625.0}};
        QCOMPARE(messageText(unreachable, MessageChannel::Gui),
                 QString("lev.target_work = 625,01 features / quarter is out of reach at 0 compute units per "
                         "person: a team of 10.000 people ships at most 625"));
        const Message pe{"capex.implied_pe", "implied_pe_wacc_below_growth", {0.05, 0.1}};
        QCOMPARE(messageText(pe, MessageChannel::Gui),
                 QString("capex.implied_pe is null: WACC (5,00%) does not exceed long-run growth (10,00%), so the "
                         "value-driver formula has no finite value"));
        const Message irr{"capex.irr", "irr_no_root", {-0.9999, 10.0}};
        QVERIFY2(messageText(irr, MessageChannel::Gui).contains(QStringLiteral("99,99%")),
                 qPrintable(messageText(irr, MessageChannel::Gui)));
        // Machine numbers stay C under the same locale.
        QCOMPARE(messageText(pe, MessageChannel::Machine),
                 QString("capex.implied_pe is null: WACC (5.00%) does not exceed long-run growth (10.00%), so the "
                         "value-driver formula has no finite value"));
    }

    void guiTextIsTranslated() {
        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        const Message note{"life.crossover_month", "no_crossover_in_horizon", {60}};
        const QString gui = messageText(note, MessageChannel::Gui);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(gui, QString("‹life.crossover_month is null: ‹the inference premium does not add up to the "
                              "pretraining cost within the ‹5-year horizon› (no crossover month)››"));
    }

    void everyCodeHasASentenceAndIsMade() {
        std::set<std::string> made;
        for (const Case& c : cases()) {
            const Results r = evaluate(c.scenario);
            for (const auto* messages : {&r.warnings, &r.notes})
                for (const Message& m : *messages) made.insert(m.code);
        }
        for (const auto& [message, text] : guardMessages()) made.insert(message.code);
        std::set<std::string> table;
        for (std::string_view code : messageCodes()) QVERIFY2(table.emplace(code).second, code.data());
        for (const std::string& code : made) QVERIFY2(table.contains(code), ("no sentence for " + code).c_str());
        for (const std::string& code : table) QVERIFY2(made.contains(code), ("no scenario makes " + code).c_str());
    }

    void kpiCardReasonIsTheNoteAboutTheKpi() {
        Scenario s;
        s[ParamId::HorizonYears] = 1;
        s[ParamId::LevTargetWork] = 1000;
        const Results r = evaluate(s);
        const Kpi* agent = r.kpi("cost.unlock_month.agent");
        QVERIFY(agent && !agent->value);
        QCOMPARE(nullReason(*agent, r), QString("Coding-agent task (agent) is not viable within the 1-year horizon"));
        const Kpi* crossover = r.kpi("life.crossover_month");
        QVERIFY(crossover && !crossover->value);
        QCOMPARE(nullReason(*crossover, r),
                 QString("The inference premium does not add up to the pretraining cost within the 1-year horizon "
                         "(no crossover month)"));
        // The unreachable target is a warning about lev.target_work, not about this KPI.
        const Kpi* required = r.kpi("lev.required_headcount");
        QVERIFY(required && !required->value);
        QCOMPARE(nullReason(*required, r), QString("Not reachable with these parameters."));
    }
};

QTEST_MAIN(TestMessageText)
#include "test_message_text.moc"
