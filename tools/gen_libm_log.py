#!/usr/bin/env python3
"""Writes engine/src/test/resources/libm/log.txt: x, glibc's log(x), log10(x) and log2(x) (as CPython's
math.log, math.log10 and math.log2 call them on this machine: Debian 12, glibc 2.36; the FMA builds of log
and log2, and log10, which has no FMA variant, around log), in hex, one line each, for MathUtilTest's
check of MathUtil.libmLog, libmLog10 and libmLog2. Covers every branch: x next to 1 (log's and log2's
separate polynomials, both sides of their bounds), every
binade, subnormals, powers of two and of ten, integers, infinity and NaN. Never edit the file by hand.

Usage: python3 tools/gen_libm_log.py
"""
import math

from libm_cases import text, write
import random
import struct





def main() -> None:
    rnd = random.Random(13)
    xs = [1.0, 2.0, 0.5, 10.0, 1e22, 1e-300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, math.e,
          1 - 2 ** -4, 1 - 2 ** -4 - 2 ** -53, 1 + float.fromhex("0x1.09p-4"), 1 + float.fromhex("0x1.09p-4") - 2 ** -52,
          1 + 2 ** -52, 1 - 2 ** -53, 1 - float.fromhex("0x1.5b51p-5"), 1 + float.fromhex("0x1.6ab2p-5"),
          1 - float.fromhex("0x1.5b51p-5") - 2 ** -53, 1 + float.fromhex("0x1.6ab2p-5") - 2 ** -52, math.inf, math.nan]
    xs += [2.0 ** k for k in range(-1074, 1024, 7)] + [10.0 ** k for k in range(-323, 309)]
    for i in range(5000):
        k = i % 7
        if k == 0:
            x = math.ldexp(rnd.random(), rnd.randint(-1074, 1024))
        elif k == 1:
            x = 1 + rnd.uniform(-0.0625, 0.0647) * rnd.choice([1, 0.7])
        elif k == 2:
            x = 1 + rnd.uniform(-1, 1) * math.ldexp(1, rnd.randint(-60, -5))
        elif k == 3:
            x = struct.unpack("<d", struct.pack("<Q", rnd.getrandbits(63)))[0]
        elif k == 4:
            x = rnd.uniform(0, 1000)
        elif k == 5:
            x = float(rnd.randint(1, 10 ** 9))
        else:
            x = math.ldexp(rnd.random(), -1022 - rnd.randint(0, 52))
        if x > 0 and not math.isinf(x):
            xs.append(x)
    lines = [f"{text(x)} {text(math.log(x))} {text(math.log10(x))} {text(math.log2(x))}\n" for x in xs]
    write("log.txt", lines)


if __name__ == "__main__":
    main()
