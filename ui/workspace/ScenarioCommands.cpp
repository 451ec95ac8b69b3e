#include "workspace/ScenarioCommands.h"

#include <QCoreApplication>
#include <algorithm>

#include "document/UndoCommands.h"
#include "document/WorkspaceDocument.h"

namespace leverboard::ui {
namespace {

// lupdate reads the context from the macro (a free tr() shim gives it none).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ScenarioCommands)
};

QString nameOf(const Workspace& workspace, int index) {
    return QString::fromStdString(workspace.scenarios[std::size_t(index)].name);
}

bool validIndex(const Workspace& workspace, int index) {
    return index >= 0 && index < int(workspace.scenarios.size());
}

WorkspaceEdit accepted(Workspace after, const QString& undoText) {
    return WorkspaceEdit{std::move(after), undoText, {}};
}

WorkspaceEdit refusedBecause(const QString& reason) { return WorkspaceEdit{std::nullopt, {}, reason}; }

}  // namespace

namespace scenario_ops {

bool isCompared(const Workspace& workspace, int index) {
    if (!validIndex(workspace, index)) return false;
    const std::string& name = workspace.scenarios[std::size_t(index)].name;
    return std::find(workspace.compared.begin(), workspace.compared.end(), name) != workspace.compared.end();
}

int comparedCount(const Workspace& workspace) {
    int count = 0;
    for (int i = 0; i < int(workspace.scenarios.size()); ++i)
        if (isCompared(workspace, i)) ++count;
    return count;
}

WorkspaceEdit addScenario(const Workspace& workspace, const QString& wantedName) {
    Workspace after = workspace;
    Scenario scenario;  // every parameter at its default
    scenario.name = after.uniqueName(wantedName.trimmed().toStdString());
    scenario.notes.clear();
    after.scenarios.push_back(scenario);
    after.active = int(after.scenarios.size()) - 1;
    return accepted(std::move(after),
                    Tr::tr("Add scenario “%1”").arg(QString::fromStdString(scenario.name)));
}

WorkspaceEdit duplicateScenario(const Workspace& workspace, int index) {
    if (!validIndex(workspace, index)) return {};
    Workspace after = workspace;
    Scenario copy = workspace.scenarios[std::size_t(index)];
    copy.name = after.uniqueName(copy.name + Tr::tr(" (copy)").toStdString());
    after.scenarios.insert(after.scenarios.begin() + index + 1, copy);
    after.active = index + 1;
    return accepted(std::move(after), Tr::tr("Duplicate scenario “%1”").arg(nameOf(workspace, index)));
}

WorkspaceEdit renameScenario(const Workspace& workspace, int index, const QString& newName) {
    if (!validIndex(workspace, index)) return {};
    const std::string oldName = workspace.scenarios[std::size_t(index)].name;
    const std::string name = newName.trimmed().toStdString();
    if (name.empty()) return refusedBecause(Tr::tr("A scenario needs a name."));
    if (name == oldName) return {};
    const int existing = workspace.indexOf(name);
    if (existing >= 0 && existing != index)
        return refusedBecause(
            Tr::tr("A scenario named “%1” already exists.").arg(QString::fromStdString(name)));
    Workspace after = workspace;
    after.scenarios[std::size_t(index)].name = name;
    // The comparison set holds names: a renamed scenario stays compared.
    std::replace(after.compared.begin(), after.compared.end(), oldName, name);
    return accepted(std::move(after), Tr::tr("Rename scenario “%1” to “%2”")
                                          .arg(QString::fromStdString(oldName), QString::fromStdString(name)));
}

WorkspaceEdit deleteScenario(const Workspace& workspace, int index) {
    if (!validIndex(workspace, index)) return {};
    if (workspace.scenarios.size() <= 1)
        return refusedBecause(Tr::tr("The last scenario cannot be deleted: a workspace needs one."));
    Workspace after = workspace;
    const std::string name = workspace.scenarios[std::size_t(index)].name;
    after.scenarios.erase(after.scenarios.begin() + index);
    std::erase(after.compared, name);
    if (index < workspace.active) after.active = workspace.active - 1;
    else if (index == workspace.active) after.active = std::min(index, int(after.scenarios.size()) - 1);
    return accepted(std::move(after), Tr::tr("Delete scenario “%1”").arg(QString::fromStdString(name)));
}

WorkspaceEdit moveScenario(const Workspace& workspace, int index, int offset) {
    const int target = index + offset;
    if (!validIndex(workspace, index) || !validIndex(workspace, target) || offset == 0) return {};
    Workspace after = workspace;
    Scenario moved = std::move(after.scenarios[std::size_t(index)]);
    after.scenarios.erase(after.scenarios.begin() + index);
    after.scenarios.insert(after.scenarios.begin() + target, std::move(moved));
    // The active index keeps pointing at the same scenario.
    const int active = workspace.active;
    if (active == index) after.active = target;
    else if (index < active && active <= target) after.active = active - 1;
    else if (target <= active && active < index) after.active = active + 1;
    return accepted(std::move(after), offset < 0 ? Tr::tr("Move scenario “%1” up").arg(nameOf(workspace, index))
                                                 : Tr::tr("Move scenario “%1” down").arg(nameOf(workspace, index)));
}

WorkspaceEdit setNotes(const Workspace& workspace, int index, const QString& notes) {
    if (!validIndex(workspace, index)) return {};
    const std::string text = notes.toStdString();
    if (workspace.scenarios[std::size_t(index)].notes == text) return {};
    Workspace after = workspace;
    after.scenarios[std::size_t(index)].notes = text;
    return accepted(std::move(after), Tr::tr("Edit notes of “%1”").arg(nameOf(workspace, index)));
}

WorkspaceEdit setCompared(const Workspace& workspace, int index, bool compared) {
    if (!validIndex(workspace, index) || isCompared(workspace, index) == compared) return {};
    Workspace after = workspace;
    const std::string& name = workspace.scenarios[std::size_t(index)].name;
    if (!compared) {
        std::erase(after.compared, name);
        return accepted(std::move(after), Tr::tr("Stop comparing “%1”").arg(nameOf(workspace, index)));
    }
    if (comparedCount(workspace) >= kMaxCompared)
        return refusedBecause(Tr::tr("At most %1 scenarios can be compared: untick one first.").arg(kMaxCompared));
    // Names of deleted scenarios may linger in a hand-edited file: drop them.
    std::erase_if(after.compared, [&](const std::string& n) { return workspace.indexOf(n) < 0; });
    after.compared.push_back(name);
    return accepted(std::move(after), Tr::tr("Compare “%1”").arg(nameOf(workspace, index)));
}

}  // namespace scenario_ops

bool pushWorkspaceEdit(WorkspaceDocument* document, const WorkspaceEdit& edit) {
    if (!edit.accepted() || *edit.after == document->workspace()) return false;
    document->undoStack()->push(
        new ChangeWorkspaceCommand(document, document->workspace(), *edit.after, edit.undoText));
    return true;
}

}  // namespace leverboard::ui
