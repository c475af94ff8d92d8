#pragma once

#include <QString>

class QWidget;

namespace hive::gui {

// A question answered by verbs ("Cancel Run" / "Keep Running"), not Yes
// and No: each button says what it does and has a mnemonic; the one that
// keeps things as they are is the default (Enter, Esc).
class VerbQuestion
{
public:
    // True when the user chose `act`.
    static bool ask(QWidget *parent, const QString &title, const QString &text, const QString &act,
                    const QString &keep);
};

} // namespace hive::gui
