package basis.engine.nd;

/**
 * Element-wise NumPy ufuncs with full broadcasting and NumPy 2 type promotion (bool &lt; int64 &lt;
 * float64 &lt; complex128), plus matmul/dot. Results are new C-contiguous arrays; a 0-d result is a
 * 0-d array (the interpreter turns it into a NumPy scalar).
 *
 * <p>Python scalars are passed as 0-d arrays ({@link NDArray#scalar(long)} etc.): with only the
 * 64-bit types NEP 50's weak-scalar rule gives the same result types.
 */
public final class Ops {
    private Ops() {}

    /** The binary ufuncs. */
    public enum Binary {
        ADD("add"), SUBTRACT("subtract"), MULTIPLY("multiply"), TRUE_DIVIDE("divide"),
        FLOOR_DIVIDE("floor_divide"), MOD("remainder"), POWER("power"), MAXIMUM("maximum"),
        MINIMUM("minimum"), EQUAL("equal"), NOT_EQUAL("not_equal"), LESS("less"), LESS_EQUAL("less_equal"),
        GREATER("greater"), GREATER_EQUAL("greater_equal"), BITWISE_AND("bitwise_and"),
        BITWISE_OR("bitwise_or"), BITWISE_XOR("bitwise_xor"), LOGICAL_AND("logical_and"),
        LOGICAL_OR("logical_or"), LOGICAL_XOR("logical_xor"), ARCTAN2("arctan2"), HYPOT("hypot");

        final String ufunc;

        Binary(String ufunc) {
            this.ufunc = ufunc;
        }

        boolean isComparison() {
            return this == EQUAL || this == NOT_EQUAL || this == LESS || this == LESS_EQUAL || this == GREATER
                    || this == GREATER_EQUAL;
        }
    }

    // ---------------------------------------------------------------- broadcasting

    /** The broadcast shape of the operands, or NumPy's ValueError naming all shapes. */
    public static int[] broadcastShapes(int[]... shapes) {
        int nd = 0;
        for (int[] s : shapes) {
            nd = Math.max(nd, s.length);
        }
        int[] out = new int[nd];
        for (int k = 0; k < nd; k++) {
            int dim = 1;
            for (int[] s : shapes) {
                int j = k - (nd - s.length);
                if (j < 0) {
                    continue;
                }
                int d = s[j];
                if (d == dim || d == 1) {
                    continue;
                }
                if (dim == 1) {
                    dim = d;
                } else {
                    StringBuilder sb = new StringBuilder("operands could not be broadcast together with shapes ");
                    for (int[] t : shapes) {
                        sb.append(compactShape(t)).append(' ');
                    }
                    throw NumpyException.valueError(sb.toString());
                }
            }
            out[k] = dim;
        }
        return out;
    }

