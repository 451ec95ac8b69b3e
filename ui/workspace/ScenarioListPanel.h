#pragma once
// The scenario list (content of the left dock): switch the active scenario
// with a click, tick up to four scenarios to compare, add, duplicate,
// rename, delete and reorder them, and edit the active scenario's notes.
// Every change of the workspace is one undo step (scenario_ops +
// ChangeWorkspaceCommand); switching the active scenario and turning compare
// mode on or off are view changes and are not.

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QTimer;
class QToolButton;

namespace leverboard::ui {

class WorkspaceDocument;
struct WorkspaceEdit;

class ScenarioListPanel : public QWidget {
    Q_OBJECT
public:
    explicit ScenarioListPanel(WorkspaceDocument* document, QWidget* parent = nullptr);

    QListWidget* list() const { return list_; }
    QPlainTextEdit* notesEditor() const { return notes_; }
    QAction* addScenarioAction() const { return addAction_; }
    QAction* duplicateAction() const { return duplicateAction_; }
    QAction* renameAction() const { return renameAction_; }
    QAction* deleteAction() const { return deleteAction_; }
    QAction* moveUpAction() const { return moveUpAction_; }
    QAction* moveDownAction() const { return moveDownAction_; }
    // Checkable; bound to WorkspaceDocument::setCompareEnabled.
    QAction* compareAction() const { return compareAction_; }

    // The last refusal or hint shown under the list (empty when none).
    QString message() const;

    // Writes pending notes to the document as one undo step. Called on focus
    // out, after a second without typing and before any other operation.
    void commitNotes();

    // Same path as an inline edit of the row's text; false when refused.
    bool renameScenario(int index, const QString& name);

    static constexpr int kNotesIdleMs = 1000;

signals:
    void statusMessage(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildActions();
    void refresh();
    void refreshNotes();
    void updateActionStates();
    void onCurrentRowChanged(int row);
    void onItemChanged(QListWidgetItem* item);
    bool apply(const WorkspaceEdit& edit);
    void showMessage(const QString& text);
    bool isOnCheckIndicator(const QPoint& viewportPos, int* row) const;

    WorkspaceDocument* document_;
    QListWidget* list_;
    QToolButton* compareButton_;
    QLabel* compareHint_;
    QLabel* message_;
    QLabel* notesTitle_;
    QPlainTextEdit* notes_;
    QTimer* notesIdle_;
    QTimer* messageExpiry_;
    QAction* addAction_ = nullptr;
    QAction* duplicateAction_ = nullptr;
    QAction* renameAction_ = nullptr;
    QAction* deleteAction_ = nullptr;
    QAction* moveUpAction_ = nullptr;
    QAction* moveDownAction_ = nullptr;
    QAction* compareAction_ = nullptr;
    bool updating_ = false;      // refresh() is writing the widgets: not a user edit
    bool notesPending_ = false;  // the editor holds notes the document has not got yet
    int notesScenario_ = -1;     // whose notes the editor shows
};

}  // namespace leverboard::ui
