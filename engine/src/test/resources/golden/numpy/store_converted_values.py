# storing strings, None and other objects into arrays converts them as NumPy does, per dtype
import numpy as np
for arr in [np.zeros(2), np.zeros(2, dtype=int), np.zeros(2, dtype=bool)]:
    for v in ['x', '3.5', ' 7 ', '7', None, {}, '', 'True', '1e3', 'inf']:
        try:
            arr[0] = v
            print(arr.dtype, repr(v), 'ok', arr[0])
        except Exception as e:
            print(arr.dtype, repr(v), type(e).__name__, e)
    for v in ['x', None, '2']:
        try:
            arr[:] = v
            print('slice', arr.dtype, repr(v), 'ok', arr)
        except Exception as e:
            print('slice', arr.dtype, repr(v), type(e).__name__, e)
    try:
        arr[arr == 0] = '5'
        print("mask", arr)
    except Exception as e:
        print("mask", type(e).__name__, e)
