values = [0.125, 0.375, 2.5, 3.5, -2.5, 1e-7, 123456789.123, 1e22, 5e-324, 1.7976931348623157e308,
          0.1 + 0.2, 1 / 3, 2 / 3, 100.0, -0.0, float("inf"), float("-inf"), float("nan")]
for v in values:
    print(repr(v), str(v), f"{v:.2f}", f"{v:.0f}", f"{v:e}", f"{v:.3e}", f"{v:g}", f"{v:.3g}", f"{v:10.4f}|", f"{v:<12}|")
print([round(v, 2) for v in values[:10]])
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2), round(1234.5, -1))
print(f"{12345:>8}", f"{12345:,}", f"{0.5:%}", f"{-3:+d}", f"{255:x}", f"{3.14159:8.3f}")
print(int(2.5), int(-2.5), float("1e400"), 10 ** 20, 2 ** 63, -2 ** 63, 7 / 2, 7 // 2, -7 // 2, -7 % 3)
