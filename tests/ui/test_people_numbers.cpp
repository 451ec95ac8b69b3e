// Numbers for people follow one locale policy (ui/format/PeopleNumbers.h):
// worked examples of every formatter under English, German and C, and the
// real widgets (KPI card, spin box, chart tip and axis) under German.

#include <QChartView>
#include <QDoubleSpinBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QToolTip>
#include <QtTest>
#include <cmath>
#include <limits>

#include "charts/ChartWidget.h"
#include "document/WorkspaceDocument.h"
#include "format/PeopleNumbers.h"
#include "models/Engine.h"
#include "scenario/Scenario.h"
#include "widgets/ApplicationTable.h"
#include "widgets/KpiCard.h"
#include "widgets/ParameterEditor.h"
#include "widgets/ParameterPanel.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kGerman(QLocale::German, QLocale::Germany);

// Sets the default locale for one test and puts the C locale (CTest's
// LC_ALL=C.UTF-8) back afterwards.
class DefaultLocale {
public:
    explicit DefaultLocale(const QLocale& locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(QLocale::c()); }
    DefaultLocale(const DefaultLocale&) = delete;
    DefaultLocale& operator=(const DefaultLocale&) = delete;
};

void typeInto(QDoubleSpinBox* spin, const QString& text) {
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Return);
}

// The texts Qt Charts drew in a chart widget's scene: tick labels, titles.
QStringList sceneTexts(ChartWidget& chart) {
    QStringList texts;
    auto* view = chart.findChild<QChartView*>();
    if (!view || !view->scene()) return texts;
    for (QGraphicsItem* item : view->scene()->items())
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
            texts << text->toPlainText();
    return texts;
}

}  // namespace

class TestPeopleNumbers : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void numbers_data();
    void numbers();
    void fixedAndIntegers_data();
    void fixedAndIntegers();
    void percentMoneyMultiples_data();
    void percentMoneyMultiples();
    void significantAndEditable_data();
    void significantAndEditable();
    void parsing();
    void chartAxisLocale();
    void kpiCardUnderGerman();
    void spinBoxUnderGerman();
    void applicationTableUnderGerman();
    void chartTipAndAxisUnderGerman();
};

// Each row: the locale, the function's output, and the text a person of that
// locale reads (worked out from the locale's symbols: German "," decimal
// point and "." grouping; C and English "." and ",").
void TestPeopleNumbers::numbers_data() {
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("expected");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    struct Row {
        const char* name;
        double value;
        int digits;
        const char* english;
        const char* german;
    };
    const Row rows[] = {
        {"months", 14.1, 3, "14.1", "14,1"},
        {"three digits", 1.4286, 3, "1.43", "1,43"},
        {"trailing zeros dropped", 10.0, 3, "10", "10"},
        {"below one", 0.1234, 3, "0.12", "0,12"},
        {"four digits, no grouping", 1250.0, 3, "1250", "1250"},
        {"grouped from 10,000", 12500.0, 3, "12,500", "12.500"},
        {"millions grouped", 7496474.0, 3, "7,496,474", "7.496.474"},
        {"negative", -3.5, 3, "-3.5", "-3,5"},
        {"tiny: exponent, lowercase e", 2.5e-5, 3, "2.5e-05", "2,5e-05"},
        {"huge: exponent", 2e15, 3, "2e+15", "2e+15"},
        {"not a number", nan, 3, "—", "—"},
    };
    for (const Row& row : rows) {
        QTest::addRow("en: %s", row.name) << kEnglish << row.value << row.digits << QString::fromUtf8(row.english);
        QTest::addRow("de: %s", row.name) << kGerman << row.value << row.digits << QString::fromUtf8(row.german);
        // The C locale (LC_ALL=C) writes rounded figures as English does.
        QTest::addRow("C: %s", row.name) << QLocale::c() << row.value << row.digits << QString::fromUtf8(row.english);
    }
}

void TestPeopleNumbers::numbers() {
    QFETCH(QLocale, locale);
    QFETCH(double, value);
    QFETCH(int, digits);
    QFETCH(QString, expected);
    DefaultLocale scope(locale);
    QCOMPARE(formatNumber(value, digits), expected);
}

