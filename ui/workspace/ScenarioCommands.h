#pragma once
// Scenario operations (add, duplicate, rename, delete, reorder, notes,
// comparison set) as pure functions from the workspace before to the
// workspace after, plus one helper that pushes the result as a single undo
// step. Keeping the arithmetic of indices here, away from the widgets, makes
// every rule (the active index follows its scenario, renames carry over to
// the comparison set, the last scenario is never deleted) testable alone.

#include <QString>
#include <optional>

#include "scenario/Workspace.h"

namespace leverboard::ui {

class WorkspaceDocument;

// The outcome of an operation: the workspace after it, or why it was refused.
// Neither set means "nothing to do" (e.g. renaming to the same name).
struct WorkspaceEdit {
    std::optional<Workspace> after;
    QString undoText;  // "Rename scenario “Bear”"
    QString refusal;   // for the user: "A scenario named “Bull” already exists."

    bool accepted() const { return after.has_value(); }
    bool refused() const { return !refusal.isEmpty(); }
};

namespace scenario_ops {

// A new scenario with every parameter at its default, appended and made active.
WorkspaceEdit addScenario(const Workspace& workspace, const QString& wantedName);
// A copy of scenario `index` named "X (copy)" (made unique), inserted right
// after it and made active. Not added to the comparison set.
WorkspaceEdit duplicateScenario(const Workspace& workspace, int index);
// Trims the name; refuses empty names and names another scenario has.
WorkspaceEdit renameScenario(const Workspace& workspace, int index, const QString& newName);
// Refuses to delete the last scenario. The active index keeps pointing at the
// same scenario, or at its neighbour when the active one is deleted.
WorkspaceEdit deleteScenario(const Workspace& workspace, int index);
// Moves scenario `index` by `offset` places (−1 up, +1 down); the active
// index follows the scenario it pointed at.
WorkspaceEdit moveScenario(const Workspace& workspace, int index, int offset);
WorkspaceEdit setNotes(const Workspace& workspace, int index, const QString& notes);
// Adds or removes a scenario from the comparison set (at most kMaxCompared).
WorkspaceEdit setCompared(const Workspace& workspace, int index, bool compared);

bool isCompared(const Workspace& workspace, int index);
int comparedCount(const Workspace& workspace);  // names that resolve to a scenario

}  // namespace scenario_ops

// Pushes an accepted edit as one ChangeWorkspaceCommand. Returns whether the
// workspace changed.
bool pushWorkspaceEdit(WorkspaceDocument* document, const WorkspaceEdit& edit);

}  // namespace leverboard::ui
