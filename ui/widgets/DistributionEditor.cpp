#include "widgets/DistributionEditor.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <vector>

#include "analysis/Sampling.h"
#include "format/PeopleNumbers.h"
#include "style/Contrast.h"
#include "style/Palette.h"
#include "text/RegistryText.h"
#include "widgets/ParameterEditor.h"

namespace leverboard::ui {
namespace {

constexpr double kSuggestedSpread = 0.2;  // a new distribution: ±20% around the value

// Marked with QT_TRANSLATE_NOOP where used (free functions have no tr()).
QString kindText(const char* text) { return QCoreApplication::translate("DistributionEditor", text); }

// "2–4 years", "0.6–0.9" (no unit).
QString withUnit(const QString& numbers, ParamId id) {
    const QString unit = parameterUnit(spec(id));
    return unit.isEmpty() ? numbers : QStringLiteral("%1 %2").arg(numbers, unit);
}

// Coordinates on the slider's scale (as slider_scale does: value, log, log(1 + value)).
double toScale(Scale scale, double value) {
    switch (scale) {
    case Scale::Linear: return value;
    case Scale::Log: return std::log(value);
    case Scale::LogOnePlus: return std::log1p(value);
    }
    return value;
}
double fromScale(Scale scale, double coordinate) {
    switch (scale) {
    case Scale::Linear: return coordinate;
    case Scale::Log: return std::exp(coordinate);
    case Scale::LogOnePlus: return std::expm1(coordinate);
    }
    return coordinate;
}
// d(value)/d(coordinate): turns a density per unit value into one per unit of the drawn axis.
double valuePerCoordinate(Scale scale, double value) {
    switch (scale) {
    case Scale::Linear: return 1;
    case Scale::Log: return value;
    case Scale::LogOnePlus: return 1 + value;
    }
    return 1;
}

}  // namespace

QColor uncertaintyBandColor() { return role::secondary(); }

QString distributionKindName(DistributionKind kind) {
    switch (kind) {
    case DistributionKind::Uniform: return kindText(QT_TRANSLATE_NOOP("DistributionEditor", "Uniform"));
    case DistributionKind::Triangular: return kindText(QT_TRANSLATE_NOOP("DistributionEditor", "Triangular"));
    case DistributionKind::Normal: return kindText(QT_TRANSLATE_NOOP("DistributionEditor", "Normal"));
    case DistributionKind::Lognormal: return kindText(QT_TRANSLATE_NOOP("DistributionEditor", "Lognormal"));
    }
    return {};
}

QString distributionSummary(ParamId id, const Distribution& d) {
    const QString a = formatParameterNumber(d.a);
    const QString b = formatParameterNumber(d.b);
    const QString range = withUnit(QStringLiteral("%1–%2").arg(a, d.kind == DistributionKind::Triangular
                                                                      ? formatParameterNumber(d.c)
                                                                      : b),
                                   id);
    switch (d.kind) {
    case DistributionKind::Uniform: return kindText(QT_TRANSLATE_NOOP("DistributionEditor", "uniform %1")).arg(range);
    case DistributionKind::Triangular:
        return kindText(QT_TRANSLATE_NOOP("DistributionEditor", "triangular %1, most likely %2")).arg(range, b);
    case DistributionKind::Normal:
        return kindText(QT_TRANSLATE_NOOP("DistributionEditor", "normal, 90% in %1")).arg(range);
    case DistributionKind::Lognormal:
        return kindText(QT_TRANSLATE_NOOP("DistributionEditor", "lognormal, 90% in %1")).arg(range);
    }
    return {};
}

// ---- DistributionPreview ----------------------------------------------------

DistributionPreview::DistributionPreview(ParamId id, QWidget* parent) : QWidget(parent), id_(id) {
    setObjectName(QStringLiteral("DistributionPreview"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize DistributionPreview::sizeHint() const { return {360, 150}; }
QSize DistributionPreview::minimumSizeHint() const { return {200, 90}; }

void DistributionPreview::setDistribution(const std::optional<Distribution>& distribution, double currentValue) {
    if (distribution == distribution_ && currentValue == current_) return;
    distribution_ = distribution;
    current_ = currentValue;
    update();
}

double DistributionPreview::fractionOf(double value) const {
    const ParameterSpec& p = spec(id_);
    const double low = toScale(p.scale, p.min);
    const double high = toScale(p.scale, p.max);
    if (!(high > low)) return 0;
    return (toScale(p.scale, std::clamp(value, p.min, p.max)) - low) / (high - low);
}

double DistributionPreview::valueAtFraction(double fraction) const {
    const ParameterSpec& p = spec(id_);
    const double low = toScale(p.scale, p.min);
    const double high = toScale(p.scale, p.max);
    return std::clamp(fromScale(p.scale, low + fraction * (high - low)), p.min, p.max);
}

void DistributionPreview::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const ParameterSpec& p = spec(id_);
    const QColor text = palette().color(QPalette::Text);
    const QColor muted = mutedTextColor(text, palette().color(QPalette::Base));
    const QFontMetrics metrics = fontMetrics();
    const int labelHeight = metrics.height();
    const QRectF plot = QRectF(rect()).adjusted(8, 8, -8, -(labelHeight + 6));

    // The range's ends under the axis.
    painter.setPen(muted);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    const QRectF labels(plot.left(), plot.bottom() + 3, plot.width(), labelHeight);
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignTop, formatParameterNumber(p.min));
    painter.drawText(labels, Qt::AlignRight | Qt::AlignTop, withUnit(formatParameterNumber(p.max), id_));

    const auto xAt = [&](double value) { return plot.left() + fractionOf(value) * plot.width(); };
    if (!distribution_) {
        painter.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No distribution: the value is fixed at %1")
                             .arg(withUnit(formatParameterNumber(current_), id_)));
    } else {
        // The density per unit of the drawn axis, one sample per pixel column.
        const Distribution& d = *distribution_;
        const int columns = std::max(2, int(plot.width()));
        std::vector<double> heights(std::size_t(columns) + 1, 0.0);
        double tallest = 0;
        for (int i = 0; i <= columns; ++i) {
            const double value = valueAtFraction(double(i) / columns);
            const double h = analysis::density(id_, d, value) * valuePerCoordinate(p.scale, value);
            heights[std::size_t(i)] = std::isfinite(h) ? h : 0.0;
            tallest = std::max(tallest, heights[std::size_t(i)]);
        }
        // A point mass (low = high) has no density to draw: a spike at the value.
        const double p10 = analysis::quantile(id_, d, 0.1);
        const double p90 = analysis::quantile(id_, d, 0.9);
        const QColor accent = scenarioColor(0);
        QColor fill = accent;
        fill.setAlphaF(0.15F);
        QColor band = uncertaintyBandColor();
        band.setAlphaF(0.55F);
        if (tallest > 0) {
            const double scaleY = plot.height() * 0.92 / tallest;
            QPainterPath curve;
            QPainterPath area;
            QPainterPath bandArea;
            const double x10 = xAt(p10);
            const double x90 = xAt(p90);
            area.moveTo(plot.left(), plot.bottom());
            bandArea.moveTo(x10, plot.bottom());
            for (int i = 0; i <= columns; ++i) {
                const double x = plot.left() + plot.width() * i / columns;
                const double y = plot.bottom() - heights[std::size_t(i)] * scaleY;
                if (i == 0) curve.moveTo(x, y);
                else curve.lineTo(x, y);
                area.lineTo(x, y);
                if (x >= x10 && x <= x90) bandArea.lineTo(x, y);
            }
            area.lineTo(plot.right(), plot.bottom());
            area.closeSubpath();
            bandArea.lineTo(x90, plot.bottom());
            bandArea.closeSubpath();
            painter.fillPath(area, fill);
            painter.fillPath(bandArea, band);
            painter.setPen(QPen(accent, 2));
            painter.drawPath(curve);
        } else {
            painter.setPen(QPen(accent, 3));
            painter.drawLine(QPointF(xAt(p10), plot.bottom()), QPointF(xAt(p10), plot.top()));
        }
    }
    // The slider's value: a dashed line.
    const double x = xAt(current_);
    QPen currentPen(text, 1.5, Qt::DashLine);
    painter.setPen(currentPen);
    painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
}

// ---- DistributionEditor -----------------------------------------------------

DistributionEditor::DistributionEditor(ParamId id, const Distribution* current, double currentValue,
                                       QWidget* parent)
    : QDialog(parent), id_(id), currentValue_(currentValue), kind_(new QComboBox(this)),
      kindHelp_(new QLabel(this)), lowLabel_(new QLabel(this)), modeLabel_(new QLabel(this)),
      highLabel_(new QLabel(this)), low_(createParameterSpinBox(this)), mode_(createParameterSpinBox(this)),
      high_(createParameterSpinBox(this)), rangeNote_(new QLabel(this)), preview_(new DistributionPreview(id, this)),
      percentiles_(new QLabel(this)), messageLabel_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("DistributionEditor"));
    const ParameterSpec& p = spec(id);

    kind_->addItem(QString(), -1);
    for (DistributionKind k : {DistributionKind::Uniform, DistributionKind::Triangular, DistributionKind::Normal,
                               DistributionKind::Lognormal})
        kind_->addItem(QString(), int(k));

    // Numbers may lie outside the range (a normal's P5 below the minimum is a
    // belief about the tail); the core says when nothing is left inside it.
    const double span = p.max - p.min;
    for (QDoubleSpinBox* box : {low_, mode_, high_}) {
        box->setDecimals(slider_scale::decimals(p) + (p.wholeNumber ? 0 : 1));
        box->setRange(std::min(-1e15, p.min - 10 * span), std::max(1e15, p.max + 10 * span));
        box->setKeyboardTracking(true);
        if (p.scale == Scale::Linear && p.step > 0) box->setSingleStep(p.step);
        else box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
        box->setAlignment(Qt::AlignRight);
    }

    kindHelp_->setWordWrap(true);
    rangeNote_->setWordWrap(true);
    rangeNote_->setForegroundRole(QPalette::PlaceholderText);
    keepPlaceholderReadable(rangeNote_, QPalette::WindowText, QPalette::Window);
    messageLabel_->setWordWrap(true);
    messageLabel_->setObjectName(QStringLiteral("DistributionMessage"));
    QPalette alert = messageLabel_->palette();
    alert.setColor(QPalette::WindowText, role::alert());
    messageLabel_->setPalette(alert);
    messageLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    percentiles_->setAlignment(Qt::AlignCenter);

    auto* fields = new QGridLayout;
    fields->setColumnStretch(1, 1);
    auto* kindLabel = new QLabel(this);
    kindLabel->setObjectName(QStringLiteral("kindLabel"));
    fields->addWidget(kindLabel, 0, 0);
    fields->addWidget(kind_, 0, 1, 1, 2);
    const QList<QLabel*> rowLabels{lowLabel_, modeLabel_, highLabel_};
    const QList<QDoubleSpinBox*> boxes{low_, mode_, high_};
    for (int row = 0; row < 3; ++row) {
        auto* unit = new QLabel(parameterUnit(p), this);
        unitLabels_ << unit;
        fields->addWidget(rowLabels[row], row + 1, 0);
        fields->addWidget(boxes[row], row + 1, 1);
        fields->addWidget(unit, row + 1, 2);
        rowLabels[row]->setBuddy(boxes[row]);
    }
    kindLabel->setBuddy(kind_);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(kindHelp_);
    layout->addWidget(rangeNote_);
    layout->addWidget(preview_, 1);
    layout->addWidget(percentiles_);
    layout->addWidget(messageLabel_);
    layout->addWidget(buttons_);

    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(kind_, &QComboBox::currentIndexChanged, this, &DistributionEditor::updateState);
    for (QDoubleSpinBox* box : boxes) connect(box, &QDoubleSpinBox::valueChanged, this, &DistributionEditor::updateState);

    prefill(current);
    retranslate();
    updateState();
}

