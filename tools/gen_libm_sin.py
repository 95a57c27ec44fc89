#!/usr/bin/env python3
"""Writes engine/src/test/resources/libm/sin.txt: x, glibc's sin(x) and cos(x) (as CPython's math.sin and
math.cos call them on this machine: Debian 12, glibc 2.36, the FMA build), in hex, one triple a line, for
MathUtilTest's check of MathUtil.libmSin and libmCos. Covers every branch of s_sin.c: |x| below 2^-27 and
2^-26, the Taylor polynomial (|x| < 0.126), the table (below 0.855469), cos/sin(pi/2 - |x|) (below
2.426265), reduce_sincos (below 105414350, also results near zero at multiples of pi/2), __branred above
(up to the largest double), infinities (the line holds NaN, CPython's ValueError) and NaN. Never edit the
file by hand.

Usage: python3 tools/gen_libm_sin.py
"""
import math

from libm_cases import text, write
import random
import struct





def call(f, x: float) -> float:
    try:
        return f(x)
    except ValueError:
        return math.nan


def main() -> None:
    rnd = random.Random(23)
    xs = [0.0, -0.0, 1.0, -1.0, 2 ** -27, 2 ** -26, 2 ** -28, -2 ** -26, 1e-300, 5e-324, 0.126, -0.126,
          0.12599999999999997, 0.855469, 0.8554687499999999, 2.426265, 2.4262650000000003, 105414350.0,
          105414351.0, 1e22, -1e22, 1e300, 1.7976931348623157e308, -1.7976931348623157e308, math.pi,
          math.pi / 2, -math.pi / 2, 2 * math.pi, 3 * math.pi / 2, 1e6 * math.pi, math.inf, -math.inf, math.nan]
    for i in range(12000):
        k = i % 8
        if k == 0:
            x = rnd.uniform(-1, 1) * math.ldexp(1, rnd.randint(-60, 0))
        elif k == 1:
            x = rnd.uniform(-0.86, 0.86)
        elif k == 2:
            x = rnd.uniform(-2.5, 2.5)
        elif k == 3:
            x = rnd.uniform(-100, 100)
        elif k == 4:
            x = rnd.uniform(-1, 1) * math.ldexp(1, rnd.randint(1, 27))
        elif k == 5:
            x = rnd.randint(-70000000, 70000000) * (math.pi / 2) * (1 + rnd.uniform(-1e-15, 1e-15))
        elif k == 6:
            x = rnd.uniform(-1, 1) * math.ldexp(1, rnd.randint(27, 1023))
        else:
            x = struct.unpack("<d", struct.pack("<Q", rnd.getrandbits(64)))[0]
        xs.append(x)
    lines = [f"{text(x)} {text(call(math.sin, x))} {text(call(math.cos, x))}\n" for x in xs]
    write("sin.txt", lines)


if __name__ == "__main__":
    main()
