#include "gui/run/verb_question.h"

#include <QMessageBox>
#include <QPushButton>

namespace hive::gui {

bool VerbQuestion::ask(QWidget *parent, const QString &title, const QString &text,
                       const QString &act, const QString &keep)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("verbQuestion"));
    QPushButton *doIt = box.addButton(act, QMessageBox::DestructiveRole);
    doIt->setObjectName(QStringLiteral("verbQuestionAct"));
    QPushButton *stay = box.addButton(keep, QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("verbQuestionKeep"));
    box.setDefaultButton(stay);
    box.setEscapeButton(stay);
    box.exec();
    return box.clickedButton() == doIt;
}

} // namespace hive::gui
