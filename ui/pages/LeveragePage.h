#pragma once

#include "pages/ModelPage.h"

namespace leverboard::ui {

class LeveragePage : public ModelPage {
    Q_OBJECT
public:
    explicit LeveragePage(QWidget* parent = nullptr);

    QString pageTitle() const override { return tr("Compute leverage"); }
    ModelGroup group() const override { return ModelGroup::Leverage; }
    void showResults(const std::vector<ScenarioView>& views) override;
    QList<ChartWidget*> charts() const override { return charts_; }

private:
    QList<ChartWidget*> charts_;
};

}  // namespace leverboard::ui
