#include "document/UndoCommands.h"

#include <QCoreApplication>

#include "document/WorkspaceDocument.h"
#include "text/RegistryText.h"

namespace leverboard::ui {

SetParameterCommand::SetParameterCommand(WorkspaceDocument* document, int scenario, ParamId id,
                                         double oldValue, double newValue, int dragSession)
    : document_(document), scenario_(scenario), param_(id), oldValue_(oldValue), newValue_(newValue),
      dragSession_(dragSession) {
    setText(QCoreApplication::translate("UndoCommands", "Change %1")
                .arg(registryLabel(spec(id))));
}

// Undo and redo show the scenario they change: undoing an edit of Bear while
// Base is on screen switches to Bear, so the change is seen, not hidden.
void SetParameterCommand::undo() {
    document_->setActiveIndex(scenario_);
    document_->applyParameter(scenario_, param_, oldValue_);
}
void SetParameterCommand::redo() {
    document_->setActiveIndex(scenario_);
    document_->applyParameter(scenario_, param_, newValue_);
}

bool SetParameterCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const SetParameterCommand*>(other);
    if (dragSession_ == 0 || next->dragSession_ != dragSession_ || next->param_ != param_ ||
        next->scenario_ != scenario_)
        return false;
    newValue_ = next->newValue_;
    // A drag that ends where it started is no edit at all.
    if (newValue_ == oldValue_) setObsolete(true);
    return true;
}

SetParametersCommand::SetParametersCommand(WorkspaceDocument* document, int scenario,
                                           std::vector<Change> changes, const QString& text)
    : document_(document), scenario_(scenario), changes_(std::move(changes)) {
    setText(text);
}

void SetParametersCommand::undo() {
    document_->setActiveIndex(scenario_);
    for (auto change = changes_.rbegin(); change != changes_.rend(); ++change)
        document_->applyParameter(scenario_, change->param, change->oldValue);
}
void SetParametersCommand::redo() {
    document_->setActiveIndex(scenario_);
    for (const Change& change : changes_) document_->applyParameter(scenario_, change.param, change.newValue);
}

SetApplicationsCommand::SetApplicationsCommand(WorkspaceDocument* document, int scenario,
                                               std::vector<Application> oldApps,
                                               std::vector<Application> newApps, const QString& text)
    : document_(document), scenario_(scenario), oldApps_(std::move(oldApps)), newApps_(std::move(newApps)) {
    setText(text);
}

void SetApplicationsCommand::undo() {
    document_->setActiveIndex(scenario_);
    document_->applyApplications(scenario_, oldApps_);
}
void SetApplicationsCommand::redo() {
    document_->setActiveIndex(scenario_);
    document_->applyApplications(scenario_, newApps_);
}

SetUncertaintyCommand::SetUncertaintyCommand(WorkspaceDocument* document, int scenario, Uncertainty before,
                                             Uncertainty after, const QString& text)
    : document_(document), scenario_(scenario), before_(std::move(before)), after_(std::move(after)) {
    setText(text);
}

void SetUncertaintyCommand::undo() {
    document_->setActiveIndex(scenario_);
    document_->applyUncertainty(scenario_, before_);
}
void SetUncertaintyCommand::redo() {
    document_->setActiveIndex(scenario_);
    document_->applyUncertainty(scenario_, after_);
}

ChangeWorkspaceCommand::ChangeWorkspaceCommand(WorkspaceDocument* document, Workspace before,
                                               Workspace after, const QString& text)
    : document_(document), before_(std::move(before)), after_(std::move(after)) {
    setText(text);
}

void ChangeWorkspaceCommand::undo() { document_->applyWorkspace(before_); }
void ChangeWorkspaceCommand::redo() { document_->applyWorkspace(after_); }

}  // namespace leverboard::ui
