package basis.engine.lang;

import java.math.BigInteger;

/**
 * Python arithmetic on int (a 64-bit fast path that widens to BigInteger on overflow), float and
 * bool. Returns null when the operands are not both numbers (the caller tries other types).
 */
public final class Arith {
    private Arith() {}

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** Narrows a BigInteger result to Long when it fits. */
    public static Object norm(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    public static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    static long asLong(Object o) {
        if (o instanceof Long l) return l;
        return ((Boolean) o) ? 1 : 0;
    }

    public static BigInteger big(Object o) {
        if (o instanceof BigInteger b) return b;
        return BigInteger.valueOf(asLong(o));
    }

    public static double toDouble(Object o) {
        if (o instanceof Double d) return d;
        if (o instanceof Long l) return l;
        if (o instanceof Boolean b) return b ? 1 : 0;
        if (o instanceof BigInteger b) {
            double d = b.doubleValue();
            if (Double.isInfinite(d)) throw PyException.overflow("int too large to convert to float");
            return d;
        }
        throw new IllegalArgumentException();
    }

    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
            return r;
        }
        if (a instanceof Double x && b instanceof Double y) return x + y;
        if (!isNumber(a) || !isNumber(b)) return null;
        if (a instanceof Double || b instanceof Double) return toDouble(a) + toDouble(b);
        if (a instanceof BigInteger || b instanceof BigInteger) return norm(big(a).add(big(b)));
        return add(asLong(a), asLong(b));
    }

    public static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
            return r;
        }
        if (a instanceof Double x && b instanceof Double y) return x - y;
        if (!isNumber(a) || !isNumber(b)) return null;
        if (a instanceof Double || b instanceof Double) return toDouble(a) - toDouble(b);
        if (a instanceof BigInteger || b instanceof BigInteger) return norm(big(a).subtract(big(b)));
        return sub(asLong(a), asLong(b));
    }

    public static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return mulLong(x, y);
        if (a instanceof Double x && b instanceof Double y) return x * y;
        if (!isNumber(a) || !isNumber(b)) return null;
        if (a instanceof Double || b instanceof Double) return toDouble(a) * toDouble(b);
        if (a instanceof BigInteger || b instanceof BigInteger) return norm(big(a).multiply(big(b)));
        return mulLong(asLong(a), asLong(b));
    }

    static Object mulLong(long x, long y) {
        long ax = Math.abs(x), ay = Math.abs(y);
        if (((ax | ay) >>> 31) == 0) return x * y;
        long r = x * y;
        if (x != 0 && (r / x != y || (x == -1 && y == Long.MIN_VALUE) || (y == -1 && x == Long.MIN_VALUE))) {
            return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y));
        }
        return r;
    }

    public static Object trueDiv(Object a, Object b) {
        if (!isNumber(a) || !isNumber(b)) return null;
        if (a instanceof Double || b instanceof Double) {
            double y = toDouble(b);
            if (y == 0) throw PyException.zeroDivision("float division by zero");
            return toDouble(a) / y;
        }
        BigInteger bb = big(b);
        if (bb.signum() == 0) throw PyException.zeroDivision("division by zero");
        if (a instanceof BigInteger || b instanceof BigInteger) {
            BigInteger ba = big(a);
            if (ba.bitLength() <= 53 && bb.bitLength() <= 53) return ba.doubleValue() / bb.doubleValue();
            return bigRatio(ba, bb);
        }
        long x = asLong(a), y = asLong(b);
        if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) return (double) x / (double) y;
        return bigRatio(BigInteger.valueOf(x), BigInteger.valueOf(y));
    }

    /** a / b for ints, correctly rounded as CPython's int true division is. */
    static double bigRatio(BigInteger a, BigInteger b) {
        boolean neg = a.signum() * b.signum() < 0;
        if (a.signum() == 0) return b.signum() < 0 ? -0.0 : 0.0;
        double r = basis.engine.nd.ExactMath.toDouble(new java.math.BigDecimal(a.abs())
                .divide(new java.math.BigDecimal(b.abs()), new java.math.MathContext(60)), false);
        return neg ? -r : r;
    }

    public static Object floorDiv(Object a, Object b) {
        if (!isNumber(a) || !isNumber(b)) return null;
        if (a instanceof Double || b instanceof Double) {
            double x = toDouble(a), y = toDouble(b);
            if (y == 0) throw PyException.zeroDivision("float floor division by zero");
            return floorDivDouble(x, y);
        }
        if (a instanceof BigInteger || b instanceof BigInteger) {
            BigInteger y = big(b);
            if (y.signum() == 0) throw PyException.zeroDivision("integer division or modulo by zero");
            BigInteger[] qr = big(a).divideAndRemainder(y);
            BigInteger q = qr[0];
            if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) q = q.subtract(BigInteger.ONE);
            return norm(q);
        }
        long x = asLong(a), y = asLong(b);
        if (y == 0) throw PyException.zeroDivision("integer division or modulo by zero");
        if (x == Long.MIN_VALUE && y == -1) return BigInteger.valueOf(x).negate();
        return Math.floorDiv(x, y);
    }

    static double floorDivDouble(double x, double y) {
        double mod = basis.engine.nd.MathUtil.fmod(x, y); // exact; TeaVM's double % is not
        double div = (x - mod) / y;
        if (mod != 0 && ((y < 0) != (mod < 0))) div -= 1.0;
        if (div != 0) {
            double floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
            return floordiv;
        }
        return Math.copySign(0.0, x / y);
    }

    public static Object mod(Object a, Object b) {
        if (!isNumber(a) || !isNumber(b)) return null;
        if (a instanceof Double || b instanceof Double) {
            double x = toDouble(a), y = toDouble(b);
            if (y == 0) throw PyException.zeroDivision("float modulo");
            return modDouble(x, y);
        }
        if (a instanceof BigInteger || b instanceof BigInteger) {
            BigInteger y = big(b);
            if (y.signum() == 0) throw PyException.zeroDivision("integer modulo by zero");
            BigInteger r = big(a).mod(y.abs());
            if (y.signum() < 0 && r.signum() != 0) r = r.add(y);
            return norm(r);
        }
        long x = asLong(a), y = asLong(b);
        if (y == 0) throw PyException.zeroDivision("integer modulo by zero");
        if (y == -1) return 0L;
        return Math.floorMod(x, y);
    }

    static double modDouble(double x, double y) {
        double mod = basis.engine.nd.MathUtil.fmod(x, y); // exact; TeaVM's double % is not
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) mod += y;
        } else {
            mod = Math.copySign(0.0, y);
        }
        return mod;
    }

    public static Object pow(Object a, Object b) {
        if (!isNumber(a) || !isNumber(b)) return null;
        if (a instanceof Double || b instanceof Double) return powDouble(toDouble(a), toDouble(b));
        BigInteger e = big(b);
        if (e.signum() < 0) {
            double x = toDouble(a);
            if (x == 0) throw PyException.zeroDivision("0.0 cannot be raised to a negative power");
            return powDouble(x, toDouble(b));
        }
        BigInteger base = big(a);
        if (base.equals(BigInteger.ONE) || base.signum() == 0) return e.signum() == 0 ? 1L : norm(base);
        if (base.equals(BigInteger.ONE.negate())) return e.testBit(0) ? -1L : 1L;
        if (e.bitLength() > 31) throw PyException.memoryError("");
        int ei = e.intValue();
        if ((long) base.bitLength() * ei > 4_000_000L) {
            throw PyException.memoryError("");
        }
        if (a instanceof Long x && ei < 64) {
            long r = 1;
            boolean overflow = false;
            for (int i = 0; i < ei; i++) {
                Object m = mulLong(r, x);
                if (m instanceof BigInteger) {
                    overflow = true;
                    break;
                }
                r = (Long) m;
            }
            if (!overflow) return r;
        }
        return norm(base.pow(ei));
    }

    static double powDouble(double x, double y) {
        if (x == 0 && y < 0 && !Double.isInfinite(y)) throw PyException.zeroDivision("0.0 cannot be raised to a negative power");
        if (x < 0 && Double.isFinite(y) && y != Math.floor(y)) {
            throw PyException.notImplemented("a negative number to a fractional power gives a complex number, "
                    + "which Basis does not support");
        }
        double r = basis.engine.nd.MathUtil.libmPow(x, y); // CPython calls the C library's pow
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            PyInstance e = new PyInstance(Types.OVERFLOW_ERROR);
            e.attrs.put("args", PyTuple.of(34L, "Numerical result out of range"));
            throw new PyException(e);
        }
        return r;
    }

    public static Object neg(Object a) {
        if (a instanceof Long x) return x == Long.MIN_VALUE ? BigInteger.valueOf(x).negate() : -x;
        if (a instanceof Double d) return -d;
        if (a instanceof Boolean b) return b ? -1L : 0L;
        if (a instanceof BigInteger b) return norm(b.negate());
        return null;
    }

    /** Compares two numbers: negative, zero, positive; NaN compares as "unordered" (caller handles). */
    public static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
        if (a instanceof Double || b instanceof Double) {
            double x = toDouble(a), y = toDouble(b);
            return x < y ? -1 : x > y ? 1 : 0;
        }
        return big(a).compareTo(big(b));
    }

    public static boolean numEquals(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue();
        if (a instanceof Double || b instanceof Double) {
            if (a instanceof BigInteger || b instanceof BigInteger) {
                double x = toDoubleLenient(a), y = toDoubleLenient(b);
                return x == y;
            }
            return toDouble(a) == toDouble(b);
        }
        return big(a).equals(big(b));
    }

    private static double toDoubleLenient(Object o) {
        if (o instanceof BigInteger b) return b.doubleValue();
        return toDouble(o);
    }

    static boolean fitsLong(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
    }
}
