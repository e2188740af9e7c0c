#!/usr/bin/python3
"""Renders the parcel shapefile with Mapnik in OneMap's parcel style, for bench/render-vs-mapnik.sh.

Same style as OneMap's default parcel style: fill by crop (DefaultStyles.CROP_COLORS, other crops
#BDBDBD), 0.5 px outline in the fill darkened to 70 %, paper background #F7F5EF, Web Mercator.

usage: render_parcels.py SHAPEFILE OUT.png W H minlon,minlat,maxlon,maxlat
       render_parcels.py --boxes SHAPEFILE   prints the full-extent box (extent + 3 % a side, as
                                             `onemap render` frames a layer) and the centred 1/16 window
"""
import sys
import mapnik

PAPER = '#F7F5EF'
OTHER = (0xBD, 0xBD, 0xBD)
CROPS = {
    '水稻': (0xC5, 0xE8, 0xA0),
    '湘莲': (0xF4, 0xA7, 0xC8),
    '蔬菜': (0x5C, 0xB8, 0x5C),
    '油菜': (0xF5, 0xD6, 0x3D),
    '茶叶': (0x2E, 0x7D, 0x32),
    '柑橘': (0xF5, 0x9A, 0x2E),
}
MERCATOR = '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs'


def rule(rgb, expression):
    r = mapnik.Rule()
    if expression is None:
        r.set_else(True)
    else:
        r.filter = mapnik.Expression(expression)
    fill = mapnik.PolygonSymbolizer()
    fill.fill = mapnik.Color('rgb(%d,%d,%d)' % rgb)
    r.symbols.append(fill)
    line = mapnik.LineSymbolizer()
    line.stroke = mapnik.Color('rgb(%d,%d,%d)' % tuple(int(c * 0.7) for c in rgb))
    line.stroke_width = 0.5
    r.symbols.append(line)
    return r


def boxes(shp):
    e = mapnik.Shapefile(file=shp[:-4] if shp.endswith('.shp') else shp, encoding='gbk').envelope()
    w, h = e.maxx - e.minx, e.maxy - e.miny
    full = (e.minx - 0.03 * w, e.miny - 0.03 * h, e.maxx + 0.03 * w, e.maxy + 0.03 * h)
    cx, cy = (full[0] + full[2]) / 2, (full[1] + full[3]) / 2
    fw, fh = full[2] - full[0], full[3] - full[1]
    window = (cx - fw / 8, cy - fh / 8, cx + fw / 8, cy + fh / 8)
    print(','.join('%.6f' % v for v in full))
    print(','.join('%.6f' % v for v in window))


def main():
    if sys.argv[1] == '--boxes':
        boxes(sys.argv[2])
        return
    shp, out, w, h, bbox = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
    x0, y0, x1, y1 = (float(v) for v in bbox.split(','))
    m = mapnik.Map(w, h, MERCATOR)
    m.background = mapnik.Color(PAPER)
    style = mapnik.Style()
    for crop, rgb in CROPS.items():
        style.rules.append(rule(rgb, "[crop] = '%s'" % crop))
    style.rules.append(rule(OTHER, None))
    m.append_style('parcel', style)
    layer = mapnik.Layer('parcel', '+proj=longlat +datum=WGS84 +no_defs')
    layer.datasource = mapnik.Shapefile(file=shp[:-4] if shp.endswith('.shp') else shp, encoding='gbk')
    layer.styles.append('parcel')
    m.layers.append(layer)
    to_merc = mapnik.ProjTransform(mapnik.Projection('+proj=longlat +datum=WGS84 +no_defs'), mapnik.Projection(MERCATOR))
    m.zoom_to_box(to_merc.forward(mapnik.Box2d(x0, y0, x1, y1)))
    mapnik.render_to_file(m, out, 'png')


if __name__ == '__main__':
    main()
