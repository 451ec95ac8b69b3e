#include "help/ModelReference.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include "help/ModelEquations.h"
#include "style/Contrast.h"
#include "text/RegistryText.h"
#include "widgets/ParameterEditor.h"

namespace leverboard::ui {
namespace {

QString fromView(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

QString esc(const QString& text) { return text.toHtmlEscaped(); }

// "Frontier price<br><span>前沿价格</span>": both registry labels.
QString bothLabels(std::string_view en, std::string_view zh) {
    return QStringLiteral("%1<br>%2")
        .arg(esc(fromView(en)), esc(fromView(zh)));
}

QString thresholdText(const KpiSpec& spec) {
    const KpiThreshold& t = spec.threshold;
    const QString side = t.goodAbove ? ModelReference::tr("good above %1") : ModelReference::tr("good at or below %1");
    switch (t.kind) {
    case KpiThreshold::Kind::None: return QStringLiteral("—");
    case KpiThreshold::Kind::Constant: return side.arg(formatParameterNumber(t.value));
    case KpiThreshold::Kind::Parameter: {
        const auto id = findParameter(t.ref);
        return side.arg(id ? parameterLabel(leverboard::spec(*id)) : fromView(t.ref));
    }
    case KpiThreshold::Kind::Kpi: {
        const KpiSpec* other = findKpiSpec(t.ref);
        return side.arg(other ? registryLabel(*other) : fromView(t.ref));
    }
    case KpiThreshold::Kind::Horizon: return side.arg(ModelReference::tr("the horizon"));
    }
    return QStringLiteral("—");
}

QString rangeText(const ParameterSpec& p) {
    if (p.isEnum()) {
        QStringList choices;
        for (auto choice : p.choices) choices << fromView(choice);
        return choices.join(QStringLiteral(" | "));
    }
    QString range = QStringLiteral("%1 – %2").arg(formatParameterNumber(p.min), formatParameterNumber(p.max));
    if (p.scale == Scale::Log) range += ModelReference::tr(", log scale");
    if (p.scale == Scale::LogOnePlus) range += ModelReference::tr(", log(1 + value) scale");
    return range;
}

QString defaultText(const ParameterSpec& p) {
    return p.isEnum() ? fromView(p.choices[std::size_t(p.defaultValue)]) : formatParameterNumber(p.defaultValue);
}

QString headerRow(const QStringList& names) {
    QString row = QStringLiteral("<tr>");
    for (const QString& name : names) row += QStringLiteral("<th align='left'>%1</th>").arg(esc(name));
    return row + QStringLiteral("</tr>");
}

QString cellRow(const QStringList& cells) {
    QString row = QStringLiteral("<tr>");
    for (const QString& cell : cells) row += QStringLiteral("<td valign='top'>%1</td>").arg(cell);
    return row + QStringLiteral("</tr>");
}

constexpr auto kTable = "<table cellspacing='0' cellpadding='4' border='1' style='border-collapse:collapse' "
                        "width='100%'>";

}  // namespace

QString ModelReference::modelHtml(const ModelSpec& model) {
    QString html = QStringLiteral("<h2>%1 · %2</h2>").arg(esc(fromView(model.titleEn)), esc(fromView(model.titleZh)));
    html += QStringLiteral("<p><code>--model %1</code></p>").arg(esc(fromView(model.id)));

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Equations")));
    if (const ModelEquations* equations = findEquations(model.id)) {
        html += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("ModelEquations", equations->summary)));
        html += QLatin1String(kTable);
        for (const EquationLine& line : equations->lines)
            html += cellRow({QCoreApplication::translate("ModelEquations", line.caption),
                             QStringLiteral("<i>%1</i>").arg(QString::fromUtf8(line.formula))});
        html += QStringLiteral("</table>");
    } else {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("The equations of this model are not written here yet.")));
    }

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Parameters")));
    html += QLatin1String(kTable) +
            headerRow({tr("Parameter"), tr("Id"), tr("Meaning"), tr("Unit"), tr("Range"), tr("Default"), tr("Source")});
    for (const ParameterSpec& p : parameters()) {
        if (p.group != model.group && p.group != ModelGroup::Global) continue;
        const QString unit = parameterUnit(p);
        html += cellRow({bothLabels(p.labelEn, p.labelZh), QStringLiteral("<code>%1</code>").arg(esc(fromView(p.id))),
                         esc(registryMeaning(p)),
                         unit.isEmpty() ? QStringLiteral("—") : esc(unit), esc(rangeText(p)), esc(defaultText(p)),
                         esc(fromView(p.source))});
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Key figures (KPIs)")));
    html += QLatin1String(kTable) + headerRow({tr("KPI"), tr("Id"), tr("Unit"), tr("Meaning"), tr("Threshold")});
    for (const KpiSpec& k : model.kpis) {
        const QString unit = unitText(k.unit);
        QString id = QStringLiteral("<code>%1</code>").arg(esc(fromView(k.id)));
        if (k.id == kUnlockMonthPrefix) id += QStringLiteral("<i>app</i>");
        html += cellRow({bothLabels(k.labelEn, k.labelZh), id,
                         unit.isEmpty() ? QStringLiteral("—") : esc(unit),
                         esc(registryMeaning(k)),
                         esc(thresholdText(k))});
    }
    html += QStringLiteral("</table>");
    return html;
}

