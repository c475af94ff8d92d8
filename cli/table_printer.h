#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace hive::cli {

// Prints rows as aligned columns (width counts East Asian wide characters as 2).
class TablePrinter
{
public:
    explicit TablePrinter(QStringList header) : m_header(std::move(header)) {}
    void addRow(QStringList row) { m_rows << std::move(row); }
    void print(QTextStream &out) const;
    static int displayWidth(const QString &text);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace hive::cli
