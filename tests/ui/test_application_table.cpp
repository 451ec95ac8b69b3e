// The application list editor: add, edit in place, remove; every change one
// undo step, invalid numbers refused with the old value kept.

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>
#include <set>

#include "document/WorkspaceDocument.h"
#include "widgets/ApplicationTable.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

const std::vector<Application>& apps(const WorkspaceDocument& document) {
    return document.activeScenario().applications;
}

QString cell(const ApplicationTable& table, int row, int column) {
    return table.model()->index(row, column).data(Qt::DisplayRole).toString();
}

bool setCell(ApplicationTable& table, int row, int column, const QString& text) {
    return table.model()->setData(table.model()->index(row, column), text, Qt::EditRole);
}

QList<int> selectedRows(const ApplicationTable& table) {
    QList<int> rows;
    for (const QModelIndex& index : table.view()->selectionModel()->selectedRows()) rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

}  // namespace

class TestApplicationTable : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void showsTheDefaultApplications();
    void addAppendsApplicationsWithUniqueIds();
    void editingCellsChangesTheScenario();
    void typingIntoTheCellEditorCommits();
    void invalidInputIsRefused_data();
    void invalidInputIsRefused();
    void removeDeletesTheSelectedRows();
    void removeNeedsASelection();
    void removingEveryApplicationIsAllowed();
    void followsTheActiveScenario();
    void selectionSurvivesEdits();
};

void TestApplicationTable::showsTheDefaultApplications() {
    WorkspaceDocument document;
    ApplicationTable table(&document);
    QCOMPARE(table.model()->rowCount(), 4);
    QCOMPARE(table.model()->columnCount(), 3);
    // MODEL.md's default list.
    QCOMPARE(cell(table, 0, ApplicationTable::NameColumn), QStringLiteral("Chat answer"));
    QCOMPARE(cell(table, 0, ApplicationTable::TokensColumn).toDouble(), 0.002);
    QCOMPARE(cell(table, 0, ApplicationTable::ValueColumn).toDouble(), 0.05);
    QCOMPARE(cell(table, 3, ApplicationTable::NameColumn), QStringLiteral("Remote-worker day"));
    QCOMPARE(cell(table, 3, ApplicationTable::TokensColumn).toDouble(), 200.0);
    QCOMPARE(cell(table, 3, ApplicationTable::ValueColumn).toDouble(), 200.0);

    auto header = [&](int column) {
        return table.model()->headerData(column, Qt::Horizontal).toString().simplified();
    };
    QCOMPARE(header(ApplicationTable::NameColumn), QStringLiteral("Name"));
    QCOMPARE(header(ApplicationTable::TokensColumn), QStringLiteral("Tokens (M)"));
    QCOMPARE(header(ApplicationTable::ValueColumn), QStringLiteral("Value ($)"));
}

void TestApplicationTable::addAppendsApplicationsWithUniqueIds() {
    WorkspaceDocument document;
    ApplicationTable table(&document);
    const std::vector<Application> original = apps(document);

    QTest::mouseClick(table.addButton(), Qt::LeftButton);
    QCOMPARE(apps(document).size(), std::size_t(5));
    QCOMPARE(table.model()->rowCount(), 5);
    const Application& added = apps(document).back();
    QCOMPARE(QString::fromStdString(added.name), QStringLiteral("New application"));
    QCOMPARE(added.tokensPerTask, 1.0);
    QCOMPARE(added.valuePerTask, 10.0);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(selectedRows(table), QList<int>{4});  // the new row is selected

    table.addApplication();
    QCOMPARE(apps(document).size(), std::size_t(6));
    std::set<std::string> ids;
    for (const Application& app : apps(document)) ids.insert(app.id);
    QCOMPARE(ids.size(), std::size_t(6));
    QVERIFY(apps(document)[4].name != apps(document)[5].name);
    QCOMPARE(document.undoStack()->count(), 2);

    document.undoStack()->undo();
    document.undoStack()->undo();
    QVERIFY(apps(document) == original);
    QCOMPARE(table.model()->rowCount(), 4);
}

