package basis.engine.lang;

import basis.engine.format.PrintOptions;
import basis.engine.nd.DType;
import basis.engine.nd.NDArray;
import java.util.Map;

/**
 * More of numpy: print options, array manipulation (flip, roll, tile, repeat, diff, split, ...),
 * statistics (median, percentile, average, the nan-reductions), counting and searching.
 */
final class NumpyMore {
    private NumpyMore() {}

    static void define(Map<String, PyBuiltin.Body> funcs) {
        funcs.put("set_printoptions", NumpyMore::setPrintoptions);
        funcs.put("get_printoptions", (in, a, k) -> {
            Args.bind("get_printoptions", a, k);
            return printoptions(in.printOptions);
        });
        defineShapes(funcs);
        defineStats(funcs);
    }

    // ------------------------------------------------------------------ helpers

    private static NDArray arr(Interp in, Object o) {
        return NpMethods.arr(in, o);
    }

    private static Object wrap(NDArray r) {
        return NpBridge.wrap(r);
    }

    private static int intArg(Object o) {
        if (o instanceof Double) throw PyException.typeError("'float' object cannot be interpreted as an integer");
        return (int) Access.toIndex(o);
    }

    private static PyException axisError(String prefix, int axis, int ndim) {
        return PyException.of(Types.AXIS_ERROR, prefix + "axis " + axis + " is out of bounds for array of dimension " + ndim);
    }

    /** normalize_axis_index with NumPy's argname prefix ("axis1: axis 2 is out of bounds ..."). */
    private static int axisIndex(int axis, int ndim, String argname) {
        if (axis < -ndim || axis >= ndim) throw axisError(argname == null ? "" : argname + ": ", axis, ndim);
        return axis < 0 ? axis + ndim : axis;
    }

    /** normalize_axis_tuple: an int or a sequence of ints, each normalised, repeats refused. */
    private static int[] axisTuple(Interp in, Object o, int ndim, String argname, boolean allowDuplicates) {
        int[] ax;
        if (o instanceof PyTuple || o instanceof PyList) {
            java.util.List<Object> items = Access.toList(in, o);
            ax = new int[items.size()];
            for (int i = 0; i < ax.length; i++) ax[i] = intArg(items.get(i));
        } else {
            ax = new int[] {intArg(o)};
        }
        for (int i = 0; i < ax.length; i++) ax[i] = axisIndex(ax[i], ndim, argname);
        if (!allowDuplicates) {
            for (int i = 0; i < ax.length; i++) {
                for (int j = 0; j < i; j++) {
                    if (ax[i] == ax[j]) {
                        throw PyException.valueError(argname == null ? "repeated axis" : "repeated axis in `" + argname + "` argument");
                    }
                }
            }
        }
        return ax;
    }

    /**
     * An array as rows: the axes not reduced first (in order), the reduced ones last, as a C-contiguous
     * (outer, inner) array. {@code axes == null} reduces every axis.
     */
    private static final class Rows {
        NDArray data;
        int outer;
        int inner;
        int[] shape;
        int[] keepShape;
    }

    private static Rows rows(NDArray a, int[] axes) {
        int nd = a.ndim();
        boolean[] red = new boolean[nd];
        if (axes == null) java.util.Arrays.fill(red, true);
        else for (int ax : axes) red[ax] = true;
        int[] perm = new int[nd];
        int j = 0, nKept = 0;
        long outer = 1, inner = 1;
        for (int k = 0; k < nd; k++) if (!red[k]) { perm[j++] = k; nKept++; outer *= a.shape(k); }
        for (int k = 0; k < nd; k++) if (red[k]) { perm[j++] = k; inner *= a.shape(k); }
        Rows r = new Rows();
        r.outer = (int) outer;
        r.inner = (int) inner;
        r.shape = new int[nKept];
        r.keepShape = new int[nd];
        for (int k = 0, i = 0; k < nd; k++) {
            r.keepShape[k] = red[k] ? 1 : a.shape(k);
            if (!red[k]) r.shape[i++] = a.shape(k);
        }
        NDArray t = nd == 0 ? a.reshape(1) : a.transpose(perm);
        r.data = t.copy().reshape(r.outer, r.inner);
        return r;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    // ------------------------------------------------------------------ shapes

    private static void defineShapes(Map<String, PyBuiltin.Body> funcs) {
        funcs.put("diagonal", (in, a, k) -> {
            Object[] p = Args.bind("diagonal", a, k, "a", "offset=", "axis1=", "axis2=");
            return diagonal(arr(in, p[0]), p[1], p[2], p[3]);
        });
        funcs.put("full_like", (in, a, k) -> {
            Object[] p = Args.bind("full_like", a, k, "a", "fill_value", "dtype=");
            NDArray x = arr(in, p[0]);
            DType d = NpMethods.dtypeOf(p[2]);
            NDArray v = arr(in, p[1]).astype(d == null ? x.dtype() : d);
            return basis.engine.nd.Creation.full(x.shape(), v);
        });
        funcs.put("empty_like", (in, a, k) -> {
            // NumPy leaves the memory uninitialised; Basis gives zeros (same dtype and shape)
            Object[] p = Args.bind("empty_like", a, k, "prototype", "dtype=");
            NDArray x = arr(in, p[0]);
            DType d = NpMethods.dtypeOf(p[1]);
            return basis.engine.nd.Creation.zeros(d == null ? x.dtype() : d, x.shape());
        });
        funcs.put("flip", (in, a, k) -> {
            Object[] p = Args.bind("flip", a, k, "m", "axis=");
            NDArray x = arr(in, p[0]);
            int[] axes;
            if (Args.isNone(p[1])) {
                axes = new int[x.ndim()];
                for (int i = 0; i < axes.length; i++) axes[i] = i;
            } else {
                axes = axisTuple(in, p[1], x.ndim(), null, false);
            }
            for (int ax : axes) x = x.slice(ax, null, null, -1);
            return x;
        });
        funcs.put("fliplr", (in, a, k) -> {
            NDArray x = arr(in, Args.bind("fliplr", a, k, "m")[0]);
            if (x.ndim() < 2) throw PyException.valueError("Input must be >= 2-d.");
            return x.slice(1, null, null, -1);
        });
        funcs.put("flipud", (in, a, k) -> {
            NDArray x = arr(in, Args.bind("flipud", a, k, "m")[0]);
            if (x.ndim() < 1) throw PyException.valueError("Input must be >= 1-d.");
            return x.slice(0, null, null, -1);
        });
        funcs.put("swapaxes", (in, a, k) -> {
            Object[] p = Args.bind("swapaxes", a, k, "a", "axis1", "axis2");
            NDArray x = arr(in, p[0]);
            int a1 = axisIndex(intArg(p[1]), x.ndim(), "axis1"), a2 = axisIndex(intArg(p[2]), x.ndim(), "axis2");
            return x.swapAxes(a1, a2);
        });
        funcs.put("moveaxis", (in, a, k) -> {
            Object[] p = Args.bind("moveaxis", a, k, "a", "source", "destination");
            return moveaxis(in, arr(in, p[0]), p[1], p[2]);
        });
        funcs.put("roll", (in, a, k) -> {
            Object[] p = Args.bind("roll", a, k, "a", "shift", "axis=");
            return roll(in, arr(in, p[0]), p[1], p[2]);
        });
        funcs.put("tile", (in, a, k) -> {
            Object[] p = Args.bind("tile", a, k, "A", "reps");
            return tile(in, p[0], p[1]);
        });
        funcs.put("repeat", (in, a, k) -> {
            Object[] p = Args.bind("repeat", a, k, "a", "repeats", "axis=");
            return repeat(in, arr(in, p[0]), p[1], p[2]);
        });
        funcs.put("diff", (in, a, k) -> {
            Object[] p = Args.bind("diff", a, k, "a", "n=", "axis=", "prepend=", "append=");
            return diff(in, p[0], p[1], p[2], p[3], p[4]);
        });
        funcs.put("append", (in, a, k) -> {
            Object[] p = Args.bind("append", a, k, "arr", "values", "axis=");
            NDArray x = arr(in, p[0]), v = arr(in, p[1]);
            if (Args.isNone(p[2])) {
                if (x.ndim() != 1) x = x.ravel();
                return basis.engine.nd.Creation.concatenate(new NDArray[] {x, v.ravel()}, x.ndim() - 1);
            }
            return basis.engine.nd.Creation.concatenate(new NDArray[] {x, v}, intArg(p[2]));
        });
        funcs.put("kron", (in, a, k) -> {
            Object[] p = Args.bind("kron", a, k, "a", "b");
            return kron(arr(in, p[0]), arr(in, p[1]));
        });
        funcs.put("atleast_2d", (in, a, k) -> {
            if (k != null && !k.map.isEmpty()) {
                throw PyException.typeError("atleast_2d() got an unexpected keyword argument '" + k.map.keySet().iterator().next() + "'");
            }
            Object[] out = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                NDArray x = arr(in, a[i]);
                out[i] = x.ndim() == 0 ? x.reshape(1, 1) : x.ndim() == 1 ? x.reshape(1, x.size()) : x;
            }
            return out.length == 1 ? out[0] : new PyTuple(out);
        });
        funcs.put("array_split", (in, a, k) -> {
            Object[] p = Args.bind("array_split", a, k, "ary", "indices_or_sections", "axis=");
            return split(in, arr(in, p[0]), p[1], Args.isNone(p[2]) ? 0 : intArg(p[2]), false);
        });
        funcs.put("split", (in, a, k) -> {
            Object[] p = Args.bind("split", a, k, "ary", "indices_or_sections", "axis=");
            return split(in, arr(in, p[0]), p[1], Args.isNone(p[2]) ? 0 : intArg(p[2]), true);
        });
    }

