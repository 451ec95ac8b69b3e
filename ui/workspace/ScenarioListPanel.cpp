#include "workspace/ScenarioListPanel.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "document/WorkspaceDocument.h"
#include "style/Palette.h"
#include "workspace/ScenarioCommands.h"

namespace leverboard::ui {
namespace {

constexpr int kSwatchSize = 12;
constexpr int kMessageVisibleMs = 8000;

// A square of the scenario's compare colour (or an empty square, so names line
// up whether a row has a colour or not).
QIcon swatchIcon(std::optional<int> slot) {
    QPixmap pixmap(kSwatchSize, kSwatchSize);
    pixmap.fill(Qt::transparent);
    if (slot) {
        QPainter painter(&pixmap);
        painter.setPen(Qt::NoPen);
        painter.setBrush(scenarioColor(*slot));
        painter.drawRoundedRect(QRectF(1, 1, kSwatchSize - 2, kSwatchSize - 2), 2, 2);
    }
    return QIcon(pixmap);
}

}  // namespace

ScenarioListPanel::ScenarioListPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent), document_(document), list_(new QListWidget(this)),
      compareButton_(new QToolButton(this)), compareHint_(new QLabel(this)), message_(new QLabel(this)),
      notesTitle_(new QLabel(this)), notes_(new QPlainTextEdit(this)), notesIdle_(new QTimer(this)),
      messageExpiry_(new QTimer(this)) {
    setObjectName(QStringLiteral("ScenarioListPanel"));

    list_->setObjectName(QStringLiteral("ScenarioList"));
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    list_->setIconSize(QSize(kSwatchSize, kSwatchSize));
    list_->setUniformItemSizes(true);
    list_->viewport()->installEventFilter(this);

    buildActions();

    compareButton_->setDefaultAction(compareAction_);
    compareButton_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    compareHint_->setObjectName(QStringLiteral("CompareHint"));
    compareHint_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    message_->setObjectName(QStringLiteral("ScenarioMessage"));
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("QLabel#ScenarioMessage { color: #8a1f11; }"));
    message_->hide();
    messageExpiry_->setSingleShot(true);
    connect(messageExpiry_, &QTimer::timeout, message_, &QLabel::hide);

    notesTitle_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    notes_->setObjectName(QStringLiteral("ScenarioNotes"));
    notes_->setPlaceholderText(tr("Why this scenario: assumptions, sources, open questions…"));
    notes_->setTabChangesFocus(true);
    notes_->installEventFilter(this);
    notesIdle_->setSingleShot(true);
    notesIdle_->setInterval(kNotesIdleMs);
    connect(notesIdle_, &QTimer::timeout, this, &ScenarioListPanel::commitNotes);
    connect(notes_, &QPlainTextEdit::textChanged, this, [this] {
        if (updating_) return;
        notesPending_ = true;
        notesIdle_->start();
    });

    auto* compareRow = new QHBoxLayout;
    compareRow->addWidget(compareButton_);
    compareRow->addWidget(compareHint_, 1);

    // Two rows of three so the dock stays narrow (≈185 px) beside the charts.
    auto* buttons = new QGridLayout;
    buttons->setSpacing(2);
    const QAction* const ordered[] = {addAction_, duplicateAction_, renameAction_,
                                      deleteAction_, moveUpAction_, moveDownAction_};
    for (int i = 0; i < 6; ++i) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(const_cast<QAction*>(ordered[i]));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        buttons->addWidget(button, i / 3, i % 3);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(compareRow);
    layout->addWidget(list_, 2);
    layout->addLayout(buttons);
    layout->addWidget(message_);
    layout->addWidget(notesTitle_);
    layout->addWidget(notes_, 1);

    connect(list_, &QListWidget::currentRowChanged, this, &ScenarioListPanel::onCurrentRowChanged);
    connect(list_, &QListWidget::itemChanged, this, &ScenarioListPanel::onItemChanged);
    connect(document_, &WorkspaceDocument::activeScenarioChanged, this, &ScenarioListPanel::refresh);
    connect(document_, &WorkspaceDocument::scenariosChanged, this, &ScenarioListPanel::refresh);
    connect(document_, &WorkspaceDocument::workspaceReset, this, [this] {
        notesPending_ = false;  // a new workspace replaces whatever was being typed
        refresh();
    });
    connect(document_, &WorkspaceDocument::compareModeChanged, this, &ScenarioListPanel::refresh);
    refresh();
}

