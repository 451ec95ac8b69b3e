#pragma once
// Goal seek, MODEL.md "Analysis on top of any model": what would a parameter
// have to be for a KPI to reach a target? The user picks the KPI, the target
// (prefilled with the KPI's natural threshold where it has one, else its
// value now) and the parameter (prefilled with the one of the KPI's own model
// that moves it most). The answer is in people's units, or the plain "no
// value of X in [min, max] reaches Y" with the closest value reached and
// where. Apply is one undoable edit. The search (analysis::goalSeek) runs off
// the GUI thread; the latest question wins.

#include <QDialog>
#include <optional>

#include "analysis/GoalSeek.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace leverboard::ui {

class LatestJob;
class WorkspaceDocument;

class GoalSeekDialog : public QDialog {
    Q_OBJECT
public:
    explicit GoalSeekDialog(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~GoalSeekDialog() override;

    // Chooses the KPI and prefills the target and the parameter for it.
    void setKpi(const QString& kpiId);
    QString kpi() const;
    void setParameter(ParamId param);
    std::optional<ParamId> parameter() const;
    // The target as typed, in the KPI's people format ("8%", "$1.5B", "14").
    void setTargetText(const QString& text);
    // The target as a model value, or nothing when the text is not a number.
    std::optional<double> target() const;

    QComboBox* kpiBox() const { return kpiBox_; }
    QLineEdit* targetEdit() const { return target_; }
    QComboBox* parameterBox() const { return paramBox_; }
    QLabel* answerLabel() const { return answer_; }
    QPushButton* applyButton() const { return apply_; }
    // The last answer shown; nothing while none is.
    const std::optional<analysis::GoalSeekResult>& answer() const { return result_; }
    // Blocks until the running search is done and shown (tests).
    void waitForAnswer();

    // The KPI's people text for a model value, and back: "8%" ↔ 0.08, "$1.5B" ↔ 1.5e9.
    static QString targetText(const std::string& kpiId, double value);
    static std::optional<double> parseTarget(const std::string& kpiId, const QString& text);

signals:
    void answered();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillChoices();
    void solve();
    void showAnswer(analysis::GoalSeekResult result);
    void applyAnswer();
    void retranslate();

    WorkspaceDocument* document_;
    QLabel* kpiLabel_;
    QComboBox* kpiBox_;
    QLabel* targetLabel_;
    QLineEdit* target_;
    QLabel* targetUnit_;
    QLabel* paramLabel_;
    QComboBox* paramBox_;
    QLabel* answer_;
    QDialogButtonBox* buttons_;
    QPushButton* apply_;
    LatestJob* job_;
    std::optional<analysis::GoalSeekResult> result_;
    double solvedTarget_ = 0;
};

}  // namespace leverboard::ui
