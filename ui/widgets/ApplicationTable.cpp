#include "widgets/ApplicationTable.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

#include "document/WorkspaceDocument.h"
#include "format/PeopleNumbers.h"
#include "scenario/Scenario.h"

namespace leverboard::ui {
namespace {

// Cells show six digits; the editor opens on the value in full.
QString formatShort(double value) { return formatExact(value, 6); }

// A cell value as typed (people locale or C format, exponents allowed) or as a number.
std::optional<double> parseCell(const QVariant& value) {
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int) {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number)) return std::nullopt;
        return number;
    }
    return parseNumber(value.toString());
}

}  // namespace

// The active scenario's applications as a table model. It never changes the
// list itself: a valid edit becomes a document command, and the document's
// signal brings the new list back through setApplications().
class ApplicationListModel : public QAbstractTableModel {
    Q_DECLARE_TR_FUNCTIONS(leverboard::ui::ApplicationTable)
public:
    ApplicationListModel(WorkspaceDocument* document, std::function<void(const QString&)> reportError,
                         QObject* parent)
        : QAbstractTableModel(parent), document_(document), reportError_(std::move(reportError)) {}

    const std::vector<Application>& applications() const { return apps_; }

    void setApplications(const std::vector<Application>& apps) {
        if (apps.size() == apps_.size()) {
            apps_ = apps;  // same rows: keep the view's selection and editors
            if (!apps_.empty())
                emit dataChanged(index(0, 0), index(rowCount() - 1, ApplicationTable::ColumnCount - 1));
            return;
        }
        beginResetModel();
        apps_ = apps;
        endResetModel();
    }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(apps_.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : ApplicationTable::ColumnCount;
    }

    Qt::ItemFlags flags(const QModelIndex& index) const override {
        return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
    }

