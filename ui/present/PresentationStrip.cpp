#include "present/PresentationStrip.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

#include "document/WorkspaceDocument.h"
#include "widgets/ParameterEditor.h"

namespace leverboard::ui {
namespace {

// Two rows on a tall screen, one on a small one, so the slide keeps room
// for its charts; wider groups scroll sideways.
constexpr int kMaxRows = 2;
constexpr int kTwoRowsMinScreenHeight = 900;
// An editor is as wide as a label such as "Max speed-up: generation", a
// slider long enough to aim and a number.
constexpr int kEditorWidthInCharacters = 36;
constexpr int kSpacing = 18;
constexpr double kStripFontRatio = 0.8;  // of the slide's type: compact, still readable

}  // namespace

PresentationStrip::PresentationStrip(WorkspaceDocument* document, QWidget* parent)
    : QFrame(parent), document_(document), caption_(new QLabel(this)), keys_(new QLabel(this)),
      scroll_(new QScrollArea(this)), grid_(new QWidget), gridLayout_(new QGridLayout(grid_)) {
    setObjectName(QStringLiteral("PresentationStrip"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    QFont compact = font();
    compact.setPointSizeF(compact.pointSizeF() * kStripFontRatio);
    setFont(compact);

    QFont bold = caption_->font();
    bold.setBold(true);
    caption_->setFont(bold);
    keys_->setForegroundRole(QPalette::PlaceholderText);
    keys_->setText(tr("Tab or click to edit · arrows move the slider · Esc or a click on the slide: back to slides · P hides"));

    gridLayout_->setContentsMargins(0, 0, 0, 0);
    gridLayout_->setHorizontalSpacing(kSpacing);
    gridLayout_->setVerticalSpacing(2);
    scroll_->setWidget(grid_);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll_->setFocusPolicy(Qt::NoFocus);
    scroll_->setBackgroundRole(QPalette::AlternateBase);
    grid_->setBackgroundRole(QPalette::AlternateBase);

    auto* top = new QHBoxLayout;
    top->addWidget(caption_);
    top->addStretch(1);
    top->addWidget(keys_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 8, 24, 8);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(scroll_);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    connect(document_, &WorkspaceDocument::scenarioEdited, this, [this](int index) {
        if (index == document_->activeIndex()) refreshValues();
    });
    connect(document_, &WorkspaceDocument::activeScenarioChanged, this, &PresentationStrip::refreshValues);
    connect(document_, &WorkspaceDocument::workspaceReset, this, &PresentationStrip::refreshValues);
}

void PresentationStrip::showGroup(ModelGroup group, const QString& caption) {
    caption_->setText(tr("Parameters · %1").arg(caption));
    if (hasGroup_ && group == group_) return;
    const bool hadFocus = containsFocus();
    qDeleteAll(editors_);
    editors_.clear();
    group_ = group;
    hasGroup_ = true;
    for (const ParameterSpec& p : parameters()) {
        if (p.group != group) continue;
        auto* editor = new ParameterEditor(p.param, document_, grid_);
        editors_.append(editor);
    }
    arrangedColumns_ = -1;
    arrangeEditors();
    if (hadFocus) focusFirstControl();
}

ParameterEditor* PresentationStrip::editor(ParamId id) const {
    for (ParameterEditor* e : editors_)
        if (e->parameter() == id) return e;
    return nullptr;
}

QString PresentationStrip::captionText() const { return caption_->text(); }

bool PresentationStrip::containsFocus() const {
    const QWidget* focus = QApplication::focusWidget();
    return focus && isAncestorOf(focus);
}

void PresentationStrip::focusFirstControl() {
    if (editors_.isEmpty()) return;
    ParameterEditor* first = editors_.front();
    QWidget* control = first->slider() ? static_cast<QWidget*>(first->slider()) : first->comboBox();
    if (control) control->setFocus(Qt::TabFocusReason);
}

void PresentationStrip::refreshValues() {
    const Scenario& scenario = document_->activeScenario();
    for (ParameterEditor* e : editors_) e->showValue(scenario[e->parameter()]);
}

int PresentationStrip::editorWidth() const {
    return fontMetrics().averageCharWidth() * kEditorWidthInCharacters;
}

void PresentationStrip::arrangeEditors() {
    if (!layout()) return;  // still being built
    const int count = int(editors_.size());
    const int columnWidth = editorWidth();
    const QMargins margins = layout()->contentsMargins();
    const int available = std::max(1, width() - margins.left() - margins.right());
    const int fit = std::max(1, (available + kSpacing) / (columnWidth + kSpacing));
    const int maxRows = window()->height() >= kTwoRowsMinScreenHeight ? kMaxRows : 1;
    const int rows = std::clamp((count + fit - 1) / fit, 1, maxRows);
    const int columns = std::max(1, (count + rows - 1) / rows);
    if (columns == arrangedColumns_ && rows == arrangedRows_ &&
        (editors_.isEmpty() || editors_.front()->width() == columnWidth))
        return;
    arrangedColumns_ = columns;
    arrangedRows_ = rows;

    while (gridLayout_->count() > 0) delete gridLayout_->takeAt(0);
    for (int c = 0; c <= columns; ++c) gridLayout_->setColumnStretch(c, 0);
    // Column by column: neighbours in the registry (and in Tab order) stay together.
    for (int i = 0; i < count; ++i) {
        editors_[i]->setFixedWidth(columnWidth);
        gridLayout_->addWidget(editors_[i], i % rows, i / rows);
    }
    gridLayout_->setColumnStretch(columns, 1);  // keep the editors left-aligned

    const bool scrolls = columns * (columnWidth + kSpacing) - kSpacing > available;
    const int scrollBar = scrolls ? style()->pixelMetric(QStyle::PM_ScrollBarExtent) : 0;
    scroll_->setFixedHeight(grid_->sizeHint().height() + scrollBar);
}

void PresentationStrip::resizeEvent(QResizeEvent* event) {
    QFrame::resizeEvent(event);
    arrangeEditors();
}

void PresentationStrip::changeEvent(QEvent* event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        arrangedColumns_ = -1;
        arrangeEditors();
    }
}

}  // namespace leverboard::ui
