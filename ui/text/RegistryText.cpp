#include "text/RegistryText.h"

#include <QCoreApplication>

#include "text/Language.h"

namespace leverboard::ui {
namespace {

QString fromView(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

// The registry's group titles, listed for lupdate (the registry is plain C++ with no Qt);
// translated at run time by their English text. Units and meanings are listed for lupdate
// by packaging/registry-strings.py; test_language fails on any left untranslated.
[[maybe_unused]] constexpr const char* kGroupTitles[] = {
    QT_TRANSLATE_NOOP("ModelGroup", "Global"),          QT_TRANSLATE_NOOP("ModelGroup", "Cost curves"),
    QT_TRANSLATE_NOOP("ModelGroup", "Compute leverage"), QT_TRANSLATE_NOOP("ModelGroup", "Model half-life"),
    QT_TRANSLATE_NOOP("ModelGroup", "Capex & ROIC"),    QT_TRANSLATE_NOOP("ModelGroup", "Cluster scaling"),
    QT_TRANSLATE_NOOP("ModelGroup", "Power"),           QT_TRANSLATE_NOOP("ModelGroup", "Chip bets"),
};

// The choices of enum parameters as the parameter editor shows them (first letter capitalised).
[[maybe_unused]] constexpr const char* kChoiceLabels[] = {
    QT_TRANSLATE_NOOP("Parameter", "Exponential"),
    QT_TRANSLATE_NOOP("Parameter", "Wright"),
};

// The values of text KPIs (life.better_strategy, chips.best, power.better_path):
// the engine's machine value and the text people read, translated in the
// context "KpiValue".
struct KpiTextValue {
    std::string_view machine;
    const char* shown;
};
constexpr KpiTextValue kKpiTextValues[] = {
    {"pretrain", QT_TRANSLATE_NOOP("KpiValue", "Pretrain")}, {"inference", QT_TRANSLATE_NOOP("KpiValue", "Inference")},
    {"gpu", QT_TRANSLATE_NOOP("KpiValue", "GPU")},           {"tpu", QT_TRANSLATE_NOOP("KpiValue", "TPU")},
    {"asic", QT_TRANSLATE_NOOP("KpiValue", "ASIC")},         {"onsite", QT_TRANSLATE_NOOP("KpiValue", "On-site")},
    {"grid", QT_TRANSLATE_NOOP("KpiValue", "Grid")},
};

}  // namespace

QString registryLabel(const ParameterSpec& spec) {
    return fromView(chineseInEffect() && !spec.labelZh.empty() ? spec.labelZh : spec.labelEn);
}

QString registryLabel(const KpiSpec& spec) {
    return fromView(chineseInEffect() && !spec.labelZh.empty() ? spec.labelZh : spec.labelEn);
}

QString registryMeaning(const ParameterSpec& spec) {
    return QCoreApplication::translate("Parameter", std::string(spec.meaning).c_str());
}

QString registryMeaning(const KpiSpec& spec) {
    return QCoreApplication::translate("Kpi", std::string(spec.meaning).c_str());
}

QString modelGroupTitle(ModelGroup group) {
    return QCoreApplication::translate("ModelGroup", std::string(groupTitleEn(group)).c_str());
}

QString unitText(std::string_view unit) {
    if (unit.empty()) return {};
    return QCoreApplication::translate("Unit", std::string(unit).c_str());
}

QString kpiTextValue(std::string_view machine) {
    for (const KpiTextValue& value : kKpiTextValues)
        if (value.machine == machine) return QCoreApplication::translate("KpiValue", value.shown);
    QString text = fromView(machine);  // a value the table does not know yet: as it is, capitalised
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return text;
}

}  // namespace leverboard::ui
