#pragma once
// Text colours that stay readable on any palette, light or dark: WCAG 2
// contrast ratios and a muted (secondary) text colour derived from a
// palette's own text and background instead of a fixed grey.

#include <QColor>
#include <QPalette>

class QWidget;

namespace leverboard::ui {

// WCAG 2 relative luminance of an opaque colour (0 black … 1 white).
double relativeLuminance(const QColor& color);
// WCAG 2 contrast ratio (1 … 21) of two colours; a translucent foreground is
// first blended over the background.
double contrastRatio(const QColor& foreground, const QColor& background);

// The least contrast WCAG AA asks of normal text.
inline constexpr double kMinTextContrast = 4.5;

// Secondary text (units, placeholders): `text` moved part of the way towards
// `background`, but never below kMinTextContrast against it (and never
// further than `text` itself when even that is below).
QColor mutedTextColor(const QColor& text, const QColor& background);

// Gives `widget` a PlaceholderText colour muted from its own `text` role on
// its `background` role (mutedTextColor), now and whenever its palette
// changes (a dark desktop theme, a palette set by the application). For a
// line edit's placeholder (Text on Base) or a secondary label drawn in the
// PlaceholderText role (WindowText on Window).
void keepPlaceholderReadable(QWidget* widget, QPalette::ColorRole text = QPalette::Text,
                             QPalette::ColorRole background = QPalette::Base);

}  // namespace leverboard::ui