    /** np.diagonal: the diagonal(s) of the axis1 x axis2 planes as the last axis (a copy: NumPy's is a read-only view). */
    static NDArray diagonal(NDArray x, Object offsetArg, Object axis1Arg, Object axis2Arg) {
        int offset = Args.isNone(offsetArg) ? 0 : intArg(offsetArg);
        int nd = x.ndim();
        if (nd < 2) throw PyException.valueError("diag requires an array of at least two dimensions");
        int a1 = axisIndex(Args.isNone(axis1Arg) ? 0 : intArg(axis1Arg), nd, "axis1");
        int a2 = axisIndex(Args.isNone(axis2Arg) ? 1 : intArg(axis2Arg), nd, "axis2");
        if (a1 == a2) throw PyException.valueError("axis1 and axis2 cannot be the same");
        int[] perm = new int[nd];
        for (int k = 0, j = 0; k < nd; k++) if (k != a1 && k != a2) perm[j++] = k;
        perm[nd - 2] = a1;
        perm[nd - 1] = a2;
        NDArray t = x.transpose(perm);
        int n1 = t.shape(nd - 2), n2 = t.shape(nd - 1);
        int start1 = offset >= 0 ? 0 : -offset, start2 = offset >= 0 ? offset : 0;
        int len = (int) Math.max(0, Math.min((long) n1 - start1, (long) n2 - start2));
        int[] outShape = java.util.Arrays.copyOf(t.shape(), nd - 1);
        outShape[nd - 2] = len;
        int outer = 1;
        for (int k = 0; k < nd - 2; k++) outer *= t.shape(k);
        NDArray c = t.copy().reshape(outer, n1, n2);
        NDArray out = basis.engine.nd.Creation.zeros(x.dtype(), outer, len);
        for (int o = 0; o < outer; o++) {
            NDArray plane = c.get(o);
            for (int i = 0; i < len; i++) {
                out.get(o).slice(0, i, i + 1, 1).assign(plane.get(start1 + i).slice(0, start2 + i, start2 + i + 1, 1));
            }
        }
        return out.reshape(outShape);
    }

