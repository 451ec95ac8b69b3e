#pragma once
// The compact parameter strip of presentation mode: the sliders of the
// current slide's model, laid out in a few rows along the bottom of the
// screen, editing the document live (undoable; one drag is one undo step).

#include <QFrame>
#include <QList>

#include "params/ParameterRegistry.h"

class QGridLayout;
class QLabel;
class QScrollArea;

namespace leverboard::ui {

class WorkspaceDocument;
class ParameterEditor;

class PresentationStrip : public QFrame {
    Q_OBJECT
public:
    explicit PresentationStrip(WorkspaceDocument* document, QWidget* parent = nullptr);

    // Shows the parameters of one model group under a caption such as "Cost curves".
    void showGroup(ModelGroup group, const QString& caption);
    ModelGroup group() const { return group_; }
    QList<ParameterEditor*> editors() const { return editors_; }
    ParameterEditor* editor(ParamId id) const;
    QString captionText() const;

    // True while a slider, spin box or choice of the strip has the keyboard.
    bool containsFocus() const;
    // Moves the keyboard to the first control of the strip.
    void focusFirstControl();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refreshValues();
    void arrangeEditors();
    int editorWidth() const;

    WorkspaceDocument* document_;
    ModelGroup group_ = ModelGroup::Global;
    bool hasGroup_ = false;
    QLabel* caption_;
    QLabel* keys_;
    QScrollArea* scroll_;
    QWidget* grid_;
    QGridLayout* gridLayout_;
    QList<ParameterEditor*> editors_;
    int arrangedColumns_ = -1;
    int arrangedRows_ = -1;
};

}  // namespace leverboard::ui
