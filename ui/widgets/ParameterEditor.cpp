#include "widgets/ParameterEditor.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyleOptionSlider>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "analysis/Sampling.h"
#include "document/WorkspaceDocument.h"
#include "format/PeopleNumbers.h"
#include "style/Contrast.h"
#include "style/Palette.h"
#include "text/RegistryText.h"
#include "widgets/DistributionEditor.h"

namespace leverboard::ui {
namespace {

// A label that ends in "…" when its text does not fit, instead of losing its
// first letters (units such as "fraction of revenue" beside a long name).
class ElidingLabel : public QLabel {
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        painter.setPen(palette().color(foregroundRole()));
        const QRect area = contentsRect();
        painter.drawText(area, int(alignment()), fontMetrics().elidedText(text(), Qt::ElideRight, area.width()));
    }
};

constexpr int kSignificantDigits = 3;
constexpr int kMaxDecimals = 6;

QString fromView(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The slider's coordinate for a value: the value itself, log(value) or log(1 + value).
double toSliderSpace(Scale scale, double value) {
    switch (scale) {
    case Scale::Linear: return value;
    case Scale::Log: return std::log(value);
    case Scale::LogOnePlus: return std::log1p(value);
    }
    return value;
}

double fromSliderSpace(Scale scale, double coordinate) {
    switch (scale) {
    case Scale::Linear: return coordinate;
    case Scale::Log: return std::exp(coordinate);
    case Scale::LogOnePlus: return std::expm1(coordinate);
    }
    return coordinate;
}

double roundToDecimals(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// Large values read as "2 B" or "100 M" (exactly: "123.456789 M" when the
// value needs it, since the spin box re-reads its own text on focus-out).
struct Magnitude {
    double factor;
    int digits;
    const char* suffix;
};
constexpr Magnitude kMagnitudes[] = {{1e12, 12, "T"}, {1e9, 9, "B"}, {1e6, 6, "M"}};

// Accepts what a person types: the people locale's number format ("0,5" in
// German), the C format ("1234.5"), exponents ("2e9") and magnitude suffixes
// ("2 B", "350k"). Shows numbers in the people locale (format/PeopleNumbers.h).
// Trailing zeros are not shown, so numbers read "10" and "0.125" rather than
// "10.000" and "0.125". Every instance is as wide as the widest usual value,
// so the column of spin boxes lines up.
class ParameterSpinBox : public QDoubleSpinBox {
public:
    using QDoubleSpinBox::QDoubleSpinBox;

    QString textFromValue(double value) const override {
        for (const Magnitude& magnitude : kMagnitudes) {
            if (std::abs(value) >= magnitude.factor)
                return formatEditable(value / magnitude.factor, decimals() + magnitude.digits) +
                       QLatin1Char(' ') + QLatin1String(magnitude.suffix);
        }
        return formatEditable(value, decimals());
    }

    double valueFromText(const QString& text) const override {
        bool ok = false;
        const double value = parse(text, &ok);
        return ok ? value : this->value();
    }

    QValidator::State validate(QString& input, int&) const override {
        const QString text = input.trimmed();
        if (text.isEmpty()) return QValidator::Intermediate;
        bool ok = false;
        const double value = parse(text, &ok);
        if (ok) return value >= minimum() && value <= maximum() ? QValidator::Acceptable
                                                                : QValidator::Intermediate;
        // Half-typed numbers ("1e", "-", "0.") may still become valid.
        const QLocale people = peopleLocale();
        const QString allowed = QStringLiteral("0123456789+-eE.,kKmMbBgGtT ") + people.decimalPoint() +
                                people.groupSeparator() + QChar(0x2009) + QChar(0xa0);
        for (QChar c : text)
            if (!allowed.contains(c)) return QValidator::Invalid;
        return QValidator::Intermediate;
    }

    QSize sizeHint() const override { return widened(QDoubleSpinBox::sizeHint()); }
    QSize minimumSizeHint() const override { return widened(QDoubleSpinBox::minimumSizeHint()); }

private:
    // Qt sizes a spin box for its minimum and maximum texts, which for a
    // 0–1 range is one character; make room for a usual value instead.
    QSize widened(QSize hint) const {
        const QFontMetrics metrics = fontMetrics();
        const int rangeText = std::max(metrics.horizontalAdvance(textFromValue(minimum())),
                                       metrics.horizontalAdvance(textFromValue(maximum())));
        const QLocale people = peopleLocale();
        const QString sample = QStringLiteral("000") + people.groupSeparator() + QStringLiteral("000") +
                               people.decimalPoint() + QStringLiteral("00");
        hint.setWidth(hint.width() - rangeText + metrics.horizontalAdvance(sample));
        return hint;
    }

    double parse(const QString& text, bool* ok) const {
        QString number = text.trimmed();
        double factor = 1;
        if (!number.isEmpty()) {
            switch (number.back().toUpper().unicode()) {
            case 'K': factor = 1e3; break;
            case 'M': factor = 1e6; break;
            case 'B':
            case 'G': factor = 1e9; break;
            case 'T': factor = 1e12; break;
            default: break;
            }
            if (factor != 1) number = number.chopped(1).trimmed();
        }
        const std::optional<double> value = parseNumber(number);
        *ok = value && std::isfinite(*value * factor);
        return *ok ? *value * factor : 0.0;
    }
};

constexpr int kBandThickness = 4;

// A slider that marks the P10–P90 band of the parameter's distribution.
class BandSlider : public QSlider {
public:
    using QSlider::QSlider;

    void setBand(std::optional<std::pair<int, int>> band) {
        if (band == band_) return;
        band_ = band;
        update();
    }
    const std::optional<std::pair<int, int>>& band() const { return band_; }

    // The handle's centre when the slider stands at `position`.
    int pixelAt(int position) const {
        QStyleOptionSlider option;
        initStyleOption(&option);
        option.sliderPosition = position;
        option.sliderValue = position;
        const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
        return handle.center().x();
    }

    // A bar just under the groove line, from P10 to P90: drawn over the handle
    // so it stays visible when the value sits inside the band, and in a colour
    // apart from the groove's own fill.
    QRect bandRect() const {
        if (!band_) return {};
        QStyleOptionSlider option;
        initStyleOption(&option);
        const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
        const int left = pixelAt(band_->first);
        const int right = pixelAt(band_->second);
        const int top = std::min(groove.center().y() + 3, height() - kBandThickness);
        return {left, top, std::max(3, right - left), kBandThickness};
    }

protected:
    void paintEvent(QPaintEvent* event) override {
        QSlider::paintEvent(event);
        if (!band_) return;
        QPainter painter(this);
        QColor band = uncertaintyBandColor();
        if (!isEnabled()) band.setAlphaF(0.4F);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(band);
        painter.drawRoundedRect(QRectF(bandRect()), 1.5, 1.5);
    }

private:
    std::optional<std::pair<int, int>> band_;
};

// The distribution control's icon: a small bell curve, outlined when no
// distribution is set, filled in the scenario colour when one is.
QIcon distributionIcon(bool set, const QColor& outline) {
    // Drawn at twice the size on a 16 × 16 logical canvas: crisp on HiDPI, smooth at 1×.
    QPixmap pixmap(32, 32);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath curve;
    constexpr double kBase = 13.5;
    for (int i = 0; i <= 28; ++i) {
        const double x = 1 + i * 0.5;
        const double z = (x - 8) / 2.2;
        const QPointF point(x, kBase - 10 * std::exp(-0.5 * z * z));
        if (i == 0) curve.moveTo(point);
        else curve.lineTo(point);
    }
    const QColor accent = uncertaintyBandColor();
    if (set) {
        QPainterPath filled = curve;
        filled.lineTo(15, kBase);
        filled.lineTo(1, kBase);
        filled.closeSubpath();
        painter.fillPath(filled, accent);
    }
    painter.setPen(QPen(set ? accent.darker(130) : outline, 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(curve);
    return QIcon(pixmap);
}

QString choiceLabel(std::string_view choice) {
    QString text = fromView(choice);
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return QCoreApplication::translate("Parameter", text.toUtf8().constData());
}

}  // namespace

// ---- slider_scale ---------------------------------------------------------

namespace slider_scale {

int positionOf(const ParameterSpec& spec, double value) {
    const double low = toSliderSpace(spec.scale, spec.min);
    const double high = toSliderSpace(spec.scale, spec.max);
    const double clamped = std::clamp(value, spec.min, spec.max);
    if (!std::isfinite(clamped) || high <= low) return 0;
    const double fraction = (toSliderSpace(spec.scale, clamped) - low) / (high - low);
    return std::clamp(int(std::lround(fraction * kPositions)), 0, kPositions);
}

double valueAt(const ParameterSpec& spec, int position) {
    const double low = toSliderSpace(spec.scale, spec.min);
    const double high = toSliderSpace(spec.scale, spec.max);
    const double fraction = double(std::clamp(position, 0, kPositions)) / kPositions;
    if (position <= 0) return spec.min;  // exact ends, free of exp/log rounding
    if (position >= kPositions) return spec.max;
    return std::clamp(fromSliderSpace(spec.scale, low + fraction * (high - low)), spec.min, spec.max);
}

double quantize(const ParameterSpec& spec, double value) {
    if (spec.scale == Scale::Linear && spec.step > 0) {
        value = std::round(value / spec.step) * spec.step;
    } else if (value != 0) {
        const int magnitude = int(std::floor(std::log10(std::abs(value))));
        const double unit = std::pow(10.0, magnitude - (kSignificantDigits - 1));
        value = std::round(value / unit) * unit;
    }
    value = roundToDecimals(value, decimals(spec));  // drops binary noise such as 0.30000000000000004
    if (spec.wholeNumber) value = std::round(value);  // a count: GPUs, parallel degrees
    return std::clamp(value, spec.min, spec.max);
}

int decimals(const ParameterSpec& spec) {
    if (spec.wholeNumber) return 0;
    int places = spec.step > 0 ? int(std::ceil(-std::log10(spec.step) - 1e-9)) : 0;
    if (spec.scale == Scale::Log && spec.min > 0)
        places = std::max(places, kSignificantDigits - 1 - int(std::floor(std::log10(spec.min))));
    return std::clamp(places, 0, kMaxDecimals);
}

}  // namespace slider_scale

// ---- labels -----------------------------------------------------------------

QString parameterLabel(const ParameterSpec& spec) {
    return registryLabel(spec);
}

QString parameterUnit(const ParameterSpec& spec) {
    return unitText(spec.unit);
}

QString formatParameterNumber(double value) { return formatExact(value); }

QDoubleSpinBox* createParameterSpinBox(QWidget* parent) { return new ParameterSpinBox(parent); }

// ---- ParameterEditor ----------------------------------------------------------

ParameterEditor::ParameterEditor(ParamId id, WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent), id_(id), document_(document), value_(std::nan("")), label_(new QLabel(this)),
      unit_(new ElidingLabel(this)), reset_(new QToolButton(this)) {
    const ParameterSpec& p = parameterSpec();
    setObjectName(fromView(p.id));

    QFont small = unit_->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    unit_->setFont(small);
    unit_->setForegroundRole(QPalette::PlaceholderText);
    keepPlaceholderReadable(unit_, QPalette::WindowText, QPalette::Window);  // legible on dark themes
    // A long unit is elided at a narrow width rather than widen the dock;
    // the tooltip has it in full.
    unit_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    unit_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    reset_->setText(QStringLiteral("↺"));
    reset_->setAutoRaise(true);
    reset_->setFocusPolicy(Qt::TabFocus);
    connect(reset_, &QToolButton::clicked, this, [this] { document_->resetParameter(id_); });

    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 3, 0, 3);
    rows->setSpacing(1);
    auto* top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(label_);
    top->addWidget(unit_, 1);
    rows->addLayout(top);

    if (p.isEnum()) buildChoiceControls();
    else buildNumericControls();

    retranslate();
    showValue(document_->activeScenario()[id_]);
}

void ParameterEditor::retranslate() {
    const ParameterSpec& p = parameterSpec();
    label_->setText(parameterLabel(p));
    unit_->setText(parameterUnit(p));
    const QString defaultText =
        p.isEnum() ? choiceLabel(p.choices[std::size_t(p.defaultValue)])
                   : QStringLiteral("%1 %2").arg(formatParameterNumber(p.defaultValue), parameterUnit(p)).trimmed();
    reset_->setToolTip(tr("Reset to default (%1)").arg(defaultText));
    // Screen readers: each control is named by the registry label and
    // described by the registry meaning.
    const QString meaning = registryMeaning(p);
    for (QWidget* control : {static_cast<QWidget*>(slider_), static_cast<QWidget*>(spin_),
                             static_cast<QWidget*>(combo_)}) {
        if (!control) continue;
        control->setAccessibleName(parameterLabel(p));
        control->setAccessibleDescription(meaning);
    }
    reset_->setAccessibleName(tr("Reset %1").arg(parameterLabel(p)));
    reset_->setAccessibleDescription(reset_->toolTip());
    updateDistributionButton();
    setToolTip(toolTipText());
}

void ParameterEditor::buildNumericControls() {
    const ParameterSpec& p = parameterSpec();
    slider_ = new BandSlider(Qt::Horizontal, this);
    slider_->setRange(0, slider_scale::kPositions);
    // A key press moves linear parameters by one registry step, log
    // parameters by 1/1000 of the log range (about one per cent).
    const int stepPositions =
        p.scale == Scale::Linear
            ? std::max(1, int(std::lround(p.step / (p.max - p.min) * slider_scale::kPositions)))
            : 1;
    slider_->setSingleStep(stepPositions);
    slider_->setPageStep(std::max(stepPositions, slider_scale::kPositions / 20));
    slider_->setFocusPolicy(Qt::StrongFocus);
    slider_->setMinimumWidth(44);  // room for the distribution control in a 250 px dock

    spin_ = new ParameterSpinBox(this);
    spin_->setDecimals(slider_scale::decimals(p));
    spin_->setRange(p.min, p.max);
    spin_->setKeyboardTracking(false);
    spin_->setAlignment(Qt::AlignRight);
    spin_->setFocusPolicy(Qt::StrongFocus);
    if (p.scale == Scale::Linear) spin_->setSingleStep(p.step);
    if (p.wholeNumber) spin_->setSingleStep(1);
    else spin_->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    // Keyboard order within the row: slider, spin box, reset (the reset
    // button is made first, so without this it would come first).
    distributionButton_ = new QToolButton(this);
    distributionButton_->setObjectName(QStringLiteral("distributionButton"));
    distributionButton_->setAutoRaise(true);
    distributionButton_->setFocusPolicy(Qt::TabFocus);
    distributionButton_->setIconSize(QSize(16, 16));
    connect(distributionButton_, &QToolButton::clicked, this, [this] { openDistributionEditor(); });
    setTabOrder(slider_, spin_);
    setTabOrder(spin_, distributionButton_);
    setTabOrder(distributionButton_, reset_);

    // Wheel events scroll the panel unless the control has the focus.
    slider_->installEventFilter(this);
    spin_->installEventFilter(this);

    connect(slider_, &QSlider::sliderPressed, this,
            [this] { dragSession_ = WorkspaceDocument::newDragSession(); });
    connect(slider_, &QSlider::sliderReleased, this, [this] { dragSession_ = 0; });
    connect(slider_, &QSlider::valueChanged, this, &ParameterEditor::onSliderMoved);
    connect(spin_, &QDoubleSpinBox::valueChanged, this, &ParameterEditor::onSpinEdited);

    auto* controls = new QHBoxLayout;
    controls->setSpacing(4);
    controls->addWidget(slider_, 1);
    controls->addWidget(spin_);
    controls->addWidget(distributionButton_);
    controls->addWidget(reset_);
    static_cast<QVBoxLayout*>(layout())->addLayout(controls);
}

void ParameterEditor::buildChoiceControls() {
    const ParameterSpec& p = parameterSpec();
    combo_ = new QComboBox(this);
    for (std::size_t i = 0; i < p.choices.size(); ++i) combo_->addItem(choiceLabel(p.choices[i]), int(i));
    setTabOrder(combo_, reset_);
    combo_->setFocusPolicy(Qt::StrongFocus);
    combo_->installEventFilter(this);
    connect(combo_, &QComboBox::currentIndexChanged, this, &ParameterEditor::onChoiceChosen);

    auto* controls = new QHBoxLayout;
    controls->setSpacing(4);
    controls->addWidget(combo_, 1);
    controls->addWidget(reset_);
    static_cast<QVBoxLayout*>(layout())->addLayout(controls);
}

void ParameterEditor::showDistribution(const Distribution* distribution) {
    if (!distributionButton_) return;
    const std::optional<Distribution> shown = distribution ? std::optional(*distribution) : std::nullopt;
    if (shown == distribution_) return;
    distribution_ = shown;
    static_cast<BandSlider*>(slider_)->setBand(bandPositions());
    updateDistributionButton();
}

std::optional<std::pair<int, int>> ParameterEditor::bandPositions() const {
    if (!distribution_ || !validateDistribution(id_, *distribution_).empty()) return std::nullopt;
    const ParameterSpec& p = parameterSpec();
    return std::pair{slider_scale::positionOf(p, analysis::quantile(id_, *distribution_, 0.1)),
                     slider_scale::positionOf(p, analysis::quantile(id_, *distribution_, 0.9))};
}

QRect ParameterEditor::bandRect() const {
    return slider_ ? static_cast<const BandSlider*>(slider_)->bandRect() : QRect();
}

DistributionEditor* ParameterEditor::openDistributionEditor() {
    if (!distributionButton_) return nullptr;
    const int scenario = document_->activeIndex();
    auto* dialog = new DistributionEditor(id_, document_->activeScenario().uncertainty.find(id_), value_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, scenario] {
        if (scenario != document_->activeIndex()) return;  // the scenario it was opened for is gone
        Uncertainty uncertainty = document_->activeScenario().uncertainty;
        const std::optional<Distribution> chosen = dialog->distribution();
        const QString label = parameterLabel(parameterSpec());
        if (chosen) uncertainty.set(id_, *chosen);
        else uncertainty.remove(id_);
        document_->setUncertainty(uncertainty, chosen ? tr("Set distribution of %1").arg(label)
                                                      : tr("Remove distribution of %1").arg(label));
    });
    dialog->open();
    return dialog;
}

void ParameterEditor::updateDistributionButton() {
    if (!distributionButton_) return;
    const QColor outline = mutedTextColor(palette().color(QPalette::ButtonText), palette().color(QPalette::Window));
    distributionButton_->setIcon(distributionIcon(distribution_.has_value(), outline));
    const QString label = parameterLabel(parameterSpec());
    if (distribution_) {
        const QString summary = distributionSummary(id_, *distribution_);
        distributionButton_->setToolTip(tr("Distribution: %1. Click to change it.").arg(summary));
        distributionButton_->setAccessibleName(tr("Distribution of %1: %2").arg(label, summary));
    } else {
        distributionButton_->setToolTip(tr("No distribution: click to say how unsure this value is"));
        distributionButton_->setAccessibleName(tr("Set a distribution for %1").arg(label));
    }
    distributionButton_->setAccessibleDescription(distributionButton_->toolTip());
}

bool ParameterEditor::isAtDefault() const {
    const double def = parameterSpec().defaultValue;
    return std::abs(value_ - def) <= 1e-12 * std::max(1.0, std::abs(def));
}

void ParameterEditor::showValue(double value) {
    if (value == value_) return;
    value_ = value;
    if (slider_) {
        const QSignalBlocker blockSlider(slider_);
        const QSignalBlocker blockSpin(spin_);
        slider_->setValue(slider_scale::positionOf(parameterSpec(), value));
        spin_->setValue(value);
    }
    if (combo_) {
        const QSignalBlocker blockCombo(combo_);
        combo_->setCurrentIndex(combo_->findData(int(std::lround(value))));
    }
    showDefaultState();
}

void ParameterEditor::onSliderMoved(int position) {
    const double value = slider_scale::quantize(parameterSpec(), slider_scale::valueAt(parameterSpec(), position));
    if (value == value_) return;  // a position finer than the shown precision
    value_ = value;
    {
        const QSignalBlocker blockSpin(spin_);
        spin_->setValue(value);
    }
    showDefaultState();
    document_->setParameter(id_, value, dragSession_);
}

void ParameterEditor::onSpinEdited(double value) {
    if (value == value_) return;
    value_ = value;
    {
        // The typed value stays exact; the slider only moves to its nearest position.
        const QSignalBlocker blockSlider(slider_);
        slider_->setValue(slider_scale::positionOf(parameterSpec(), value));
    }
    showDefaultState();
    document_->setParameter(id_, value, 0);
}

void ParameterEditor::onChoiceChosen(int index) {
    if (index < 0) return;
    const double value = combo_->itemData(index).toInt();
    if (value == value_) return;
    value_ = value;
    showDefaultState();
    document_->setParameter(id_, value, 0);
}

void ParameterEditor::showDefaultState() {
    const bool atDefault = isAtDefault();
    reset_->setEnabled(!atDefault);
    QFont font = label_->font();
    if (font.bold() == !atDefault) return;
    font.setBold(!atDefault);
    label_->setFont(font);
}

QString ParameterEditor::labelText() const { return label_->text(); }

bool ParameterEditor::matchesFilter(const QString& text) const {
    const QString needle = text.trimmed();
    if (needle.isEmpty()) return true;
    const ParameterSpec& p = parameterSpec();
    return parameterLabel(p).contains(needle, Qt::CaseInsensitive) ||
           fromView(p.labelEn).contains(needle, Qt::CaseInsensitive) ||
           fromView(p.labelZh).contains(needle, Qt::CaseInsensitive) ||
           fromView(p.id).contains(needle, Qt::CaseInsensitive) ||
           parameterUnit(p).contains(needle, Qt::CaseInsensitive);
}

QString ParameterEditor::toolTipText() const {
    const ParameterSpec& p = parameterSpec();
    const QString unit = parameterUnit(p);
    auto row = [](const QString& name, const QString& value) {
        return QStringLiteral("<tr><td style='padding-right:8px'><i>%1</i></td><td>%2</td></tr>")
            .arg(name.toHtmlEscaped(), value);
    };
    QString range;
    QString defaultText;
    if (p.isEnum()) {
        QStringList choices;
        for (auto choice : p.choices) choices << choiceLabel(choice);
        range = choices.join(QStringLiteral(" / "));
        defaultText = choiceLabel(p.choices[std::size_t(p.defaultValue)]);
    } else {
        range = tr("%1 to %2").arg(formatParameterNumber(p.min), formatParameterNumber(p.max));
        if (p.scale == Scale::Log) range += tr(", log scale");
        if (p.scale == Scale::LogOnePlus) range += tr(", log(1 + value) scale");
        defaultText = formatParameterNumber(p.defaultValue);
    }
    QString html = QStringLiteral("<p><b>%1</b><br>%2</p><table cellspacing='0' cellpadding='0'>")
                       .arg(parameterLabel(p).toHtmlEscaped(),
                            QCoreApplication::translate("Parameter", std::string(p.meaning).c_str()).toHtmlEscaped());
    html += row(tr("Unit"), unit.isEmpty() ? tr("none (a pure number)") : unit.toHtmlEscaped());
    html += row(tr("Range"), range.toHtmlEscaped());
    html += row(tr("Default"), defaultText.toHtmlEscaped());
    html += row(tr("Source"), fromView(p.source).toHtmlEscaped());
    html += row(tr("Id"), QStringLiteral("<code>%1</code>").arg(fromView(p.id).toHtmlEscaped()));
    html += QStringLiteral("</table>");
    return html;
}

bool ParameterEditor::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Wheel) {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && !widget->hasFocus()) {
            // Ignored and filtered: Qt passes the wheel on to the scroll area.
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ParameterEditor::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) retranslate();
    if (event->type() == QEvent::PaletteChange) updateDistributionButton();
}

}  // namespace leverboard::ui
