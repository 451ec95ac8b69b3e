#include "present/PresentationWindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QFontMetrics>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTextLayout>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "pages/ModelPage.h"
#include "present/PageCharts.h"
#include "present/PresentationHint.h"
#include "present/PresentationStrip.h"
#include "present/SlideFonts.h"

namespace leverboard::ui {
namespace {

// Type grows with the screen: ×kTypeScaleAtReference on a 1366 × 768
// screen, proportionally more on larger ones (×1.76 at 1920 × 1080).
constexpr double kReferenceWidth = 1366;
constexpr double kReferenceHeight = 768;
constexpr double kTypeScaleAtReference = 1.25;
constexpr double kMinTypeScale = 1.0;
constexpr double kMaxTypeScale = 2.6;
constexpr double kRescaleThreshold = 0.02;

// Header and footer type, relative to the slide's type.
constexpr double kTitleRatio = 1.6;
constexpr double kScenarioRatio = 1.1;
constexpr double kNotesRatio = 0.95;
constexpr double kFooterRatio = 0.8;
constexpr int kMaxNoteLines = 2;
constexpr int kHeaderSpacing = 24;

void setRelativeFont(QWidget* widget, double ratio, bool bold = false, bool italic = false) {
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * ratio);
    font.setBold(bold);
    font.setItalic(italic);
    widget->setFont(font);
}

// Keys belong to slide navigation: nothing on a slide takes the keyboard,
// and a click on the slide gives the keyboard back to the window (Qt passes
// click focus up to the first parent that accepts it).
void keepKeysForSlides(QWidget* page) {
    page->setFocusPolicy(Qt::NoFocus);
    for (QWidget* child : page->findChildren<QWidget*>()) child->setFocusPolicy(Qt::NoFocus);
}

// The text cut to at most maxLines lines of the given width, the last one
// ending in "…" when the text goes on.
QString elidedToLines(const QString& text, const QFont& font, int width, int maxLines) {
    if (width <= 0 || text.isEmpty()) return text;
    QTextLayout layout(text, font);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines << QFontMetrics(font).elidedText(text.mid(line.textStart()), Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

PresentationWindow::PresentationWindow(WorkspaceDocument* document, EvaluationScheduler* scheduler, QWidget* parent)
    : QWidget(parent, Qt::Window), document_(document), scheduler_(scheduler) {
    setObjectName(QStringLiteral("PresentationWindow"));
    setWindowTitle(tr("Leverboard — Presentation"));
    setAttribute(Qt::WA_QuitOnClose, false);  // the main window decides when the application ends
    setFocusPolicy(Qt::StrongFocus);

    stack_ = new QStackedWidget(this);
    // The slide takes whatever the header, strip and footer leave: it never
    // pushes the window past the screen.
    stack_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    slides_ = createModelPages();
    for (ModelPage* page : slides_) {
        stack_->addWidget(page);
        keepKeysForSlides(page);
    }
    stale_.assign(std::size_t(slides_.size()), true);

    strip_ = new PresentationStrip(document_, this);
    strip_->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 18, 32, 10);
    layout->setSpacing(10);
    layout->addWidget(buildHeader());
    layout->addWidget(stack_, 1);
    layout->addWidget(strip_);
    layout->addWidget(buildFooter());

    hint_ = new PresentationHint(stack_);  // over the slide, never over the strip
    addEditActions();

    connect(scheduler_, &EvaluationScheduler::resultsReady, this, &PresentationWindow::refreshResults);
    // Names, notes and the file name can change without new results.
    connect(document_, &WorkspaceDocument::scenariosChanged, this, &PresentationWindow::refreshHeader);
    connect(document_, &WorkspaceDocument::scenarioEdited, this, &PresentationWindow::refreshHeader);
    connect(document_, &WorkspaceDocument::filePathChanged, this, &PresentationWindow::refreshHeader);

    showSlide(0);
    refreshResults();
    updateTypeScale();
}

PresentationWindow::~PresentationWindow() = default;

QWidget* PresentationWindow::buildHeader() {
    auto* header = new QWidget(this);
    header_ = header;
    title_ = new QLabel(header);
    title_->setObjectName(QStringLiteral("SlideTitle"));
    setRelativeFont(title_, kTitleRatio, true);
    scenarios_ = new QLabel(header);
    scenarios_->setObjectName(QStringLiteral("SlideScenarios"));
    scenarios_->setTextFormat(Qt::RichText);
    scenarios_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    scenarios_->setMinimumWidth(1);  // long names move to their own row (arrangeHeader), never widen the slide
    setRelativeFont(scenarios_, kScenarioRatio, true);
    notes_ = new QLabel(header);
    notes_->setObjectName(QStringLiteral("SlideNotes"));
    notes_->setTextFormat(Qt::PlainText);
    notes_->setForegroundRole(QPalette::PlaceholderText);
    // The row's width decides the lines, not the text's length.
    notes_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setRelativeFont(notes_, kNotesRatio, false, true);
    notes_->installEventFilter(this);  // re-cut the notes whenever the row's width changes
    header->installEventFilter(this);  // and decide again whether the names fit beside the title

    auto* rule = new QFrame(header);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    headerTop_ = new QBoxLayout(QBoxLayout::LeftToRight);
    headerTop_->setSpacing(kHeaderSpacing);
    headerTop_->addWidget(title_);
    headerTop_->addStretch(1);
    headerTop_->addWidget(scenarios_);
    auto* rows = new QVBoxLayout(header);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);
    rows->addLayout(headerTop_);
    rows->addWidget(notes_);
    rows->addWidget(rule);
    return header;
}

QWidget* PresentationWindow::buildFooter() {
    auto* footer = new QWidget(this);
    workspaceName_ = new QLabel(footer);
    workspaceName_->setForegroundRole(QPalette::PlaceholderText);
    setRelativeFont(workspaceName_, kFooterRatio);
    counter_ = new QLabel(footer);
    counter_->setObjectName(QStringLiteral("SlideCounter"));
    setRelativeFont(counter_, kFooterRatio, true);
    auto* row = new QHBoxLayout(footer);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(workspaceName_);
    row->addStretch(1);
    row->addWidget(counter_);
    return footer;
}

void PresentationWindow::addEditActions() {
    // The main window's Edit menu is out of reach while presenting.
    QAction* undo = document_->undoStack()->createUndoAction(this);
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = document_->undoStack()->createRedoAction(this);
    redo->setShortcuts(QKeySequence::Redo);  // every binding: Ctrl+Y and Ctrl+Shift+Z
    auto* quit = new QAction(tr("Quit"), this);
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (quitKeys.isEmpty()) quitKeys << QKeySequence(Qt::CTRL | Qt::Key_Q);  // platforms without a standard
    quit->setShortcuts(quitKeys);
    connect(quit, &QAction::triggered, this, &PresentationWindow::quitRequested);
    addActions({undo, redo, quit});
}

int PresentationWindow::slideCount() const { return int(slides_.size()); }

int PresentationWindow::currentSlide() const { return stack_->currentIndex(); }

ModelPage* PresentationWindow::slidePage(int index) const { return slides_.value(index); }

void PresentationWindow::showSlide(int index) {
    if (slides_.isEmpty()) return;
    index = std::clamp(index, 0, slideCount() - 1);
    ModelPage* page = slides_[index];
    if (stale_[std::size_t(index)] && !scheduler_->views().empty()) {
        page->showResults(scheduler_->views());
        stale_[std::size_t(index)] = false;
        // A row of cards may have grown (unlock months follow the applications).
        keepKeysForSlides(page);
        if (typeScale_ > 0) fitSlideKpiCards(page, typeScale_);
    }
    const bool changed = index != stack_->currentIndex();
    stack_->setCurrentIndex(index);
    title_->setText(page->pageTitle());
    counter_->setText(tr("%1 / %2").arg(index + 1).arg(slideCount()));
    strip_->showGroup(page->group(), page->pageTitle());
    if (changed) emit currentSlideChanged(index);
}

void PresentationWindow::nextSlide() { showSlide(currentSlide() + 1); }

void PresentationWindow::previousSlide() { showSlide(currentSlide() - 1); }

void PresentationWindow::refreshResults() {
    // Only the slide on screen redraws now; the others when they are shown.
    std::fill(stale_.begin(), stale_.end(), true);
    showSlide(currentSlide());
    refreshHeader();
}

void PresentationWindow::refreshHeader() {
    const std::vector<ScenarioView>& views = scheduler_->views();
    if (views.size() <= 1) {
        scenarios_->setText(QString::fromStdString(document_->activeScenario().name).toHtmlEscaped());
    } else {
        // The names in their chart colours, as the legends show them.
        QStringList names;
        for (const ScenarioView& view : views)
            names << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                         .arg(view.color.name(), view.name.toHtmlEscaped());
        scenarios_->setText(names.join(QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;")));
    }

    const Scenario& active = document_->activeScenario();
    fullNotes_ = QString::fromStdString(active.notes).simplified();
    if (views.size() > 1 && !fullNotes_.isEmpty())  // say whose notes these are
        fullNotes_ = tr("%1: %2").arg(QString::fromStdString(active.name), fullNotes_);
    arrangeHeader();
    notes_->setVisible(!fullNotes_.isEmpty());
    notes_->setToolTip(fullNotes_);
    refreshNotes();

    const QString path = document_->filePath();
    workspaceName_->setText(path.isEmpty() ? tr("Leverboard") : tr("Leverboard · %1").arg(QFileInfo(path).fileName()));
}

void PresentationWindow::refreshNotes() {
    const int width = notes_->width();
    notes_->setText(elidedToLines(fullNotes_, notes_->font(), width, kMaxNoteLines));
}

QString PresentationWindow::slideTitle() const { return title_->text(); }

QString PresentationWindow::scenarioText() const {
    QStringList names;
    for (const ScenarioView& view : scheduler_->views()) names << view.name;
    if (names.isEmpty()) names << QString::fromStdString(document_->activeScenario().name);
    return names.join(QStringLiteral(" · "));
}

QList<QColor> PresentationWindow::scenarioColors() const {
    QList<QColor> colors;
    if (scheduler_->views().size() > 1)
        for (const ScenarioView& view : scheduler_->views()) colors << view.color;
    return colors;
}

QString PresentationWindow::notesText() const { return notes_->isHidden() ? QString() : notes_->text(); }

QString PresentationWindow::counterText() const { return counter_->text(); }

bool PresentationWindow::isParameterStripShown() const { return !strip_->isHidden(); }

void PresentationWindow::setParameterStripShown(bool shown) {
    if (shown == isParameterStripShown()) return;
    if (!shown && strip_->containsFocus()) setFocus(Qt::OtherFocusReason);
    strip_->setVisible(shown);
}

void PresentationWindow::keyPressEvent(QKeyEvent* event) {
    const bool stripHasKeys = isParameterStripShown() && strip_->containsFocus();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (event->key() == Qt::Key_Escape) {
        if (stripHasKeys) {
            setFocus(Qt::OtherFocusReason);
            hint_->showHint(tr("Keys back on the slides · Esc again to exit"));
        } else {
            emit exitRequested();
        }
        return;
    }
    if (event->key() == Qt::Key_P && plain) {
        setParameterStripShown(!isParameterStripShown());
        return;
    }
    // While a slider has the keyboard, its arrows and pages move the slider.
    if (stripHasKeys || !plain) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space: nextSlide(); return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace: previousSlide(); return;
    case Qt::Key_Home: showSlide(0); return;
    case Qt::Key_End: showSlide(slideCount() - 1); return;
    default: break;
    }
    if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_9 && event->key() - Qt::Key_1 < slideCount()) {
        showSlide(event->key() - Qt::Key_1);
        return;
    }
    QWidget::keyPressEvent(event);
}

void PresentationWindow::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    updateTypeScale();
}