void ScenarioListPanel::buildActions() {
    // Shortcuts act only while the list has focus: Del in the notes editor or
    // in a parameter spin box must never delete a scenario.
    auto make = [this](const QString& text, const QString& buttonText, const QKeySequence& shortcut,
                       const QString& tip) {
        auto* action = new QAction(text, this);
        action->setIconText(buttonText);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setToolTip(shortcut.isEmpty() ? tip
                                              : QStringLiteral("%1 (%2)").arg(
                                                    tip, shortcut.toString(QKeySequence::NativeText)));
        list_->addAction(action);
        return action;
    };
    addAction_ = make(tr("&Add Scenario"), tr("Add"), QKeySequence(Qt::Key_Insert),
                      tr("Add a scenario with every parameter at its default"));
    duplicateAction_ = make(tr("D&uplicate Scenario"), tr("Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D),
                            tr("Copy the active scenario"));
    renameAction_ = make(tr("&Rename Scenario"), tr("Rename"), QKeySequence(Qt::Key_F2),
                         tr("Rename the active scenario"));
    deleteAction_ = make(tr("&Delete Scenario"), tr("Delete"), QKeySequence(QKeySequence::Delete),
                         tr("Delete the active scenario (Undo brings it back)"));
    moveUpAction_ = make(tr("Move &Up"), QStringLiteral("▲"), QKeySequence(Qt::ALT | Qt::Key_Up),
                         tr("Move the active scenario up"));
    moveDownAction_ = make(tr("Move Dow&n"), QStringLiteral("▼"), QKeySequence(Qt::ALT | Qt::Key_Down),
                           tr("Move the active scenario down"));
    list_->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(addAction_, &QAction::triggered, this, [this] {
        commitNotes();
        if (apply(scenario_ops::addScenario(document_->workspace(), tr("New scenario"))) && list_->isVisible())
            list_->editItem(list_->item(document_->activeIndex()));  // name it right away
    });
    connect(duplicateAction_, &QAction::triggered, this, [this] {
        commitNotes();
        apply(scenario_ops::duplicateScenario(document_->workspace(), document_->activeIndex()));
    });
    connect(renameAction_, &QAction::triggered, this, [this] {
        commitNotes();
        if (QListWidgetItem* item = list_->item(document_->activeIndex())) list_->editItem(item);
    });
    connect(deleteAction_, &QAction::triggered, this, [this] {
        commitNotes();
        apply(scenario_ops::deleteScenario(document_->workspace(), document_->activeIndex()));
    });
    connect(moveUpAction_, &QAction::triggered, this, [this] {
        commitNotes();
        apply(scenario_ops::moveScenario(document_->workspace(), document_->activeIndex(), -1));
    });
    connect(moveDownAction_, &QAction::triggered, this, [this] {
        commitNotes();
        apply(scenario_ops::moveScenario(document_->workspace(), document_->activeIndex(), +1));
    });

    compareAction_ = new QAction(tr("&Compare Scenarios"), this);
    compareAction_->setIconText(tr("Compare"));
    compareAction_->setCheckable(true);
    compareAction_->setToolTip(
        tr("Overlay the ticked scenarios (up to %1) on every chart, each in its own colour")
            .arg(kMaxCompared));
    connect(compareAction_, &QAction::toggled, this, [this](bool on) {
        if (updating_) return;
        commitNotes();
        document_->setCompareEnabled(on);
    });
}

QString ScenarioListPanel::message() const { return message_->isHidden() ? QString() : message_->text(); }

void ScenarioListPanel::showMessage(const QString& text) {
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
    if (!text.isEmpty()) messageExpiry_->start(kMessageVisibleMs);
    emit statusMessage(text);
}

bool ScenarioListPanel::apply(const WorkspaceEdit& edit) {
    if (edit.refused()) {
        showMessage(edit.refusal);
        return false;
    }
    if (!pushWorkspaceEdit(document_, edit)) return false;
    showMessage({});
    return true;
}

void ScenarioListPanel::commitNotes() {
    if (!notesPending_) return;
    notesPending_ = false;
    notesIdle_->stop();
    apply(scenario_ops::setNotes(document_->workspace(), notesScenario_, notes_->toPlainText()));
}

bool ScenarioListPanel::renameScenario(int index, const QString& name) {
    commitNotes();
    const WorkspaceEdit edit = scenario_ops::renameScenario(document_->workspace(), index, name);
    apply(edit);
    refresh();  // an inline edit that was refused or trimmed shows the real name again
    return !edit.refused();
}

void ScenarioListPanel::onCurrentRowChanged(int row) {
    if (updating_ || row < 0) return;
    commitNotes();
    document_->setActiveIndex(row);
}

void ScenarioListPanel::onItemChanged(QListWidgetItem* item) {
    if (updating_) return;
    const int row = list_->row(item);
    const bool ticked = item->checkState() == Qt::Checked;
    if (ticked != scenario_ops::isCompared(document_->workspace(), row)) {
        commitNotes();
        apply(scenario_ops::setCompared(document_->workspace(), row, ticked));
        refresh();  // a refused tick is taken back
        return;
    }
    const QString name = QString::fromStdString(document_->workspace().scenarios.at(std::size_t(row)).name);
    if (item->text() != name) renameScenario(row, item->text());
}

void ScenarioListPanel::refresh() {
    const Workspace& workspace = document_->workspace();
    const int count = int(workspace.scenarios.size());
    const std::vector<int> visible = document_->visibleScenarios();
    const std::vector<int> colorSlots = document_->colorSlots();
    updating_ = true;
    while (list_->count() > count) delete list_->takeItem(list_->count() - 1);
    while (list_->count() < count) {
        auto* item = new QListWidgetItem(list_);
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
    }
    for (int row = 0; row < count; ++row) {
        const Scenario& scenario = workspace.scenarios[std::size_t(row)];
        QListWidgetItem* item = list_->item(row);
        item->setText(QString::fromStdString(scenario.name));
        item->setCheckState(scenario_ops::isCompared(workspace, row) ? Qt::Checked : Qt::Unchecked);
        QFont font = list_->font();
        font.setBold(row == workspace.active);
        item->setFont(font);
        std::optional<int> slot;
        const auto shown = std::find(visible.begin(), visible.end(), row);
        if (document_->compareEnabled() && shown != visible.end())
            slot = colorSlots[std::size_t(shown - visible.begin())];
        item->setIcon(swatchIcon(slot));
        QString tip = tr("Click to make it the active scenario, double-click or F2 to rename, "
                         "tick to compare.");
        if (!scenario.notes.empty()) tip = QString::fromStdString(scenario.notes) + QStringLiteral("\n\n") + tip;
        item->setToolTip(tip);
    }
    if (list_->currentRow() != workspace.active) list_->setCurrentRow(workspace.active);
    compareAction_->setChecked(document_->compareEnabled());
    updating_ = false;

    const int ticked = scenario_ops::comparedCount(workspace);
    compareHint_->setText(tr("%1 of %2 ticked").arg(ticked).arg(kMaxCompared));
    compareHint_->setToolTip(tr("In compare mode the active scenario is always shown, plus the ticked ones."));
    updateActionStates();
    refreshNotes();
}

void ScenarioListPanel::refreshNotes() {
    const int active = document_->activeIndex();
    notesTitle_->setText(tr("Notes — %1").arg(QString::fromStdString(document_->activeScenario().name)));
    if (notesPending_) {
        if (notesScenario_ == active) return;  // keep what is being typed
        notesPending_ = false;                 // the scenario changed under the editor
        notesIdle_->stop();
    }
    notesScenario_ = active;
    const QString notes = QString::fromStdString(document_->activeScenario().notes);
    if (notes_->toPlainText() == notes) return;  // keeps the cursor where it is
    updating_ = true;
    notes_->setPlainText(notes);
    updating_ = false;
}

void ScenarioListPanel::updateActionStates() {
    const int active = document_->activeIndex();
    const int count = int(document_->workspace().scenarios.size());
    deleteAction_->setEnabled(count > 1);
    moveUpAction_->setEnabled(active > 0);
    moveDownAction_->setEnabled(active < count - 1);
}

bool ScenarioListPanel::isOnCheckIndicator(const QPoint& viewportPos, int* row) const {
    QListWidgetItem* item = list_->itemAt(viewportPos);
    if (!item) return false;
    // The rectangle the item delegate draws the check box in.
    QStyleOptionViewItem option;
    option.initFrom(list_);
    option.rect = list_->visualItemRect(item);
    option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay |
                      QStyleOptionViewItem::HasDecoration;
    option.checkState = item->checkState();
    option.text = item->text();
    option.icon = item->icon();
    option.decorationSize = list_->iconSize();
    const QRect check = list_->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list_);
    if (!check.adjusted(-2, -2, 2, 2).contains(viewportPos)) return false;
    *row = list_->row(item);
    return true;
}

bool ScenarioListPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == notes_ && event->type() == QEvent::FocusOut) {
        commitNotes();
    } else if (watched == list_->viewport()) {
        // A click on a compare check box toggles it without also making that
        // scenario the active one (which a plain click on the row does).
        const QEvent::Type type = event->type();
        if (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonRelease ||
            type == QEvent::MouseButtonDblClick) {
            auto* mouse = static_cast<QMouseEvent*>(event);
            int row = -1;
            if (mouse->button() == Qt::LeftButton && isOnCheckIndicator(mouse->position().toPoint(), &row)) {
                if (type == QEvent::MouseButtonPress) {
                    QListWidgetItem* item = list_->item(row);
                    item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
                }
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace leverboard::ui