    private static NDArray moveaxis(Interp in, NDArray x, Object src, Object dst) {
        int nd = x.ndim();
        int[] s = axisTuple(in, src, nd, "source", false);
        int[] d = axisTuple(in, dst, nd, "destination", false);
        if (s.length != d.length) {
            throw PyException.valueError("`source` and `destination` arguments must have the same number of elements");
        }
        java.util.List<Integer> order = new java.util.ArrayList<>();
        for (int n = 0; n < nd; n++) {
            boolean in_ = false;
            for (int v : s) in_ |= v == n;
            if (!in_) order.add(n);
        }
        Integer[] idx = new Integer[s.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        java.util.Arrays.sort(idx, (p, q) -> d[p] != d[q] ? Integer.compare(d[p], d[q]) : Integer.compare(s[p], s[q]));
        for (int i : idx) order.add(d[i], s[i]);
        int[] perm = new int[nd];
        for (int i = 0; i < nd; i++) perm[i] = order.get(i);
        return x.transpose(perm);
    }

    private static NDArray roll(Interp in, NDArray x, Object shiftArg, Object axisArg) {
        if (Args.isNone(axisArg)) {
            NDArray flat = x.ravel();
            return roll(in, flat, shiftArg, 0L).reshape(x.shape());
        }
        int nd = x.ndim();
        int[] axes = axisTuple(in, axisArg, nd, null, true);
        long[] shifts;
        if (shiftArg instanceof PyTuple || shiftArg instanceof PyList || shiftArg instanceof NDArray) {
            NDArray sa = arr(in, shiftArg);
            if (sa.ndim() > 1) throw PyException.valueError("'shift' and 'axis' should be scalars or 1D sequences");
            shifts = new long[sa.size()];
            for (int i = 0; i < shifts.length; i++) shifts[i] = (long) sa.ravel().elementAt(i).getDouble();
        } else {
            shifts = new long[] {shiftArg instanceof Double dd ? (long) (double) dd : shiftArg instanceof NpScalar ns ? (long) ns.d()
                    : Access.toIndex(shiftArg)};
        }
        boolean axesSeq = axisArg instanceof PyTuple || axisArg instanceof PyList;
        boolean shiftSeq = shiftArg instanceof PyTuple || shiftArg instanceof PyList || shiftArg instanceof NDArray;
        int n = Math.max(shiftSeq ? shifts.length : 1, axesSeq ? axes.length : 1);
        if ((shiftSeq && shifts.length != n && shifts.length != 1) || (axesSeq && axes.length != n && axes.length != 1)) {
            throw PyException.valueError("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 "
                    + "with shape (" + shifts.length + ",) and arg 1 with shape (" + axes.length + ",).");
        }
        long[] per = new long[nd];
        for (int i = 0; i < n; i++) per[axes[axes.length == 1 ? 0 : i]] += shifts[shifts.length == 1 ? 0 : i];
        NDArray out = x;
        for (int ax = 0; ax < nd; ax++) {
            int len = x.shape(ax);
            if (len == 0) continue;
            int sft = (int) Math.floorMod(per[ax], (long) len);
            if (sft == 0) continue;
            out = basis.engine.nd.Creation.concatenate(new NDArray[] {out.slice(ax, len - sft, len, 1), out.slice(ax, 0, len - sft, 1)}, ax);
        }
        return out == x ? x.copy() : out;
    }

    private static NDArray tile(Interp in, Object aArg, Object repsArg) {
        int[] reps;
        if (repsArg instanceof PyTuple || repsArg instanceof PyList) {
            java.util.List<Object> items = Access.toList(in, repsArg);
            reps = new int[items.size()];
            for (int i = 0; i < reps.length; i++) reps[i] = intArg(items.get(i));
        } else {
            reps = new int[] {intArg(repsArg)};
        }
        NDArray c = arr(in, aArg);
        int d = reps.length;
        if (c.ndim() < d) {
            int[] sh = new int[d];
            java.util.Arrays.fill(sh, 1);
            System.arraycopy(c.shape(), 0, sh, d - c.ndim(), c.ndim());
            c = c.reshape(sh);
        }
        int nd = c.ndim();
        int[] tup = new int[nd];
        java.util.Arrays.fill(tup, 1);
        System.arraycopy(reps, 0, tup, nd - d, d);
        for (int r : tup) if (r < 0) throw PyException.valueError("negative dimensions are not allowed");
        NDArray out = c;
        for (int ax = 0; ax < nd; ax++) {
            if (tup[ax] == 1) continue;
            NDArray[] parts = new NDArray[tup[ax]];
            java.util.Arrays.fill(parts, out);
            if (parts.length == 0) {
                int[] sh = out.shape();
                sh[ax] = 0;
                out = basis.engine.nd.Creation.zeros(out.dtype(), sh);
            } else {
                out = basis.engine.nd.Creation.concatenate(parts, ax);
            }
        }
        return out == c ? c.copy() : out;
    }

    private static NDArray repeat(Interp in, NDArray x, Object repsArg, Object axisArg) {
        NDArray src = x;
        int ax;
        if (Args.isNone(axisArg)) {
            src = x.ravel();
            ax = 0;
        } else {
            ax = NDArray.normalizeAxis(intArg(axisArg), x.ndim());
        }
        int n = src.shape(ax);
        NDArray r = arr(in, repsArg);
        if (r.ndim() > 1) {
            throw PyException.valueError("setting an array element with a sequence. The requested array would exceed the maximum "
                    + "number of dimension of 1.");
        }
        long[] counts = new long[n];
        if (r.size() == 1) {
            long c = (long) r.ravel().elementAt(0).getDouble();
            if (c < 0) throw PyException.valueError("negative dimensions are not allowed");
            java.util.Arrays.fill(counts, c);
        } else {
            if (r.size() != n) {
                throw PyException.valueError("operands could not be broadcast together with shape (" + n + ",) (" + r.size() + ",)");
            }
            for (int i = 0; i < n; i++) {
                counts[i] = (long) r.elementAt(i).getDouble();
                if (counts[i] < 0) throw PyException.valueError("repeats may not contain negative values.");
            }
        }
        long total = 0;
        for (long c : counts) total += c;
        java.util.List<NDArray> parts = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            NDArray one = src.slice(ax, i, i + 1, 1);
            for (long j = 0; j < counts[i]; j++) parts.add(one);
        }
        if (parts.isEmpty() || total == 0) {
            int[] sh = src.shape();
            sh[ax] = 0;
            return basis.engine.nd.Creation.zeros(src.dtype(), sh);
        }
        in.steps(total / 16);
        return basis.engine.nd.Creation.concatenate(parts.toArray(new NDArray[0]), ax);
    }

    private static Object diff(Interp in, Object aArg, Object nArg, Object axisArg, Object prepend, Object append) {
        long n = Args.isNone(nArg) ? 1 : Access.toIndex(nArg instanceof Double ? failFloat() : nArg);
        if (n == 0) return aArg instanceof NDArray ? aArg : arr(in, aArg);
        if (n < 0) throw PyException.valueError("order must be non-negative but got " + n);
        NDArray x = arr(in, aArg);
        int nd = x.ndim();
        if (nd == 0) throw PyException.valueError("diff requires input that is at least one dimensional");
        int ax = NDArray.normalizeAxis(Args.isNone(axisArg) ? -1 : intArg(axisArg), nd);
        java.util.List<NDArray> combined = new java.util.ArrayList<>();
        for (Object extra : new Object[] {prepend, x, append}) {
            if (extra == null) continue;
            NDArray e = extra == x ? x : arr(in, extra);
            if (e.ndim() == 0) {
                int[] sh = x.shape();
                sh[ax] = 1;
                e = e.broadcastTo(sh);
            }
            combined.add(e);
        }
        if (combined.size() > 1) x = basis.engine.nd.Creation.concatenate(combined.toArray(new NDArray[0]), ax);
        basis.engine.nd.Ops.Binary op = x.dtype() == DType.BOOL ? basis.engine.nd.Ops.Binary.NOT_EQUAL
                : basis.engine.nd.Ops.Binary.SUBTRACT;
        for (long i = 0; i < n; i++) {
            x = basis.engine.nd.Ops.binary(op, x.slice(ax, 1, Integer.MAX_VALUE, 1), x.slice(ax, 0, -1, 1));
        }
        return x;
    }

    private static Object failFloat() {
        throw PyException.typeError("'float' object cannot be interpreted as an integer");
    }

    private static Object kron(NDArray a, NDArray b) {
        if (a.ndim() < b.ndim()) a = padDims(a, b.ndim());
        int nda = a.ndim(), ndb = b.ndim();
        if (nda == 0 || ndb == 0) return wrap(basis.engine.nd.Ops.multiply(a, b));
        int nd = Math.max(nda, ndb);
        NDArray aa = padDims(a, nd), bb = padDims(b, nd);
        int[] sa = new int[2 * nd], sb = new int[2 * nd], out = new int[nd];
        for (int i = 0; i < nd; i++) {
            sa[2 * i] = aa.shape(i);
            sa[2 * i + 1] = 1;
            sb[2 * i] = 1;
            sb[2 * i + 1] = bb.shape(i);
            out[i] = aa.shape(i) * bb.shape(i);
        }
        return basis.engine.nd.Ops.multiply(aa.reshape(sa), bb.reshape(sb)).reshape(out);
    }

    private static NDArray padDims(NDArray a, int nd) {
        if (a.ndim() >= nd) return a;
        int[] sh = new int[nd];
        java.util.Arrays.fill(sh, 1);
        System.arraycopy(a.shape(), 0, sh, nd - a.ndim(), a.ndim());
        return a.reshape(sh);
    }