void TestPeopleNumbers::fixedAndIntegers_data() {
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    // Rows are built under their locale: format calls read the default locale.
    auto add = [](const char* name, const QLocale& locale, auto format, const char* expected) {
        QLocale::setDefault(locale);
        QTest::newRow(name) << format() << QString::fromUtf8(expected);
        QLocale::setDefault(QLocale::c());
    };
    add("en fixed keeps zeros", kEnglish, [] { return formatFixed(3.5, 2); }, "3.50");
    add("de fixed keeps zeros", kGerman, [] { return formatFixed(3.5, 2); }, "3,50");
    add("en fixed grouped", kEnglish, [] { return formatFixed(12345.678, 1); }, "12,345.7");
    add("de fixed grouped", kGerman, [] { return formatFixed(12345.678, 1); }, "12.345,7");
    add("C fixed grouped", QLocale::c(), [] { return formatFixed(12345.678, 1); }, "12,345.7");
    add("en year", kEnglish, [] { return formatInteger(2030); }, "2030");
    add("de year", kGerman, [] { return formatInteger(2030); }, "2030");
    add("en small", kEnglish, [] { return formatInteger(42); }, "42");
    add("en grouped", kEnglish, [] { return formatInteger(12500); }, "12,500");
    add("de grouped", kGerman, [] { return formatInteger(12500); }, "12.500");
    add("C grouped", QLocale::c(), [] { return formatInteger(12500); }, "12,500");
    add("en negative millions", kEnglish, [] { return formatInteger(-1234567); }, "-1,234,567");
    add("de negative millions", kGerman, [] { return formatInteger(-1234567); }, "-1.234.567");
}

