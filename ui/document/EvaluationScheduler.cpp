#include "document/EvaluationScheduler.h"

#include <QMetaObject>

#include "document/WorkspaceDocument.h"
#include "models/Engine.h"
#include "style/Palette.h"

namespace leverboard::ui {

EvaluationScheduler::EvaluationScheduler(WorkspaceDocument* document, QObject* parent)
    : QObject(parent), document_(document), results_(kMaxCompared) {
    connect(document, &WorkspaceDocument::scenarioEdited, this, &EvaluationScheduler::schedule);
    connect(document, &WorkspaceDocument::activeScenarioChanged, this, &EvaluationScheduler::schedule);
    connect(document, &WorkspaceDocument::scenariosChanged, this, &EvaluationScheduler::schedule);
    connect(document, &WorkspaceDocument::compareModeChanged, this, &EvaluationScheduler::schedule);
    connect(document, &WorkspaceDocument::workspaceReset, this, &EvaluationScheduler::schedule);
    evaluateNow();
}

void EvaluationScheduler::schedule() {
    if (pending_) return;
    pending_ = true;
    QMetaObject::invokeMethod(this, &EvaluationScheduler::evaluateNow, Qt::QueuedConnection);
}

void EvaluationScheduler::evaluateNow() {
    pending_ = false;
    const Workspace& workspace = document_->workspace();
    const std::vector<int> visible = document_->visibleScenarios();
    const std::vector<int> colorSlots = document_->colorSlots();
    views_.clear();
    for (std::size_t slot = 0; slot < visible.size(); ++slot) {
        const Scenario& scenario = workspace.scenarios.at(std::size_t(visible[slot]));
        evaluate(scenario, results_[slot]);
        views_.push_back(ScenarioView{visible[slot], QString::fromStdString(scenario.name),
                                      scenarioColor(colorSlots[slot]), &results_[slot], slot == 0});
    }
    emit resultsReady();
}

}  // namespace leverboard::ui
