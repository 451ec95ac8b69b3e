#pragma once
// One parameter's row in the panel, generated from its registry entry: the
// label (bold when the value differs from the default), a slider bound to a
// spin box (or a combo box for enum parameters), a reset button and a tooltip
// with meaning, unit, range, default and source. Edits go to the document;
// the panel pushes the document's values back with showValue().

#include <QWidget>
#include <optional>
#include <utility>

#include "params/ParameterRegistry.h"
#include "scenario/Uncertainty.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QToolButton;

namespace leverboard::ui {

class WorkspaceDocument;
class DistributionEditor;

// Where a value sits on a slider of kSliderPositions + 1 integer positions:
// linear in the value, in log(value) or in log(1 + value), as the registry says.
namespace slider_scale {
inline constexpr int kPositions = 1000;
int positionOf(const ParameterSpec& spec, double value);    // nearest position
double valueAt(const ParameterSpec& spec, int position);    // exact, unrounded
// A slider value rounded to what a person would type: linear parameters snap
// to multiples of their step, log parameters keep three significant digits.
double quantize(const ParameterSpec& spec, double value);
// Decimals the spin box shows: enough for the step, and for log parameters
// enough for three significant digits at the bottom of the range.
int decimals(const ParameterSpec& spec);
}  // namespace slider_scale

class ParameterEditor : public QWidget {
    Q_OBJECT
public:
    ParameterEditor(ParamId id, WorkspaceDocument* document, QWidget* parent = nullptr);

    ParamId parameter() const { return id_; }
    const ParameterSpec& parameterSpec() const { return spec(id_); }
    double value() const { return value_; }
    bool isAtDefault() const;

    // Shows the document's value; never edits the document. Cheap when the
    // value is already shown.
    void showValue(double value);

    // Filter box: the label, the public id or the unit contains the text.
    bool matchesFilter(const QString& text) const;

    QString labelText() const;
    QLabel* label() const { return label_; }
    QSlider* slider() const { return slider_; }        // null for enum parameters
    QDoubleSpinBox* spinBox() const { return spin_; }  // null for enum parameters
    QComboBox* comboBox() const { return combo_; }     // only for enum parameters
    QToolButton* resetButton() const { return reset_; }

    // ---- Uncertainty (numeric parameters) --------------------------------
    // The small control beside the slider: opens the distribution editor;
    // its icon and tooltip say whether a distribution is set. Null for enum parameters.
    QToolButton* distributionButton() const { return distributionButton_; }
    // Shows the scenario's distribution of this parameter (null: none): the
    // control's look and the P10–P90 band on the slider. Never edits the document.
    void showDistribution(const Distribution* distribution);
    const std::optional<Distribution>& shownDistribution() const { return distribution_; }
    // The band's ends as slider positions (P10, P90), when a distribution is set.
    std::optional<std::pair<int, int>> bandPositions() const;
    // The band as drawn, in the slider's coordinates (empty when none).
    QRect bandRect() const;
    // Opens the editor (window-modal, returns at once); on OK the document
    // gets the new distribution, or loses it for "None", as one undoable edit.
    DistributionEditor* openDistributionEditor();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildNumericControls();
    void buildChoiceControls();
    void onSliderMoved(int position);
    void onSpinEdited(double value);
    void onChoiceChosen(int index);
    void showDefaultState();
    void retranslate();
    QString toolTipText() const;
    void updateDistributionButton();

    ParamId id_;
    WorkspaceDocument* document_;
    double value_;
    int dragSession_ = 0;  // non-zero while the slider handle is held down
    QLabel* label_;
    QLabel* unit_;
    QSlider* slider_ = nullptr;
    QDoubleSpinBox* spin_ = nullptr;
    QComboBox* combo_ = nullptr;
    QToolButton* reset_;
    QToolButton* distributionButton_ = nullptr;
    std::optional<Distribution> distribution_;
};

// The parameter's label as shown (translatable through the "Parameter" context).
QString parameterLabel(const ParameterSpec& spec);
QString parameterUnit(const ParameterSpec& spec);
// A spin box that reads and shows numbers as the panel's do ("2 B", "350k",
// "0,5" in German), as wide as the panel's; the caller sets range and decimals.
QDoubleSpinBox* createParameterSpinBox(QWidget* parent);
// "12.5", "200,000": a parameter value as the panel shows it, without the unit.
QString formatParameterNumber(double value);

}  // namespace leverboard::ui
