#pragma once
// The open workspace: scenarios, the active one, the comparison set, the file
// it came from and the undo stack. Every user edit goes through an undoable
// command; the modified flag is simply "the undo stack is not clean".

#include <QObject>
#include <QString>
#include <QUndoStack>
#include <utility>
#include <vector>

#include "scenario/Workspace.h"

namespace leverboard::ui {

class WorkspaceDocument : public QObject {
    Q_OBJECT
public:
    explicit WorkspaceDocument(QObject* parent = nullptr);

    const Workspace& workspace() const { return workspace_; }
    int activeIndex() const { return workspace_.active; }
    const Scenario& activeScenario() const { return workspace_.activeScenario(); }
    QUndoStack* undoStack() { return &undoStack_; }

    QString filePath() const { return filePath_; }
    bool isModified() const { return !undoStack_.isClean(); }
    void setFilePath(const QString& path);
    void markSaved();  // the undo stack's clean point

    // Replaces everything (New, Open, recovery): clears the undo history.
    void reset(const Workspace& workspace, const QString& filePath);

    // ---- Undoable edits of the active scenario --------------------------
    // Consecutive edits of one parameter with the same non-zero dragSession
    // merge into one undo step (one slider drag is one step).
    void setParameter(ParamId id, double value, int dragSession = 0);
    void resetParameter(ParamId id);
    // Several parameters of the active scenario as one undo step (clamped to
    // their ranges; unchanged ones left out; nothing pushed when none changes).
    void setParameters(const std::vector<std::pair<ParamId, double>>& values, const QString& description);
    void setApplications(const std::vector<Application>& applications, const QString& description);
    static int newDragSession();
    // Replaces the active scenario's distributions and correlations (one
    // undo step named by the description); nothing when unchanged. Refuses
    // (false) what the workspace reader would refuse (analysis::validateUncertainty),
    // so a saved file always opens again.
    bool setUncertainty(const Uncertainty& uncertainty, const QString& description);

    // ---- View state (not undoable) --------------------------------------
    void setActiveIndex(int index);
    bool compareEnabled() const { return compareEnabled_; }
    void setCompareEnabled(bool enabled);

    // Scenario indices shown: the active one first, then (in compare mode)
    // the other scenarios of the comparison set, at most kMaxCompared.
    std::vector<int> visibleScenarios() const;
    // The colour slot (scenarioColor) of each visible scenario, parallel to
    // visibleScenarios(). Compared scenarios keep the slot of their place in
    // the comparison set, so making another one active does not recolour the
    // charts; an active scenario outside the set takes the first free slot.
    std::vector<int> colorSlots() const;

    // ---- Primitive mutators, for undo commands only ---------------------
    void applyParameter(int scenario, ParamId id, double value);
    void applyApplications(int scenario, const std::vector<Application>& applications);
    void applyUncertainty(int scenario, const Uncertainty& uncertainty);
    // Structural changes (scenario list, notes, names, compare set) made by
    // commands: replaces the workspace and says what changed.
    void applyWorkspace(const Workspace& workspace);

signals:
    void scenarioEdited(int scenarioIndex);  // parameter values, applications, uncertainty, notes
    // Also emitted (after scenarioEdited) when only the distributions or correlations changed.
    void uncertaintyEdited(int scenarioIndex);
    void activeScenarioChanged(int index);
    void scenariosChanged();                 // added, removed, renamed, reordered, compare set
    void compareModeChanged(bool enabled);
    void workspaceReset();
    void filePathChanged(const QString& path);
    void modifiedChanged(bool modified);

private:
    Workspace workspace_;
    QUndoStack undoStack_;
    QString filePath_;
    bool compareEnabled_ = false;
};

}  // namespace leverboard::ui