QPushButton* DistributionEditor::okButton() const { return buttons_->button(QDialogButtonBox::Ok); }

void DistributionEditor::prefill(const Distribution* current) {
    const ParameterSpec& p = spec(id_);
    const double value = std::clamp(currentValue_, p.min, p.max);
    double low = 0;
    double mode = value;
    double high = 0;
    if (current) {
        low = current->a;
        high = current->kind == DistributionKind::Triangular ? current->c : current->b;
        mode = current->kind == DistributionKind::Triangular ? current->b : std::clamp(value, low, std::max(low, high));
    } else {
        // ±20% around the value (±20% of the range at zero), clipped to the
        // range and rounded as the slider rounds.
        const double spread = value != 0 ? kSuggestedSpread * std::abs(value) : kSuggestedSpread * (p.max - p.min);
        low = slider_scale::quantize(p, value - spread);
        high = slider_scale::quantize(p, value + spread);
        if (low == high) {  // a small count: one step either side
            low = std::max(p.min, value - std::max(1.0, p.step));
            high = std::min(p.max, value + std::max(1.0, p.step));
        }
    }
    const QSignalBlocker blockKind(kind_);
    kind_->setCurrentIndex(current ? kind_->findData(int(current->kind)) : 0);
    for (auto [box, number] : {std::pair{low_, low}, std::pair{mode_, mode}, std::pair{high_, high}}) {
        const QSignalBlocker block(box);
        box->setValue(number);
    }
}

