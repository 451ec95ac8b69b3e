#include "widgets/WrappingToolBox.h"

#include <QAbstractButton>
#include <QEvent>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleOptionToolBox>
#include <algorithm>

namespace leverboard::ui {
namespace {

// Left and right padding of the title inside its tab (QCommonStyle's 4 and 8).
constexpr int kTextLeft = 4;
constexpr int kTextRight = 8;
constexpr int kTextFlags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextShowMnemonic | Qt::TextWordWrap;

QFont titleFont(const QWidget* button) {
    // Styles may draw the current section's title bold: measure bold.
    QFont font = button->font();
    font.setBold(true);
    return font;
}

// Draws a tab's title word-wrapped, unelided; everything else as the style does.
class WrappingTitleStyle : public QProxyStyle {
public:
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget) const override {
        const auto* tab = qstyleoption_cast<const QStyleOptionToolBox*>(option);
        if (element != CE_ToolBoxTabLabel || !tab || !tab->icon.isNull()) {
            QProxyStyle::drawControl(element, option, painter, widget);
            return;
        }
        const QRect area = subElementRect(SE_ToolBoxTabContents, tab, widget).adjusted(kTextLeft, 0, -kTextRight, 0);
        painter->save();
        if ((tab->state & State_Selected) && styleHint(SH_ToolBox_SelectedPageTitleBold, tab, widget)) {
            QFont bold = painter->font();
            bold.setBold(true);
            painter->setFont(bold);
        }
        drawItemText(painter, area, kTextFlags, tab->palette, tab->state & State_Enabled, tab->text,
                     QPalette::ButtonText);
        painter->restore();
    }
};

}  // namespace

WrappingToolBox::WrappingToolBox(QWidget* parent) : QToolBox(parent) {}

QAbstractButton* WrappingToolBox::tabButton(int index) const {
    const auto buttons = findChildren<QAbstractButton*>(Qt::FindDirectChildrenOnly);
    // QToolBox makes one button per item, in item order.
    return index >= 0 && index < buttons.size() ? buttons[index] : nullptr;
}

void WrappingToolBox::itemInserted(int index) {
    QToolBox::itemInserted(index);
    if (QAbstractButton* button = tabButton(index)) {
        auto* style = new WrappingTitleStyle;
        style->setParent(button);
        button->setStyle(style);
    }
    updateTabHeights();
}

bool WrappingToolBox::event(QEvent* event) {
    const bool result = QToolBox::event(event);
    if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest ||
        event->type() == QEvent::FontChange || event->type() == QEvent::Show)
        updateTabHeights();
    return result;
}

void WrappingToolBox::updateTabHeights() {
    for (QAbstractButton* button : findChildren<QAbstractButton*>(Qt::FindDirectChildrenOnly)) {
        const int width = std::max(1, (button->width() > 0 ? button->width() : this->width()) - kTextLeft - kTextRight - 8);
        const QFontMetrics metrics(titleFont(button));
        const int lines = metrics.boundingRect(QRect(0, 0, width, 100000), kTextFlags, button->text()).height();
        const int height = lines + 8;  // QToolBoxButton's own vertical padding
        if (button->minimumHeight() != height) button->setMinimumHeight(height);
    }
}

}  // namespace leverboard::ui
