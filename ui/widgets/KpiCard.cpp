#include "widgets/KpiCard.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

#include "models/CostCurveModel.h"
#include "text/RegistryText.h"

namespace leverboard::ui {
namespace {

QColor toneColor(KpiTone tone, const QPalette& palette) {
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (tone) {
    case KpiTone::Good: return dark ? QColor(0x6d, 0xd5, 0x8c) : QColor(0x1a, 0x7f, 0x37);
    case KpiTone::Bad: return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
    case KpiTone::Neutral: break;
    }
    return palette.color(QPalette::WindowText);
}

}  // namespace

KpiCard::KpiCard(QString kpiId, QWidget* parent)
    : QFrame(parent), kpiId_(std::move(kpiId)), label_(new QLabel(this)), value_(new QLabel(this)),
      unit_(new QLabel(this)) {
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("KpiCard"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 5, 8, 5);
    layout->setSpacing(0);
    label_->setWordWrap(true);
    value_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    unit_->setWordWrap(true);
    layout->addWidget(label_);
    layout->addWidget(value_);
    layout->addWidget(unit_);
    setLarge(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    const KpiSpec* spec = findKpiSpec(kpiId_.toStdString());
    if (spec && spec->format != KpiFormat::Text) {
        goalSeekAction_ = new QAction(tr("What would it take?…"), this);
        connect(goalSeekAction_, &QAction::triggered, this,
                [this] { emit KpiCardRequests::instance()->goalSeekRequested(this, kpiId_); });
        addAction(goalSeekAction_);
        setContextMenuPolicy(Qt::ActionsContextMenu);
    }
}

KpiCardRequests* KpiCardRequests::instance() {
    static KpiCardRequests* requests = new KpiCardRequests;  // lives as long as the application
    return requests;
}

void KpiCard::setLarge(bool large) {
    QFont labelFont = font();
    labelFont.setPointSizeF(font().pointSizeF() * (large ? 1.3 : 0.85));
    label_->setFont(labelFont);
    unit_->setFont(labelFont);
    if (uncertainty_) uncertainty_->setFont(labelFont);
    QFont valueFont = font();
    valueFont.setBold(true);
    valueFont.setPointSizeF(font().pointSizeF() * (large ? 2.6 : 1.45));
    value_->setFont(valueFont);
}

void KpiCard::showKpi(const Results& results) {
    if (goalSeekAction_) goalSeekAction_->setText(tr("What would it take?…"));  // in the language in effect
    const std::string id = kpiId_.toStdString();
    const KpiSpec* spec = findKpiSpec(id);
    const Kpi* kpi = results.kpi(id);
    if (!spec || !kpi) {
        label_->setText(kpiId_);
        value_->setText(QStringLiteral("—"));
        unit_->setText(tr("unknown KPI"));
        reachable_ = false;
        return;
    }
    const FormattedKpi text = formatKpi(*spec, *kpi);
    label_->setText(kpiLabel(*spec, *kpi));
    value_->setText(text.value);
    reachable_ = kpi->value.has_value() || kpi->isText();
    QString tip = QStringLiteral("<b>%1</b><br>%2").arg(kpiLabel(*spec, *kpi).toHtmlEscaped(),
        registryMeaning(*spec).toHtmlEscaped());
    if (!spec->unit.empty())
        tip += QStringLiteral("<br><i>%1</i>").arg(tr("Unit: %1").arg(ui::unitText(spec->unit)).toHtmlEscaped());
    tip += QStringLiteral("<br><code>%1</code>").arg(kpiId_.toHtmlEscaped());
    if (!reachable_) {
        const QString reason = nullReason(*kpi, results);
        unit_->setText(tr("not reachable"));
        tip += QStringLiteral("<br><br>") + reason.toHtmlEscaped();
    } else {
        unit_->setText(text.unit);
    }
    setToolTip(tip);
    tone_ = reachable_ ? kpiTone(*kpi, results) : KpiTone::Neutral;
    // Only when the colour changes (a new tone, or a new light or dark
    // palette): setPalette on every update costs each card a palette
    // propagation and an extra repaint per slider tick.
    const QColor color = toneColor(tone_, palette());
    if (value_->palette().color(QPalette::WindowText) != color) {
        QPalette p = value_->palette();
        p.setColor(QPalette::WindowText, color);
        value_->setPalette(p);
    }
}

void KpiCard::showUncertainty(const QStringList& lines, const QString& detail) {
    if (lines.isEmpty()) {
        if (uncertainty_) uncertainty_->hide();
        return;
    }
    if (!uncertainty_) {
        uncertainty_ = new QLabel(this);
        uncertainty_->setObjectName(QStringLiteral("KpiUncertainty"));
        uncertainty_->setFont(unit_->font());
        // One line each, as tall as they are; a line wider than the card is cut,
        // not wrapped (the card keeps its width, the tooltip has it all).
        uncertainty_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        layout()->addWidget(uncertainty_);
    }
    uncertainty_->setText(lines.join(QLatin1Char('\n')));
    uncertainty_->setToolTip(detail);
    uncertainty_->show();
}

QString KpiCard::uncertaintyText() const {
    return uncertainty_ && !uncertainty_->isHidden() ? uncertainty_->text() : QString();
}

QString KpiCard::valueText() const { return value_->text(); }
QString KpiCard::labelText() const { return label_->text(); }
QString KpiCard::unitText() const { return unit_->text(); }

KpiStrip::KpiStrip(std::vector<QString> kpiIds, QWidget* parent)
    : QWidget(parent), fixedIds_(std::move(kpiIds)), expandUnlockMonths_(false),
      layout_(new QGridLayout(this)) {
    layout_->setContentsMargins(0, 0, 0, 0);
    layout_->setSpacing(6);
    for (const QString& id : fixedIds_) {
        if (id == QString::fromUtf8(kUnlockMonthPrefix.data(), qsizetype(kUnlockMonthPrefix.size()))) {
            expandUnlockMonths_ = true;
            continue;
        }
        cards_.append(new KpiCard(id, this));
    }
    placeCards();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void KpiStrip::placeCards() {
    // Balanced rows of at most kMaxPerRow: nine cards make rows of 5 and 4,
    // wide enough that a two-word label is not cut on a 1366-pixel screen.
    const int count = int(cards_.size());
    const int rows = std::max(1, (count + kMaxPerRow - 1) / kMaxPerRow);
    const int perRow = std::max(1, (count + rows - 1) / rows);
    for (int column = 0; column < layout_->columnCount(); ++column) layout_->setColumnStretch(column, 0);
    for (int i = 0; i < count; ++i) layout_->addWidget(cards_[i], i / perRow, i % perRow);
    for (int column = 0; column < perRow; ++column) layout_->setColumnStretch(column, 1);
}

void KpiStrip::showResults(const Results& results) {
    if (expandUnlockMonths_) {
        // One card per application: the list is editable, so cards follow it.
        QStringList wanted;
        for (const QString& id : fixedIds_)
            if (id != QString::fromUtf8(kUnlockMonthPrefix.data(), qsizetype(kUnlockMonthPrefix.size()))) wanted << id;
        for (const auto& app : results.get<CostResults>().applications)
            wanted << QString::fromStdString(std::string(kUnlockMonthPrefix) + app.id);
        QStringList current;
        for (KpiCard* card : cards_) current << card->kpiId();
        if (wanted != current) {
            qDeleteAll(cards_);
            cards_.clear();
            for (const QString& id : wanted) {
                auto* card = new KpiCard(id, this);
                card->setLarge(large_);
                cards_.append(card);
            }
            placeCards();
        }
    }
    for (KpiCard* card : cards_) card->showKpi(results);
}

QList<KpiCard*> KpiStrip::cards() const { return cards_; }

void KpiStrip::setLarge(bool large) {
    large_ = large;
    for (KpiCard* card : cards_) card->setLarge(large);
}

}  // namespace leverboard::ui
