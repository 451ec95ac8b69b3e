// Help ▸ Model reference and the About dialog: the reference is generated
// from the registries, so every model, every parameter (meaning, unit,
// range, source) and every KPI must be on its model's page; the About dialog
// names the three libraries' licences.

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QtTest>

#include "help/AboutDialog.h"
#include "help/ModelEquations.h"
#include "help/ModelReference.h"
#include "models/ModelRegistry.h"
#include "widgets/ParameterEditor.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

QString q(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

}  // namespace

class TestModelReference : public QObject {
    Q_OBJECT
private slots:
    void listsEveryRegistryModelInOrder();
    void everyParameterWithMeaningUnitRangeAndSource();
    void everyKpiWithMeaningAndThreshold();
    void equationsOfEveryModel();
    void searchNarrowsTheList();
    void aboutNamesTheThreeLicences();
};

void TestModelReference::listsEveryRegistryModelInOrder() {
    ModelReference reference;
    const auto specs = models();
    QCOMPARE(reference.modelList()->count(), int(specs.size()));
    for (std::size_t i = 0; i < specs.size(); ++i)
        QCOMPARE(reference.modelList()->item(int(i))->data(Qt::UserRole).toString(), q(specs[i].id));
    QVERIFY(!reference.showModel("no_such_model"));
}

void TestModelReference::everyParameterWithMeaningUnitRangeAndSource() {
    ModelReference reference;
    for (const ModelSpec& model : models()) {
        QVERIFY(reference.showModel(model.id));
        const QString text = reference.page()->toPlainText();
        QVERIFY2(text.contains(q(model.titleEn)) && text.contains(q(model.titleZh)), model.id.data());
        int rows = 0;
        for (const ParameterSpec& p : parameters()) {
            if (p.group != model.group) continue;
            ++rows;
            const QByteArray where = QByteArray(model.id.data(), qsizetype(model.id.size())) + " / " +
                                     QByteArray(p.id.data(), qsizetype(p.id.size()));
            QVERIFY2(text.contains(q(p.id)), where);
            QVERIFY2(text.contains(q(p.labelEn)), where);
            QVERIFY2(text.contains(q(p.labelZh)), where);
            QVERIFY2(text.contains(q(p.meaning)), where);
            if (!p.unit.empty()) QVERIFY2(text.contains(q(p.unit)), where);
            if (!p.source.empty()) QVERIFY2(text.contains(q(p.source)), where);
            if (p.isEnum()) {
                for (auto choice : p.choices) QVERIFY2(text.contains(q(choice)), where);
            } else {
                QVERIFY2(text.contains(formatParameterNumber(p.min) + QStringLiteral(" – ") +
                                       formatParameterNumber(p.max)),
                         where);
            }
        }
        QVERIFY2(rows > 0, model.id.data());  // every model has parameters of its own
    }
    // A worked row: the frontier price, 0.01 to 1000 on a log scale.
    QVERIFY(reference.showModel("cost"));
    QVERIFY(reference.page()->toPlainText().contains(QStringLiteral("0.01 – 1,000, log scale")));
}

void TestModelReference::everyKpiWithMeaningAndThreshold() {
    ModelReference reference;
    for (const ModelSpec& model : models()) {
        QVERIFY(reference.showModel(model.id));
        const QString text = reference.page()->toPlainText();
        QVERIFY2(!model.kpis.empty(), model.id.data());
        for (const KpiSpec& k : model.kpis) {
            QVERIFY2(text.contains(q(k.id)), k.id.data());
            QVERIFY2(text.contains(q(k.labelEn)), k.id.data());
            QVERIFY2(text.contains(q(k.labelZh)), k.id.data());
            QVERIFY2(text.contains(q(k.meaning)), k.id.data());
        }
    }
    // ROIC is good above the cost of capital, the WACC parameter.
    QVERIFY(reference.showModel("capex"));
    QVERIFY(reference.page()->toPlainText().contains(QStringLiteral("good above WACC")));
}

void TestModelReference::equationsOfEveryModel() {
    ModelReference reference;
    for (const char* id : {"cost", "leverage", "half_life", "capex", "cluster", "power", "chips"}) {
        const ModelEquations* equations = findEquations(id);
        QVERIFY2(equations && !equations->lines.empty(), id);
        QVERIFY(reference.showModel(id));
        const QString text = reference.page()->toPlainText();
        for (const EquationLine& line : equations->lines) {
            QTextDocument caption;
            caption.setHtml(QString::fromUtf8(line.caption));
            QVERIFY2(text.contains(caption.toPlainText()), line.caption);
        }
        QVERIFY2(!text.contains(QStringLiteral("not written here yet")), id);
    }
    // Rendered, not typed: the exponent is a superscript in the page's HTML.
    QVERIFY(reference.showModel("cost"));
    QVERIFY(reference.page()->toHtml().contains(QStringLiteral("vertical-align:super")));
    QVERIFY(reference.page()->toPlainText().contains(QStringLiteral("frontier_decline−t/12")));
    // Every model of the registry has its equations (MODEL.md §1–7).
    for (const ModelSpec& model : models()) QVERIFY2(findEquations(model.id), std::string(model.id).c_str());
}

void TestModelReference::searchNarrowsTheList() {
    ModelReference reference;
    reference.searchBox()->setText(QStringLiteral("capex.wacc"));
    QListWidget* list = reference.modelList();
    for (int row = 0; row < list->count(); ++row) {
        const QString id = list->item(row)->data(Qt::UserRole).toString();
        if (id == QStringLiteral("capex")) QVERIFY(!list->item(row)->isHidden());
        if (id == QStringLiteral("cost") || id == QStringLiteral("leverage")) QVERIFY(list->item(row)->isHidden());
    }
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("capex"));
    QVERIFY(reference.page()->textCursor().hasSelection());  // found on the page
    reference.searchBox()->clear();
    for (int row = 0; row < list->count(); ++row) QVERIFY(!list->item(row)->isHidden());
}

void TestModelReference::aboutNamesTheThreeLicences() {
    AboutDialog about;
    QTextDocument document;
    document.setHtml(about.text());
    const QString text = document.toPlainText();
    QVERIFY(QRegularExpression(QStringLiteral("^Leverboard \\d+\\.\\d+\\.\\d+\\n")).match(text).hasMatch());
    QVERIFY(text.contains(QStringLiteral("Qt " QT_VERSION_STR)));
    QVERIFY(text.contains(QStringLiteral("GNU LGPL version 3")));
    QVERIFY(text.contains(QStringLiteral("Eigen 3.")));
    QVERIFY(text.contains(QStringLiteral("Mozilla Public License 2.0")));
    QVERIFY(text.contains(QStringLiteral("nlohmann_json 3.")));
    QVERIFY(text.contains(QStringLiteral("MIT License")));
    QVERIFY(about.findChild<QPushButton*>(QStringLiteral("AboutQtButton")));
}

QTEST_MAIN(TestModelReference)
#include "test_model_reference.moc"