void TestApplicationTable::editingCellsChangesTheScenario() {
    WorkspaceDocument document;
    ApplicationTable table(&document);
    const std::vector<Application> original = apps(document);

    QVERIFY(setCell(table, 1, ApplicationTable::TokensColumn, QStringLiteral("0.5")));
    QCOMPARE(apps(document)[1].tokensPerTask, 0.5);
    QCOMPARE(apps(document)[1].valuePerTask, original[1].valuePerTask);
    QCOMPARE(apps(document)[1].id, original[1].id);
    QCOMPARE(cell(table, 1, ApplicationTable::TokensColumn), QStringLiteral("0.5"));
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(document.undoStack()->undoText().contains(QStringLiteral("Code review")));

    QVERIFY(setCell(table, 2, ApplicationTable::ValueColumn, QStringLiteral("3.5e1")));
    QCOMPARE(apps(document)[2].valuePerTask, 35.0);
    QVERIFY(setCell(table, 2, ApplicationTable::NameColumn, QStringLiteral("  Legal memo ")));
    QCOMPARE(apps(document)[2].name, std::string("Legal memo"));
    QCOMPARE(apps(document)[2].id, original[2].id);  // ids are stable: KPI ids use them
    QCOMPARE(document.undoStack()->count(), 3);

    // Writing back the same value is no edit.
    QVERIFY(setCell(table, 2, ApplicationTable::NameColumn, QStringLiteral("Legal memo")));
    QCOMPARE(document.undoStack()->count(), 3);

    document.undoStack()->undo();
    document.undoStack()->undo();
    document.undoStack()->undo();
    QVERIFY(apps(document) == original);
    QCOMPARE(cell(table, 1, ApplicationTable::TokensColumn), QStringLiteral("0.05"));
    QCOMPARE(cell(table, 2, ApplicationTable::NameColumn), QStringLiteral("Coding-agent task"));
}

void TestApplicationTable::typingIntoTheCellEditorCommits() {
    WorkspaceDocument document;
    ApplicationTable table(&document);
    table.resize(340, 300);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));

    auto typeInto = [&](int row, int column, const QString& text) {
        const QModelIndex index = table.model()->index(row, column);
        table.view()->setCurrentIndex(index);
        table.view()->edit(index);
        auto* editor = table.view()->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();  // the delegate commits through a queued call
        // The closed editor is deleted later; delete it now so the next edit finds its own.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    };
    typeInto(3, ApplicationTable::ValueColumn, QStringLiteral("250"));
    QCOMPARE(apps(document)[3].valuePerTask, 250.0);
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(table.errorText().isEmpty());

    typeInto(3, ApplicationTable::ValueColumn, QStringLiteral("abc"));
    QCOMPARE(apps(document)[3].valuePerTask, 250.0);
    QCOMPARE(cell(table, 3, ApplicationTable::ValueColumn), QStringLiteral("250"));
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(!table.errorText().isEmpty());
}

void TestApplicationTable::invalidInputIsRefused_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("input");
    QTest::newRow("negative tokens") << int(ApplicationTable::TokensColumn) << QStringLiteral("-3");
    QTest::newRow("text tokens") << int(ApplicationTable::TokensColumn) << QStringLiteral("abc");
    QTest::newRow("empty tokens") << int(ApplicationTable::TokensColumn) << QString();
    QTest::newRow("tokens above 1e9") << int(ApplicationTable::TokensColumn) << QStringLiteral("2e9");
    QTest::newRow("zero value") << int(ApplicationTable::ValueColumn) << QStringLiteral("0");
    QTest::newRow("value above 1e12") << int(ApplicationTable::ValueColumn) << QStringLiteral("1e13");
    QTest::newRow("infinite value") << int(ApplicationTable::ValueColumn) << QStringLiteral("inf");
    QTest::newRow("blank name") << int(ApplicationTable::NameColumn) << QStringLiteral("   ");
}

void TestApplicationTable::invalidInputIsRefused() {
    QFETCH(int, column);
    QFETCH(QString, input);
    WorkspaceDocument document;
    ApplicationTable table(&document);
    const std::vector<Application> original = apps(document);
    const QString shown = cell(table, 1, column);

    QVERIFY(!setCell(table, 1, column, input));
    QVERIFY(apps(document) == original);
    QCOMPARE(cell(table, 1, column), shown);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!table.errorText().isEmpty());

    // The next good edit clears the message.
    QVERIFY(setCell(table, 1, ApplicationTable::TokensColumn, QStringLiteral("7")));
    QVERIFY(table.errorText().isEmpty());
}

