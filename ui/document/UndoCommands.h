#pragma once
// Small undo commands over WorkspaceDocument (Tiled-style: one value each,
// mergeWith for drags; merge ids in one enum).

#include <QUndoCommand>
#include <vector>

#include "params/ParameterRegistry.h"
#include "scenario/Workspace.h"

namespace leverboard::ui {

class WorkspaceDocument;

enum UndoMergeId { kMergeParameter = 1 };

class SetParameterCommand : public QUndoCommand {
public:
    SetParameterCommand(WorkspaceDocument* document, int scenario, ParamId id, double oldValue,
                        double newValue, int dragSession);
    void undo() override;
    void redo() override;
    int id() const override { return kMergeParameter; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    WorkspaceDocument* document_;
    int scenario_;
    ParamId param_;
    double oldValue_;
    double newValue_;
    int dragSession_;
};

// Several parameters of one scenario set as one undo step (a map click sets
// both axes, goal seek applies its answer). Never merges: a slider drag that
// follows is its own step.
class SetParametersCommand : public QUndoCommand {
public:
    struct Change {
        ParamId param;
        double oldValue;
        double newValue;
    };
    SetParametersCommand(WorkspaceDocument* document, int scenario, std::vector<Change> changes,
                         const QString& text);
    void undo() override;
    void redo() override;

private:
    WorkspaceDocument* document_;
    int scenario_;
    std::vector<Change> changes_;
};

class SetApplicationsCommand : public QUndoCommand {
public:
    SetApplicationsCommand(WorkspaceDocument* document, int scenario, std::vector<Application> oldApps,
                           std::vector<Application> newApps, const QString& text);
    void undo() override;
    void redo() override;

private:
    WorkspaceDocument* document_;
    int scenario_;
    std::vector<Application> oldApps_;
    std::vector<Application> newApps_;
};

// A scenario's whole uncertainty (distributions and rank correlations)
// before and after one edit in the distribution editor or the correlation table.
class SetUncertaintyCommand : public QUndoCommand {
public:
    SetUncertaintyCommand(WorkspaceDocument* document, int scenario, Uncertainty before, Uncertainty after,
                          const QString& text);
    void undo() override;
    void redo() override;

private:
    WorkspaceDocument* document_;
    int scenario_;
    Uncertainty before_;
    Uncertainty after_;
};

// Any structural change of the workspace (add, duplicate, rename, delete,
// reorder scenarios, notes, compare set): whole before/after snapshots. A
// workspace is a few kilobytes, so snapshots are simpler than inverse ops.
class ChangeWorkspaceCommand : public QUndoCommand {
public:
    ChangeWorkspaceCommand(WorkspaceDocument* document, Workspace before, Workspace after,
                           const QString& text);
    void undo() override;
    void redo() override;

private:
    WorkspaceDocument* document_;
    Workspace before_;
    Workspace after_;
};

}  // namespace leverboard::ui