std::optional<DistributionKind> DistributionEditor::kind() const {
    const int data = kind_->currentData().toInt();
    if (data < 0) return std::nullopt;
    return DistributionKind(data);
}

std::optional<Distribution> DistributionEditor::distribution() const {
    const auto k = kind();
    if (!k) return std::nullopt;
    Distribution d;
    d.kind = *k;
    d.a = low_->value();
    if (*k == DistributionKind::Triangular) {
        d.b = mode_->value();
        d.c = high_->value();
    } else {
        d.b = high_->value();
    }
    return d;
}

void DistributionEditor::updateState() {
    const auto k = kind();
    const bool byPercentiles = k == DistributionKind::Normal || k == DistributionKind::Lognormal;
    for (QWidget* w : std::initializer_list<QWidget*>{lowLabel_, low_, unitLabels_[0], highLabel_, high_, unitLabels_[2]})
        w->setEnabled(bool(k));
    modeLabel_->setVisible(k == DistributionKind::Triangular);
    mode_->setVisible(k == DistributionKind::Triangular);
    unitLabels_[1]->setVisible(k == DistributionKind::Triangular);
    lowLabel_->setText(byPercentiles ? tr("P5 (5% below):") : tr("Low:"));
    highLabel_->setText(byPercentiles ? tr("P95 (5% above):") : tr("High:"));

    switch (k.value_or(DistributionKind(-1))) {
    case DistributionKind::Uniform:
        kindHelp_->setText(tr("Every value between low and high is equally likely."));
        break;
    case DistributionKind::Triangular:
        kindHelp_->setText(tr("Most likely at the mode, less and less likely towards low and high."));
        break;
    case DistributionKind::Normal:
        kindHelp_->setText(tr("A bell curve: 90% of the values fall between P5 and P95."));
        break;
    case DistributionKind::Lognormal:
        kindHelp_->setText(tr("A bell curve on a log scale, for prices and factors: 90% of the values "
                              "fall between P5 and P95, with a longer tail above."));
        break;
    default: kindHelp_->setText(tr("No distribution: the value is fixed at the slider's value.")); break;
    }

    const std::optional<Distribution> d = distribution();
    message_.clear();
    if (d) message_ = QString::fromStdString(validateDistribution(id_, *d));
    const bool valid = message_.isEmpty();
    messageLabel_->setText(valid ? QString() : tr("Not valid: %1").arg(message_));
    messageLabel_->setVisible(!valid);
    okButton()->setEnabled(valid);
    okButton()->setToolTip(valid ? QString() : message_);

    preview_->setDistribution(valid ? d : std::nullopt, currentValue_);
    if (d && valid) {
        percentiles_->setText(tr("P10 %1 · median %2 · P90 %3")
                                  .arg(formatNumber(analysis::quantile(id_, *d, 0.1)),
                                       formatNumber(analysis::quantile(id_, *d, 0.5)),
                                       withUnit(formatNumber(analysis::quantile(id_, *d, 0.9)), id_)));
        percentiles_->setToolTip(tr("The shaded band in the preview and on the slider holds the middle 80% "
                                    "of the values (P10 to P90)."));
    } else {
        percentiles_->setText(QString());
        percentiles_->setToolTip(QString());
    }
}