    private static PyList split(Interp in, NDArray x, Object spec, int axis, boolean equal) {
        if (axis < -x.ndim() || axis >= x.ndim()) throw PyException.indexError("tuple index out of range");
        int ax = axis < 0 ? axis + x.ndim() : axis;
        int total = x.shape(ax);
        long[] points;
        if (spec instanceof PyTuple || spec instanceof PyList || spec instanceof NDArray) {
            java.util.List<Object> items = spec instanceof NDArray na ? Access.toList(in, na) : Access.toList(in, spec);
            points = new long[items.size() + 2];
            for (int i = 0; i < items.size(); i++) points[i + 1] = Access.toIndex(items.get(i));
            points[points.length - 1] = total;
        } else {
            long sections = spec instanceof Double dd ? (long) (double) dd : spec instanceof NpScalar ns ? (long) ns.d()
                    : Access.toIndex(spec);
            if (equal) {
                if (sections == 0) throw PyException.zeroDivision("integer modulo by zero");
                if (Math.floorMod(total, sections) != 0) throw PyException.valueError("array split does not result in an equal division");
            }
            if (sections <= 0) throw PyException.valueError("number sections must be larger than 0.");
            long each = total / sections, extras = total % sections;
            points = new long[(int) sections + 1];
            for (int i = 1; i <= sections; i++) points[i] = points[i - 1] + (i - 1 < extras ? each + 1 : each);
        }
        PyList out = new PyList(points.length - 1);
        for (int i = 0; i + 1 < points.length; i++) {
            out.items.add(x.slice(ax, clampInt(points[i]), clampInt(points[i + 1]), 1));
        }
        return out;
    }

    private static int clampInt(long v) {
        return (int) Math.max(Integer.MIN_VALUE / 2, Math.min(Integer.MAX_VALUE / 2, v));
    }

    // ------------------------------------------------------------------ numpy.linalg

    static void fillLinalg(PyModule m) {
        m.attrs.put("matrix_power", new PyBuiltin("matrix_power", (in, a, k) -> {
            Object[] p = Args.bind("matrix_power", a, k, "a", "n");
            return matrixPower(in, p[0], p[1]);
        }));
        m.attrs.put("multi_dot", new PyBuiltin("multi_dot", (in, a, k) -> {
            Object[] p = Args.bind("multi_dot", a, k, "arrays", "out=");
            if (!Args.isNone(p[1])) throw PyException.notImplemented("multi_dot(out=...) is not supported in Basis");
            return multiDot(in, p[0]);
        }));
    }

    private static Object matmul(Interp in, NDArray x, NDArray y) {
        return NpBridge.binary(in, Ast.BinOpKind.MATMUL, x, y);
    }

    private static Object matrixPower(Interp in, Object aArg, Object nArg) {
        NDArray a = arr(in, aArg);
        int nd = a.ndim();
        if (nd < 2) {
            throw PyException.of(Types.LINALG_ERROR, nd + "-dimensional array given. Array must be at least two-dimensional");
        }
        if (a.shape(nd - 1) != a.shape(nd - 2)) throw PyException.of(Types.LINALG_ERROR, "Last 2 dimensions of the array must be square");
        long n;
        try {
            n = Access.toIndex(nArg);
        } catch (PyException e) {
            throw PyException.typeError("exponent must be an integer");
        }
        if (n == 0) {
            int m = a.shape(nd - 1);
            NDArray eye = basis.engine.nd.Creation.eye(m, m, 0, a.dtype());
            return basis.engine.nd.Ops.add(eye, basis.engine.nd.Creation.zeros(a.dtype(), a.shape()));
        }
        if (n < 0) {
            long m = a.shape(nd - 1);
            in.steps(a.size() * m * 3 / 16 + a.size() / 64);
            a = basis.engine.nd.Linalg.inv(a);
            n = -n;
        }
        if (n == 1) return a;
        if (n == 2) return matmul(in, a, a);
        if (n == 3) return matmul(in, (NDArray) matmul(in, a, a), a);
        NDArray z = null, result = null;
        while (n > 0) {
            z = z == null ? a : (NDArray) matmul(in, z, z);
            long bit = n % 2;
            n /= 2;
            if (bit == 1) result = result == null ? z : (NDArray) matmul(in, result, z);
        }
        return result;
    }

    private static Object dot(Interp in, NDArray x, NDArray y) {
        in.steps((long) x.size() * Math.max(1, y.size()) / 256);
        return NpBridge.wrap(basis.engine.nd.Ops.dot(x, y));
    }

    private static Object multiDot(Interp in, Object arraysArg) {
        java.util.List<Object> items = Access.toList(in, arraysArg);
        int n = items.size();
        if (n < 2) throw PyException.valueError("Expecting at least two arrays.");
        NDArray[] arrays = new NDArray[n];
        for (int i = 0; i < n; i++) arrays[i] = arr(in, items.get(i));
        if (n == 2) return dot(in, arrays[0], arrays[1]);
        int ndimFirst = arrays[0].ndim(), ndimLast = arrays[n - 1].ndim();
        if (ndimFirst == 1) arrays[0] = arrays[0].reshape(1, arrays[0].size());
        if (ndimLast == 1) arrays[n - 1] = arrays[n - 1].reshape(1, arrays[n - 1].size()).transpose();
        for (NDArray x : arrays) {
            if (x.ndim() != 2) {
                throw PyException.of(Types.LINALG_ERROR, x.ndim() + "-dimensional array given. Array must be two-dimensional");
            }
        }
        NDArray result;
        if (n == 3) {
            NDArray A = arrays[0], B = arrays[1], C = arrays[2];
            long a0 = A.shape(0), a1b0 = A.shape(1), b1c0 = C.shape(0), c1 = C.shape(1);
            long cost1 = a0 * b1c0 * (a1b0 + c1);
            long cost2 = a1b0 * c1 * (a0 + b1c0);
            result = cost1 < cost2 ? asArray(dot(in, asArray(dot(in, A, B)), C)) : asArray(dot(in, A, asArray(dot(in, B, C))));
        } else {
            long[] p = new long[n + 1];
            for (int i = 0; i < n; i++) p[i] = arrays[i].shape(0);
            p[n] = arrays[n - 1].shape(1);
            double[][] m = new double[n][n];
            int[][] s = new int[n][n];
            for (int l = 1; l < n; l++) {
                for (int i = 0; i < n - l; i++) {
                    int j = i + l;
                    m[i][j] = Double.POSITIVE_INFINITY;
                    for (int k = i; k < j; k++) {
                        double q = m[i][k] + m[k + 1][j] + (double) (p[i] * p[k + 1] * p[j + 1]);
                        if (q < m[i][j]) {
                            m[i][j] = q;
                            s[i][j] = k;
                        }
                    }
                }
            }
            result = chain(in, arrays, s, 0, n - 1);
        }
        if (ndimFirst == 1 && ndimLast == 1) return NpBridge.wrap(result.get(0).get(0));
        if (ndimFirst == 1 || ndimLast == 1) return result.ravel();
        return result;
    }

    private static NDArray asArray(Object o) {
        return o instanceof NDArray x ? x : NpBridge.scalarArray(o);
    }

