package basis.engine.lang;

import basis.engine.format.FloatRepr;
import basis.engine.lang.PlotModule.Arrow;
import basis.engine.lang.PlotModule.Artist;
import basis.engine.lang.PlotModule.Bars;
import basis.engine.lang.PlotModule.Figure;
import basis.engine.lang.PlotModule.Image;
import basis.engine.lang.PlotModule.Line;
import basis.engine.lang.PlotModule.Scatter;
import basis.engine.lang.PlotModule.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link Figure} as an SVG document: axes with "nice" ticks, then the artists in the order
 * drawn, the title, labels and legend. Text and axes use currentColor so the page's theme shows
 * through. Deterministic: the same figure gives the same bytes on the JVM and in Wasm (only
 * +, -, *, /, sqrt and floor on doubles; numbers written by {@link FloatRepr}).
 */
final class PlotSvg {
    private PlotSvg() {}

    static final int WIDTH = 480, HEIGHT = 360;
    static final double LEFT = 58, RIGHT = 16, TOP = 34, BOTTOM = 46;
    /** matplotlib's default margins around the data (5% of the range). */
    static final double MARGIN = 0.05;
    static final String[] VIRIDIS = {"#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"};

    static String render(Figure f) {
        Box box = bounds(f);
        double pw = WIDTH - LEFT - RIGHT, ph = HEIGHT - TOP - BOTTOM;
        double x0 = LEFT, y0 = TOP;
        boolean image = f.artists.stream().anyMatch(a -> a instanceof Image);
        if (f.equal || image) {
            // One data unit is as long across as up: widen the range that is short for its side.
            double sx = pw / (box.x1 - box.x0), sy = ph / (box.y1 - box.y0);
            if (sx > sy) {
                double extra = pw / sy - (box.x1 - box.x0);
                box = new Box(box.x0 - extra / 2, box.x1 + extra / 2, box.y0, box.y1);
            } else {
                double extra = ph / sx - (box.y1 - box.y0);
                box = new Box(box.x0, box.x1, box.y0 - extra / 2, box.y1 + extra / 2);
            }
        }
        Scale sx = new Scale(box.x0, box.x1, x0, x0 + pw);
        Scale sy = image ? new Scale(box.y0, box.y1, y0, y0 + ph) : new Scale(box.y0, box.y1, y0 + ph, y0);

        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plot\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" role=\"img\" aria-label=\"")
                .append(esc(f.title != null ? f.title : "A plot")).append("\" font-family=\"sans-serif\" font-size=\"12\">");
        if (f.title != null) s.append("<title>").append(esc(f.title)).append("</title>");
        if (!f.axisOff) axes(s, f, sx, sy, image);
        // A nested viewport clips the artists to the axes (no ids, so many plots can share a page).
        s.append("<svg x=\"").append(n(x0)).append("\" y=\"").append(n(y0)).append("\" width=\"").append(n(pw))
                .append("\" height=\"").append(n(ph)).append("\" overflow=\"hidden\"><g transform=\"translate(")
                .append(n(-x0)).append(' ').append(n(-y0)).append(")\">");
        for (Artist a : f.artists) draw(s, a, sx, sy);
        s.append("</g></svg>");
        if (f.title != null) {
            text(s, WIDTH / 2.0, 20, f.title, "middle", "font-size=\"14\" font-weight=\"600\"");
        }
        if (f.xlabel != null) text(s, x0 + pw / 2, HEIGHT - 8, f.xlabel, "middle", "");
        if (f.ylabel != null) {
            s.append("<text transform=\"translate(14 ").append(n(y0 + ph / 2)).append(") rotate(-90)\" text-anchor=\"middle\" fill=\"currentColor\">")
                    .append(esc(f.ylabel)).append("</text>");
        }
        if (f.legend) legend(s, f, x0 + pw, y0);
        return s.append("</svg>").toString();
    }

    record Box(double x0, double x1, double y0, double y1) {}

    /** Maps data coordinates to pixels. */
    record Scale(double d0, double d1, double p0, double p1) {
        double at(double v) {
            return p0 + (v - d0) * (p1 - p0) / (d1 - d0);
        }
    }

    private static Box bounds(Figure f) {
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        boolean tight = false, zeroBase = false;
        for (Artist a : f.artists) {
            if (a instanceof Line l) {
                add(b, l.x(), l.y());
            } else if (a instanceof Scatter p) {
                add(b, p.x(), p.y());
            } else if (a instanceof Arrow r) {
                add(b, new double[] {r.x(), r.x() + r.dx()}, new double[] {r.y(), r.y() + r.dy()});
            } else if (a instanceof Bars r) {
                for (int j = 0; j < r.x().length; j++) {
                    add(b, new double[] {r.x()[j] - r.width() / 2, r.x()[j] + r.width() / 2}, new double[] {0, r.height()[j]});
                }
                zeroBase = true;
            } else if (a instanceof Image im) {
                add(b, new double[] {-0.5, im.cols() - 0.5}, new double[] {-0.5, im.rows() - 0.5});
                tight = true;
            } else if (a instanceof Text t) {
                add(b, new double[] {t.x()}, new double[] {t.y()});
            }
        }
        if (b[0] > b[1]) {
            b[0] = 0;
            b[1] = 1;
        }
        if (b[2] > b[3]) {
            b[2] = 0;
            b[3] = 1;
        }
        double[] x = pad(b[0], b[1], tight), y = pad(b[2], b[3], tight);
        if (zeroBase && b[2] >= 0) y[0] = 0;
        if (f.xlim != null) x = f.xlim;
        if (f.ylim != null) y = f.ylim;
        return new Box(x[0], x[1], y[0], y[1]);
    }

    private static double[] pad(double lo, double hi, boolean tight) {
        if (lo == hi) return new double[] {lo - 1, hi + 1};
        double m = tight ? 0 : (hi - lo) * MARGIN;
        return new double[] {lo - m, hi + m};
    }

    private static void add(double[] b, double[] xs, double[] ys) {
        for (double v : xs) {
            if (Double.isFinite(v)) {
                b[0] = Math.min(b[0], v);
                b[1] = Math.max(b[1], v);
            }
        }
        for (double v : ys) {
            if (Double.isFinite(v)) {
                b[2] = Math.min(b[2], v);
                b[3] = Math.max(b[3], v);
            }
        }
    }

    private static void axes(StringBuilder s, Figure f, Scale sx, Scale sy, boolean image) {
        double left = sx.p0(), right = sx.p1(), top = Math.min(sy.p0(), sy.p1()), bottom = Math.max(sy.p0(), sy.p1());
        s.append("<g class=\"axes\" stroke=\"currentColor\" fill=\"currentColor\">");
        List<Double> xt = image ? integerTicks(sx) : ticks(sx.d0(), sx.d1());
        List<Double> yt = image ? integerTicks(sy) : ticks(Math.min(sy.d0(), sy.d1()), Math.max(sy.d0(), sy.d1()));
        String xd = decimals(xt), yd = decimals(yt);
        for (double t : xt) {
            double px = sx.at(t);
            if (f.grid) line(s, px, top, px, bottom, "stroke-opacity=\"0.15\"");
            line(s, px, bottom, px, bottom + 5, "");
            String label = f.xticklabels != null ? tickLabel(f.xticklabels, t) : tick(t, xd);
            if (label != null) text(s, px, bottom + 18, label, "middle", "stroke=\"none\"");
        }
        for (double t : yt) {
            double py = sy.at(t);
            if (f.grid) line(s, left, py, right, py, "stroke-opacity=\"0.15\"");
            line(s, left - 5, py, left, py, "");
            text(s, left - 8, py + 4, tick(t, yd), "end", "stroke=\"none\"");
        }
        s.append("<rect x=\"").append(n(left)).append("\" y=\"").append(n(top)).append("\" width=\"").append(n(right - left))
                .append("\" height=\"").append(n(bottom - top)).append("\" fill=\"none\" stroke-opacity=\"0.6\"/>");
        s.append("</g>");
    }

    private static String tickLabel(String[] labels, double t) {
        int j = (int) Math.floor(t + 0.5);
        return j >= 0 && j < labels.length && j == t ? labels[j] : null;
    }

    /** About five round ticks (steps of 1, 2 or 5 times a power of ten) inside [lo, hi]. */
    static List<Double> ticks(double lo, double hi) {
        List<Double> out = new ArrayList<>();
        double range = hi - lo;
        if (!(range > 0) || !Double.isFinite(range)) return out;
        double raw = range / 5, p = 1;
        while (p * 10 <= raw) p *= 10;
        while (p > raw) p /= 10;
        double step = raw / p < 2 ? 2 * p : raw / p < 5 ? 5 * p : 10 * p;
        if (raw / p < 1.5) step = p;
        double first = Math.ceil(lo / step - 1e-9);
        for (double k = first; k * step <= hi + step * 1e-9 && out.size() < 20; k++) out.add(k * step);
        return out;
    }

    private static List<Double> integerTicks(Scale s) {
        List<Double> out = new ArrayList<>();
        double lo = Math.min(s.d0(), s.d1()), hi = Math.max(s.d0(), s.d1());
        int count = (int) Math.floor(hi - lo);
        int every = Math.max(1, (count + 9) / 10);
        for (double t = Math.ceil(lo); t <= hi; t += every) out.add(t);
        return out;
    }

    /** How many decimals the tick labels need ("0.5", "2.25"): the most any tick needs, up to 6. */
    private static String decimals(List<Double> ticks) {
        int d = 0;
        for (double t : ticks) {
            while (d < 6 && !FloatRepr.fixed(t, d).equals(FloatRepr.fixed(t, d + 3))
                    && !stripZeros(FloatRepr.fixed(t, d + 3)).equals(stripZeros(FloatRepr.fixed(t, d)))) {
                d++;
            }
        }
        return String.valueOf(d);
    }

    private static String stripZeros(String s) {
        if (!s.contains(".")) return s;
        String r = s.replaceAll("0+$", "");
        return r.endsWith(".") ? r.substring(0, r.length() - 1) : r;
    }

    private static String tick(double t, String decimals) {
        String s = FloatRepr.fixed(t, Integer.parseInt(decimals));
        if (s.startsWith("-") && s.replaceAll("[-0.]", "").isEmpty()) s = s.substring(1);
        return s.replace('-', '\u2212');
    }

    private static void draw(StringBuilder s, Artist a, Scale sx, Scale sy) {
        if (a instanceof Line l) {
            if (l.solid()) {
                StringBuilder d = new StringBuilder();
                boolean pen = false;
                for (int j = 0; j < l.x().length; j++) {
                    double x = l.x()[j], y = l.y()[j];
                    if (!Double.isFinite(x) || !Double.isFinite(y)) {
                        pen = false;
                        continue;
                    }
                    d.append(pen ? " L" : (d.length() > 0 ? " M" : "M")).append(n(sx.at(x))).append(' ').append(n(sy.at(y)));
                    pen = true;
                }
                s.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(l.color()).append("\" stroke-width=\"1.8\"");
                if (l.dash() != null) s.append(" stroke-dasharray=\"").append(l.dash()).append('"');
                s.append("/>");
            }
            if (l.marker() != null) {
                for (int j = 0; j < l.x().length; j++) marker(s, sx.at(l.x()[j]), sy.at(l.y()[j]), 3.2, l.color());
            }
        } else if (a instanceof Scatter p) {
            double r = Math.sqrt(Math.max(p.size(), 1)) * 0.6;
            for (int j = 0; j < p.x().length; j++) marker(s, sx.at(p.x()[j]), sy.at(p.y()[j]), r, p.color());
        } else if (a instanceof Arrow r) {
            arrow(s, sx.at(r.x()), sy.at(r.y()), sx.at(r.x() + r.dx()), sy.at(r.y() + r.dy()), r.color());
        } else if (a instanceof Bars r) {
            for (int j = 0; j < r.x().length; j++) {
                double xa = sx.at(r.x()[j] - r.width() / 2), xb = sx.at(r.x()[j] + r.width() / 2);
                double ya = sy.at(0), yb = sy.at(r.height()[j]);
                s.append("<rect x=\"").append(n(Math.min(xa, xb))).append("\" y=\"").append(n(Math.min(ya, yb)))
                        .append("\" width=\"").append(n(Math.abs(xb - xa))).append("\" height=\"").append(n(Math.abs(yb - ya)))
                        .append("\" fill=\"").append(r.color()).append("\"/>");
            }
        } else if (a instanceof Image im) {
            image(s, im, sx, sy);
        } else if (a instanceof Text t) {
            text(s, sx.at(t.x()), sy.at(t.y()), t.s(), "start", "");
        }
    }

    private static void marker(StringBuilder s, double x, double y, double r, String color) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) return;
        s.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(color).append("\"/>");
    }

    private static void arrow(StringBuilder s, double x0, double y0, double x1, double y1, String color) {
        double dx = x1 - x0, dy = y1 - y0, len = Math.sqrt(dx * dx + dy * dy);
        if (!(len > 0) || !Double.isFinite(len)) return;
        double ux = dx / len, uy = dy / len, head = Math.min(10, len * 0.5), half = head * 0.45;
        double bx = x1 - ux * head, by = y1 - uy * head;
        line(s, x0, y0, bx, by, "stroke=\"" + color + "\" stroke-width=\"2\"");
        s.append("<polygon points=\"").append(n(x1)).append(',').append(n(y1)).append(' ')
                .append(n(bx - uy * half)).append(',').append(n(by + ux * half)).append(' ')
                .append(n(bx + uy * half)).append(',').append(n(by - ux * half)).append("\" fill=\"").append(color).append("\"/>");
    }

    private static void image(StringBuilder s, Image im, Scale sx, Scale sy) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : im.values()) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        for (int r = 0; r < im.rows(); r++) {
            for (int c = 0; c < im.cols(); c++) {
                double v = im.values()[r * im.cols() + c];
                double t = !Double.isFinite(v) ? -1 : hi > lo ? (v - lo) / (hi - lo) : 0.5;
                double xa = sx.at(c - 0.5), xb = sx.at(c + 0.5), ya = sy.at(r - 0.5), yb = sy.at(r + 0.5);
                // A hair of overlap so no seams show between cells.
                s.append("<rect x=\"").append(n(Math.min(xa, xb))).append("\" y=\"").append(n(Math.min(ya, yb)))
                        .append("\" width=\"").append(n(Math.abs(xb - xa) + 0.3)).append("\" height=\"").append(n(Math.abs(yb - ya) + 0.3))
                        .append("\" fill=\"").append(t < 0 ? "none" : viridis(t)).append("\"/>");
            }
        }
    }

    /** Viridis, linearly between five of its colours. */
    static String viridis(double t) {
        double p = Math.min(Math.max(t, 0), 1) * (VIRIDIS.length - 1);
        int i = (int) Math.floor(p);
        if (i >= VIRIDIS.length - 1) return VIRIDIS[VIRIDIS.length - 1];
        double w = p - i;
        StringBuilder out = new StringBuilder("#");
        for (int k = 0; k < 3; k++) {
            int a = Integer.parseInt(VIRIDIS[i].substring(1 + 2 * k, 3 + 2 * k), 16);
            int b = Integer.parseInt(VIRIDIS[i + 1].substring(1 + 2 * k, 3 + 2 * k), 16);
            int v = (int) Math.floor(a + (b - a) * w + 0.5);
            out.append(Character.forDigit(v >> 4, 16)).append(Character.forDigit(v & 15, 16));
        }
        return out.toString();
    }

    private static void legend(StringBuilder s, Figure f, double right, double top) {
        List<String[]> entries = new ArrayList<>();
        for (Artist a : f.artists) {
            String label = null, color = null;
            if (a instanceof Line l) {
                label = l.label();
                color = l.color();
            } else if (a instanceof Scatter p) {
                label = p.label();
                color = p.color();
            } else if (a instanceof Arrow r) {
                label = r.label();
                color = r.color();
            } else if (a instanceof Bars r) {
                label = r.label();
                color = r.color();
            }
            if (label != null && !label.startsWith("_")) entries.add(new String[] {label, color});
        }
        if (entries.isEmpty()) return;
        int longest = 0;
        for (String[] e : entries) longest = Math.max(longest, e[0].length());
        double w = 34 + longest * 6.6, h = 8 + entries.size() * 18, x = right - w - 8, y = top + 8;
        s.append("<g class=\"legend\"><rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" rx=\"3\" fill=\"Canvas\" fill-opacity=\"0.85\" stroke=\"currentColor\" stroke-opacity=\"0.3\"/>");
        for (int j = 0; j < entries.size(); j++) {
            double cy = y + 13 + j * 18;
            line(s, x + 6, cy, x + 24, cy, "stroke=\"" + entries.get(j)[1] + "\" stroke-width=\"3\"");
            text(s, x + 30, cy + 4, entries.get(j)[0], "start", "");
        }
        s.append("</g>");
    }

    private static void line(StringBuilder s, double x1, double y1, double x2, double y2, String extra) {
        s.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2)).append("\" y2=\"")
                .append(n(y2)).append('"');
        if (!extra.isEmpty()) s.append(' ').append(extra);
        s.append("/>");
    }

    private static void text(StringBuilder s, double x, double y, String t, String anchor, String extra) {
        s.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor).append('"');
        if (!extra.isEmpty()) s.append(' ').append(extra);
        if (!extra.contains("fill")) s.append(" fill=\"currentColor\"");
        s.append('>').append(esc(t)).append("</text>");
    }

    /** A pixel coordinate, one decimal. */
    static String n(double v) {
        if (!Double.isFinite(v)) return "0";
        String s = FloatRepr.fixed(v, 1);
        if (s.endsWith(".0")) s = s.substring(0, s.length() - 2);
        return s.equals("-0") ? "0" : s;
    }

    static String esc(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