    QVariant data(const QModelIndex& index, int role) const override {
        if (!index.isValid() || index.row() >= rowCount()) return {};
        const Application& app = apps_[std::size_t(index.row())];
        const bool isNumber = index.column() != ApplicationTable::NameColumn;
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole: {
            if (!isNumber) return QString::fromStdString(app.name);
            const double number =
                index.column() == ApplicationTable::TokensColumn ? app.tokensPerTask : app.valuePerTask;
            return role == Qt::DisplayRole ? formatShort(number) : formatExact(number);
        }
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(isNumber ? Qt::AlignRight | Qt::AlignVCenter
                                                : Qt::AlignLeft | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return tr("%1 (id %2): its unlock month is the KPI cost.unlock_month.%2")
                .arg(QString::fromStdString(app.name), QString::fromStdString(app.id));
        default: return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override {
        if (orientation != Qt::Horizontal) return QAbstractTableModel::headerData(section, orientation, role);
        if (role == Qt::DisplayRole) {
            switch (section) {
            case ApplicationTable::NameColumn: return tr("Name");
            case ApplicationTable::TokensColumn: return tr("Tokens\n(M)");
            case ApplicationTable::ValueColumn: return tr("Value\n($)");
            }
        }
        if (role == Qt::ToolTipRole) {
            switch (section) {
            case ApplicationTable::NameColumn: return tr("Name of the application (its id stays fixed)");
            case ApplicationTable::TokensColumn: return tr("Million tokens one task uses");
            case ApplicationTable::ValueColumn: return tr("What one task is worth to its user, in dollars");
            }
        }
        return {};
    }

    bool setData(const QModelIndex& index, const QVariant& value, int role) override {
        if (role != Qt::EditRole || !index.isValid() || index.row() >= rowCount()) return false;
        std::vector<Application> apps = apps_;
        Application& app = apps[std::size_t(index.row())];
        const QString name = QString::fromStdString(app.name);
        QString description;
        switch (index.column()) {
        case ApplicationTable::NameColumn: {
            const QString newName = value.toString().trimmed();
            if (newName.isEmpty()) {
                reportError_(tr("An application needs a name."));
                return false;
            }
            app.name = newName.toStdString();
            description = tr("Rename application “%1” to “%2”").arg(name, newName);
            break;
        }
        case ApplicationTable::TokensColumn: {
            const auto tokens = parseCell(value);
            if (!tokens || *tokens < kMinTokensPerTask || *tokens > kMaxTokensPerTask) {
                reportError_(tr("“%1” refused: tokens per task must be a number from %2 to %3 (million tokens).")
                                 .arg(value.toString(), formatShort(kMinTokensPerTask),
                                      formatShort(kMaxTokensPerTask)));
                return false;
            }
            app.tokensPerTask = *tokens;
            description = tr("Change tokens per task of “%1”").arg(name);
            break;
        }
        case ApplicationTable::ValueColumn: {
            const auto worth = parseCell(value);
            if (!worth || *worth < kMinValuePerTask || *worth > kMaxValuePerTask) {
                reportError_(tr("“%1” refused: value per task must be a number from %2 to %3 dollars.")
                                 .arg(value.toString(), formatShort(kMinValuePerTask),
                                      formatShort(kMaxValuePerTask)));
                return false;
            }
            app.valuePerTask = *worth;
            description = tr("Change value per task of “%1”").arg(name);
            break;
        }
        default: return false;
        }
        reportError_(QString());
        document_->setApplications(apps, description);  // no-op when nothing changed
        return true;
    }

private:
    WorkspaceDocument* document_;
    std::function<void(const QString&)> reportError_;
    std::vector<Application> apps_;
};

ApplicationTable::ApplicationTable(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent), document_(document),
      model_(new ApplicationListModel(document, [this](const QString& message) { showError(message); }, this)),
      view_(new QTableView(this)), add_(new QPushButton(tr("Add"), this)),
      remove_(new QPushButton(tr("Remove"), this)), error_(new QLabel(this)) {
    view_->setModel(model_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
    view_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view_->setWordWrap(false);
    view_->setCornerButtonEnabled(false);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    QHeaderView* header = view_->horizontalHeader();
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    // Numbers are short ("0.002", "20"): fixed narrow columns leave the name
    // the room in a 230-pixel dock. Header tooltips spell out the units.
    const int numberWidth = view_->fontMetrics().horizontalAdvance(QStringLiteral("0.0000")) + 14;
    header->setSectionResizeMode(TokensColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(ValueColumn, QHeaderView::Fixed);
    header->resizeSection(TokensColumn, numberWidth);
    header->resizeSection(ValueColumn, numberWidth);
    header->setDefaultAlignment(Qt::AlignCenter);
    view_->setToolTip(tr("Double-click a cell to edit it. Each application's unlock month is shown "
                         "on the Cost curves page."));

    add_->setToolTip(tr("Add an application"));
    remove_->setToolTip(tr("Remove the selected applications (Delete)"));
    connect(add_, &QPushButton::clicked, this, &ApplicationTable::addApplication);
    connect(remove_, &QPushButton::clicked, this, &ApplicationTable::removeSelected);
    auto* removeAction = new QAction(tr("Remove application"), view_);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &ApplicationTable::removeSelected);
    view_->addAction(removeAction);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApplicationTable::updateButtons);

    error_->setWordWrap(true);
    error_->setObjectName(QStringLiteral("ApplicationError"));
    error_->setStyleSheet(QStringLiteral("QLabel#ApplicationError { color: #c01c28; }"));
    error_->hide();

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(add_);
    buttons->addWidget(remove_);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(view_);
    layout->addLayout(buttons);
    layout->addWidget(error_);

    connect(document_, &WorkspaceDocument::scenarioEdited, this, [this](int index) {
        if (index == document_->activeIndex()) refresh();
    });
    connect(document_, &WorkspaceDocument::activeScenarioChanged, this, &ApplicationTable::refresh);
    connect(document_, &WorkspaceDocument::workspaceReset, this, &ApplicationTable::refresh);
    connect(document_, &WorkspaceDocument::scenariosChanged, this, &ApplicationTable::refresh);

    model_->setApplications(document_->activeScenario().applications);
    updateButtons();
    fitHeight();
}

ApplicationTable::~ApplicationTable() = default;

QAbstractItemModel* ApplicationTable::model() const { return model_; }

QString ApplicationTable::errorText() const { return error_->text(); }

void ApplicationTable::refresh() {
    const std::vector<Application>& apps = document_->activeScenario().applications;
    if (apps == model_->applications()) return;

    std::vector<std::string> selectedIds;
    for (const QModelIndex& row : view_->selectionModel()->selectedRows())
        selectedIds.push_back(model_->applications()[std::size_t(row.row())].id);
    const bool rowsChange = apps.size() != model_->applications().size();
    model_->setApplications(apps);

    if (rowsChange) {
        // A reset dropped the selection: select the same applications again by id.
        QItemSelection selection;
        for (int row = 0; row < model_->rowCount(); ++row) {
            const std::string& id = apps[std::size_t(row)].id;
            if (std::find(selectedIds.begin(), selectedIds.end(), id) != selectedIds.end())
                selection.select(model_->index(row, 0), model_->index(row, ColumnCount - 1));
        }
        view_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        fitHeight();
    }
    updateButtons();
}

void ApplicationTable::addApplication() {
    std::vector<Application> apps = document_->activeScenario().applications;
    const QString baseName = tr("New application");
    QString name = baseName;
    auto nameTaken = [&](const QString& candidate) {
        return std::any_of(apps.begin(), apps.end(),
                           [&](const Application& a) { return QString::fromStdString(a.name) == candidate; });
    };
    for (int n = 2; nameTaken(name); ++n) name = QStringLiteral("%1 %2").arg(baseName).arg(n);

    Application app;
    app.name = name.toStdString();
    app.id = uniqueApplicationId(apps, app.name);
    app.tokensPerTask = 1;
    app.valuePerTask = 10;
    apps.push_back(app);
    document_->setApplications(apps, tr("Add application “%1”").arg(name));

    const int row = model_->rowCount() - 1;
    view_->selectionModel()->select(model_->index(row, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QModelIndex nameCell = model_->index(row, NameColumn);
    view_->setCurrentIndex(nameCell);
    view_->scrollTo(nameCell);
    if (view_->isVisible()) view_->edit(nameCell);  // the next thing a person does is name it
}

void ApplicationTable::removeSelected() {
    QList<int> rows;
    for (const QModelIndex& index : view_->selectionModel()->selectedRows()) rows << index.row();
    if (rows.isEmpty()) return;
    std::sort(rows.begin(), rows.end());

    std::vector<Application> apps = document_->activeScenario().applications;
    const QString description =
        rows.size() == 1 ? tr("Remove application “%1”").arg(QString::fromStdString(apps[std::size_t(rows[0])].name))
                         : tr("Remove %n application(s)", nullptr, int(rows.size()));
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) apps.erase(apps.begin() + *it);
    document_->setApplications(apps, description);

    // Keep a row selected where the removed one was, so Delete can be pressed again.
    if (model_->rowCount() > 0) {
        const int next = std::min(rows.first(), model_->rowCount() - 1);
        view_->selectionModel()->select(model_->index(next, 0),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view_->setCurrentIndex(model_->index(next, NameColumn));
    }
    updateButtons();
}

void ApplicationTable::showError(const QString& message) {
    error_->setText(message);
    error_->setVisible(!message.isEmpty());
}

void ApplicationTable::updateButtons() { remove_->setEnabled(view_->selectionModel()->hasSelection()); }

void ApplicationTable::fitHeight() {
    // Room for every row up to eight, and never less than four, so the table
    // does not jump as rows come and go in the usual range.
    const int rows = std::clamp(model_->rowCount(), 4, 8);
    const int height = view_->horizontalHeader()->sizeHint().height() +
                       rows * view_->verticalHeader()->defaultSectionSize() + 2 * view_->frameWidth();
    view_->setFixedHeight(height);
}

}  // namespace leverboard::ui
