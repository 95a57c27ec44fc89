#!/usr/bin/env python3
"""Writes engine/src/test/resources/libm/log1p.txt: arguments and glibc's log1p of them (as CPython's
math.log1p calls it), in hex, one pair a line, for MathUtilTest's check of MathUtil.libmLog1p.
Covers every branch of the algorithm: (-1, -0.2929), the small-|x| shortcuts, |f| < 2^-20 next to
powers of two, the k = 0 interval, large and subnormal arguments. Never edit the file by hand.

Usage: python3 tools/gen_libm_log1p.py
"""
import math

from libm_cases import write
import random



def main() -> None:
    rnd = random.Random(7)
    xs = [0.0, -0.0, 1.0, 2.0 ** 53, 2.0 ** 54 - 1, 1e308, 2.0 ** -29, -2.0 ** -29, 2.0 ** -54, 5e-324,
          0.41421356, -0.2928932, math.sqrt(2) - 1]
    for i in range(6000):
        k = i % 8
        if k == 0:
            x = rnd.uniform(-1, -0.29)
        elif k == 1:
            x = math.ldexp(rnd.random(), rnd.randint(-1074, 1023))
        elif k == 2:
            x = 2.0 ** rnd.randint(-5, 60) - 1 + math.ldexp(rnd.random() - 0.5, rnd.randint(-80, -20))
        elif k == 3:
            x = rnd.uniform(0.41, 5)
        elif k == 4:
            x = -math.ldexp(rnd.random(), rnd.randint(-70, -1))
        elif k == 5:
            x = -rnd.random()  # as the random generators call it: log1p(-u)
        elif k == 6:
            x = math.sqrt(2) - 1 + rnd.uniform(-1e-6, 1e-6)
        else:
            x = rnd.uniform(-1, 1) * rnd.choice([1e-3, 1e-6, 1e-9, 0.3])
        if x > -1:
            xs.append(float(x))
    write("log1p.txt", [f"{x.hex()} {math.log1p(x).hex()}\n" for x in xs])


if __name__ == "__main__":
    main()
