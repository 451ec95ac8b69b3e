#pragma once
// Rank correlations between the active scenario's uncertain parameters
// (MODEL.md, "Uncertainty": Spearman ρ through a Gaussian copula). One row
// per pair with its ρ; a pair is added from two pickers (+) and removed with
// the − button. Every change is one undoable edit of the document. A change
// the copula cannot take (the matrix would not be positive definite) is not
// applied: the core's message, naming the pairs, says why.

#include <QWidget>

#include "params/ParameterRegistry.h"
#include "scenario/Uncertainty.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QToolButton;
class QTableWidget;

namespace leverboard::ui {

class WorkspaceDocument;

class CorrelationTable : public QWidget {
    Q_OBJECT
public:
    explicit CorrelationTable(WorkspaceDocument* document, QWidget* parent = nullptr);

    QTableWidget* table() const { return table_; }
    QComboBox* firstBox() const { return first_; }
    QComboBox* secondBox() const { return second_; }
    QDoubleSpinBox* newRhoBox() const { return newRho_; }
    QToolButton* addButton() const { return add_; }
    QToolButton* removeButton() const { return remove_; }
    QLabel* messageLabel() const { return message_; }
    // The ρ editor of row `row` (rows in the scenario's pair order).
    QDoubleSpinBox* rhoBox(int row) const;

    // Applies a candidate uncertainty when the copula accepts it; otherwise
    // shows the reason and leaves the document as it was. True when applied.
    bool tryApply(const Uncertainty& candidate, const QString& description);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void refillPickers();
    void updateButtons();
    void addPair();
    void removeSelected();
    void retranslate();

    WorkspaceDocument* document_;
    QLabel* hint_;
    QTableWidget* table_;
    QComboBox* first_;
    QComboBox* second_;
    QLabel* rhoLabel_;
    QDoubleSpinBox* newRho_;
    QToolButton* add_;
    QToolButton* remove_;
    QLabel* message_;
};

}  // namespace leverboard::ui
