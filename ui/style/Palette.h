#pragma once
// The dashboard's colours in one place: the scenario colours every chart,
// the scenario list and the compare tables share, and the role colours pages
// use for what is not a scenario (reference lines, special points, a
// scenario's second line). Each reads on light and dark backgrounds.

#include <QColor>

namespace leverboard::ui {

// The colour of compare slot `slot` (consistent across every chart); slots
// past the last colour take the last one.
QColor scenarioColor(int slot);

namespace role {

// Reference lines (markers such as "your compute", WACC, zero).
QColor reference();
// Special points (a kink, unlock months, an optimum, payback).
QColor highlight();
// The second line of one scenario (hardware index, no-AI team, pretraining,
// economic ROIC), told apart from the first by colour when one scenario is shown.
QColor secondary();
// A level to reach or stay under (a target, 10% of your cost).
QColor alert();

}  // namespace role

// Colours of categories drawn side by side (applications): Tableau 10
// without grey, which marks thresholds; repeats after eight.
QColor categoryColor(int index);

// Maps (the two-parameter heatmap). Diverging at a threshold: t in [−1, 1],
// −1 far on the bad side (red), 0 at the threshold (neutral: light on a light
// theme, dark on a dark one), +1 far on the good side (blue). Sequential where
// there is no threshold: t in [0, 1], dark blue to yellow (viridis-like,
// readable on both themes and in grey).
QColor divergingColor(double t, bool darkTheme);
QColor sequentialColor(double t);

}  // namespace leverboard::ui
