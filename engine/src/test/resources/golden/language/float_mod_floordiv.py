# float % and // (and divmod, np.mod, np.floor_divide) over 40 decades, signed zeros, subnormals, inf and nan
import numpy as np
seed = 7
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 11) / 2**53
xs = [(rnd() - 0.5) * 10.0 ** (int(rnd() * 40) - 20) for _ in range(300)]
xs += [0.0, -0.0, 5e-324, -5e-324, 1e308, -1e308, 3.0, -3.0, 0.1, 7.5, float("inf"), float("nan")]
ys = xs[7:] + xs[:7]
out_m, out_d = [], []
for x, y in zip(xs, ys):
    try:
        out_m.append(x % y)
    except ZeroDivisionError:
        out_m.append("zde")
    try:
        out_d.append(x // y)
    except ZeroDivisionError:
        out_d.append("zde")
print(out_m)
print(out_d)
print([divmod(x, 2.5) for x in xs[:40]])
a, b = np.array(xs), np.array(ys)
with_nonzero = b != 0
print(np.mod(a[with_nonzero], b[with_nonzero]).tolist())
print(np.floor_divide(a[with_nonzero], b[with_nonzero]).tolist())
