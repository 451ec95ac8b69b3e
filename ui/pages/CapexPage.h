#pragma once

#include "pages/ModelPage.h"

namespace leverboard::ui {

class CapexPage : public ModelPage {
    Q_OBJECT
public:
    explicit CapexPage(QWidget* parent = nullptr);

    QString pageTitle() const override { return tr("Capex & ROIC"); }
    ModelGroup group() const override { return ModelGroup::Capex; }
    void showResults(const std::vector<ScenarioView>& views) override;
    QList<ChartWidget*> charts() const override { return charts_; }

private:
    QList<ChartWidget*> charts_;
};

}  // namespace leverboard::ui
