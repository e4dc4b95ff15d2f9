#pragma once

class QWidget;

namespace rapport {

// A screen reader finds the label of a field only among the field's
// siblings: a field wrapped in a container (FieldErrorLabel::stack, a row of
// two fields) is not found from the label that names it in a form. This
// gives every such field under `root` its label's text as its accessible
// name, unless it has one of its own. Call it again once the labels are
// retranslated: the names follow them.
void nameFieldsByTheirLabels(QWidget *root);

} // namespace rapport
