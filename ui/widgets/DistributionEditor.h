#pragma once
// The dialog behind the small control beside a numeric parameter's slider:
// how unsure the value is (MODEL.md, "Uncertainty"). Kind, its numbers in
// the parameter's unit, the validation message of the core (OK stays off
// while the numbers are not valid), and a live preview of the density as
// truncated to the parameter's range, with the P10–P90 band shaded and the
// current value marked. The dialog only reads; its owner applies distribution()
// to the document on accept.

#include <QColor>
#include <QDialog>
#include <optional>

#include "params/ParameterRegistry.h"
#include "scenario/Uncertainty.h"

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace leverboard::ui {

// The truncated density over the parameter's range, drawn on the slider's
// scale (linear, log or log(1 + x)) so the shaded band sits where the slider's does.
class DistributionPreview : public QWidget {
    Q_OBJECT
public:
    explicit DistributionPreview(ParamId id, QWidget* parent = nullptr);
    // Nothing (no distribution, or numbers that are not valid) draws a short note instead.
    void setDistribution(const std::optional<Distribution>& distribution, double currentValue);
    const std::optional<Distribution>& distribution() const { return distribution_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double fractionOf(double value) const;  // 0–1 across the range on the slider's scale
    double valueAtFraction(double fraction) const;

    ParamId id_;
    std::optional<Distribution> distribution_;
    double current_ = 0;
};

class DistributionEditor : public QDialog {
    Q_OBJECT
public:
    // current: the parameter's distribution in the scenario (null: none yet);
    // currentValue: the slider's value, marked in the preview and the centre of
    // the numbers suggested for a new distribution.
    DistributionEditor(ParamId id, const Distribution* current, double currentValue, QWidget* parent = nullptr);

    ParamId parameter() const { return id_; }
    // What the fields say; nothing when the kind is "None" (the distribution is removed).
    std::optional<Distribution> distribution() const;
    // Empty when OK may be pressed; otherwise the core's one-line reason.
    QString validationMessage() const { return message_; }

    QComboBox* kindBox() const { return kind_; }
    QDoubleSpinBox* lowBox() const { return low_; }    // low, or P5
    QDoubleSpinBox* modeBox() const { return mode_; }  // triangular only
    QDoubleSpinBox* highBox() const { return high_; }  // high, or P95
    QPushButton* okButton() const;
    QLabel* messageLabel() const { return messageLabel_; }
    QLabel* percentilesLabel() const { return percentiles_; }
    DistributionPreview* preview() const { return preview_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void prefill(const Distribution* current);
    void updateState();
    void retranslate();
    std::optional<DistributionKind> kind() const;

    ParamId id_;
    double currentValue_;
    QComboBox* kind_;
    QLabel* kindHelp_;
    QLabel* lowLabel_;
    QLabel* modeLabel_;
    QLabel* highLabel_;
    QDoubleSpinBox* low_;
    QDoubleSpinBox* mode_;
    QDoubleSpinBox* high_;
    QList<QLabel*> unitLabels_;
    QLabel* rangeNote_;
    DistributionPreview* preview_;
    QLabel* percentiles_;
    QLabel* messageLabel_;
    QDialogButtonBox* buttons_;
    QString message_;
};

// The P10–P90 band's colour on the slider, in the preview and in the
// distribution control's icon: apart from the slider's blue fill.
QColor uncertaintyBandColor();

// "Uniform", "Triangular", "Normal", "Lognormal" in the UI language.
QString distributionKindName(DistributionKind kind);
// "uniform 2–4 years", "triangular 2–3–4 years", "normal, 90% in 5–10 ×": a
// distribution as one short phrase for tooltips and tables.
QString distributionSummary(ParamId id, const Distribution& distribution);

}  // namespace leverboard::ui
