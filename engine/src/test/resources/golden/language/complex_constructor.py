# complex(): numbers (complex ones too, by position or keyword) and strings, as CPython parses them
import numpy as np

print(complex(), complex(1), complex(1, 2), complex(1.5, -2), complex(True, False), complex(2**70))
print(complex(real=1, imag=2), complex(imag=2), complex(real=-0.5), complex(-0.0), complex(-0.0, -0.0), complex(0.0, -0.0))
print(complex(1j, 1j), complex(1, 1j), complex(1j), complex(3 + 4j, 2), complex(np.float64(2.5)), complex(np.int64(3), np.float64(1)))
print(complex(np.complex128(1 + 2j)), complex(np.array(2.0)), complex(np.bool_(True)), complex(0.1 + 0.2))
for s in ["1+2j", " (1+2j) ", "1", "-1.5", "j", "-j", "+J", "+1.5e3-2.5E-3J", "nan+infj", "-inf", "Infinityj", "1+infinityj",
          "1_000+2_0j", "1.j", ".5j", "1e5j", "1+j", "1-J", "-nanj", "\t3j\n", " ( 3j ) ", "(3j)", "1e500", "-0j", "0.1", "1E2"]:
    print(repr(s), complex(s))
for s in ["1 + 2j", "", "abc", "(1+2j", "1+2j)", "()", "0x10", "1+2", "2j+1", "1+2jj", "1e", "1e+j", "-", "+", "1+-2j",
          "1__0", "_1", "1_", "1_.5", "1_0x", "j1", "((1))", "1j 2"]:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), "->", e)
for args, kwargs in [(("1+2j", 1), {}), ((1, "2"), {}), ((None,), {}), (([1],), {}), ((1, None), {}), ((1, 2, 3), {}),
                     ((), {"x": 1}), ((1,), {"real": 2}), (("1",), {"imag": 2}), ((10**400,), {}), ((np.array([2.0]),), {})]:
    try:
        print(complex(*args, **kwargs))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
z = complex("3-4j")
print(z.real, z.imag, abs(z), z.conjugate(), z * complex(0, 1), type(z).__name__, isinstance(z, complex), complex(z) == z)
print(np.array([complex(1, 2), complex("3j")]), np.array([1, 2], dtype=complex))
