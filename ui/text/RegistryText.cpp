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

// The values of text KPIs (life.better_strategy, chips.best, power.better_path) as KpiFormatter
// shows them (first letter capitalised), translated in the context "KpiValue".
[[maybe_unused]] constexpr const char* kKpiTextValues[] = {
    QT_TRANSLATE_NOOP("KpiValue", "Pretrain"), QT_TRANSLATE_NOOP("KpiValue", "Inference"),
    QT_TRANSLATE_NOOP("KpiValue", "Gpu"),      QT_TRANSLATE_NOOP("KpiValue", "Tpu"),
    QT_TRANSLATE_NOOP("KpiValue", "Asic"),     QT_TRANSLATE_NOOP("KpiValue", "Onsite"),
    QT_TRANSLATE_NOOP("KpiValue", "Grid"),
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

}  // namespace leverboard::ui
