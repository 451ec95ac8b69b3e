#pragma once
// A waterfall from one total to another through signed steps (attribution:
// why two scenarios differ, parameter by parameter), painted with QPainter.
// Rows top to bottom: the start total, one floating bar per step from the
// running total, the end total; each step's signed value beside its bar and
// its standard error as a whisker where there is one. No Qt Charts type.

#include <QColor>
#include <QString>
#include <QWidget>
#include <functional>
#include <optional>
#include <vector>

namespace leverboard::ui {

struct WaterfallData {
    struct Step {
        QString label;
        double value = 0;
        std::optional<double> error;  // ± one standard error
    };
    QString startLabel;  // "Base"
    double start = 0;
    QColor startColor;
    QString endLabel;
    double end = 0;
    QColor endColor;
    std::vector<Step> steps;
    bool higherIsBetter = true;  // a step toward good is blue, toward bad red
    std::function<QString(double)> formatTotal;   // "$7.5B"
    std::function<QString(double)> formatChange;  // "+$1.2B"
};

class WaterfallChart : public QWidget {
    Q_OBJECT
public:
    explicit WaterfallChart(QWidget* parent = nullptr);

    void setData(WaterfallData data);
    void clear();
    const WaterfallData& data() const { return data_; }
    bool isEmpty() const { return data_.steps.empty(); }

    // The running total before and after step i (start + the steps before it).
    double stepFrom(int step) const;
    double stepTo(int step) const { return stepFrom(step) + data_.steps.at(std::size_t(step)).value; }
    // The text drawn beside step i's bar.
    QString stepText(int step) const;

    void render(QPainter* painter, const QRectF& target) const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void paint(QPainter& painter, const QRectF& bounds) const;

    WaterfallData data_;
};

}  // namespace leverboard::ui