ModelReference::ModelReference(QWidget* parent)
    : QDialog(parent), search_(new QLineEdit(this)), list_(new QListWidget(this)), page_(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("ModelReference"));
    search_->setClearButtonEnabled(true);
    keepPlaceholderReadable(search_);
    page_->setOpenLinks(false);
    for (const ModelSpec& model : models()) {
        auto* item = new QListWidgetItem(list_);
        item->setData(Qt::UserRole, fromView(model.id));
    }
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(search_);
    leftLayout->addWidget(list_, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(page_);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 800});
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(splitter);
    resize(1100, 700);
    setTabOrder(search_, list_);
    setTabOrder(list_, page_);

    connect(list_, &QListWidget::currentRowChanged, this, &ModelReference::showRow);
    connect(search_, &QLineEdit::textChanged, this, &ModelReference::applySearch);
    retranslate();
    list_->setCurrentRow(0);
}

void ModelReference::retranslate() {
    setWindowTitle(tr("Model reference"));
    search_->setPlaceholderText(tr("Search the reference…"));
    search_->setAccessibleName(tr("Search the reference"));
    list_->setAccessibleName(tr("Models"));
    page_->setAccessibleName(tr("Model reference page"));
    const auto specs = models();
    for (int row = 0; row < list_->count() && row < int(specs.size()); ++row)
        list_->item(row)->setText(QCoreApplication::translate("Model", std::string(specs[std::size_t(row)].titleEn).c_str()));
    showRow(list_->currentRow());
}

bool ModelReference::showModel(std::string_view id) {
    for (int row = 0; row < list_->count(); ++row) {
        if (list_->item(row)->data(Qt::UserRole).toString() == fromView(id)) {
            list_->item(row)->setHidden(false);
            list_->setCurrentRow(row);
            showRow(row);
            return true;
        }
    }
    return false;
}

void ModelReference::showRow(int row) {
    const auto specs = models();
    if (row < 0 || row >= int(specs.size())) return;
    page_->setHtml(modelHtml(specs[std::size_t(row)]));
    const QString needle = search_->text().trimmed();
    if (!needle.isEmpty()) page_->find(needle);
}

void ModelReference::applySearch() {
    const QString needle = search_->text().trimmed();
    const auto specs = models();
    int firstShown = -1;
    for (int row = 0; row < list_->count() && row < int(specs.size()); ++row) {
        bool match = needle.isEmpty();
        if (!match) {
            QTextDocument document;
            document.setHtml(modelHtml(specs[std::size_t(row)]));
            match = document.toPlainText().contains(needle, Qt::CaseInsensitive);
        }
        list_->item(row)->setHidden(!match);
        if (match && firstShown < 0) firstShown = row;
    }
    const int current = list_->currentRow();
    if (current >= 0 && !list_->item(current)->isHidden()) showRow(current);
    else if (firstShown >= 0) list_->setCurrentRow(firstShown);
}

void ModelReference::changeEvent(QEvent* event) {
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) retranslate();
}

}  // namespace leverboard::ui
