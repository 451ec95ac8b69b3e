#pragma once
// Coalesces edits into one engine evaluation per event-loop turn, however
// many slider ticks arrived, and publishes the results of every visible
// scenario (the active one first, then the compared ones).

#include <QColor>
#include <QObject>
#include <QString>
#include <vector>

#include "models/Results.h"

namespace leverboard::ui {

class WorkspaceDocument;

struct ScenarioView {
    int scenarioIndex = 0;
    QString name;
    QColor color;             // consistent across every chart (compare slot)
    const Results* results = nullptr;
    bool active = false;
};

class EvaluationScheduler : public QObject {
    Q_OBJECT
public:
    explicit EvaluationScheduler(WorkspaceDocument* document, QObject* parent = nullptr);

    const std::vector<ScenarioView>& views() const { return views_; }
    const Results& activeResults() const { return results_.front(); }

    void evaluateNow();  // synchronous (tests, start-up)
    void schedule();     // once per event-loop turn

signals:
    void resultsReady();

private:
    WorkspaceDocument* document_;
    std::vector<Results> results_;  // storage reused between evaluations
    std::vector<ScenarioView> views_;
    bool pending_ = false;
};

}  // namespace leverboard::ui
