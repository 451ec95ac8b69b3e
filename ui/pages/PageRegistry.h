#pragma once
// The page registry: one table of the dashboard's pages, in tab order. The
// main window's tabs and View menu (Ctrl+1 …), presentation mode, chart
// exports, the report, the headless render and the Overview's tiles iterate
// it. Adding a model's page is its own files plus one entry here.

#include <QKeySequence>
#include <memory>
#include <span>
#include <string_view>

#include "params/ParameterRegistry.h"

class QWidget;

namespace leverboard::ui {

class ModelPage;
class PageHeadline;
class WorkspaceDocument;

struct PageSpec {
    std::string_view id;  // "overview", the model registry id of a model page (file and CSV names), "compare"
    ModelGroup group;     // the parameter group the page shows (Global: all of them)
    // A new page, unparented. `document` is for pages that read the
    // workspace itself (Compare); the others ignore it and accept null.
    ModelPage* (*create)(WorkspaceDocument* document);
    // Model pages: the small live chart the page offers the Overview's tile
    // for its model (null for pages that are not a model's).
    std::unique_ptr<PageHeadline> (*headline)(QWidget* parent);
    // On paper and slides: the report, presentation mode, the headless
    // render and the offscreen pages (Compare is tables for the screen only).
    bool inReport;
};

// Every page, in tab order; the index is the page's tab and Ctrl+(index + 1).
std::span<const PageSpec> pageSpecs();
// The pages a model offers a headline for (an Overview tile each), in order.
std::span<const PageSpec> modelPageSpecs();
const PageSpec* findPageSpec(std::string_view id);
// Ctrl+1 … Ctrl+9 for the page at `index`; empty beyond the ninth.
QKeySequence pageShortcut(int index);

}  // namespace leverboard::ui
