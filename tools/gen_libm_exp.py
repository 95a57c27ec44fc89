#!/usr/bin/env python3
"""Writes engine/src/test/resources/libm/exp.txt: x and glibc's exp(x) (as CPython's math.exp calls it on
this machine: Debian 12, glibc 2.36, the FMA build), in hex, one pair a line, for MathUtilTest's check of
MathUtil.libmExp. Covers every branch: tiny |x|, everyday x, the ziggurat's exp(-x*x/2), results next to
overflow (CPython's OverflowError: the line holds glibc's inf) and in the subnormal range, huge |x|,
infinities and NaN. Never edit the file by hand.

Usage: python3 tools/gen_libm_exp.py
"""
import math

from libm_cases import text, write
import random
import struct





def main() -> None:
    rnd = random.Random(17)
    xs = [0.0, -0.0, 1.0, -1.0, 2 ** -54, -2 ** -55, 2 ** -53, 1e-300, 709.782712893384, 709.7827128933841,
          -708.3964185322641, -708.39641853226425, -745.1332191019411, -745.1332191019412, -744.44007192138122,
          512.0, -512.0, 1024.0, -1024.0, 1e300, -1e300, math.inf, -math.inf, math.nan, math.log(10.0) * 22]
    for i in range(6000):
        k = i % 6
        if k == 0:
            x = rnd.uniform(-745.2, 709.8)
        elif k == 1:
            x = rnd.uniform(-10, 10)
        elif k == 2:
            x = rnd.uniform(-1, 1) * math.ldexp(1, rnd.randint(-60, 0))
        elif k == 3:
            x = struct.unpack("<d", struct.pack("<Q", rnd.getrandbits(64)))[0]
        elif k == 4:
            x = rnd.uniform(-745.2, -700) if i % 12 < 6 else rnd.uniform(700, 709.8)
        else:
            x = -0.5 * rnd.uniform(0, 4) ** 2
        xs.append(x)
    lines = []
    for x in xs:
        try:
            r = math.exp(x)
        except OverflowError:
            r = math.inf
        lines.append(f"{text(x)} {text(r)}\n")
    write("exp.txt", lines)


if __name__ == "__main__":
    main()
