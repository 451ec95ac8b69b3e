#pragma once
// Help ▸ Model reference: for every model of the registry (models/ModelRegistry.h,
// in registry order) its equations (help/ModelEquations.h), every parameter
// with meaning, unit, range, default and source note (params/ParameterRegistry.h)
// and its KPIs with unit, meaning and threshold (params/KpiRegistry.h). Labels
// appear in English and Chinese; the rest follows the application's language.
// A list of models on the left; the search box narrows the list to models
// whose page contains the text and finds it on the page.

#include <QDialog>

#include "models/ModelRegistry.h"

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace leverboard::ui {

class ModelReference : public QDialog {
    Q_OBJECT
public:
    explicit ModelReference(QWidget* parent = nullptr);

    QListWidget* modelList() const { return list_; }
    QTextBrowser* page() const { return page_; }
    QLineEdit* searchBox() const { return search_; }

    // Shows the model with this registry id; false when there is none.
    bool showModel(std::string_view id);
    // The page of one model as HTML.
    static QString modelHtml(const ModelSpec& model);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showRow(int row);
    void applySearch();

    QLineEdit* search_;
    QListWidget* list_;
    QTextBrowser* page_;
};

}  // namespace leverboard::ui
