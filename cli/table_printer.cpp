#include "cli/table_printer.h"

namespace hive::cli {

int TablePrinter::displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115f) || (u >= 0x2e80 && u <= 0xa4cf) ||
                          (u >= 0xac00 && u <= 0xd7a3) || (u >= 0xf900 && u <= 0xfaff) ||
                          (u >= 0xfe30 && u <= 0xfe4f) || (u >= 0xff00 && u <= 0xff60) ||
                          (u >= 0xffe0 && u <= 0xffe6);
        width += wide ? 2 : 1;
    }
    return width;
}

void TablePrinter::print(QTextStream &out) const
{
    QList<int> widths;
    auto measure = [&](const QStringList &row) {
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
        }
    };
    measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);
    auto printRow = [&](const QStringList &row) {
        QString line;
        for (int i = 0; i < row.size(); ++i) {
            line += row.at(i);
            if (i + 1 < row.size())
                line += QString(widths[i] - displayWidth(row.at(i)) + 2, QLatin1Char(' '));
        }
        out << line << '\n';
    };
    printRow(m_header);
    for (const QStringList &row : m_rows)
        printRow(row);
    out.flush();
}

} // namespace hive::cli
