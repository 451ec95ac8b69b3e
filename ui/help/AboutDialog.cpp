#include "help/AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtGlobal>
#include <Eigen/Core>
#include <nlohmann/json_fwd.hpp>

namespace leverboard::ui {
namespace {

QString eigenVersion() {
    return QStringLiteral("%1.%2.%3").arg(EIGEN_WORLD_VERSION).arg(EIGEN_MAJOR_VERSION).arg(EIGEN_MINOR_VERSION);
}

QString jsonVersion() {
    return QStringLiteral("%1.%2.%3")
        .arg(NLOHMANN_JSON_VERSION_MAJOR)
        .arg(NLOHMANN_JSON_VERSION_MINOR)
        .arg(NLOHMANN_JSON_VERSION_PATCH);
}

}  // namespace

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent), text_(new QLabel(this)) {
    setObjectName(QStringLiteral("AboutDialog"));
    text_->setTextFormat(Qt::RichText);
    text_->setWordWrap(true);
    text_->setOpenExternalLinks(true);
    text_->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* aboutQt = buttons->addButton(QString(), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("AboutQtButton"));
    connect(aboutQt, &QPushButton::clicked, this, [this] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text_);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    retranslate();
}

QString AboutDialog::text() const { return text_->text(); }

void AboutDialog::retranslate() {
    setWindowTitle(tr("About Leverboard"));
    if (auto* aboutQt = findChild<QPushButton*>(QStringLiteral("AboutQtButton"))) aboutQt->setText(tr("About &Qt"));
    const QString library = QStringLiteral("<tr><td>%1 %2</td><td style='padding-left:12px'><a href='%3'>%4</a></td></tr>");
    text_->setText(
        tr("<h3>Leverboard %1</h3><p>A dashboard for the economics of AI compute: what falling prices, "
           "compute per person, model half-life and data-centre capex mean for a decision.</p>")
            .arg(QStringLiteral(LEVERBOARD_VERSION).toHtmlEscaped()) +
        QStringLiteral("<p><b>%1</b></p><table>").arg(tr("Built with").toHtmlEscaped()) +
        library.arg(QStringLiteral("Qt"), QStringLiteral(QT_VERSION_STR),
                    QStringLiteral("https://www.gnu.org/licenses/lgpl-3.0.html"), tr("GNU LGPL version 3")) +
        library.arg(QStringLiteral("Eigen"), eigenVersion(), QStringLiteral("https://www.mozilla.org/MPL/2.0/"),
                    tr("Mozilla Public License 2.0")) +
        library.arg(QStringLiteral("nlohmann_json"), jsonVersion(), QStringLiteral("https://opensource.org/licenses/MIT"),
                    tr("MIT License")) +
        QStringLiteral("</table>"));
}

void AboutDialog::changeEvent(QEvent* event) {
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) retranslate();
}

}  // namespace leverboard::ui
