#include "document/WorkspaceDocument.h"

#include <algorithm>
#include <atomic>

#include "analysis/Sampling.h"
#include "document/UndoCommands.h"

namespace leverboard::ui {

WorkspaceDocument::WorkspaceDocument(QObject* parent) : QObject(parent), workspace_(defaultWorkspace()) {
    connect(&undoStack_, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

void WorkspaceDocument::setFilePath(const QString& path) {
    if (path == filePath_) return;
    filePath_ = path;
    emit filePathChanged(path);
}

void WorkspaceDocument::markSaved() { undoStack_.setClean(); }

void WorkspaceDocument::reset(const Workspace& workspace, const QString& filePath) {
    workspace_ = workspace;
    if (workspace_.scenarios.empty()) workspace_ = defaultWorkspace();
    workspace_.active = std::clamp(workspace_.active, 0, int(workspace_.scenarios.size()) - 1);
    undoStack_.clear();
    setFilePath(filePath);
    emit workspaceReset();
    emit modifiedChanged(false);
}

int WorkspaceDocument::newDragSession() {
    static std::atomic<int> next{1};
    return next++;
}

void WorkspaceDocument::setParameter(ParamId id, double value, int dragSession) {
    const double clamped = clampToRange(id, value);
    const double old = activeScenario()[id];
    if (clamped == old) return;
    undoStack_.push(new SetParameterCommand(this, workspace_.active, id, old, clamped, dragSession));
}

void WorkspaceDocument::setParameters(const std::vector<std::pair<ParamId, double>>& values,
                                      const QString& description) {
    std::vector<SetParametersCommand::Change> changes;
    for (const auto& [id, value] : values) {
        const double clamped = clampToRange(id, value);
        const double old = activeScenario()[id];
        if (clamped != old) changes.push_back({id, old, clamped});
    }
    if (changes.empty()) return;
    undoStack_.push(new SetParametersCommand(this, workspace_.active, std::move(changes), description));
}

void WorkspaceDocument::resetParameter(ParamId id) { setParameter(id, spec(id).defaultValue); }

void WorkspaceDocument::setApplications(const std::vector<Application>& applications,
                                        const QString& description) {
    if (applications == activeScenario().applications) return;
    undoStack_.push(new SetApplicationsCommand(this, workspace_.active, activeScenario().applications,
                                               applications, description));
}

bool WorkspaceDocument::setUncertainty(const Uncertainty& uncertainty, const QString& description) {
    if (!analysis::validateUncertainty(uncertainty).empty()) return false;
    if (uncertainty == activeScenario().uncertainty) return true;
    undoStack_.push(new SetUncertaintyCommand(this, workspace_.active, activeScenario().uncertainty,
                                              uncertainty, description));
    return true;
}

void WorkspaceDocument::setActiveIndex(int index) {
    index = std::clamp(index, 0, int(workspace_.scenarios.size()) - 1);
    if (index == workspace_.active) return;
    workspace_.active = index;
    emit activeScenarioChanged(index);
}

void WorkspaceDocument::setCompareEnabled(bool enabled) {
    if (enabled == compareEnabled_) return;
    compareEnabled_ = enabled;
    emit compareModeChanged(enabled);
}

std::vector<int> WorkspaceDocument::visibleScenarios() const {
    std::vector<int> indices{workspace_.active};
    if (!compareEnabled_) return indices;
    for (const std::string& name : workspace_.compared) {
        const int index = workspace_.indexOf(name);
        if (index < 0 || std::find(indices.begin(), indices.end(), index) != indices.end()) continue;
        if (int(indices.size()) >= kMaxCompared) break;
        indices.push_back(index);
    }
    return indices;
}

std::vector<int> WorkspaceDocument::colorSlots() const {
    const std::vector<int> visible = visibleScenarios();
    std::vector<int> assigned(visible.size(), -1);
    std::vector<bool> taken(std::size_t(kMaxCompared), false);
    int next = 0;
    if (compareEnabled_) {
        for (const std::string& name : workspace_.compared) {
            const int index = workspace_.indexOf(name);
            const auto shown = std::find(visible.begin(), visible.end(), index);
            if (index < 0 || shown == visible.end() || next >= kMaxCompared) continue;
            const auto position = std::size_t(shown - visible.begin());
            if (assigned[position] >= 0) continue;  // a name listed twice
            assigned[position] = next;
            taken[std::size_t(next++)] = true;
        }
    }
    for (int& slot : assigned) {
        if (slot >= 0) continue;
        int free = 0;
        while (free < kMaxCompared - 1 && taken[std::size_t(free)]) ++free;
        slot = free;
        taken[std::size_t(free)] = true;
    }
    return assigned;
}

void WorkspaceDocument::applyParameter(int scenario, ParamId id, double value) {
    workspace_.scenarios.at(std::size_t(scenario))[id] = value;
    emit scenarioEdited(scenario);
}

void WorkspaceDocument::applyApplications(int scenario, const std::vector<Application>& applications) {
    workspace_.scenarios.at(std::size_t(scenario)).applications = applications;
    emit scenarioEdited(scenario);
}

void WorkspaceDocument::applyUncertainty(int scenario, const Uncertainty& uncertainty) {
    workspace_.scenarios.at(std::size_t(scenario)).uncertainty = uncertainty;
    emit scenarioEdited(scenario);
    emit uncertaintyEdited(scenario);
}

void WorkspaceDocument::applyWorkspace(const Workspace& workspace) {
    const int oldActive = workspace_.active;
    workspace_ = workspace;
    emit scenariosChanged();
    if (workspace_.active != oldActive) emit activeScenarioChanged(workspace_.active);
}

}  // namespace leverboard::ui
