#pragma once
// Large type for presentation slides: the dashboard's own widgets, sized for
// a room. Widgets that inherit their font follow the root; widgets that set
// their own (page headings, the parameter strip) keep their size relative to
// their parent, so scaling again never compounds. KPI cards in a row become
// large cards (smaller when many share the row); charts are set a little
// smaller than the text around them so their axes keep room for labels.

class QWidget;

namespace leverboard::ui {

// Sets root's font to the application font × factor and rescales every
// explicitly sized font below it to keep its ratio to its parent's font.
// Calling it again with another factor (the window was resized) rescales
// from the same ratios.
void scaleSlideFonts(QWidget* root, double factor);

// Sizes the KPI cards below root for the slide: rows of cards large (less so
// when a row is crowded), cards standing alone (the Overview's columns) as on
// the dashboard but as wide as the larger type needs. Call again after the
// cards changed (a row of unlock months follows the application list).
void fitSlideKpiCards(QWidget* root, double factor);

}  // namespace leverboard::ui