    /** NumPy's compact shape text used in error messages: {@code (3,4)}, {@code (3,)}, {@code ()}. */
    public static String compactShape(int[] s) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < s.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(s[i]);
        }
        if (s.length == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }

    /** Two cursors walking broadcast operands over an output shape in C order. */
    static final class Pair {
        final int[] shape;
        final int[] sa;
        final int[] sb;
        final int[] idx;
        int pa;
        int pb;

        Pair(int[] outShape, NDArray a, NDArray b) {
            shape = outShape;
            sa = bstrides(a, outShape);
            sb = bstrides(b, outShape);
            idx = new int[outShape.length];
            pa = a.offset;
            pb = b.offset;
        }

        void advance() {
            for (int k = shape.length - 1; k >= 0; k--) {
                idx[k]++;
                pa += sa[k];
                pb += sb[k];
                if (idx[k] < shape[k]) {
                    return;
                }
                pa -= sa[k] * shape[k];
                pb -= sb[k] * shape[k];
                idx[k] = 0;
            }
        }
    }

    static int[] bstrides(NDArray a, int[] outShape) {
        int n = outShape.length;
        int[] st = new int[n];
        for (int k = 0; k < n; k++) {
            int j = k - (n - a.shape.length);
            st[k] = (j < 0 || a.shape[j] == 1) ? 0 : a.strides[j];
        }
        return st;
    }

    // ---------------------------------------------------------------- binary ops

    public static NDArray add(NDArray a, NDArray b) {
        return binary(Binary.ADD, a, b);
    }

    public static NDArray subtract(NDArray a, NDArray b) {
        return binary(Binary.SUBTRACT, a, b);
    }

    public static NDArray multiply(NDArray a, NDArray b) {
        return binary(Binary.MULTIPLY, a, b);
    }

    /** {@code a / b}: always float64 (or complex); x/0 gives inf or nan, never an exception. */
    public static NDArray trueDivide(NDArray a, NDArray b) {
        return binary(Binary.TRUE_DIVIDE, a, b);
    }

    public static NDArray floorDivide(NDArray a, NDArray b) {
        return binary(Binary.FLOOR_DIVIDE, a, b);
    }

    public static NDArray mod(NDArray a, NDArray b) {
        return binary(Binary.MOD, a, b);
    }

    public static NDArray power(NDArray a, NDArray b) {
        return binary(Binary.POWER, a, b);
    }

    public static NDArray maximum(NDArray a, NDArray b) {
        return binary(Binary.MAXIMUM, a, b);
    }

    public static NDArray minimum(NDArray a, NDArray b) {
        return binary(Binary.MINIMUM, a, b);
    }

    public static NDArray eq(NDArray a, NDArray b) {
        return binary(Binary.EQUAL, a, b);
    }

    public static NDArray ne(NDArray a, NDArray b) {
        return binary(Binary.NOT_EQUAL, a, b);
    }

    public static NDArray lt(NDArray a, NDArray b) {
        return binary(Binary.LESS, a, b);
    }

    public static NDArray le(NDArray a, NDArray b) {
        return binary(Binary.LESS_EQUAL, a, b);
    }

    public static NDArray gt(NDArray a, NDArray b) {
        return binary(Binary.GREATER, a, b);
    }

    public static NDArray ge(NDArray a, NDArray b) {
        return binary(Binary.GREATER_EQUAL, a, b);
    }

    /** {@code &} (bool/int only). */
    public static NDArray and(NDArray a, NDArray b) {
        return binary(Binary.BITWISE_AND, a, b);
    }

    /** {@code |} (bool/int only). */
    public static NDArray or(NDArray a, NDArray b) {
        return binary(Binary.BITWISE_OR, a, b);
    }

    /** {@code ^} (bool/int only). */
    public static NDArray xor(NDArray a, NDArray b) {
        return binary(Binary.BITWISE_XOR, a, b);
    }

    private static NumpyException unsupported(Binary op) {
        return NumpyException.typeError("ufunc '" + op.ufunc + "' not supported for the input types, and the inputs"
                + " could not be safely coerced to any supported types according to the casting rule ''safe''");
    }

    /** Applies a binary ufunc with broadcasting. */
    public static NDArray binary(Binary op, NDArray a, NDArray b) {
        int[] outShape = broadcastShapes(a.shape, b.shape);
        DType t = DType.promote(a.dtype, b.dtype);
        if (t == DType.COMPLEX128) {
            return complexBinary(op, a, b, outShape);
        }
        switch (op) {
            case TRUE_DIVIDE:
            case ARCTAN2:
            case HYPOT:
                return doubleLoop(op, a, b, outShape);
            case EQUAL:
            case NOT_EQUAL:
            case LESS:
            case LESS_EQUAL:
            case GREATER:
            case GREATER_EQUAL:
                return compareLoop(op, a, b, outShape, t);
            case LOGICAL_AND:
            case LOGICAL_OR:
            case LOGICAL_XOR:
                return boolLoop(op, a, b, outShape);
            case BITWISE_AND:
            case BITWISE_OR:
            case BITWISE_XOR:
                if (t == DType.FLOAT64) {
                    throw unsupported(op);
                }
                return t == DType.BOOL ? boolLoop(op, a, b, outShape) : longLoop(op, a, b, outShape);
            default:
                break;
        }
        if (t == DType.BOOL) {
            switch (op) {
                case ADD:
                case MAXIMUM:
                    return boolLoop(Binary.LOGICAL_OR, a, b, outShape);
                case MULTIPLY:
                case MINIMUM:
                    return boolLoop(Binary.LOGICAL_AND, a, b, outShape);
                case SUBTRACT:
                    throw NumpyException.typeError("numpy boolean subtract, the `-` operator, is not supported, "
                            + "use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
                default:
                    // NumPy computes these in int8; int64 here (same values, different dtype).
                    return longLoop(op, a, b, outShape);
            }
        }
        if (t == DType.INT64) {
            return longLoop(op, a, b, outShape);
        }
        return doubleLoop(op, a, b, outShape);
    }

    private static NDArray doubleLoop(Binary op, NDArray a, NDArray b, int[] outShape) {
        NDArray out = NDArray.empty(DType.FLOAT64, outShape);
        double[] o = out.dData;
        int n = out.size;
        int sa = flatStride(a, n);
        int sb = flatStride(b, n);
        if (sa >= 0 && sb >= 0) {
            flatDoubleLoop(op, a, sa, b, sb, o, n);
            return out;
        }
        Pair p = new Pair(outShape, a, b);
        for (int i = 0; i < n; i++) {
            o[i] = applyDouble(op, a.readDouble(p.pa), b.readDouble(p.pb));
            p.advance();
        }
        return out;
    }

    /**
     * The step through an operand's storage when the result has n elements in C order: 0 for a
     * single element (a scalar broadcast), 1 when the operand is C-contiguous with n elements (then
     * broadcasting only added leading axes of length 1), -1 otherwise (walk it with a {@link Pair}).
     */
    private static int flatStride(NDArray a, int n) {
        if (a.size == 1) {
            return 0;
        }
        return a.size == n && a.isCContiguous() ? 1 : -1;
    }

    /**
     * The common small cases of {@link #doubleLoop} (array and scalar, or arrays of one shape) without
     * the index bookkeeping: the same operations in the same order, so the same results.
     */
    private static void flatDoubleLoop(Binary op, NDArray a, int sa, NDArray b, int sb, double[] o, int n) {
        int pa = a.offset;
        int pb = b.offset;
        if (a.dtype == DType.FLOAT64 && b.dtype == DType.FLOAT64) {
            double[] x = a.dData;
            double[] y = b.dData;
            switch (op) {
                case ADD:
                    for (int i = 0; i < n; i++, pa += sa, pb += sb) o[i] = x[pa] + y[pb];
                    return;
                case SUBTRACT:
                    for (int i = 0; i < n; i++, pa += sa, pb += sb) o[i] = x[pa] - y[pb];
                    return;
                case MULTIPLY:
                    for (int i = 0; i < n; i++, pa += sa, pb += sb) o[i] = x[pa] * y[pb];
                    return;
                case TRUE_DIVIDE:
                    for (int i = 0; i < n; i++, pa += sa, pb += sb) o[i] = x[pa] / y[pb];
                    return;
                default:
                    break;
            }
        }
        for (int i = 0; i < n; i++, pa += sa, pb += sb) o[i] = applyDouble(op, a.readDouble(pa), b.readDouble(pb));
    }

    static double applyDouble(Binary op, double x, double y) {
        switch (op) {
            case ADD:
                return x + y;
            case SUBTRACT:
                return x - y;
            case MULTIPLY:
                return x * y;
            case TRUE_DIVIDE:
                return x / y;
            case FLOOR_DIVIDE:
                return MathUtil.floorDivide(x, y);
            case MOD:
                return MathUtil.remainder(x, y);
            case POWER:
                return MathUtil.pow(x, y);
            case MAXIMUM:
                return MathUtil.maximum(x, y);
            case MINIMUM:
                return MathUtil.minimum(x, y);
            case ARCTAN2:
                return ExactMath.atan2(x, y);
            case HYPOT:
                return MathUtil.hypot(x, y);
            default:
                throw new IllegalStateException(op.name());
        }
    }

    private static NDArray longLoop(Binary op, NDArray a, NDArray b, int[] outShape) {
        NDArray out = NDArray.empty(DType.INT64, outShape);
        long[] o = out.lData;
        int n = out.size;
        Pair p = new Pair(outShape, a, b);
        for (int i = 0; i < n; i++) {
            o[i] = applyLong(op, a.readLong(p.pa), b.readLong(p.pb));
            p.advance();
        }
        return out;
    }

    static long applyLong(Binary op, long x, long y) {
        switch (op) {
            case ADD:
                return x + y;
            case SUBTRACT:
                return x - y;
            case MULTIPLY:
                return x * y;
            case FLOOR_DIVIDE:
                return MathUtil.floorDivide(x, y);
            case MOD:
                return MathUtil.remainder(x, y);
            case POWER:
                return MathUtil.power(x, y);
            case MAXIMUM:
                return Math.max(x, y);
            case MINIMUM:
                return Math.min(x, y);
            case BITWISE_AND:
                return x & y;
            case BITWISE_OR:
                return x | y;
            case BITWISE_XOR:
                return x ^ y;
            default:
                throw new IllegalStateException(op.name());
        }
    }

    private static NDArray boolLoop(Binary op, NDArray a, NDArray b, int[] outShape) {
        NDArray out = NDArray.empty(DType.BOOL, outShape);
        boolean[] o = out.bData;
        int n = out.size;
        Pair p = new Pair(outShape, a, b);
        for (int i = 0; i < n; i++) {
            boolean x = a.readBool(p.pa);
            boolean y = b.readBool(p.pb);
            switch (op) {
                case LOGICAL_AND:
                case BITWISE_AND:
                    o[i] = x && y;
                    break;
                case LOGICAL_OR:
                case BITWISE_OR:
                    o[i] = x || y;
                    break;
                default:
                    o[i] = x ^ y;
            }
            p.advance();
        }
        return out;
    }

    private static NDArray compareLoop(Binary op, NDArray a, NDArray b, int[] outShape, DType t) {
        NDArray out = NDArray.empty(DType.BOOL, outShape);
        boolean[] o = out.bData;
        int n = out.size;
        Pair p = new Pair(outShape, a, b);
        if (t == DType.FLOAT64) {
            for (int i = 0; i < n; i++) {
                double x = a.readDouble(p.pa);
                double y = b.readDouble(p.pb);
                boolean r;
                switch (op) {
                    case EQUAL:
                        r = x == y;
                        break;
                    case NOT_EQUAL:
                        r = x != y;
                        break;
                    case LESS:
                        r = x < y;
                        break;
                    case LESS_EQUAL:
                        r = x <= y;
                        break;
                    case GREATER:
                        r = x > y;
                        break;
                    default:
                        r = x >= y;
                }
                o[i] = r;
                p.advance();
            }
        } else {
            for (int i = 0; i < n; i++) {
                long x = a.readLong(p.pa);
                long y = b.readLong(p.pb);
                boolean r;
                switch (op) {
                    case EQUAL:
                        r = x == y;
                        break;
                    case NOT_EQUAL:
                        r = x != y;
                        break;
                    case LESS:
                        r = x < y;
                        break;
                    case LESS_EQUAL:
                        r = x <= y;
                        break;
                    case GREATER:
                        r = x > y;
                        break;
                    default:
                        r = x >= y;
                }
                o[i] = r;
                p.advance();
            }
        }
        return out;
    }

    /** NumPy's complex reciprocal loop: what {@code z ** -1} uses (a scalar exponent of -1 takes that fast path). */
    private static double[] complexReciprocal(double re, double im) {
        if (Math.abs(im) <= Math.abs(re)) {
            double r = im / re, d = re + im * r;
            return new double[] {1 / d, -r / d};
        }
        double r = re / im, d = re * r + im;
        return new double[] {r / d, -1 / d};
    }

    /** NumPy's nc_pow for whole-number exponents (repeated multiplication); other exponents are not supported. */
    private static double[] complexPower(double ar, double ai, double br, double bi) {
        if (br == 0 && bi == 0) return new double[] {1, 0};
        if (ar == 0 && ai == 0) return br > 0 && bi == 0 ? new double[] {0, 0} : new double[] {Double.NaN, Double.NaN};
        if (bi != 0 || br != Math.floor(br) || br <= -100 || br >= 100) {
            throw new NumpyException("NotImplementedError",
                    "complex numbers raised to a non-integer power are not supported in Basis");
        }
        int n = (int) br;
        if (n == 1) return new double[] {ar, ai};
        if (n == 2) return new double[] {ar * ar - ai * ai, ar * ai + ai * ar};
        if (n == 3) {
            double sr = ar * ar - ai * ai, si = ar * ai + ai * ar;
            return new double[] {ar * sr - ai * si, ar * si + ai * sr};
        }
        int m = Math.abs(n), mask = 1;
        double xr = 1, xi = 0, pr = ar, pi = ai;
        while (true) {
            if ((m & mask) != 0) {
                double t = xr * pr - xi * pi;
                xi = xr * pi + xi * pr;
                xr = t;
            }
            mask <<= 1;
            if (m < mask || mask <= 0) break;
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        if (br < 0) {
            // nc_quot(1, x): the plain formula, not Smith's.
            double d = xr * xr + xi * xi;
            return new double[] {(1 * xr + 0 * xi) / d, (0 * xr - 1 * xi) / d};
        }
        return new double[] {xr, xi};
    }

    private static NDArray complexBinary(Binary op, NDArray a, NDArray b, int[] outShape) {
        boolean cmp = op == Binary.EQUAL || op == Binary.NOT_EQUAL;
        if (!cmp && op != Binary.ADD && op != Binary.SUBTRACT && op != Binary.MULTIPLY
                && op != Binary.TRUE_DIVIDE && op != Binary.POWER) {
            throw unsupported(op);
        }
        NDArray out = NDArray.empty(cmp ? DType.BOOL : DType.COMPLEX128, outShape);
        int n = out.size;
        Pair p = new Pair(outShape, a, b);
        for (int i = 0; i < n; i++) {
            double ar = a.readDouble(p.pa);
            double ai = a.readImag(p.pa);
            double br = b.readDouble(p.pb);
            double bi = b.readImag(p.pb);
            double re;
            double im;
            switch (op) {
                case EQUAL:
                    out.bData[i] = ar == br && ai == bi;
                    p.advance();
                    continue;
                case NOT_EQUAL:
                    out.bData[i] = ar != br || ai != bi;
                    p.advance();
                    continue;
                case ADD:
                    re = ar + br;
                    im = ai + bi;
                    break;
                case SUBTRACT:
                    re = ar - br;
                    im = ai - bi;
                    break;
                case MULTIPLY:
                    re = ar * br - ai * bi;
                    im = ar * bi + ai * br;
                    break;
                case POWER: {
                    double[] r = b.ndim() == 0 && br == -1 && bi == 0 ? complexReciprocal(ar, ai) : complexPower(ar, ai, br, bi);
                    re = r[0];
                    im = r[1];
                    break;
                }
                default: {
                    // Smith's algorithm, as NumPy's complex division.
                    double abr = Math.abs(br);
                    double abi = Math.abs(bi);
                    if (abr >= abi) {
                        if (abr == 0 && abi == 0) {
                            re = ar / abr;
                            im = ai / abr;
                        } else {
                            double rat = bi / br;
                            double scl = 1.0 / (br + bi * rat);
                            re = (ar + ai * rat) * scl;
                            im = (ai - ar * rat) * scl;
                        }
                    } else {
                        double rat = br / bi;
                        double scl = 1.0 / (bi + br * rat);
                        re = (ar * rat + ai) * scl;
                        im = (ai * rat - ar) * scl;
                    }
                }
            }
            out.dData[2 * i] = re;
            out.dData[2 * i + 1] = im;
            p.advance();
        }
        return out;
    }

    // ---------------------------------------------------------------- unary ops

    /** The unary ufuncs. */
    public enum Unary {
        NEGATIVE, ABSOLUTE, SQRT, EXP, LOG, LOG2, LOG10, SIN, COS, TAN, ARCSIN, ARCCOS, ARCTAN, SINH, COSH,
        TANH, FLOOR, CEIL, RINT, SIGN, SQUARE, RECIPROCAL, ISNAN, ISINF, ISFINITE, LOGICAL_NOT, INVERT, DEGREES,
        RADIANS, EXPM1, LOG1P, TRUNC
    }

    public static NDArray negate(NDArray a) {
        return unary(Unary.NEGATIVE, a);
    }

    public static NDArray abs(NDArray a) {
        return unary(Unary.ABSOLUTE, a);
    }

    /** {@code ~a}: logical not for bool, bitwise not for int. */
    public static NDArray invert(NDArray a) {
        return unary(Unary.INVERT, a);
    }

    /**
     * Applies a unary ufunc. Transcendental functions use {@code java.lang.Math} (sqrt is exact;
     * exp/log/sin/cos agree with glibc except in rare last-bit cases).
     */
    public static NDArray unary(Unary op, NDArray a) {
        int n = a.size;
        NDArray.Cursor c = new NDArray.Cursor(a);
        DType t = a.dtype;
        if (t == DType.COMPLEX128) {
            return complexUnary(op, a);
        }
        switch (op) {
            case ISNAN:
            case ISINF:
            case ISFINITE: {
                NDArray out = NDArray.empty(DType.BOOL, a.shape);
                for (int i = 0; i < n; i++) {
                    double x = a.readDouble(c.pos);
                    out.bData[i] = op == Unary.ISNAN ? x != x
                            : op == Unary.ISINF ? Double.isInfinite(x) : !(x != x || Double.isInfinite(x));
                    c.advance();
                }
                return out;
            }
            case LOGICAL_NOT: {
                NDArray out = NDArray.empty(DType.BOOL, a.shape);
                for (int i = 0; i < n; i++) {
                    out.bData[i] = !a.readBool(c.pos);
                    c.advance();
                }
                return out;
            }
            case INVERT:
                if (t == DType.FLOAT64) {
                    throw NumpyException.typeError("ufunc 'invert' not supported for the input types, and the inputs"
                            + " could not be safely coerced to any supported types according to the casting rule"
                            + " ''safe''");
                }
                if (t == DType.BOOL) {
                    return unary(Unary.LOGICAL_NOT, a);
                }
                break;
            default:
                break;
        }
        boolean intResult = t != DType.FLOAT64 && (op == Unary.NEGATIVE || op == Unary.ABSOLUTE
                || op == Unary.SIGN || op == Unary.SQUARE || op == Unary.INVERT);
        if (t == DType.BOOL && op == Unary.NEGATIVE) {
            throw NumpyException.typeError("The numpy boolean negative, the `-` operator, is not supported, use the"
                    + " `~` operator or the logical_not function instead.");
        }
        if (t == DType.BOOL && op == Unary.ABSOLUTE) {
            return a.copy();
        }
        if (t != DType.FLOAT64 && (op == Unary.FLOOR || op == Unary.CEIL || op == Unary.TRUNC)) {
            return a.copy();
        }
        if (t == DType.BOOL && op == Unary.SIGN) {
            throw NumpyException.typeError("ufunc 'sign' did not contain a loop with signature matching types"
                    + " <class 'numpy.dtypes.BoolDType'> -> None");
        }
        if (intResult) {
            NDArray out = NDArray.empty(DType.INT64, a.shape);
            for (int i = 0; i < n; i++) {
                long x = a.readLong(c.pos);
                long r;
                switch (op) {
                    case NEGATIVE:
                        r = -x;
                        break;
                    case ABSOLUTE:
                        r = x < 0 ? -x : x;
                        break;
                    case SIGN:
                        r = Long.signum(x);
                        break;
                    case SQUARE:
                        r = x * x;
                        break;
                    default:
                        r = ~x;
                }
                out.lData[i] = r;
                c.advance();
            }
            return out;
        }
        NDArray out = NDArray.empty(DType.FLOAT64, a.shape);
        double[] o = out.dData;
        for (int i = 0; i < n; i++) {
            o[i] = applyUnary(op, a.readDouble(c.pos));
            c.advance();
        }
        return out;
    }

    static double applyUnary(Unary op, double x) {
        switch (op) {
            case NEGATIVE:
                return -x;
            case ABSOLUTE:
                return Math.abs(x);
            case SQRT:
                return Math.sqrt(x);
            case EXP:
                return basis.engine.nd.linalg.CrMath.exp(x);
            case LOG:
                return basis.engine.nd.linalg.CrMath.log(x);
            case LOG2:
                return log2(x);
            case LOG10:
                return MathUtil.log10(x);
            case SIN:
                return MathUtil.libmSin(x);
            case COS:
                return MathUtil.libmCos(x);
            case TAN:
                return basis.engine.nd.linalg.CrMath.tan(x);
            case ARCSIN:
                return ExactMath.asin(x);
            case ARCCOS:
                return ExactMath.acos(x);
            case ARCTAN:
                return ExactMath.atan(x);
            case SINH:
                return MathUtil.sinh(x);
            case COSH:
                return MathUtil.cosh(x);
            case TANH:
                return MathUtil.tanh(x);
            case FLOOR:
                return Math.floor(x);
            case CEIL:
                return Math.ceil(x);
            case TRUNC:
                return x < 0 ? Math.ceil(x) : Math.floor(x);
            case RINT:
                return MathUtil.rint(x);
            case SIGN:
                return MathUtil.sign(x);
            case SQUARE:
                return x * x;
            case RECIPROCAL:
                return 1.0 / x;
            case DEGREES:
                return x * (180.0 / Math.PI);
            case RADIANS:
                return x * (Math.PI / 180.0);
            case EXPM1:
                return MathUtil.expm1(x);
            case LOG1P:
                return MathUtil.log1p(x);
            default:
                throw new IllegalStateException(op.name());
        }
    }

    private static double log2(double x) {
        if (x > 0 && !Double.isInfinite(x)) {
            long bits = Double.doubleToRawLongBits(x);
            if ((bits & 0xFFFFFFFFFFFFFL) == 0 && (bits >>> 52) != 0) {
                return (double) ((int) (bits >>> 52) - 1023);
            }
        }
        return basis.engine.nd.linalg.CrMath.log2(x);
    }

    private static NDArray complexUnary(Unary op, NDArray a) {
        int n = a.size;
        NDArray.Cursor c = new NDArray.Cursor(a);
        if (op == Unary.ABSOLUTE) {
            NDArray out = NDArray.empty(DType.FLOAT64, a.shape);
            for (int i = 0; i < n; i++) {
                out.dData[i] = MathUtil.complexAbs(a.readDouble(c.pos), a.readImag(c.pos));
                c.advance();
            }
            return out;
        }
        if (op != Unary.NEGATIVE) {
            throw NumpyException.typeError("ufunc '" + op.name().toLowerCase()
                    + "' not supported for complex input in this engine");
        }
        NDArray out = NDArray.empty(DType.COMPLEX128, a.shape);
        for (int i = 0; i < n; i++) {
            out.dData[2 * i] = -a.readDouble(c.pos);
            out.dData[2 * i + 1] = -a.readImag(c.pos);
            c.advance();
        }
        return out;
    }

    /** {@code np.round(a, decimals)} (half to even on the scaled value); ints are returned as copies. */
    public static NDArray round(NDArray a, int decimals) {
        if (a.dtype == DType.COMPLEX128) {
            // Real and imaginary parts rounded separately, as NumPy.
            NDArray out = NDArray.empty(DType.COMPLEX128, a.shape);
            NDArray.Cursor c = new NDArray.Cursor(a);
            for (int i = 0; i < a.size; i++) {
                out.dData[2 * i] = MathUtil.round(a.dData[2 * c.pos], decimals);
                out.dData[2 * i + 1] = MathUtil.round(a.dData[2 * c.pos + 1], decimals);
                c.advance();
            }
            return out;
        }
        if (a.dtype != DType.FLOAT64) {
            if (a.dtype == DType.INT64 && decimals < 0) {
                NDArray f = a.astype(DType.FLOAT64);
                NDArray r = round(f, decimals);
                return r.astype(DType.INT64);
            }
            return a.copy();
        }
        NDArray out = NDArray.empty(DType.FLOAT64, a.shape);
        NDArray.Cursor c = new NDArray.Cursor(a);
        for (int i = 0; i < a.size; i++) {
            out.dData[i] = MathUtil.round(a.dData[c.pos], decimals);
            c.advance();
        }
        return out;
    }

    /** {@code np.clip(a, lo, hi)} (NaN propagates; either bound may be null). */
    public static NDArray clip(NDArray a, NDArray lo, NDArray hi) {
        NDArray r = a;
        if (lo != null) {
            r = maximum(r, lo);
        }
        if (hi != null) {
            r = minimum(r, hi);
        }
        return r == a ? a.copy() : r;
    }

    /** {@code np.where(cond, x, y)} with broadcasting. */
    public static NDArray where(NDArray cond, NDArray x, NDArray y) {
        int[] shape = broadcastShapes(cond.shape, x.shape, y.shape);
        DType t = DType.promote(x.dtype, y.dtype);
        NDArray out = NDArray.empty(t, shape);
        NDArray cb = cond.broadcastTo(shape);
        NDArray xb = x.broadcastTo(shape);
        NDArray yb = y.broadcastTo(shape);
        NDArray.Cursor cc = new NDArray.Cursor(cb);
        NDArray.Cursor cx = new NDArray.Cursor(xb);
        NDArray.Cursor cy = new NDArray.Cursor(yb);
        for (int i = 0; i < out.size; i++) {
            if (cb.readBool(cc.pos)) {
                out.writeFrom(i, xb, cx.pos);
            } else {
                out.writeFrom(i, yb, cy.pos);
            }
            cc.advance();
            cx.advance();
            cy.advance();
        }
        return out;
    }

    // ---------------------------------------------------------------- matmul / dot

    /**
     * {@code a @ b} with NumPy's gufunc semantics: 1-D operands are promoted (and the added axis
     * removed), stacks of matrices broadcast over leading axes.
     */
    public static NDArray matmul(NDArray a, NDArray b) {
        if (a.ndim() == 0 || b.ndim() == 0) {
            int which = a.ndim() == 0 ? 0 : 1;
            throw NumpyException.valueError("matmul: Input operand " + which + " does not have enough dimensions (has"
                    + " 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)");
        }
        boolean aVec = a.ndim() == 1;
        boolean bVec = b.ndim() == 1;
        NDArray A = aVec ? a.expandDims(0) : a;
        NDArray B = bVec ? b.expandDims(1) : b;
        int an = A.ndim();
        int bn = B.ndim();
        int n = A.shape[an - 2];
        int k = A.shape[an - 1];
        int k2 = B.shape[bn - 2];
        int m = B.shape[bn - 1];
        if (k != k2) {
            throw NumpyException.valueError("matmul: Input operand 1 has a mismatch in its core dimension 0, with"
                    + " gufunc signature (n?,k),(k,m?)->(n?,m?) (size " + k2 + " is different from " + k + ")");
        }
        if (aVec && bVec && DType.promote(a.dtype, b.dtype) == DType.FLOAT64) {
            return vectorDot(a, b, false);
        }
        if (an == 2 && bn == 2) {
            // No stack of matrices (the common case): one product, no batch bookkeeping.
            DType t = DType.promote(a.dtype, b.dtype);
            NDArray out = NDArray.empty(t, n, m);
            matmul2d(A, B, out, 0, t);
            if (!aVec && !bVec) {
                return out;
            }
            int[] sh = aVec && bVec ? new int[0] : new int[] {aVec ? m : n};
            return out.view(sh, NDArray.cStrides(sh), 0);
        }
        int[] aBatch = java.util.Arrays.copyOf(A.shape, an - 2);
        int[] bBatch = java.util.Arrays.copyOf(B.shape, bn - 2);
        int[] batch = broadcastShapes(aBatch, bBatch);
        DType t = DType.promote(a.dtype, b.dtype);
        if (t == DType.BOOL) {
            t = DType.BOOL;
        }
        int[] outFull = new int[batch.length + 2];
        System.arraycopy(batch, 0, outFull, 0, batch.length);
        outFull[batch.length] = n;
        outFull[batch.length + 1] = m;
        NDArray out = NDArray.empty(t, outFull);
        int nb = NDArray.sizeOf(batch);
        int[] bidx = new int[batch.length];
        for (int s = 0; s < nb; s++) {
            NDArray as = A;
            NDArray bs = B;
            // Select this batch element (broadcast) from each operand.
            for (int d = 0; d < batch.length; d++) {
                int ad = d - (batch.length - aBatch.length);
                if (ad >= 0) {
                    as = as.take(0, aBatch[ad] == 1 ? 0 : bidx[d]);
                }
                int bd = d - (batch.length - bBatch.length);
                if (bd >= 0) {
                    bs = bs.take(0, bBatch[bd] == 1 ? 0 : bidx[d]);
                }
            }
            matmul2d(as, bs, out, s * n * m, t);
            for (int d = batch.length - 1; d >= 0; d--) {
                if (++bidx[d] < batch[d]) {
                    break;
                }
                bidx[d] = 0;
            }
        }
        int[] finalShape;
        if (aVec && bVec) {
            finalShape = batch;
        } else if (aVec) {
            finalShape = java.util.Arrays.copyOf(batch, batch.length + 1);
            finalShape[batch.length] = m;
        } else if (bVec) {
            finalShape = java.util.Arrays.copyOf(batch, batch.length + 1);
            finalShape[batch.length] = n;
        } else {
            return out;
        }
        return out.reshape(finalShape);
    }

    /**
     * NumPy's is_blasable2d for a 2-D operand of d1 x d2 with element strides s1, s2: the second
     * stride is 1 and the first covers a whole row.
     */
    private static boolean blasable(int s1, int s2, int d1, int d2) {
        return s2 == 1 && s1 >= d2;
    }

    /**
     * The float64 product of 2-D views a (n, k) and b (k, m) into out[base + i*m + j], dispatched as
     * NumPy's matmul loop does (numpy/_core/src/umath/matmul): a 1 x 1 result is a BLAS ddot; a
     * matrix times a one-column or one-row operand is OpenBLAS's dgemv ({@code dgemv_t} for a matrix
     * read along its rows with unit stride, {@code dgemv_n} otherwise), whose kernels sum in lanes;
     * a matrix product is dgemm (on copies of operands BLAS cannot take), in the order of OpenBLAS's
     * kernels ({@link Blas#dgemm}) for the sizes below {@link #LARGE_MATMUL}; the other one-row or one-column cases (a matrix with
     * no unit stride or a negative one, k = 1) are NumPy's own loop of unfused multiply-adds.
     */
    private static void matmulFloat64(NDArray a, NDArray b, int as0, int as1, int bs0, int bs1, double[] out, int base) {
        int n = a.shape[0], k = a.shape[1], m = b.shape[1];
        double[] ad = a.dData, bd = b.dData;
        int ao = a.offset, bo = b.offset;
        if (n == 0 || k == 0 || m == 0) {
            java.util.Arrays.fill(out, base, base + n * m, 0.0);
            return;
        }
        boolean aBlas = blasable(as0, as1, n, k) || blasable(as1, as0, k, n);
        boolean bBlas = blasable(bs0, bs1, k, m) || blasable(bs1, bs0, m, k);
        if (n == 1 || k == 1 || m == 1) {
            if (n == 1 && m == 1) {
                out[base] = stridedDot(ad, ao, as1, bd, bo, bs0, k);
                return;
            }
            if (k > 1 && n == 1 && bBlas && as1 > 0) { // vector @ matrix: dgemv on b
                gemv(bd, bo, blasable(bs1, bs0, m, k), k, m, bs1, bs0, ad, ao, as1, out, base);
                return;
            }
            if (k > 1 && m == 1 && aBlas && bs0 > 0) { // matrix @ vector: dgemv on a
                gemv(ad, ao, blasable(as0, as1, n, k), k, n, as0, as1, bd, bo, bs0, out, base);
                return;
            }
        } else {
            // dgemm; NumPy passes an operand that is column-major in memory as transposed and first
            // copies one BLAS cannot take to row-major (the same values, passed untransposed)
            boolean aTrans = !blasable(as0, as1, n, k) && blasable(as1, as0, k, n);
            boolean bTrans = !blasable(bs0, bs1, k, m) && blasable(bs1, bs0, m, k);
            Blas.dgemm(n, k, m, ad, ao, as0, as1, aTrans, bd, bo, bs0, bs1, bTrans, out, base);
            return;
        }
        // NumPy's loop without BLAS: a rounded product, then a rounded sum
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double sum = 0.0;
                for (int q = 0, pa = ao + i * as0, pb = bo + j * bs1; q < k; q++, pa += as1, pb += bs0) {
                    sum += ad[pa] * bd[pb];
                }
                out[base + i * m + j] = sum;
            }
        }
    }

    /**
     * y = M x into out[base..base+len) for the matrix M whose element (r, q), r &lt; len, q &lt; k, is
     * mat[mo + r*rStride + q*qStride]: dgemv_t when q runs along memory (rowWise), else dgemv_n. x is
     * x[xo + q*incx], passed with its stride as NumPy passes it (dgemv_n takes the last n % 4
     * columns one at a time when incx is not 1).
     */
    private static void gemv(double[] mat, int mo, boolean rowWise, int k, int len, int rStride, int qStride, double[] x,
            int xo, int incx, double[] out, int base) {
        double[] y = new double[len];
        if (rowWise) {
            basis.engine.nd.linalg.Kernels.gemvT(k, len, 1.0, mat, mo, rStride, x, xo, incx, y, 0);
        } else {
            basis.engine.nd.linalg.Kernels.gemvN(len, k, 1.0, mat, mo, qStride, x, xo, incx, y, 0);
        }
        System.arraycopy(y, 0, out, base, len);
    }

    private static double[] gather(double[] d, int offset, int stride, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = d[offset + i * stride];
        return x;
    }

    /** NumPy's DOUBLE_dot: BLAS ddot (kernel or strided) for positive strides, else an unfused loop. */
    private static double stridedDot(double[] x, int xo, int xs, double[] y, int yo, int ys, int n) {
        if (n > 1 && (xs <= 0 || ys <= 0)) {
            double sum = 0.0;
            for (int i = 0; i < n; i++) sum += x[xo + i * xs] * y[yo + i * ys];
            return sum;
        }
        double[] xv = gather(x, xo, xs, n), yv = gather(y, yo, ys, n);
        return (n <= 1 || (xs == 1 && ys == 1)) ? Blas.ddot(xv, yv, n) : Blas.ddotStrided(xv, yv, n);
    }

    /**
     * Products of at least this many multiply-adds (n*m*k, about 160^3) take the blocked kernel: plain
     * multiply-then-add in a fixed order (the same bits on the JVM and in Wasm), about 20 times faster
     * than the FMA-emulating dot products that reproduce NumPy's last bits for smaller products.
     */
    static final long LARGE_MATMUL = 1L << 22;

    private static double[] packRowMajor(NDArray x, int rows, int cols) {
        double[] p = new double[rows * cols];
        int s0 = x.strides[0], s1 = x.strides[1];
        if (x.dtype == DType.FLOAT64 && s1 == 1) { // rows are contiguous: copy them whole
            for (int i = 0; i < rows; i++) System.arraycopy(x.dData, x.offset + i * s0, p, i * cols, cols);
            return p;
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) p[i * cols + j] = x.readDouble(x.offset + i * s0 + j * s1);
        }
        return p;
    }

    /** Rows of B in one packed panel (the q extent of a block): with {@link #J_BLOCK}, 1 MB of doubles. */
    static final int K_BLOCK = 256;
    /** Columns of B and C in one panel: a row of C in the kernel's two scratch rows stays in L1. */
    static final int J_BLOCK = 512;

    /**
     * C = A B for row-major A (n, k) and B (k, m), written to {@code out[base + i*m + j]}.
     *
     * <p>Every element is summed in one fixed order, the same as the plain triple loop: starting from
     * 0.0, {@code c = c + a[i,q] * b[q,j]} for q ascending, a rounded multiply then a rounded add (no
     * fused multiply-add, no reassociation). So the result has the same bits on the JVM and in Wasm, and
     * does not depend on the block sizes.
     *
     * <p>For speed, B is copied a panel of {@link #K_BLOCK} x {@link #J_BLOCK} at a time into separate
     * row arrays, and C is computed two rows at a time in two scratch rows, four values of q per pass
     * over j: {@code c0[j] = c0[j] + a00*b0[j] + a01*b1[j] + a02*b2[j] + a03*b3[j]} (Java's left-to-right
     * evaluation keeps q ascending), the same for {@code c1}. Each pass loads a panel row of B once for
     * two rows of C and loads and stores C once per four products; with distinct arrays HotSpot's C2
     * vectorizes the j loop (AVX), about four times the speed of one axpy per q.
     */
    static void matmulBlocked(double[] a, double[] b, double[] out, int base, int n, int k, int m) {
        double[][] panel = new double[Math.min(K_BLOCK, k)][Math.min(J_BLOCK, m)];
        double[] c0 = new double[Math.min(J_BLOCK, m)];
        double[] c1 = new double[c0.length];
        for (int jj = 0; jj < m; jj += J_BLOCK) {
            int nc = Math.min(J_BLOCK, m - jj);
            for (int kk = 0; kk < k; kk += K_BLOCK) {
                int kc = Math.min(K_BLOCK, k - kk);
                for (int q = 0; q < kc; q++) {
                    System.arraycopy(b, (kk + q) * m + jj, panel[q], 0, nc);
                }
                int i = 0;
                for (; i + 2 <= n; i += 2) {
                    int r0 = base + i * m + jj;
                    loadRow(out, r0, c0, nc, kk == 0);
                    loadRow(out, r0 + m, c1, nc, kk == 0);
                    int x0 = i * k + kk;
                    int x1 = x0 + k;
                    int q = 0;
                    for (; q + 4 <= kc; q += 4) {
                        double[] b0 = panel[q], b1 = panel[q + 1], b2 = panel[q + 2], b3 = panel[q + 3];
                        double a00 = a[x0 + q], a01 = a[x0 + q + 1], a02 = a[x0 + q + 2], a03 = a[x0 + q + 3];
                        double a10 = a[x1 + q], a11 = a[x1 + q + 1], a12 = a[x1 + q + 2], a13 = a[x1 + q + 3];
                        for (int j = 0; j < nc; j++) {
                            double y0 = b0[j], y1 = b1[j], y2 = b2[j], y3 = b3[j];
                            c0[j] = c0[j] + a00 * y0 + a01 * y1 + a02 * y2 + a03 * y3;
                            c1[j] = c1[j] + a10 * y0 + a11 * y1 + a12 * y2 + a13 * y3;
                        }
                    }
                    for (; q < kc; q++) {
                        double[] b0 = panel[q];
                        double a00 = a[x0 + q], a10 = a[x1 + q];
                        for (int j = 0; j < nc; j++) {
                            double y0 = b0[j];
                            c0[j] = c0[j] + a00 * y0;
                            c1[j] = c1[j] + a10 * y0;
                        }
                    }
                    System.arraycopy(c0, 0, out, r0, nc);
                    System.arraycopy(c1, 0, out, r0 + m, nc);
                }
                if (i < n) { // the last row when n is odd
                    int r0 = base + i * m + jj;
                    loadRow(out, r0, c0, nc, kk == 0);
                    int x0 = i * k + kk;
                    for (int q = 0; q < kc; q++) {
                        double[] b0 = panel[q];
                        double a00 = a[x0 + q];
                        for (int j = 0; j < nc; j++) {
                            c0[j] = c0[j] + a00 * b0[j];
                        }
                    }
                    System.arraycopy(c0, 0, out, r0, nc);
                }
            }
        }
    }

    /** Copies {@code out[from, from + len)} into {@code row}, or zeroes it for the first block of q. */
    private static void loadRow(double[] out, int from, double[] row, int len, boolean first) {
        if (first) {
            java.util.Arrays.fill(row, 0, len, 0.0);
        } else {
            System.arraycopy(out, from, row, 0, len);
        }
    }

    /** out[base + i*m + j] = sum_k a[i,k] * b[k,j] for 2-D views a (n,k) and b (k,m). */
    private static void matmul2d(NDArray a, NDArray b, NDArray out, int base, DType t) {
        int n = a.shape[0];
        int k = a.shape[1];
        int m = b.shape[1];
        int as0 = a.strides[0];
        int as1 = a.strides[1];
        int bs0 = b.strides[0];
        int bs1 = b.strides[1];
        if (t == DType.FLOAT64 && (long) n * m * k >= LARGE_MATMUL) {
            GemmKernel kernel = GemmKernel.Installed.kernel;
            if (kernel != null) {
                // The platform's kernel (the browser's SIMD module): the same order, so the same bits.
                boolean aIn = a.dtype == DType.FLOAT64;
                boolean bIn = b.dtype == DType.FLOAT64;
                if (kernel.multiply(false, false, n, k, m,
                        aIn ? a.dData : packRowMajor(a, n, k), aIn ? a.offset : 0, aIn ? as0 : k, aIn ? as1 : 1,
                        bIn ? b.dData : packRowMajor(b, k, m), bIn ? b.offset : 0, bIn ? bs0 : m, bIn ? bs1 : 1,
                        out.dData, base, m, 1)) {
                    return;
                }
            }
            matmulBlocked(packRowMajor(a, n, k), packRowMajor(b, k, m), out.dData, base, n, k, m);
            return;
        }
        if (t == DType.FLOAT64) {
            // an operand of another type is cast first, into a new C-ordered float64 array, as NumPy does
            NDArray af = a.dtype == DType.FLOAT64 ? a : a.astype(DType.FLOAT64);
            NDArray bf = b.dtype == DType.FLOAT64 ? b : b.astype(DType.FLOAT64);
            matmulFloat64(af, bf, af == a ? as0 : k, af == a ? as1 : 1, bf == b ? bs0 : m, bf == b ? bs1 : 1, out.dData, base);
        } else if (t == DType.INT64) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    long s = 0;
                    for (int q = 0; q < k; q++) {
                        s += a.readLong(a.offset + i * as0 + q * as1) * b.readLong(b.offset + q * bs0 + j * bs1);
                    }
                    out.lData[base + i * m + j] = s;
                }
            }
        } else if (t == DType.BOOL) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    boolean s = false;
                    for (int q = 0; q < k && !s; q++) {
                        s = a.readBool(a.offset + i * as0 + q * as1) && b.readBool(b.offset + q * bs0 + j * bs1);
                    }
                    out.bData[base + i * m + j] = s;
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    double sr = 0;
                    double si = 0;
                    for (int q = 0; q < k; q++) {
                        int pa = a.offset + i * as0 + q * as1;
                        int pb = b.offset + q * bs0 + j * bs1;
                        double xr = a.readDouble(pa);
                        double xi = a.readImag(pa);
                        double yr = b.readDouble(pb);
                        double yi = b.readImag(pb);
                        sr += xr * yr - xi * yi;
                        si += xr * yi + xi * yr;
                    }
                    out.dData[2 * (base + i * m + j)] = sr;
                    out.dData[2 * (base + i * m + j) + 1] = si;
                }
            }
        }
    }

    /**
     * The inner product of two vectors whose common type is float64, in NumPy's order of operations:
     * BLAS ddot (contiguous kernel, or the strided one) when both strides are positive; otherwise
     * {@code @} and vdot run NumPy's own unfused loop, while np.dot and inner ({@code copyNonBlas})
     * first copy such an operand to a contiguous array. An operand of another type is cast to a new
     * contiguous float64 array first.
     */
    public static NDArray vectorDot(NDArray a, NDArray b, boolean copyNonBlas) {
        int k = a.size;
        int sa = k > 1 && a.dtype == DType.FLOAT64 ? a.strides[0] : 1;
        int sb = k > 1 && b.dtype == DType.FLOAT64 ? b.strides[0] : 1;
        double[] x = a.toDoubleArray();
        double[] y = b.toDoubleArray();
        if (copyNonBlas) {
            if (sa <= 0) {
                sa = 1;
            }
            if (sb <= 0) {
                sb = 1;
            }
        }
        if (sa <= 0 || sb <= 0) {
            double sum = 0.0;
            for (int i = 0; i < k; i++) {
                sum += x[i] * y[i];
            }
            return NDArray.scalar(sum);
        }
        return NDArray.scalar(sa == 1 && sb == 1 ? Blas.ddot(x, y, k) : Blas.ddotStrided(x, y, k));
    }

    /**
     * {@code np.dot(a, b)}: scalars multiply; 1-D·1-D inner product; N-D·1-D sums over the last axis;
     * N-D·M-D sums over a's last and b's second-to-last axis.
     */
    public static NDArray dot(NDArray a, NDArray b) {
        if (a.ndim() == 0 || b.ndim() == 0) {
            return multiply(a, b);
        }
        int ka = a.shape[a.ndim() - 1];
        int bAxis = b.ndim() == 1 ? 0 : b.ndim() - 2;
        int kb = b.shape[bAxis];
        if (ka != kb) {
            throw NumpyException.valueError("shapes " + compactShape(a.shape) + " and " + compactShape(b.shape)
                    + " not aligned: " + ka + " (dim " + (a.ndim() - 1) + ") != " + kb + " (dim " + bAxis + ")");
        }
        if (a.ndim() == 1 && b.ndim() == 1 && DType.promote(a.dtype, b.dtype) == DType.FLOAT64) {
            return vectorDot(a, b, true);
        }
        if (a.ndim() <= 2 && b.ndim() <= 2) {
            // np.dot hands BLAS a C-ordered copy of an operand it cannot pass as it is (a matrix with no
            // unit stride, a negative stride), where matmul would run its own unfused loop
            return matmul(blasReady(a), blasReady(b));
        }
        // General case: result shape a.shape[:-1] + b.shape[:-2] + b.shape[-1:].
        NDArray a2 = a.reshape(-1, ka);
        NDArray bm = b.ndim() == 1 ? b.reshape(kb, 1) : b.swapAxes(bAxis, 0);
        int bRest = bm.size / kb;
        NDArray b2 = bm.reshape(kb, bRest);
        if (b.ndim() > 1) {
            // b.swapAxes moved axis bAxis to the front; columns must follow b.shape without bAxis.
            int[] perm = new int[b.ndim()];
            perm[0] = bAxis;
            for (int i = 0, j = 1; i < b.ndim(); i++) {
                if (i != bAxis) {
                    perm[j++] = i;
                }
            }
            b2 = b.transpose(perm).reshape(kb, bRest);
        }
        NDArray r = matmul(a2, b2);
        int[] sh = new int[a.ndim() - 1 + b.ndim() - 1];
        int p = 0;
        for (int i = 0; i < a.ndim() - 1; i++) {
            sh[p++] = a.shape[i];
        }
        for (int i = 0; i < b.ndim(); i++) {
            if (i != bAxis) {
                sh[p++] = b.shape[i];
            }
        }
        return r.reshape(sh);
    }

    private static NDArray blasReady(NDArray x) {
        if (x.dtype != DType.FLOAT64) {
            return x;
        }
        boolean bad = false;
        for (int i = 0; i < x.ndim(); i++) {
            bad |= x.strides[i] < 0 || (x.strides[i] == 0 && x.shape[i] > 1);
        }
        if (x.ndim() == 2 && x.shape[0] > 1 && x.shape[1] > 1) {
            bad |= !blasable(x.strides[0], x.strides[1], x.shape[0], x.shape[1])
                    && !blasable(x.strides[1], x.strides[0], x.shape[1], x.shape[0]);
        }
        return bad ? x.copy() : x;
    }

    /** {@code np.outer(a, b)} of the flattened inputs. */
    public static NDArray outer(NDArray a, NDArray b) {
        NDArray x = a.reshape(a.size, 1);
        NDArray y = b.reshape(1, b.size);
        return multiply(x, y);
    }
}