void TestApplicationTable::removeDeletesTheSelectedRows() {
    WorkspaceDocument document;
    ApplicationTable table(&document);
    const std::vector<Application> original = apps(document);

    table.view()->selectRow(0);
    QVERIFY(table.removeButton()->isEnabled());
    QTest::mouseClick(table.removeButton(), Qt::LeftButton);
    QCOMPARE(apps(document).size(), std::size_t(3));
    QCOMPARE(table.model()->rowCount(), 3);
    QCOMPARE(apps(document)[0].id, original[1].id);
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(document.undoStack()->undoText().contains(QStringLiteral("Chat answer")));

    document.undoStack()->undo();
    QVERIFY(apps(document) == original);
    QCOMPARE(cell(table, 0, ApplicationTable::NameColumn), QStringLiteral("Chat answer"));

    // Several rows at once are one step.
    table.view()->clearSelection();
    auto* selection = table.view()->selectionModel();
    selection->select(table.model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(table.model()->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table.removeSelected();
    QCOMPARE(apps(document).size(), std::size_t(2));
    QCOMPARE(apps(document)[0].id, original[0].id);
    QCOMPARE(apps(document)[1].id, original[2].id);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QVERIFY(apps(document) == original);
}

void TestApplicationTable::removeNeedsASelection() {
    WorkspaceDocument document;
    ApplicationTable table(&document);
    QVERIFY(!table.removeButton()->isEnabled());
    table.view()->selectRow(2);
    QVERIFY(table.removeButton()->isEnabled());
    table.view()->clearSelection();
    QVERIFY(!table.removeButton()->isEnabled());
    table.removeSelected();  // nothing selected: nothing happens
    QCOMPARE(apps(document).size(), std::size_t(4));
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestApplicationTable::removingEveryApplicationIsAllowed() {
    WorkspaceDocument document;
    ApplicationTable table(&document);
    for (int left = 4; left > 0; --left) {
        table.view()->selectRow(0);
        QTest::mouseClick(table.removeButton(), Qt::LeftButton);
        QCOMPARE(apps(document).size(), std::size_t(left - 1));
    }
    QCOMPARE(table.model()->rowCount(), 0);
    QVERIFY(!table.removeButton()->isEnabled());
    QCOMPARE(document.undoStack()->count(), 4);

    table.addApplication();
    QCOMPARE(apps(document).size(), std::size_t(1));
    QCOMPARE(table.model()->rowCount(), 1);
}

void TestApplicationTable::followsTheActiveScenario() {
    WorkspaceDocument document;
    ApplicationTable table(&document);
    QVERIFY(setCell(table, 0, ApplicationTable::NameColumn, QStringLiteral("Support ticket")));
    table.addApplication();

    document.setActiveIndex(1);
    const auto& other = apps(document);
    QCOMPARE(table.model()->rowCount(), int(other.size()));
    for (int row = 0; row < int(other.size()); ++row)
        QCOMPARE(cell(table, row, ApplicationTable::NameColumn), QString::fromStdString(other[std::size_t(row)].name));

    document.setActiveIndex(0);
    QCOMPARE(table.model()->rowCount(), 5);
    QCOMPARE(cell(table, 0, ApplicationTable::NameColumn), QStringLiteral("Support ticket"));

    Workspace workspace = defaultWorkspace();
    workspace.active = 0;
    workspace.scenarios[0].applications = {{"memo", "Legal memo", 0.2, 40}};
    document.reset(workspace, QString());
    QCOMPARE(table.model()->rowCount(), 1);
    QCOMPARE(cell(table, 0, ApplicationTable::NameColumn), QStringLiteral("Legal memo"));
}

void TestApplicationTable::selectionSurvivesEdits() {
    WorkspaceDocument document;
    ApplicationTable table(&document);
    table.view()->selectRow(2);
    QVERIFY(setCell(table, 2, ApplicationTable::ValueColumn, QStringLiteral("30")));
    QCOMPARE(selectedRows(table), QList<int>{2});

    // Rows come and go (undo of an add): the same application stays selected.
    table.addApplication();
    table.view()->selectRow(2);
    document.undoStack()->undo();  // removes the added row
    QCOMPARE(table.model()->rowCount(), 4);
    QCOMPARE(selectedRows(table), QList<int>{2});
    QVERIFY(table.removeButton()->isEnabled());
}

QTEST_MAIN(TestApplicationTable)
#include "test_application_table.moc"
