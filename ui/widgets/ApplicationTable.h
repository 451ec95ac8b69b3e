#pragma once
// The cost model's application list, edited in place: name, M tokens per
// task and $ value per task, with Add and Remove. Every change is one
// undoable document->setApplications() step; invalid numbers are refused and
// the old value kept, with the reason shown under the table.

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTableView;

namespace leverboard::ui {

class WorkspaceDocument;
class ApplicationListModel;

class ApplicationTable : public QWidget {
    Q_OBJECT
public:
    enum Column { NameColumn, TokensColumn, ValueColumn, ColumnCount };

    explicit ApplicationTable(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~ApplicationTable() override;

    QTableView* view() const { return view_; }
    QAbstractItemModel* model() const;
    QPushButton* addButton() const { return add_; }
    QPushButton* removeButton() const { return remove_; }
    QString errorText() const;  // why the last edit was refused; empty after a good edit

    void addApplication();
    void removeSelected();
    // Re-reads the active scenario's list; keeps the selected applications selected.
    void refresh();

private:
    void showError(const QString& message);
    void updateButtons();
    void fitHeight();

    WorkspaceDocument* document_;
    ApplicationListModel* model_;
    QTableView* view_;
    QPushButton* add_;
    QPushButton* remove_;
    QLabel* error_;
};

}  // namespace leverboard::ui
