z = 3 + 4j
w = 1 - 2j
print(z, w, z + w, z - w, z * w, z / w, z ** 2, w ** -1, 2 * z, z / 2, 1 / z, abs(z), z.real, z.imag, z.conjugate(), z == 3 + 4j, -z, 1j * 1j, 1j ** 2)
try:
    z / 0
except ZeroDivisionError as e:
    print(e)
