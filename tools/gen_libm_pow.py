#!/usr/bin/env python3
"""Writes engine/src/test/resources/libm/pow.txt: x, y and glibc's pow(x, y) (as CPython's x ** y calls
it on this machine: Debian 12, glibc 2.36, the FMA build), in hex, one triple a line, for MathUtilTest's
check of MathUtil.libmPow. Covers every branch of the algorithm: random x in every binade (subnormal
too) with random, integer, half-integer, tiny and huge y; negative x with odd and even integer y; x
next to 1; results next to overflow and in the subnormal range (glibc's specialcase); zeros,
infinities and NaNs; and known cases where glibc is not correctly rounded (10.0 ** 210). Where CPython
raises OverflowError the line holds the infinity glibc returned (CPython raises because errno was
set). Never edit the file by hand.

Usage: python3 tools/gen_libm_pow.py
"""
import math

from libm_cases import text, write
import random
import struct



def glibc_pow(x: float, y: float):
    """x ** y as CPython computes it with the C library's pow, or None where it raises another error."""
    try:
        r = x ** y
    except OverflowError:
        odd = x < 0 and y == math.floor(y) and abs(y) < 2 ** 53 and int(y) % 2 == 1
        return -math.inf if odd else math.inf
    except ZeroDivisionError:
        return None
    return None if isinstance(r, complex) else r




def from_bits(b: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def main() -> None:
    rnd = random.Random(11)
    inf, nan = math.inf, math.nan
    pairs = [(10.0, 210.0), (2.0, 0.5), (1.1, 10.0), (10.0, -2.0), (3.0, -5.0), (7.0, -13.0), (2.5, 2.0),
             (1.7, 3.0), (0.1, 0.5), (2.0, 1023.0), (2.0, 1024.0), (2.0, -1074.0), (2.0, -1075.0), (2.0, -1022.5),
             (from_bits(0x7FEFFFFFFFFFFFFF), 1.0), (from_bits(0x7FEFFFFFFFFFFFFF), 0.5), (5e-324, 0.5), (5e-324, 1.0),
             (5e-324, -0.5), (1.0, nan), (1.0, inf), (-1.0, inf), (-1.0, -inf), (0.5, inf), (0.5, -inf),
             (2.0, inf), (2.0, -inf), (-0.5, inf), (-2.0, -inf), (inf, 2.0), (inf, -2.0), (-inf, 3.0),
             (-inf, -3.0), (-inf, 2.0), (-inf, 0.5), (inf, 0.0), (nan, 0.0), (nan, 1.0), (2.0, nan),
             (0.0, 2.0), (-0.0, 3.0), (-0.0, 2.0), (0.0, 0.5), (-0.0, 0.5), (0.0, 0.0), (2.0, 0.0), (2.0, -0.0),
             (-2.0, 2.0 ** 63), (-2.0, 2.0 ** 64 + 2 ** 12), (0.5, 2.0 ** 63), (2.0, -2.0 ** 63), (1.5, 1e-20),
             (0.5, 1e-20), (-1.5, 2.0 ** -70), (1.0, 1e300), (-1.0, 1e300), (-1.0, 3.0), (-1.0, 2.0 ** 52 + 1),
             (-3.0, 2.0 ** 52 + 1), (-3.0, 2.0 ** 53), (-8.0, 1.0 / 3.0 * 3), (10.0, 308.0), (10.0, 309.0),
             (10.0, -323.0), (10.0, -324.0), (math.e, 709.782712893384), (math.e, -745.1332191019411),
             (math.e, -708.3964185322641), (0.9, 7000.0), (1.0000001, 7e9), (1 + 2 ** -52, 2.0 ** 62)]
    for _ in range(6000):
        k = rnd.randrange(12)
        if k == 0:  # any binade, subnormal included
            x = math.ldexp(rnd.random(), rnd.randint(-1074, 1024))
            y = rnd.uniform(-3, 3)
        elif k == 1:  # random bits for both
            x = from_bits(rnd.getrandbits(63))
            y = from_bits(rnd.getrandbits(64))
        elif k == 2:  # integer powers
            x = rnd.uniform(0, 20) * rnd.choice([1, 1e-3, 1e3])
            y = float(rnd.randint(-300, 300))
        elif k == 3:  # negative x, integer y (odd and even)
            x = -rnd.uniform(0, 20) * rnd.choice([1, 1e-5, 1e5])
            y = float(rnd.randint(-120, 120))
        elif k == 4:  # halves
            x = rnd.uniform(0, 100)
            y = rnd.randint(-40, 40) / 2
        elif k == 5:  # x next to 1, large y
            x = 1 + rnd.uniform(-1, 1) * math.ldexp(1, rnd.randint(-52, -5))
            y = rnd.uniform(-1, 1) * math.ldexp(1, rnd.randint(0, 62))
        elif k in (6, 7):  # results next to overflow, underflow and in the subnormals
            x = rnd.uniform(0.01, 100)
            if x == 1.0:
                continue
            target = rnd.choice([709.7827, -708.3964, -720.0, -740.0, -744.44, -745.133, 700.0])
            y = target / math.log(x) * (1 + rnd.uniform(-2e-4, 2e-4))
            if k == 7:
                x, y = -x, float(round(y))
        elif k == 8:  # tiny and huge |y|
            x = rnd.uniform(0, 4)
            y = rnd.choice([-1, 1]) * math.ldexp(rnd.random(), rnd.choice([rnd.randint(-80, -60), rnd.randint(60, 70)]))
        elif k == 9:  # subnormal x
            x = math.ldexp(rnd.random(), -1022 - rnd.randint(0, 52))
            y = rnd.uniform(-1.2, 1.2)
        else:  # everyday powers
            x = rnd.uniform(0, 10)
            y = rnd.uniform(-10, 10)
        pairs.append((float(x), float(y)))
    lines = []
    for x, y in pairs:
        r = glibc_pow(x, y)
        if r is not None:
            lines.append(f"{text(x)} {text(y)} {text(r)}\n")
    write("pow.txt", lines)


if __name__ == "__main__":
    main()
