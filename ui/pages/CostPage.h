#pragma once

#include "pages/ModelPage.h"

namespace leverboard::ui {

class CostPage : public ModelPage {
    Q_OBJECT
public:
    explicit CostPage(QWidget* parent = nullptr);

    QString pageTitle() const override { return tr("Cost curves"); }
    ModelGroup group() const override { return ModelGroup::Cost; }
    void showResults(const std::vector<ScenarioView>& views) override;
    QList<ChartWidget*> charts() const override { return charts_; }

private:
    QList<ChartWidget*> charts_;
};

}  // namespace leverboard::ui