    private static NDArray chain(Interp in, NDArray[] arrays, int[][] s, int i, int j) {
        if (i == j) return arrays[i];
        return asArray(dot(in, chain(in, arrays, s, i, s[i][j]), chain(in, arrays, s, s[i][j] + 1, j)));
    }

    // ------------------------------------------------------------------ statistics, counting, searching

    private static void defineStats(Map<String, PyBuiltin.Body> funcs) {
        funcs.put("trunc", (in, a, k) -> {
            Object[] p = Args.bind("trunc", a, k, "x", "out=");
            NDArray x = arr(in, p[0]);
            return wrap(basis.engine.nd.Ops.unary(basis.engine.nd.Ops.Unary.TRUNC, x));
        });
        funcs.put("count_nonzero", (in, a, k) -> {
            Object[] p = Args.bind("count_nonzero", a, k, "a", "axis=", "keepdims=");
            NDArray x = arr(in, p[0]);
            boolean keep = Args.flag(in, p[2]);
            int[] axes = ufuncAxes(x, p[1]);
            NDArray nz = basis.engine.nd.Ops.ne(x, NDArray.scalar(0L));
            NDArray r = basis.engine.nd.Reduce.sum(nz, axes, keep);
            return wrap(r);
        });
        funcs.put("median", (in, a, k) -> {
            Object[] p = Args.bind("median", a, k, "a", "axis=", "out=", "overwrite_input=", "keepdims=");
            if (!Args.isNone(p[2])) throw PyException.notImplemented("median(out=...) is not supported in Basis");
            return median(in, arr(in, p[0]), p[1], Args.flag(in, p[4]));
        });
        funcs.put("percentile", (in, a, k) -> quantileCall(in, a, k, true));
        funcs.put("quantile", (in, a, k) -> quantileCall(in, a, k, false));
        funcs.put("average", (in, a, k) -> {
            Object[] p = Args.bind("average", a, k, "a", "axis=", "weights=", "returned=", "keepdims=");
            return average(in, arr(in, p[0]), p[1], p[2], Args.flag(in, p[3]), p[4]);
        });
        funcs.put("nansum", (in, a, k) -> {
            Object[] p = Args.bind("nansum", a, k, "a", "axis=", "dtype=", "out=", "keepdims=");
            if (!Args.isNone(p[3])) throw PyException.notImplemented("nansum(out=...) is not supported in Basis");
            NDArray x = replaceNan(arr(in, p[0]), 0.0);
            return NpMethods.reduce(in, x, new Object[] {p[1], p[2]}, keepKw(p[4]), "sum");
        });
        funcs.put("nanmean", (in, a, k) -> {
            Object[] p = Args.bind("nanmean", a, k, "a", "axis=", "dtype=", "out=", "keepdims=");
            if (!Args.isNone(p[3])) throw PyException.notImplemented("nanmean(out=...) is not supported in Basis");
            return nanmean(in, arr(in, p[0]), p[1], p[2], Args.flag(in, p[4]));
        });
        funcs.put("nanmax", (in, a, k) -> nanExtreme(in, a, k, true));
        funcs.put("nanmin", (in, a, k) -> nanExtreme(in, a, k, false));
        funcs.put("searchsorted", (in, a, k) -> {
            Object[] p = Args.bind("searchsorted", a, k, "a", "v", "side=", "sorter=");
            return searchsorted(in, arr(in, p[0]), p[1], p[2], p[3]);
        });
        funcs.put("bincount", (in, a, k) -> {
            Object[] p = Args.bind("bincount", a, k, "x", "weights=", "minlength=");
            return bincount(in, p[0], p[1], p[2]);
        });
    }

    private static Kwargs keepKw(Object keep) {
        if (Args.isNone(keep)) return null;
        Kwargs kw = new Kwargs();
        kw.map.put("keepdims", keep);
        return kw;
    }

    /** _replace_nan: a float array with NaNs replaced (a copy); other dtypes as they are. */
    private static NDArray replaceNan(NDArray x, double v) {
        if (x.dtype() != DType.FLOAT64) {
            if (x.dtype() == DType.COMPLEX128) throw PyException.notImplemented("nan-functions of complex arrays are not supported in Basis");
            return x;
        }
        double[] d = x.toDoubleArray();
        for (int i = 0; i < d.length; i++) if (d[i] != d[i]) d[i] = v;
        return NDArray.ofDoubles(d, x.shape());
    }

    /** The axis argument of a ufunc reduction: normalised, with the ufuncs' message for repeats. */
    private static int[] ufuncAxes(NDArray x, Object axis) {
        int[] axes = Args.axes(axis);
        if (axes == null) return null;
        for (int i = 0; i < axes.length; i++) {
            axes[i] = NDArray.normalizeAxis(axes[i], x.ndim());
            for (int j = 0; j < i; j++) if (axes[i] == axes[j]) throw PyException.valueError("duplicate value in 'axis'");
        }
        return axes;
    }

    private static int[] reduceAxes(Interp in, NDArray x, Object axis) {
        return Args.isNone(axis) ? null : axisTuple(in, axis, x.ndim(), null, false);
    }

    private static Object nanmean(Interp in, NDArray x, Object axis, Object dtype, boolean keep) {
        if (x.dtype() != DType.FLOAT64) {
            return NpMethods.reduce(in, x, new Object[] {axis, dtype}, keepKw(keep), "mean");
        }
        int[] axes = ufuncAxes(x, axis);
        NDArray arr = replaceNan(x, 0.0);
        NDArray notNan = basis.engine.nd.Ops.unary(basis.engine.nd.Ops.Unary.LOGICAL_NOT,
                basis.engine.nd.Ops.unary(basis.engine.nd.Ops.Unary.ISNAN, x));
        NDArray cnt = basis.engine.nd.Reduce.sum(notNan, axes, keep);
        NDArray src = Args.isNone(dtype) ? arr : arr.astype(NpMethods.dtypeOf(dtype));
        NDArray tot = basis.engine.nd.Reduce.sum(src, axes, keep);
        return wrap(basis.engine.nd.Ops.trueDivide(tot, cnt));
    }

    private static Object nanExtreme(Interp in, Object[] a, Kwargs k, boolean max) {
        String name = max ? "nanmax" : "nanmin";
        Object[] p = Args.bind(name, a, k, "a", "axis=", "out=", "keepdims=");
        if (!Args.isNone(p[2])) throw PyException.notImplemented(name + "(out=...) is not supported in Basis");
        boolean wasArray = p[0] instanceof NDArray;
        NDArray x = arr(in, p[0]);
        boolean keep = Args.flag(in, p[3]);
        int[] axes = ufuncAxes(x, p[1]);
        if (x.dtype() != DType.FLOAT64) {
            return NpMethods.reduce(in, x, new Object[] {p[1]}, keepKw(p[3]), max ? "max" : "min");
        }
        Rows r = rows(x, axes);
        if (r.inner == 0 && r.outer > 0 || x.size() == 0 && axes == null) {
            throw PyException.valueError("zero-size array to reduction operation " + (wasArray ? (max ? "fmax" : "fmin")
                    : (max ? "maximum" : "minimum")) + " which has no identity");
        }
        in.steps(x.size() / 64);
        double[] d = r.data.toDoubleArray();
        double[] out = new double[r.outer];
        for (int o = 0; o < r.outer; o++) {
            double acc = d[o * r.inner];
            for (int i = 1; i < r.inner; i++) {
                double v = d[o * r.inner + i];
                if (acc != acc || (max ? v > acc : v < acc)) acc = v;
            }
            out[o] = acc;
        }
        return wrap(NDArray.ofDoubles(out, keep ? r.keepShape : r.shape));
    }

