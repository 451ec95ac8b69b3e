#pragma once
// The registry's words for people, in the language in effect: parameter and KPI labels from
// the registry's own English and Chinese columns (labelEn / labelZh), group titles and units
// through the translation files. One place for the parameter panel, KPI cards, compare
// tables, report, slides and tooltips. Ids (machine text) are never translated.

#include <QString>
#include <string_view>

#include "params/KpiRegistry.h"
#include "params/ParameterRegistry.h"

namespace leverboard::ui {

QString registryLabel(const ParameterSpec& spec);
QString registryLabel(const KpiSpec& spec);
// The one-line meaning, translated (packaging/registry-strings.py lists them for lupdate).
QString registryMeaning(const ParameterSpec& spec);
QString registryMeaning(const KpiSpec& spec);
QString modelGroupTitle(ModelGroup group);
// A unit as written in the registry ("months", "$ / 1M tokens"), translated; unknown units
// come back unchanged.
QString unitText(std::string_view unit);
// A text KPI's value as people read it ("asic" → "ASIC", translated).
QString kpiTextValue(std::string_view machine);

}  // namespace leverboard::ui
