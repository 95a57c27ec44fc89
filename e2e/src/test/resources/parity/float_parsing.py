# Decimal text -> double must be correctly rounded on both sides (TeaVM's Double.parseDouble is not:
# 12345678901234567.0, 1e23 and 8.41e21 come out one ulp off in Wasm; BigDecimal.doubleValue is right).
print(12345678901234567.0, 1e23, 8.41e21, 4.35e-310, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308)
print(1.00000000000000011102230246251565404236316680908203125, 0.1 + 0.2, 9007199254740993.0, 3.141592653589793238)
texts = ["12345678901234567.0", "1e23", "8.41e21", "4.35e-310", "5e-324", "1.00000000000000011102230246251565404236316680908203125",
         "  -0.0 ", "inf", "-Infinity", "nan", "123456789012345678901234567890", "2.5e-3", ".5", "5."]
for t in texts:
    print(repr(t), float(t))
print(1e22 == 10.0 ** 22, 1e23 == 10.0 ** 23, float("1e23") * 10, int(1e23), int(8.41e21))