    private static Object median(Interp in, NDArray x, Object axis, boolean keep) {
        if (x.dtype() == DType.COMPLEX128) throw PyException.notImplemented("np.median of complex arrays is not supported in Basis");
        int[] axes = reduceAxes(in, x, axis);
        Rows r = rows(x, axes);
        in.steps((long) x.size() * 4 / 64);
        boolean isFloat = x.dtype() == DType.FLOAT64;
        double[] out = new double[r.outer];
        for (int o = 0; o < r.outer; o++) {
            int n = r.inner;
            if (n == 0) {
                out[o] = Double.NaN;
                continue;
            }
            double[] row = sortedRow(r.data, o, n);
            if (isFloat && row[n - 1] != row[n - 1]) {
                out[o] = Double.NaN;
            } else if (n % 2 == 1) {
                out[o] = row[n / 2];
            } else {
                out[o] = (row[n / 2 - 1] + row[n / 2]) / 2.0;
            }
        }
        return wrap(NDArray.ofDoubles(out, keep ? r.keepShape : r.shape));
    }

    /** Row o of a rows array, sorted ascending with NaNs last (the order np.partition's picks agree with). */
    private static double[] sortedRow(NDArray data, int o, int n) {
        double[] row = data.get(o).toDoubleArray();
        java.util.Arrays.sort(row);
        return row;
    }

    private static long[] sortedLongRow(NDArray data, int o) {
        long[] row = data.get(o).toLongArray();
        java.util.Arrays.sort(row);
        return row;
    }

