#pragma once

#include "pages/ModelPage.h"

namespace leverboard::ui {

class HalfLifePage : public ModelPage {
    Q_OBJECT
public:
    explicit HalfLifePage(QWidget* parent = nullptr);

    QString pageTitle() const override { return tr("Model half-life"); }
    ModelGroup group() const override { return ModelGroup::HalfLife; }
    void showResults(const std::vector<ScenarioView>& views) override;
    QList<ChartWidget*> charts() const override { return charts_; }

private:
    QList<ChartWidget*> charts_;
};

}  // namespace leverboard::ui