bool PresentationWindow::eventFilter(QObject* watched, QEvent* event) {
    const bool resized = event->type() == QEvent::Resize || event->type() == QEvent::FontChange;
    if (watched == notes_ && resized) refreshNotes();
    // Also when what it holds changes size (the title's text or type scale):
    // the header's own width may not change then.
    if (watched == header_ && (resized || event->type() == QEvent::LayoutRequest)) arrangeHeader();
    return QWidget::eventFilter(watched, event);
}

void PresentationWindow::arrangeHeader() {
    // The scenario names beside the title when they fit, else on a row of their own.
    const int needed = title_->sizeHint().width() + kHeaderSpacing + scenarios_->sizeHint().width();
    const bool beside = needed <= header_->contentsRect().width();
    const auto direction = beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (headerTop_->direction() == direction) return;
    headerTop_->setDirection(direction);
    scenarios_->setAlignment((beside ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
}

void PresentationWindow::updateTypeScale() {
    const double fit = std::min(width() / kReferenceWidth, height() / kReferenceHeight);
    const double scale = std::clamp(kTypeScaleAtReference * fit, kMinTypeScale, kMaxTypeScale);
    if (std::abs(scale - typeScale_) < kRescaleThreshold) return;
    typeScale_ = scale;
    scaleSlideFonts(this, scale);
}

void PresentationWindow::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    setFocus(Qt::ActiveWindowFocusReason);
    if (!greeted_) {
        greeted_ = true;
        hint_->showHint(tr("←/→ slides · P parameters · Esc exit"));
    }
}

bool PresentationWindow::focusNextPrevChild(bool next) {
    // From the slides, Tab goes to the strip's first slider (not its reset
    // button); with the strip hidden the keyboard stays on the slides.
    if (!strip_->containsFocus()) {
        if (isParameterStripShown()) strip_->focusFirstControl();
        return true;
    }
    return QWidget::focusNextPrevChild(next);
}

void PresentationWindow::closeEvent(QCloseEvent* event) {
    // Closed by the window manager (Alt+F4): the same as Esc.
    QWidget::closeEvent(event);
    emit exitRequested();
}

}  // namespace leverboard::ui
