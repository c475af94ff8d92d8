#include "gui/editor/cidr_validator.h"

#include "inventory/ipv4_network.h"

#include <QRegularExpression>

namespace hive::gui {

QValidator::State CidrValidator::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos)
    if (input.isEmpty())
        return Intermediate;
    static const QRegularExpression shape(QStringLiteral(R"(^[0-9./]*$)"));
    if (!shape.match(input).hasMatch())
        return Invalid;
    Ipv4Network net;
    QString error;
    return Ipv4Network::parse(input, net, error) ? Acceptable : Intermediate;
}

} // namespace hive::gui
