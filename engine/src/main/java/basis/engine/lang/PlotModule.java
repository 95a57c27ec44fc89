package basis.engine.lang;

import basis.engine.format.FloatRepr;
import basis.engine.nd.NDArray;
import java.util.ArrayList;
import java.util.List;

/**
 * matplotlib.pyplot, a small subset: the calls record figures in the interpreter's state and
 * {@code show()} (or the end of a notebook cell) turns each open figure into an SVG string, collected
 * in {@link Interp#plots} and returned with the run's result. On the command line nothing is printed.
 *
 * <p>Everything here must give the same bytes on the JVM and in Wasm: numbers are written with
 * {@link FloatRepr}, never String.format; colours and layout are fixed constants.
 */
public final class PlotModule {
    private PlotModule() {}

    /** matplotlib's default colour cycle (tab10). */
    static final String[] CYCLE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
        "#7f7f7f", "#bcbd22", "#17becf"};
    static final int MAX_POINTS = 20_000;
    static final int MAX_FIGURES = 20;

    /** One figure with one set of axes. */
    static final class Figure {
        final List<Artist> artists = new ArrayList<>();
        String title, xlabel, ylabel;
        boolean legend, grid, equal, axisOff;
        double[] xlim, ylim;
        int colorIndex;
        String[] xticklabels; // bar charts with categories

        String nextColor() {
            return CYCLE[colorIndex++ % CYCLE.length];
        }

        boolean empty() {
            return artists.isEmpty() && title == null;
        }
    }

    sealed interface Artist permits Line, Scatter, Arrow, Image, Bars, Text {}
    record Line(double[] x, double[] y, String color, String dash, String marker, boolean solid, String label) implements Artist {}
    record Scatter(double[] x, double[] y, String color, double size, String label) implements Artist {}
    record Arrow(double x, double y, double dx, double dy, String color, String label) implements Artist {}
    record Image(double[] values, int rows, int cols) implements Artist {}
    record Bars(double[] x, double[] height, double width, double bottom0, String color, String label) implements Artist {}
    record Text(double x, double y, String s) implements Artist {}

    /** The pyplot state of one interpreter: the figures drawn since the last show(). */
    static final class State {
        final List<Figure> open = new ArrayList<>();

        Figure current() {
            if (open.isEmpty()) open.add(new Figure());
            return open.get(open.size() - 1);
        }
    }

    static State state(Interp in) {
        if (!(in.plotState instanceof State)) in.plotState = new State();
        return (State) in.plotState;
    }

    /** Renders every open, non-empty figure into in.plots and closes them (show(), end of a cell). */
    public static void flush(Interp in) {
        if (!(in.plotState instanceof State s)) return;
        for (Figure f : s.open) {
            if (!f.empty() && in.plots.size() < MAX_FIGURES) in.plots.add(PlotSvg.render(f));
        }
        s.open.clear();
    }

    static PyModule create(Interp in, String name) {
        PyModule m = new PyModule(name);
        if (name.equals("matplotlib")) {
            m.attrs.put("pyplot", Modules.importModule(in, "matplotlib.pyplot"));
            return m;
        }
        def(m, "figure", (i, a, k) -> {
            State s = state(i);
            if (s.open.size() >= MAX_FIGURES) throw PyException.valueError("too many open figures (at most " + MAX_FIGURES + ")");
            s.open.add(new Figure());
            ignore(k, "figsize", "dpi", "num");
            return PyNone.NONE;
        });
        def(m, "show", (i, a, k) -> {
            flush(i);
            return PyNone.NONE;
        });
        def(m, "close", (i, a, k) -> {
            state(i).open.clear();
            return PyNone.NONE;
        });
        def(m, "plot", PlotModule::plot);
        def(m, "scatter", (i, a, k) -> {
            if (a.length < 2) throw PyException.typeError("scatter() needs x and y");
            Figure f = state(i).current();
            double[] x = values(i, a[0], "x"), y = values(i, a[1], "y");
            sameLength(x, y, "x and y", "scatter");
            Object c = take(k, "c", take(k, "color", null));
            Object s = take(k, "s", null);
            String label = str(take(k, "label", null));
            ignore(k, "alpha", "marker", "edgecolors", "cmap", "zorder");
            f.artists.add(new Scatter(x, y, color(c, f), s == null ? 20 : number(i, s, "s"), label));
            return PyNone.NONE;
        });
        def(m, "arrow", (i, a, k) -> {
            if (a.length < 4) throw PyException.typeError("arrow() needs x, y, dx, dy");
            Figure f = state(i).current();
            Object c = take(k, "color", take(k, "fc", take(k, "facecolor", null)));
            String label = str(take(k, "label", null));
            ignore(k, "head_width", "head_length", "width", "length_includes_head", "ec", "edgecolor", "alpha", "zorder");
            f.artists.add(new Arrow(number(i, a[0], "x"), number(i, a[1], "y"), number(i, a[2], "dx"), number(i, a[3], "dy"),
                    color(c, f), label));
            return PyNone.NONE;
        });
        def(m, "quiver", (i, a, k) -> {
            if (a.length != 4 && a.length != 2) throw PyException.typeError("quiver() takes X, Y, U, V (or U, V)");
            Figure f = state(i).current();
            double[] u = values(i, a[a.length - 2], "U"), v = values(i, a[a.length - 1], "V");
            double[] x = a.length == 4 ? values(i, a[0], "X") : new double[u.length];
            double[] y = a.length == 4 ? values(i, a[1], "Y") : new double[u.length];
            sameLength(u, v, "U and V", "quiver");
            Object c = take(k, "color", null);
            String label = str(take(k, "label", null));
            ignore(k, "angles", "scale_units", "scale", "width", "alpha", "zorder");
            String col = c instanceof PyList || c instanceof PyTuple ? null : color(c, f);
            List<Object> cs = c instanceof PyList l ? l.items : c instanceof PyTuple t ? List.of(t.items) : null;
            for (int j = 0; j < u.length; j++) {
                String cj = cs != null ? color(cs.get(j % cs.size()), f) : col;
                f.artists.add(new Arrow(x[j % x.length], y[j % y.length], u[j], v[j], cj, j == 0 ? label : null));
            }
            return PyNone.NONE;
        });
        def(m, "imshow", (i, a, k) -> {
            if (a.length < 1) throw PyException.typeError("imshow() needs an array");
            NDArray arr = array(i, a[0], "X");
            if (arr.ndim() != 2) throw PyException.typeError("Invalid shape " + shapeText(arr.shape()) + " for image data");
            ignore(k, "cmap", "aspect", "interpolation", "vmin", "vmax", "origin");
            state(i).current().artists.add(new Image(arr.toDoubleArray(), arr.shape()[0], arr.shape()[1]));
            return PyNone.NONE;
        });
        def(m, "hist", (i, a, k) -> {
            if (a.length < 1) throw PyException.typeError("hist() needs data");
            Figure f = state(i).current();
            double[] x = values(i, a[0], "x");
            Object b = a.length > 1 ? a[1] : take(k, "bins", null);
            int bins = b == null ? 10 : (int) number(i, b, "bins");
            if (bins < 1 || bins > 1000) throw PyException.valueError("`bins` must be between 1 and 1000");
            String c = color(take(k, "color", null), f);
            String label = str(take(k, "label", null));
            ignore(k, "alpha", "edgecolor", "density", "range");
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (double v : x) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            if (x.length == 0) {
                lo = 0;
                hi = 1;
            }
            if (lo == hi) {
                lo -= 0.5;
                hi += 0.5;
            }
            double w = (hi - lo) / bins;
            double[] counts = new double[bins], lefts = new double[bins];
            for (int j = 0; j < bins; j++) lefts[j] = lo + j * w;
            for (double v : x) {
                int j = (int) Math.floor((v - lo) / w);
                counts[Math.min(Math.max(j, 0), bins - 1)]++;
            }
            double[] centres = new double[bins];
            for (int j = 0; j < bins; j++) centres[j] = lefts[j] + w / 2;
            f.artists.add(new Bars(centres, counts, w, 0, c, label));
            return PyNone.NONE;
        });
        def(m, "bar", (i, a, k) -> {
            if (a.length < 2) throw PyException.typeError("bar() needs x and height");
            Figure f = state(i).current();
            double[] h = values(i, a[1], "height");
            double[] x;
            List<Object> xs = a[0] instanceof PyList l ? l.items : a[0] instanceof PyTuple t ? List.of(t.items) : null;
            if (xs != null && !xs.isEmpty() && xs.get(0) instanceof String) {
                x = new double[xs.size()];
                f.xticklabels = new String[xs.size()];
                for (int j = 0; j < x.length; j++) {
                    x[j] = j;
                    f.xticklabels[j] = String.valueOf(xs.get(j));
                }
            } else {
                x = values(i, a[0], "x");
            }
            sameLength(x, h, "x and height", "bar");
            Object w = a.length > 2 ? a[2] : take(k, "width", null);
            String c = color(take(k, "color", null), f);
            String label = str(take(k, "label", null));
            ignore(k, "alpha", "edgecolor", "align");
            f.artists.add(new Bars(x, h, w == null ? 0.8 : number(i, w, "width"), 0, c, label));
            return PyNone.NONE;
        });
        def(m, "text", (i, a, k) -> {
            if (a.length < 3) throw PyException.typeError("text() needs x, y and s");
            ignore(k, "fontsize", "color", "ha", "va", "horizontalalignment", "verticalalignment");
            state(i).current().artists.add(new Text(number(i, a[0], "x"), number(i, a[1], "y"), Ops.str(i, a[2])));
            return PyNone.NONE;
        });
        def(m, "title", (i, a, k) -> label(i, a, k, 0));
        def(m, "xlabel", (i, a, k) -> label(i, a, k, 1));
        def(m, "ylabel", (i, a, k) -> label(i, a, k, 2));
        def(m, "legend", (i, a, k) -> {
            state(i).current().legend = true;
            ignore(k, "loc", "fontsize", "frameon");
            return PyNone.NONE;
        });
        def(m, "grid", (i, a, k) -> {
            state(i).current().grid = a.length == 0 || Ops.truthy(i, a[0]);
            ignore(k, "alpha", "linestyle", "which", "axis", "color");
            return PyNone.NONE;
        });
        def(m, "axis", (i, a, k) -> {
            Figure f = state(i).current();
            if (a.length == 1 && a[0] instanceof String s) {
                switch (s) {
                    case "equal", "scaled", "square" -> f.equal = true;
                    case "off" -> f.axisOff = true;
                    case "on" -> f.axisOff = false;
                    case "auto", "tight" -> f.equal = false;
                    default -> throw PyException.valueError("Unrecognized string '" + s + "' to axis; try 'on' or 'off'");
                }
            } else if (a.length == 1) {
                double[] l = values(i, a[0], "limits");
                if (l.length != 4) throw PyException.typeError("the first argument to axis() must be an iterable of the form [xmin, xmax, ymin, ymax]");
                f.xlim = new double[] {l[0], l[1]};
                f.ylim = new double[] {l[2], l[3]};
            }
            return PyNone.NONE;
        });
        def(m, "xlim", (i, a, k) -> {
            state(i).current().xlim = limits(i, a);
            return PyNone.NONE;
        });
        def(m, "ylim", (i, a, k) -> {
            state(i).current().ylim = limits(i, a);
            return PyNone.NONE;
        });
        for (String f : new String[] {"colorbar", "axhline", "axvline", "subplot", "tight_layout", "xticks", "yticks", "savefig"}) {
            def(m, f, (i, a, k) -> PyNone.NONE);
        }
        return m;
    }

    private static void def(PyModule m, String name, PyBuiltin.Body body) {
        m.attrs.put(name, new PyBuiltin(name, body));
    }

    /** plot(y), plot(x, y), plot(x, y, fmt), repeated: plot(x1, y1, 'r-', x2, y2, 'bo'). */
    private static Object plot(Interp in, Object[] a, Kwargs k) {
        Figure f = state(in).current();
        Object c = take(k, "color", take(k, "c", null));
        String label = str(take(k, "label", null));
        Object ls = take(k, "linestyle", take(k, "ls", null));
        Object mk = take(k, "marker", null);
        ignore(k, "linewidth", "lw", "alpha", "markersize", "ms", "zorder");
        int j = 0;
        while (j < a.length) {
            double[] x, y;
            if (j + 1 < a.length && !(a[j + 1] instanceof String)) {
                x = values(in, a[j], "x");
                y = values(in, a[j + 1], "y");
                j += 2;
            } else {
                y = values(in, a[j], "y");
                x = new double[y.length];
                for (int t = 0; t < x.length; t++) x[t] = t;
                j += 1;
            }
            sameLength(x, y, "x and y", "plot");
            String fmt = j < a.length && a[j] instanceof String s ? s : "";
            if (!fmt.isEmpty()) j++;
            String fc = null, marker = null, dash = null;
            boolean solid = false;
            for (String p : new String[] {"--", "-.", "-", ":"}) {
                if (fmt.contains(p)) {
                    dash = p.equals("--") ? "6,4" : p.equals("-.") ? "6,3,2,3" : p.equals(":") ? "2,3" : null;
                    solid = true;
                    fmt = fmt.replace(p, "");
                    break;
                }
            }
            for (char ch : fmt.toCharArray()) {
                if ("o.sx+^v*d".indexOf(ch) >= 0) marker = String.valueOf(ch);
                else if ("bgrcmykw".indexOf(ch) >= 0) fc = String.valueOf(ch);
            }
            if (ls instanceof String s) {
                solid = !s.equals("none") && !s.equals("None") && !s.isEmpty();
                dash = s.equals("--") || s.equals("dashed") ? "6,4" : s.equals(":") || s.equals("dotted") ? "2,3" : dash;
            } else if (marker == null || solid) {
                solid = true;
            }
            if (mk instanceof String s) marker = s;
            f.artists.add(new Line(x, y, color(fc != null ? fc : c, f), dash, marker, solid, label));
        }
        return PyNone.NONE;
    }

    private static Object label(Interp in, Object[] a, Kwargs k, int which) {
        if (a.length < 1) throw PyException.typeError("missing the label text");
        ignore(k, "fontsize", "loc", "pad");
        Figure f = state(in).current();
        String s = Ops.str(in, a[0]);
        switch (which) {
            case 0 -> f.title = s;
            case 1 -> f.xlabel = s;
            default -> f.ylabel = s;
        }
        return PyNone.NONE;
    }

    private static double[] limits(Interp in, Object[] a) {
        if (a.length == 2) return new double[] {number(in, a[0], "left"), number(in, a[1], "right")};
        if (a.length == 1) {
            double[] l = values(in, a[0], "limits");
            if (l.length == 2) return l;
        }
        throw PyException.typeError("limits are given as (low, high)");
    }

    private static Object take(Kwargs k, String name, Object dflt) {
        if (k == null) return dflt;
        Object v = k.take(name);
        return v == null ? dflt : v;
    }

    /** Styling keywords that are accepted and have no effect on the drawing. */
    private static void ignore(Kwargs k, String... names) {
        if (k == null) return;
        for (String n : names) k.take(n);
        k.rejectRest("pyplot");
    }

    private static String str(Object o) {
        return o == null || o == PyNone.NONE ? null : o instanceof String s ? s : String.valueOf(o);
    }

    private static NDArray array(Interp in, Object o, String what) {
        NDArray arr = NpBridge.operand(in, o);
        if (arr == null) throw PyException.typeError(what + " must be numbers, a list or an array, not " + Ops.typeName(o));
        if (arr.size() > MAX_POINTS) throw PyException.valueError("too many values to plot: " + arr.size() + " (at most " + MAX_POINTS + ")");
        return arr;
    }

    private static double[] values(Interp in, Object o, String what) {
        return array(in, o, what).toDoubleArray();
    }

    private static double number(Interp in, Object o, String what) {
        double[] v = values(in, o, what);
        if (v.length != 1) throw PyException.typeError(what + " must be a number");
        return v[0];
    }

    private static void sameLength(double[] x, double[] y, String what, String fn) {
        if (x.length != y.length) {
            throw PyException.valueError(fn + "(): " + what + " must have the same first dimension, but have shapes ("
                    + x.length + ",) and (" + y.length + ",)");
        }
    }

    private static String shapeText(int[] shape) {
        StringBuilder b = new StringBuilder("(");
        for (int j = 0; j < shape.length; j++) b.append(j > 0 ? ", " : "").append(shape[j]);
        return b.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** A colour: None takes the next one of the cycle; 'r', 'C1', 'red', '#aabbcc' are understood. */
    static String color(Object c, Figure f) {
        if (c == null || c == PyNone.NONE) return f.nextColor();
        if (!(c instanceof String s)) throw PyException.valueError("colours are given as strings, e.g. 'red' or '#1f77b4'");
        if (s.matches("#[0-9a-fA-F]{6}") || s.matches("#[0-9a-fA-F]{3}")) return s;
        if (s.matches("C[0-9]")) return CYCLE[s.charAt(1) - '0'];
        return switch (s) {
            case "b", "blue" -> "#1f77b4";
            case "g", "green" -> "#2ca02c";
            case "r", "red" -> "#d62728";
            case "c", "cyan" -> "#17becf";
            case "m", "magenta", "purple" -> "#9467bd";
            case "y", "yellow" -> "#bcbd22";
            case "k", "black" -> "currentColor";
            case "w", "white" -> "#ffffff";
            case "orange" -> "#ff7f0e";
            case "gray", "grey" -> "#7f7f7f";
            case "brown" -> "#8c564b";
            case "pink" -> "#e377c2";
            default -> throw PyException.valueError("'" + s + "' is not a valid color value");
        };
    }

    static String num(double v) {
        return FloatRepr.fixed(v, 2);
    }
}