    private static Object quantileCall(Interp in, Object[] a, Kwargs k, boolean percent) {
        String name = percent ? "percentile" : "quantile";
        Object[] p = Args.bind(name, a, k, "a", "q", "axis=", "out=", "overwrite_input=", "method=", "keepdims=", "weights=",
                "interpolation=");
        if (!Args.isNone(p[3])) throw PyException.notImplemented(name + "(out=...) is not supported in Basis");
        if (!Args.isNone(p[5]) && !"linear".equals(p[5])) {
            throw PyException.notImplemented(name + "(method=" + Ops.reprNoInterp(p[5]) + ") is not supported in Basis (only 'linear')");
        }
        if (!Args.isNone(p[7])) throw PyException.notImplemented(name + "(weights=...) is not supported in Basis");
        if (!Args.isNone(p[8])) throw PyException.notImplemented(name + "(interpolation=...) is not supported in Basis");
        NDArray x = arr(in, p[0]);
        if (x.dtype() == DType.COMPLEX128) throw PyException.typeError("a must be an array of real numbers");
        Object qArg = p[1];
        NDArray q;
        if (percent) {
            q = basis.engine.nd.Ops.trueDivide(arr(in, qArg), NDArray.scalar(100.0));
        } else if ((qArg instanceof Long || qArg instanceof Double || qArg instanceof Boolean) && x.dtype() == DType.FLOAT64) {
            q = NDArray.scalar(MathModule.real(qArg));
        } else {
            q = arr(in, qArg);
        }
        if (q.dtype() == DType.COMPLEX128) throw PyException.typeError("a must be an array of real numbers");
        double[] qs = q.toDoubleArray();
        for (double v : qs) {
            if (!(v >= 0.0 && v <= 1.0)) {
                throw PyException.valueError(percent ? "Percentiles must be in the range [0, 100]" : "Quantiles must be in the range [0, 1]");
            }
        }
        if (q.ndim() > 2) throw PyException.valueError("q must be a scalar or 1d");
        boolean keep = Args.flag(in, p[6]);
        int[] axes = reduceAxes(in, x, p[2]);
        Rows r = rows(x, axes);
        int n = r.inner;
        if (n == 0) throw PyException.indexError("index -1 is out of bounds for axis 0 with size 0");
        if (x.dtype() == DType.BOOL && q.dtype() == DType.FLOAT64) {
            throw PyException.typeError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` "
                    + "operator, or the logical_xor function instead.");
        }
        in.steps((long) x.size() * 4 / 64);
        boolean intIndexes = q.dtype() != DType.FLOAT64;
        boolean isFloat = x.dtype() == DType.FLOAT64;
        int nq = qs.length;
        int[] outShape = concat(q.shape(), keep ? r.keepShape : r.shape);
        if (intIndexes) {
            // integer virtual indexes (q of 0s and 1s): the values are taken, in the array's dtype
            NDArray out = basis.engine.nd.Creation.zeros(x.dtype(), nq, r.outer);
            for (int o = 0; o < r.outer; o++) {
                NDArray sorted = isFloat ? NDArray.ofDoubles(sortedRow(r.data, o, n), n)
                        : x.dtype() == DType.INT64 ? NDArray.ofLongs(sortedLongRow(r.data, o), n)
                        : NDArray.ofLongs(sortedLongRow(r.data.astype(DType.INT64), o), n).astype(DType.BOOL);
                boolean nan = isFloat && sorted.doubleAt(n - 1) != sorted.doubleAt(n - 1);
                for (int j = 0; j < nq; j++) {
                    int idx = nan ? n - 1 : (int) ((n - 1) * (long) qs[j]);
                    out.get(j).slice(0, o, o + 1, 1).assign(sorted.slice(0, idx, idx + 1, 1));
                }
            }
            return wrap(out.reshape(outShape));
        }
        double[] out = new double[nq * r.outer];
        for (int o = 0; o < r.outer; o++) {
            double[] row;
            long[] lrow = null;
            if (isFloat) {
                row = sortedRow(r.data, o, n);
            } else {
                lrow = sortedLongRow(r.data, o);
                row = new double[n];
                for (int i = 0; i < n; i++) row[i] = lrow[i];
            }
            boolean nan = isFloat && row[n - 1] != row[n - 1];
            for (int j = 0; j < nq; j++) {
                double v = (double) (n - 1) * qs[j];
                double prevF = Math.floor(v), nextF = prevF + 1;
                if (v >= n - 1) {
                    prevF = -1;
                    nextF = -1;
                }
                if (v < 0) {
                    prevF = 0;
                    nextF = 0;
                }
                int pi = (int) prevF, ni = (int) nextF;
                double t = v - pi;
                int pIdx = pi < 0 ? pi + n : pi, nIdx = ni < 0 ? ni + n : ni;
                double res;
                if (isFloat) {
                    double pa = row[pIdx], nb = row[nIdx];
                    double diffBA = nb - pa;
                    res = t >= 0.5 ? nb - diffBA * (1 - t) : pa + diffBA * t;
                } else {
                    long pa = lrow[pIdx], nb = lrow[nIdx];
                    double diffBA = (double) (nb - pa);
                    res = t >= 0.5 ? (double) nb - diffBA * (1 - t) : (double) pa + diffBA * t;
                }
                out[j * r.outer + o] = nan ? Double.NaN : res;
            }
        }
        return wrap(NDArray.ofDoubles(out, outShape));
    }

    private static Object average(Interp in, NDArray x, Object axisArg, Object weightsArg, boolean returned, Object keepArg) {
        int[] axes = Args.isNone(axisArg) ? null : axisTuple(in, axisArg, x.ndim(), "axis", false);
        boolean keep = Args.flag(in, keepArg);
        NDArray avg, scl;
        if (Args.isNone(weightsArg)) {
            if (x.dtype() == DType.COMPLEX128) throw PyException.notImplemented("np.average of complex arrays is not supported in Basis");
            avg = basis.engine.nd.Reduce.mean(x, axes, keep);
            scl = NDArray.scalar((double) x.size() / Math.max(1, avg.size()) * (avg.size() == 0 ? Double.NaN : 1));
            if (avg.size() != 0) scl = NDArray.scalar((double) x.size() / avg.size());
        } else {
            NDArray w = arr(in, weightsArg);
            if (x.dtype() == DType.COMPLEX128 || w.dtype() == DType.COMPLEX128) {
                throw PyException.notImplemented("np.average of complex arrays is not supported in Basis");
            }
            DType rt = DType.FLOAT64;
            if (x.dtype() == DType.FLOAT64 || w.dtype() == DType.FLOAT64) rt = DType.FLOAT64;
            if (!java.util.Arrays.equals(x.shape(), w.shape())) {
                if (axes == null) throw PyException.typeError("Axis must be specified when shapes of a and weights differ.");
                boolean ok = w.ndim() == axes.length;
                for (int i = 0; ok && i < axes.length; i++) ok = w.shape(i) == x.shape(axes[i]);
                if (!ok) throw PyException.valueError("Shape of weights must be consistent with shape of a along specified axis.");
                Integer[] order = new Integer[axes.length];
                for (int i = 0; i < order.length; i++) order[i] = i;
                java.util.Arrays.sort(order, (p, q) -> Integer.compare(axes[p], axes[q]));
                int[] perm = new int[axes.length];
                for (int i = 0; i < perm.length; i++) perm[i] = order[i];
                w = w.transpose(perm);
                int[] sh = new int[x.ndim()];
                for (int d = 0; d < sh.length; d++) {
                    boolean inAxes = false;
                    for (int ax : axes) inAxes |= ax == d;
                    sh[d] = inAxes ? x.shape(d) : 1;
                }
                w = w.reshape(sh);
            }
            scl = basis.engine.nd.Reduce.sum(w.astype(rt), axes, keep);
            double[] sd = scl.toDoubleArray();
            for (double v : sd) {
                if (v == 0.0) throw PyException.zeroDivision("Weights sum to zero, can't be normalized");
            }
            NDArray prod = basis.engine.nd.Ops.multiply(x.astype(rt), w.astype(rt));
            avg = basis.engine.nd.Ops.trueDivide(basis.engine.nd.Reduce.sum(prod, axes, keep), scl);
        }
        if (!returned) return wrap(avg);
        if (!java.util.Arrays.equals(scl.shape(), avg.shape())) {
            scl = basis.engine.nd.Ops.add(scl, basis.engine.nd.Creation.zeros(DType.FLOAT64, avg.shape()));
        }
        return PyTuple.of(wrap(avg), wrap(scl));
    }

    private static Object searchsorted(Interp in, NDArray a, Object vArg, Object sideArg, Object sorterArg) {
        boolean right = false;
        if (!Args.isNone(sideArg)) {
            if (!(sideArg instanceof String s)) throw PyException.typeError("side must be a str");
            if (s.equals("right")) {
                right = true;
            } else if (!s.equals("left")) {
                char c = s.isEmpty() ? ' ' : Character.toLowerCase(s.charAt(0));
                if (c == 'l' || c == 'r') throw PyException.valueError("search side must be one of 'left' or 'right'");
                throw PyException.valueError("search side must be 'left' or 'right' (got " + Ops.strRepr(s) + ")");
            }
        }
        if (a.ndim() != 1) throw PyException.valueError("object too deep for desired array");
        NDArray v = arr(in, vArg);
        if (a.dtype() == DType.COMPLEX128 || v.dtype() == DType.COMPLEX128) {
            throw PyException.notImplemented("np.searchsorted of complex arrays is not supported in Basis");
        }
        if (!Args.isNone(sorterArg)) {
            NDArray srt = arr(in, sorterArg);
            if (srt.dtype() != DType.INT64 || srt.ndim() != 1 || srt.size() != a.size()) {
                throw PyException.valueError("sorter.size must equal a.size");
            }
            long[] order = srt.toLongArray();
            NDArray picked = basis.engine.nd.Creation.zeros(a.dtype(), order.length);
            for (int i = 0; i < order.length; i++) {
                long j = order[i];
                if (j < 0 || j >= a.size()) throw PyException.valueError("Sorter index out of range.");
                picked.slice(0, i, i + 1, 1).assign(a.slice(0, (int) j, (int) j + 1, 1));
            }
            a = picked;
        }
        int n = a.size();
        boolean asLong = a.dtype() != DType.FLOAT64 && v.dtype() != DType.FLOAT64;
        double[] ad = asLong ? null : a.toDoubleArray();
        long[] al = asLong ? a.toLongArray() : null;
        double[] vd = asLong ? null : v.toDoubleArray();
        long[] vl = asLong ? v.toLongArray() : null;
        int m = v.size();
        in.steps((long) m * 20 / 64);
        long[] out = new long[m];
        // NumPy's binsearch: the search window starts from the previous key's result when keys ascend
        int minIdx = 0, maxIdx = n;
        for (int i = 0; i < m; i++) {
            boolean ascending = i > 0 && (asLong ? vl[i - 1] < vl[i] : less(vd[i - 1], vd[i]));
            if (i == 0) {
                minIdx = 0;
                maxIdx = n;
            } else if (ascending) {
                maxIdx = n;
            } else {
                minIdx = 0;
                maxIdx = maxIdx < n ? maxIdx + 1 : n;
            }
            while (minIdx < maxIdx) {
                int mid = minIdx + ((maxIdx - minIdx) >> 1);
                boolean goRight;
                if (asLong) goRight = right ? !(vl[i] < al[mid]) : al[mid] < vl[i];
                else goRight = right ? !less(vd[i], ad[mid]) : less(ad[mid], vd[i]);
                if (goRight) minIdx = mid + 1;
                else maxIdx = mid;
            }
            out[i] = minIdx;
        }
        return wrap(NDArray.ofLongs(out, v.shape()));
    }

    /** NumPy's sort order for floats: NaN after everything. */
    private static boolean less(double a, double b) {
        return a < b || (b != b && a == a);
    }

    private static Object bincount(Interp in, Object xArg, Object weightsArg, Object minlengthArg) {
        NDArray x = arr(in, xArg);
        if (x.ndim() == 0) throw PyException.valueError("object of too small depth for desired array");
        if (x.ndim() > 1) {
            throw PyException.valueError("setting an array element with a sequence. The requested array would exceed the maximum "
                    + "number of dimension of 1.");
        }
        if (x.dtype() == DType.FLOAT64 && !(xArg instanceof NDArray)) {
            // a list of floats is still accepted by NumPy 2.4 (deprecated): each value truncated to an int
            double[] d = x.toDoubleArray();
            long[] t = new long[d.length];
            for (int i = 0; i < d.length; i++) {
                if (d[i] != d[i]) throw PyException.valueError("cannot convert float NaN to integer");
                if (Double.isInfinite(d[i])) throw PyException.of(Types.OVERFLOW_ERROR, "cannot convert float infinity to integer");
                t[i] = (long) d[i];
            }
            x = NDArray.ofLongs(t, d.length);
        }
        if (x.dtype() == DType.FLOAT64 && x.size() > 0 || x.dtype() == DType.COMPLEX128) {
            throw PyException.typeError("Cannot cast array data from dtype('" + x.dtype().numpyName()
                    + "') to dtype('int64') according to the rule 'safe'");
        }
        long minlength = 0;
        if (!Args.isNone(minlengthArg)) {
            minlength = Access.toIndex(minlengthArg);
            if (minlength < 0) throw PyException.valueError("'minlength' must not be negative");
        }
        long[] xs = x.size() == 0 ? new long[0] : x.astype(DType.INT64).toLongArray();
        long max = -1;
        for (long v : xs) {
            if (v < 0) throw PyException.valueError("'list' argument must have no negative elements");
            max = Math.max(max, v);
        }
        long len = Math.max(max + 1, minlength);
        if (len > Integer.MAX_VALUE / 2) throw PyException.memoryError("bincount");
        in.allocate(len * 8, "bincount");
        in.steps((xs.length + len) / 64);
        if (Args.isNone(weightsArg)) {
            long[] out = new long[(int) len];
            for (long v : xs) out[(int) v]++;
            return NDArray.ofLongs(out, (int) len);
        }
        NDArray w = arr(in, weightsArg);
        if (w.size() != xs.length || w.ndim() != 1) throw PyException.valueError("The weights and list don't have the same length.");
        if (w.dtype() == DType.COMPLEX128) throw PyException.notImplemented("np.bincount with complex weights is not supported in Basis");
        double[] wd = w.toDoubleArray();
        double[] out = new double[(int) len];
        for (int i = 0; i < xs.length; i++) out[(int) xs[i]] += wd[i];
        return NDArray.ofDoubles(out, (int) len);
    }

    // ------------------------------------------------------------------ print options

    private static Object setPrintoptions(Interp in, Object[] a, Kwargs k) {
        Object[] p = Args.bind("set_printoptions", a, k, "precision=", "threshold=", "edgeitems=", "linewidth=", "suppress=",
                "nanstr=", "infstr=", "formatter=", "sign=", "floatmode=", "legacy=", "override_repr=");
        PrintOptions o = in.printOptions;
        Object floatmode = p[9], sign = p[8], legacy = p[10], threshold = p[1], precision = p[0];
        if (!Args.isNone(floatmode) && !(floatmode instanceof String f
                && (f.equals("fixed") || f.equals("unique") || f.equals("maxprec") || f.equals("maxprec_equal")))) {
            throw PyException.valueError("floatmode option must be one of \"fixed\", \"unique\", \"maxprec\", \"maxprec_equal\"");
        }
        if (!Args.isNone(sign) && !(sign instanceof String s && (s.equals("-") || s.equals("+") || s.equals(" ")))) {
            throw PyException.valueError("sign option must be one of ' ', '+', or '-'");
        }
        if (!Args.isNone(legacy) && !Boolean.FALSE.equals(legacy)) {
            throw PyException.notImplemented("np.set_printoptions(legacy=...) is not supported in Basis");
        }
        double thr = o.threshold;
        Object thrValue = o.thresholdValue;
        if (!Args.isNone(threshold)) {
            if (!(threshold instanceof Long || threshold instanceof Double || threshold instanceof Boolean
                    || threshold instanceof java.math.BigInteger
                    || threshold instanceof NpScalar ns && ns.dtype() != DType.COMPLEX128)) {
                throw PyException.typeError("threshold must be numeric");
            }
            thr = MathModule.real(threshold);
            if (Double.isNaN(thr)) {
                throw PyException.valueError("threshold must be non-NAN, try sys.maxsize for untruncated representation");
            }
            thrValue = threshold;
        }
        int prec = o.precision;
        if (!Args.isNone(precision)) {
            long v;
            try {
                v = Access.toIndex(precision);
            } catch (PyException e) {
                throw PyException.typeError("precision must be an integer");
            }
            prec = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
        }
        if (!Args.isNone(p[7])) throw PyException.notImplemented("np.set_printoptions(formatter=...) is not supported in Basis");
        if (!Args.isNone(p[11])) {
            throw PyException.notImplemented("np.set_printoptions(override_repr=...) is not supported in Basis");
        }
        int edge = Args.isNone(p[2]) ? o.edgeitems : intOption(p[2], "edgeitems");
        int width = Args.isNone(p[3]) ? o.linewidth : intOption(p[3], "linewidth");
        boolean suppress = Args.isNone(p[4]) ? o.suppress : Ops.truthy(in, p[4]);
        String nanstr = Args.isNone(p[5]) ? o.nanstr : strOption(p[5], "nanstr");
        String infstr = Args.isNone(p[6]) ? o.infstr : strOption(p[6], "infstr");
        in.printOptions = new PrintOptions(prec, Args.isNone(floatmode) ? o.floatmode : (String) floatmode, suppress, width,
                thr, thrValue, edge, Args.isNone(sign) ? o.sign : ((String) sign).charAt(0), nanstr, infstr);
        return PyNone.NONE;
    }

    private static int intOption(Object v, String name) {
        if (!(v instanceof Long || v instanceof Boolean || v instanceof NpScalar s && s.dtype() != DType.FLOAT64
                && s.dtype() != DType.COMPLEX128)) {
            throw PyException.notImplemented("np.set_printoptions(" + name + "=" + Ops.reprNoInterp(v)
                    + "): only an int is supported in Basis");
        }
        long x = Access.toIndex(v);
        if (x < 0 || x > 1_000_000) {
            throw PyException.notImplemented("np.set_printoptions(" + name + "=" + x + "): only 0..1000000 is supported in Basis");
        }
        return (int) x;
    }

    private static String strOption(Object v, String name) {
        if (!(v instanceof String s)) {
            throw PyException.notImplemented("np.set_printoptions(" + name + "=" + Ops.reprNoInterp(v)
                    + "): only a str is supported in Basis");
        }
        return s;
    }

    private static PyDict printoptions(PrintOptions o) {
        PyDict d = new PyDict();
        d.put("edgeitems", (long) o.edgeitems);
        d.put("threshold", o.thresholdValue);
        d.put("floatmode", o.floatmode);
        d.put("precision", (long) o.precision);
        d.put("suppress", o.suppress);
        d.put("linewidth", (long) o.linewidth);
        d.put("nanstr", o.nanstr);
        d.put("infstr", o.infstr);
        d.put("sign", String.valueOf(o.sign));
        d.put("formatter", PyNone.NONE);
        d.put("legacy", false);
        d.put("override_repr", PyNone.NONE);
        return d;
    }
}
