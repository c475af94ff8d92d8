#pragma once

#include <QValidator>

namespace hive::gui {

// Accepts an IPv4 network in a.b.c.d/n form as the core reads it; text on the
// way there is Intermediate, so the field can show red until it is valid.
class CidrValidator : public QValidator
{
    Q_OBJECT
public:
    using QValidator::QValidator;
    State validate(QString &input, int &pos) const override;
};

} // namespace hive::gui
