#pragma once
// The equations of each model (MODEL.md §1–7) for the in-app model reference,
// in one table keyed by the model registry's id. Each line is a caption
// (translatable, context "ModelEquations") and a formula in HTML with
// sub/superscripts. A model without an entry shows "no equations yet"; adding
// one is an entry in kModelEquations (ModelEquations.cpp).

#include <span>
#include <string_view>

namespace leverboard::ui {

struct EquationLine {
    const char* caption;  // QT_TRANSLATE_NOOP("ModelEquations", …), written out (lupdate expands no macros)
    const char* formula;  // HTML, language-neutral symbols
};

struct ModelEquations {
    std::string_view modelId;  // ModelSpec::id
    const char* summary;       // QT_TRANSLATE_NOOP("ModelEquations", …): one sentence
    std::span<const EquationLine> lines;
};

// The entry of a model id, nullptr when it has none yet.
const ModelEquations* findEquations(std::string_view modelId);

}  // namespace leverboard::ui
