#!/usr/bin/env python3
"""Writes engine/src/test/resources/libm/tan.txt: x and glibc's tan(x) (as CPython's math.tan calls it on
this machine: Debian 12, glibc 2.36, the FMA build), in hex, one pair a line, for MathUtilTest's check of
MathUtil.libmTan. Covers every branch of s_tan.c: |x| below 1.259e-8, the polynomial (below 0.0608), the
table (below 0.787), the reductions below 25, below 1e8 and above (__branred, up to the largest double),
each with tan and -cot and a small or a table-sized remainder (also x next to multiples of pi/2),
infinities (the line holds NaN, CPython's ValueError) and NaN. Never edit the file by hand.

Usage: python3 tools/gen_libm_tan.py
"""
import math

from libm_cases import text, write
import random
import struct





def call(x: float) -> float:
    try:
        return math.tan(x)
    except ValueError:
        return math.nan


def main() -> None:
    rnd = random.Random(29)
    xs = [0.0, -0.0, 1.0, -1.0, 1.259e-8, 1.2589999999999999e-8, 1.26e-8, 0.0608, 0.06080000000000001, 0.787,
          0.7870000000000001, 25.0, 25.000000000000004, 1e8, 100000000.00000001, 1e22, -1e22, 1e300,
          1.7976931348623157e308, -1.7976931348623157e308, math.pi / 2, -math.pi / 2, math.pi, 3 * math.pi / 2,
          1e6 * math.pi, 5e-324, math.inf, -math.inf, math.nan]
    for i in range(12000):
        k = i % 8
        if k == 0:
            x = rnd.uniform(-1, 1) * math.ldexp(1, rnd.randint(-30, 0))
        elif k == 1:
            x = rnd.uniform(-0.8, 0.8)
        elif k == 2:
            x = rnd.uniform(-25, 25)
        elif k == 3:
            x = rnd.uniform(-1, 1) * math.ldexp(1, rnd.randint(5, 27))
        elif k == 4:
            x = rnd.randint(-60000000, 60000000) * (math.pi / 2) * (1 + rnd.uniform(-1e-15, 1e-15))
        elif k == 5:
            x = rnd.randint(-16, 16) * (math.pi / 2) + rnd.uniform(-0.07, 0.07)
        elif k == 6:
            x = rnd.uniform(-1, 1) * math.ldexp(1, rnd.randint(27, 1023))
        else:
            x = struct.unpack("<d", struct.pack("<Q", rnd.getrandbits(64)))[0]
        xs.append(x)
    lines = [f"{text(x)} {text(call(x))}\n" for x in xs]
    write("tan.txt", lines)


if __name__ == "__main__":
    main()
