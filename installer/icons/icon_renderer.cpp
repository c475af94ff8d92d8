// Build-time tool: renders the app's SVG icon to a square PNG of one size,
// for the hicolor icon theme (Linux) and the .icns iconset (macOS).
//
//   hive-icon-renderer ICON.svg SIZE OUT.png
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char **argv)
{
    // No display and no GUI application: the raster engine draws the icon's
    // shapes on its own (the icon has no text, which would need fonts).
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = args.value(2).toInt(&sizeOk);
    if (args.size() != 4 || !sizeOk || size < 8 || size > 2048) {
        err << "usage: hive-icon-renderer ICON.svg SIZE OUT.png  (SIZE 8 to 2048)\n";
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        err << args.at(1) << ": not a readable SVG file\n";
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter, QRectF(0, 0, size, size));
    }
    if (!image.save(args.at(3), "PNG")) {
        err << args.at(3) << ": cannot be written\n";
        return 1;
    }
    return 0;
}
