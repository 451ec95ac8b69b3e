#pragma once

#include "pages/ModelPage.h"

namespace leverboard::ui {

class OverviewPage : public ModelPage {
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);

    QString pageTitle() const override { return tr("Overview"); }
    ModelGroup group() const override { return ModelGroup::Global; }
    void showResults(const std::vector<ScenarioView>& views) override;
    QList<ChartWidget*> charts() const override { return charts_; }

private:
    QList<ChartWidget*> charts_;
};

}  // namespace leverboard::ui