void DistributionEditor::retranslate() {
    const ParameterSpec& p = spec(id_);
    setWindowTitle(tr("Distribution of %1").arg(parameterLabel(p)));
    if (auto* kindLabel = findChild<QLabel*>(QStringLiteral("kindLabel"))) kindLabel->setText(tr("Kind:"));
    kind_->setItemText(0, tr("None (fixed value)"));
    for (int i = 1; i < kind_->count(); ++i)
        kind_->setItemText(i, distributionKindName(DistributionKind(kind_->itemData(i).toInt())));
    kind_->setToolTip(tr("How unsure the value is: Monte Carlo draws it from this distribution"));
    low_->setToolTip(tr("Uniform and triangular: the lowest value. Normal and lognormal: the 5th percentile "
                        "(one value in 20 lies below)."));
    mode_->setToolTip(tr("The most likely value"));
    high_->setToolTip(tr("Uniform and triangular: the highest value. Normal and lognormal: the 95th "
                         "percentile (one value in 20 lies above)."));
    rangeNote_->setText(tr("Truncated to the parameter's range, %1.")
                            .arg(withUnit(QStringLiteral("%1–%2").arg(formatParameterNumber(p.min),
                                                                      formatParameterNumber(p.max)),
                                          id_)));
    preview_->setToolTip(tr("The density within the range; the shaded band is P10 to P90, the dashed "
                            "line the slider's value"));
    for (QLabel* unit : unitLabels_) unit->setText(parameterUnit(p));
    updateState();
}

void DistributionEditor::changeEvent(QEvent* event) {
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) retranslate();
}

}  // namespace leverboard::ui
