#pragma once

#include <QSpinBox>
#include <functional>

namespace hive::gui {

// A spin box for an integer attribute that may be left out: its lowest
// value means "not set" and shows the default. The first step up from there
// (arrow, Up key, wheel) starts at the number the default stands for — the
// hosts the plan counts, the CPUs a provider gives — not at the minimum.
class UnsetSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    explicit UnsetSpinBox(QWidget *parent = nullptr);

    // The value "not set" stands for now (called at the step; empty
    // function or a value below the minimum: the minimum).
    void setDefaultValue(std::function<int()> value) { m_default = std::move(value); }
    bool isUnset() const { return value() == minimum(); }

    void stepBy(int steps) override;

private:
    std::function<int()> m_default;
};

} // namespace hive::gui