void TestPeopleNumbers::fixedAndIntegers() {
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void TestPeopleNumbers::percentMoneyMultiples_data() {
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    auto add = [](const char* name, const QLocale& locale, auto format, const char* expected) {
        QLocale::setDefault(locale);
        QTest::newRow(name) << format() << QString::fromUtf8(expected);
        QLocale::setDefault(QLocale::c());
    };
    // Per cent: the fraction × 100, three digits, the sign right after.
    add("en percent", kEnglish, [] { return formatPercent(0.122); }, "12.2%");
    add("de percent", kGerman, [] { return formatPercent(0.122); }, "12,2%");
    add("C percent", QLocale::c(), [] { return formatPercent(0.122); }, "12.2%");
    add("en whole percent", kEnglish, [] { return formatPercent(0.5); }, "50%");
    add("de negative percent", kGerman, [] { return formatPercent(-0.031); }, "-3,1%");
    // Money: $ in front, K/M/B/T after, three digits.
    add("en billions", kEnglish, [] { return formatMoney(7.5e9); }, "$7.5B");
    add("de billions", kGerman, [] { return formatMoney(7.5e9); }, "$7,5B");
    add("C billions", QLocale::c(), [] { return formatMoney(7.5e9); }, "$7.5B");
    add("en dollars", kEnglish, [] { return formatMoney(950); }, "$950");
    add("de cents", kGerman, [] { return formatMoney(1.4286); }, "$1,43");
    add("en negative thousands", kEnglish, [] { return formatMoney(-120000); }, "−$120K");
    add("de negative thousands", kGerman, [] { return formatMoney(-120000); }, "−$120K");
    add("en rounds up to the next letter", kEnglish, [] { return formatMoney(999.6); }, "$1K");
    add("de trillions", kGerman, [] { return formatMoney(2.5e12); }, "$2,5T");
    add("money not a number", kEnglish, [] { return formatMoney(std::nan("")); }, "—");
    // Multiples: the same letters from 1,000 up, then "×".
    add("en multiple", kEnglish, [] { return formatMultiple(4.1); }, "4.1×");
    add("de multiple", kGerman, [] { return formatMultiple(4.1); }, "4,1×");
    add("en hundreds", kEnglish, [] { return formatMultiple(950); }, "950×");
    add("en thousands", kEnglish, [] { return formatMultiple(12000); }, "12K×");
    // MODEL.md §1 defaults: 7^1.5 × 40^3.5 = 7,496,474 over five years.
    add("en total decline", kEnglish, [] { return formatMultiple(std::pow(7, 1.5) * std::pow(40, 3.5)); }, "7.5M×");
    add("de total decline", kGerman, [] { return formatMultiple(std::pow(7, 1.5) * std::pow(40, 3.5)); }, "7,5M×");
    add("C total decline", QLocale::c(), [] { return formatMultiple(std::pow(7, 1.5) * std::pow(40, 3.5)); },
        "7.5M×");
}

void TestPeopleNumbers::percentMoneyMultiples() {
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void TestPeopleNumbers::significantAndEditable_data() {
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    auto add = [](const char* name, const QLocale& locale, auto format, const char* expected) {
        QLocale::setDefault(locale);
        QTest::newRow(name) << format() << QString::fromUtf8(expected);
        QLocale::setDefault(QLocale::c());
    };
    // %g: never grouped, lowercase e (what QString::number wrote).
    add("en significant", kEnglish, [] { return formatSignificant(1250, 4); }, "1250");
    add("de significant", kGerman, [] { return formatSignificant(1250, 4); }, "1250");
    add("en significant exponent", kEnglish, [] { return formatSignificant(12500, 4); }, "1.25e+04");
    add("de significant exponent", kGerman, [] { return formatSignificant(12500, 4); }, "1,25e+04");
    add("de significant half", kGerman, [] { return formatSignificant(0.5, 4); }, "0,5");
    add("C significant exact", QLocale::c(), [] { return formatSignificant(0.0002, 15); }, "0.0002");
    // Editable: the decimals asked, trailing zeros dropped, the locale's own grouping.
    add("en editable", kEnglish, [] { return formatEditable(200000, 2); }, "200,000");
    add("de editable", kGerman, [] { return formatEditable(200000, 2); }, "200.000");
    add("C editable: C groups nothing", QLocale::c(), [] { return formatEditable(200000, 2); }, "200000");
    add("de editable fraction", kGerman, [] { return formatEditable(0.125, 6); }, "0,125");
    add("en editable whole", kEnglish, [] { return formatEditable(10, 3); }, "10");
    // Exact: 15 digits, the locale's own grouping.
    add("en exact", kEnglish, [] { return formatExact(1e9); }, "1,000,000,000");
    add("de exact", kGerman, [] { return formatExact(1e9); }, "1.000.000.000");
    add("C exact", QLocale::c(), [] { return formatExact(1e9); }, "1000000000");
    add("de exact fraction", kGerman, [] { return formatExact(0.01); }, "0,01");
    add("en exact exponent", kEnglish, [] { return formatExact(2e-7); }, "2e-07");
}

void TestPeopleNumbers::significantAndEditable() {
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void TestPeopleNumbers::parsing() {
    {
        DefaultLocale scope(kGerman);
        QCOMPARE(parseNumber(QStringLiteral("0,5")), std::optional<double>(0.5));
        QCOMPARE(parseNumber(QStringLiteral("0.5")), std::optional<double>(0.5));  // C format too
        QCOMPARE(parseNumber(QStringLiteral(" 2,5e5 ")), std::optional<double>(250000));
        QCOMPARE(parseNumber(QStringLiteral("2.5e5")), std::optional<double>(250000));
        QCOMPARE(parseNumber(QStringLiteral("1.000")), std::optional<double>(1000));  // German grouping first
        QCOMPARE(parseNumber(QStringLiteral("12.500,25")), std::optional<double>(12500.25));
        QCOMPARE(parseNumber(QStringLiteral("abc")), std::nullopt);
        QCOMPARE(parseNumber(QString()), std::nullopt);
    }
    {
        DefaultLocale scope(kEnglish);
        QCOMPARE(parseNumber(QStringLiteral("0.5")), std::optional<double>(0.5));
        QCOMPARE(parseNumber(QStringLiteral("12,500.25")), std::optional<double>(12500.25));
        QCOMPARE(parseNumber(QStringLiteral("1e400")), std::nullopt);  // not finite
    }
}

void TestPeopleNumbers::chartAxisLocale() {
    {
        DefaultLocale scope(kGerman);
        const QLocale axis = leverboard::ui::chartAxisLocale();
        QCOMPARE(axis.toString(0.5, 'g', 3), QStringLiteral("0,5"));
        QCOMPARE(axis.toString(12500.0, 'f', 0), QStringLiteral("12500"));  // tick labels are not grouped
    }
    {
        // English writes numbers as C does: axes keep C's "2e+03" (English QLocale would write 2E+03).
        DefaultLocale scope(kEnglish);
        const QLocale axis = leverboard::ui::chartAxisLocale();
        QCOMPARE(axis.toString(2000.0, 'g', 3), QStringLiteral("2e+03"));
        QCOMPARE(axis.toString(2030.0, 'f', 0), QStringLiteral("2030"));
    }
}

void TestPeopleNumbers::kpiCardUnderGerman() {
    DefaultLocale scope(kGerman);
    const Results results = evaluate(Scenario());
    // MODEL.md §1 defaults: the frontier price falls 7× in the first year, 10 / 7 = 1.43.
    KpiCard price(QStringLiteral("cost.price_1y"));
    price.showKpi(results);
    QCOMPARE(price.valueText(), QStringLiteral("$1,43"));
    // 7^1.5 in the first 18 months, 40^3.5 in the remaining 42: 7,496,474×.
    KpiCard decline(QStringLiteral("cost.total_decline"));
    decline.showKpi(results);
    QCOMPARE(decline.valueText(), QStringLiteral("7,5M×"));
}

void TestPeopleNumbers::spinBoxUnderGerman() {
    DefaultLocale scope(kGerman);
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    panel.show();
    // Hardware doubling time: 2.5 years by default (Epoch AI), one decimal.
    QDoubleSpinBox* doubling = panel.editor(ParamId::CostHwDoublingYears)->spinBox();
    QCOMPARE(doubling->text(), QStringLiteral("2,5"));
    // The learning rate (0.01 … 0.9): a German and a C decimal both read as 0.5.
    QDoubleSpinBox* rate = panel.editor(ParamId::CostLearningRate)->spinBox();
    typeInto(rate, QStringLiteral("0,5"));
    QCOMPARE(document.activeScenario()[ParamId::CostLearningRate], 0.5);
    QCOMPARE(rate->text(), QStringLiteral("0,5"));
    typeInto(rate, QStringLiteral("0,25"));
    QCOMPARE(document.activeScenario()[ParamId::CostLearningRate], 0.25);
    typeInto(rate, QStringLiteral("0.5"));
    QCOMPARE(document.activeScenario()[ParamId::CostLearningRate], 0.5);
    QCOMPARE(rate->text(), QStringLiteral("0,5"));
    // The tooltip's range and default are in German too.
    const QString tip = panel.editor(ParamId::CostHwDoublingYears)->toolTip();
    QVERIFY2(tip.contains(QStringLiteral("0,5")) && tip.contains(QStringLiteral("2,5")), qPrintable(tip));
}

void TestPeopleNumbers::applicationTableUnderGerman() {
    DefaultLocale scope(kGerman);
    WorkspaceDocument document;
    ApplicationTable table(&document);
    QAbstractItemModel* model = table.model();
    const QModelIndex tokens = model->index(1, ApplicationTable::TokensColumn);
    QVERIFY(model->setData(tokens, QStringLiteral("0,75"), Qt::EditRole));
    QCOMPARE(document.activeScenario().applications[1].tokensPerTask, 0.75);
    QCOMPARE(tokens.data(Qt::DisplayRole).toString(), QStringLiteral("0,75"));
    QVERIFY(model->setData(tokens, QStringLiteral("1.5"), Qt::EditRole));  // the C format is read too
    QCOMPARE(document.activeScenario().applications[1].tokensPerTask, 1.5);
    QCOMPARE(tokens.data(Qt::EditRole).toString(), QStringLiteral("1,5"));
}

void TestPeopleNumbers::chartTipAndAxisUnderGerman() {
    DefaultLocale scope(kGerman);
    ChartWidget chart(QStringLiteral("Shares"), AxisSpec(QStringLiteral("Month")),
                      AxisSpec(QStringLiteral("Share"), AxisScale::Linear, QStringLiteral("%.3g")));
    const SeriesHandle line = chart.addLine(QStringLiteral("Share"), Qt::blue);
    chart.setPoints(line, {QPointF(0, 0.25), QPointF(1.5, 0.5)});
    chart.updateRanges();
    chart.resize(600, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    // Tick labels of the y axis (about 0.2 … 0.5): decimal commas, no decimal points.
    const QStringList texts = sceneTexts(chart);
    const QString drawn = texts.join(QStringLiteral(" | "));
    const QRegularExpression germanDecimal(QStringLiteral("^0,\\d+$"));
    const QRegularExpression cDecimal(QStringLiteral("^\\d+\\.\\d+$"));
    QVERIFY2(texts.filter(germanDecimal).size() >= 3, qPrintable(drawn));
    QVERIFY2(texts.filter(cDecimal).isEmpty(), qPrintable(drawn));

    // The hover tip of a point, as the series reports a hover.
    auto* view = chart.findChild<QChartView*>();
    QVERIFY(view);
    QLineSeries* series = nullptr;
    for (QAbstractSeries* s : view->chart()->series())
        if (s->name() == QStringLiteral("Share")) series = qobject_cast<QLineSeries*>(s);
    QVERIFY(series);
    emit series->hovered(QPointF(1.5, 0.5), true);
    const QString tip = QToolTip::text();
    QVERIFY2(tip.contains(QStringLiteral("Month: 1,5")) && tip.contains(QStringLiteral("Share: 0,5")),
             qPrintable(tip));
    emit series->hovered(QPointF(1.5, 0.5), false);
}

QTEST_MAIN(TestPeopleNumbers)
#include "test_people_numbers.moc"
