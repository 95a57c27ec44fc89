#!/usr/bin/env python3
"""Generates the expected outputs that the engine's nd/format/random tests compare against.

Run from the repository root with CPython 3.11 and NumPy 2.x:

    python3 tools/gen_nd_expected.py

It writes engine/src/test/resources/nd/*.txt. Every expected string or number in those files comes
from the real CPython/NumPy: never edit them by hand, re-run this script.

Encodings (one record per line unless noted):
  float64 values: 16 hex digits of the IEEE bits; int64: decimal; bool: 0/1;
  complex128: re_hex:im_hex; strings: JSON string literals.
"""
import json
import os
import random
import struct
import sys

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'engine', 'src', 'test', 'resources', 'nd')


def fbits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', float(x)))[0]


def js(s):
    return json.dumps(s, ensure_ascii=True)


def enc_value(dtype, v):
    if dtype in ('float64', 'float16', 'float32'):
        return fbits(v)
    if dtype in ('int64', 'int8', 'int32'):
        return str(int(v))
    if dtype == 'bool':
        return '1' if v else '0'
    if dtype == 'complex128':
        return fbits(v.real) + ':' + fbits(v.imag)
    raise ValueError(dtype)


def enc_array(a):
    a = np.asarray(a)
    dt = a.dtype.name
    shape = ','.join(str(s) for s in a.shape) or '-'
    data = ' '.join(enc_value(dt, v) for v in a.ravel(order='C'))
    return '%s %s %s' % (dt, shape, data)


def write(name, lines):
    """Writes a case file; large ones (over 1 MB) gzip-compressed as NAME.gz (CaseFiles reads both)."""
    import gzip
    # a long input line repeated later is written once; repeats say "in @N" (N: the 0-based line it repeats)
    first, packed = {}, []
    for line in lines:
        if line.startswith('in ') and len(line) > 1000 and line in first:
            packed.append('in @%d' % first[line])
        else:
            if line.startswith('in ') and len(line) > 1000:
                first[line] = len(packed)
            packed.append(line)
    text = ''.join(line + '\n' for line in packed)
    path = os.path.join(OUT, name)
    if len(text) > 1_000_000:
        with gzip.GzipFile(path + '.gz', 'wb', compresslevel=9, mtime=0) as f:
            f.write(text.encode('utf-8'))
        path += '.gz'
    else:
        with open(path, 'w') as f:
            f.write(text)
    print('wrote', path, len(lines), 'lines')


# ----------------------------------------------------------------------------- float repr


def interesting_doubles(rng, n_random):
    vals = [0.1 + 0.2, 1e16, 1e-5, 123456789012345678.0, 5e-324, 2.2250738585072014e-308,
            2.225073858507201e-308, 1.7976931348623157e308, 0.0, -0.0, 1e22, 1e23, 9007199254740993.0,
            0.3, 2.5, 100.0, 1e15, 1e-4, 9.999999999999999e15, 1e-7, 0.1, 1 / 3, 2 / 3, 123.456, -1.5,
            4.35, 0.000123, 1e300, 1e-300, 3.14159, 2.718281828459045, 1e21, 1e-323, 6.02214076e23]
    for e in range(-1074, 1024, 7):
        vals.append(2.0 ** e)
    for i in range(n_random):
        b = rng.getrandbits(64)
        x = struct.unpack('<d', struct.pack('<Q', b))[0]
        if x != x or x in (float('inf'), float('-inf')):
            continue
        vals.append(x)
    for i in range(n_random // 2):
        vals.append(rng.random() * 10 ** rng.randint(-12, 22) * rng.choice([1, -1]))
    for i in range(n_random // 4):
        vals.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
    for i in range(n_random // 8):
        vals.append(float(rng.randint(0, 10 ** rng.randint(1, 22))))
    return vals


def gen_float_repr():
    rng = random.Random(20240601)
    lines = []
    for x in interesting_doubles(rng, 3000):
        lines.append('%s %s' % (fbits(x), repr(x)))
    write('float_repr.txt', lines)


FORMAT_SPECS = ['.3', '.1', '', '.0', 'g', '.0g', '#g', '.3g', '10.3', '+', 'e', '.0e', '#.0f', '#.0e', '%',
                '.1%', '_', '_.2f', '012.3f', '=+12.2f', '^12', 'z.1f', '.12', '.16', '.17', '.20', '.2f', '.0f',
                '.5f', '.10f', '.3e', '.15e', '.17g', 'E', 'G', 'F', '#.3', '010,.2f', '09,', '08,', 'z.2f',
                '+.3e', '.25f', '.30e', '>+15.4g', '*^20.4e', '<10', ' .3f', '10.2%', ',']


def gen_float_format():
    rng = random.Random(7)
    vals = [0.1 + 0.2, 1e16, 1e-5, 0.0, -0.0, 2.5, 0.5, 1.5, 0.125, 0.375, -2.5, 100.0, 1e-4, 9.9999995,
            0.0049999, 1234.5, -0.0001, float('inf'), float('-inf'), float('nan'), 1e300, 1e-300, 5e-324,
            1234567.891, 0.045, 2.675]
    for i in range(400):
        vals.append(rng.random() * 10 ** rng.randint(-10, 20) * rng.choice([1, -1]))
    for i in range(150):
        vals.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
    lines = []
    for x in vals:
        for s in rng.sample(FORMAT_SPECS, 10):
            lines.append('F %s %s %s' % (fbits(x), js(s), js(format(x, s))))
    ints = [0, 1, -1, 5, 255, -255, 1234567, -9876543210, 2 ** 62, -(2 ** 63), 42]
    int_specs = ['', 'd', '5', '05', '+', ' ', ',', '_', 'x', 'X', '#x', '#010x', 'o', '#o', 'b', '#b', '_b',
                 '>8', '<8', '^9', '=+9', '*^11', '.2f', 'e', 'g', '%', 'c', 'n', ',d', '_x']
    for n in ints:
        for s in int_specs:
            if s == 'c' and not (0 <= n < 0x110000):
                continue
            lines.append('I %d %s %s' % (n, js(s), js(format(n, s))))
    strs = ['', 'a', 'abc', 'hello world']
    str_specs = ['', '5', '<5', '>5', '^5', '*^9', '.2', '10.3', 's', '-<4']
    for t in strs:
        for s in str_specs:
            lines.append('S %s %s %s' % (js(t), js(s), js(format(t, s))))
    for x, s in [(1.5, 'd'), (1.5, 'abc'), (5, '.2d'), (5, ',x'), (5, 'z'), (5, 'q')]:
        try:
            format(x, s)
        except ValueError as e:
            kind = 'F' if isinstance(x, float) else 'I'
            val = fbits(x) if kind == 'F' else str(x)
            lines.append('E%s %s %s %s' % (kind, val, js(s), js(str(e))))
    for t, s in [('a', 'd'), ('abc', '=5'), ('a', '+')]:
        try:
            format(t, s)
        except ValueError as e:
            lines.append('ES %s %s %s' % (js(t), js(s), js(str(e))))
    write('float_format.txt', lines)


def gen_dragon4():
    rng = random.Random(11)
    vals = [0.0, -0.0, 1.0, 0.1, 1e-5, 123.456, 1e16, 1.5, 2.5, 0.125, 9.995, 0.00049, 123456789.0,
            5e-324, 1.7976931348623157e308, 1e-10, 0.3]
    for i in range(250):
        vals.append(rng.random() * 10 ** rng.randint(-12, 18) * rng.choice([1, -1]))
    lines = []
    for x in vals:
        for _ in range(6):
            prec = rng.choice([None, 0, 1, 2, 3, 5, 8, 12, 17, 20])
            unique = rng.choice([True, True, False]) if prec is not None else True
            trim = rng.choice(['k', '.', '0', '-'])
            sign = rng.choice([False, False, True])
            pad_left = rng.choice([None, None, 3, 6])
            pad_right = rng.choice([None, None, 4, 9])
            min_digits = rng.choice([None, None, 2, 6])
            if min_digits is not None and prec is not None and min_digits > prec:
                min_digits = None
            fractional = rng.choice([True, True, False])
            if prec == 0 and not fractional:
                fractional = True
            s = np.format_float_positional(x, precision=prec, unique=unique, fractional=fractional, trim=trim,
                                           sign=sign, pad_left=pad_left, pad_right=pad_right,
                                           min_digits=min_digits)
            lines.append('P %s %d %d %d %s %d %d %d %d %s' % (
                fbits(x), -1 if prec is None else prec, unique, fractional, trim, sign,
                -1 if pad_left is None else pad_left, -1 if pad_right is None else pad_right,
                -1 if min_digits is None else min_digits, js(s)))
            exp_digits = rng.choice([None, None, 1, 3])
            s = np.format_float_scientific(x, precision=prec, unique=unique, trim=trim, sign=sign,
                                           pad_left=pad_left, exp_digits=exp_digits, min_digits=min_digits)
            lines.append('S %s %d %d %s %d %d %d %d %s' % (
                fbits(x), -1 if prec is None else prec, unique, trim, sign, -1 if pad_left is None else pad_left,
                -1 if exp_digits is None else exp_digits, -1 if min_digits is None else min_digits, js(s)))
    write('dragon4.txt', lines)


# ----------------------------------------------------------------------------- array formatting


def format_cases():
    rng = np.random.default_rng(42)
    cases = []

    def add(name, a):
        cases.append((name, np.asarray(a)))

    add('seed_v', np.array([1.0, 2.0, 3.0]))
    add('seed_a_plus_b', np.array([1, 2, 3]) + np.array([4, 5, 6]))
    add('seed_2a', 2 * np.array([1, 2, 3]))
    add('seed_M', np.array([[1, 2, 3], [4, 5, 6]]))
    add('seed_Mv', np.array([[1, 2], [3, 4], [5, 6]]) @ np.array([1, 1]))
    add('seed_AT', np.array([[1, 2, 3], [4, 5, 6]]).T)
    add('seed_broadcast', np.ones((3, 4)) + np.array([1, 2, 3, 4]))
    add('seed_ones', np.ones((3, 4)))
    add('eye3', np.eye(3))
    add('float_mixed', np.array([0.5, 1.25, -3.0, 100.0]))
    add('float_third', np.array([1 / 3, 2 / 3, 1.0]))
    add('sci_small', np.array([1e-5, 1.0, 2.0]))
    add('sci_large', np.array([1e8, 1.0]))
    add('sci_ratio', np.array([0.001, 2.0]))
    add('sci_ratio2', np.array([0.01, 20.0, 30.5]))
    add('neg_zero', np.array([-0.0, 0.0, 1.5]))
    add('neg_zero_only', np.array([-0.0]))
    add('nan_inf', np.array([1.0, np.nan, -np.inf, np.inf]))
    add('nan_only', np.array([np.nan, np.nan]))
    add('inf_sci', np.array([np.inf, 1e-9, 3.0]))
    add('all_zero', np.zeros(4))
    add('ints_neg', np.array([-1, 20, -300, 4000]))
    add('ints_big', np.array([2 ** 62, -5, 7]))
    add('bools', np.array([True, False, True]))
    add('bool_2d', np.array([[True, False], [False, True]]))
    add('long_row_float', np.linspace(0, 1, 30))
    add('long_row_int', np.arange(40))
    add('long_row_wrap_2d', rng.standard_normal((3, 12)))
    add('randn_2d', rng.standard_normal((4, 5)))
    add('randn_1d', rng.standard_normal(7))
    add('random_sci', rng.standard_normal(6) * 10.0 ** rng.integers(-6, 6, 6))
    add('summ_1500', np.arange(1500))
    add('summ_float', np.linspace(0, 1, 2001))
    add('summ_2d', np.arange(2000).reshape(40, 50))
    add('summ_2d_float', rng.standard_normal((100, 20)))
    add('summ_3d', np.arange(3000).reshape(10, 10, 30))
    add('three_d', np.arange(24).reshape(2, 3, 4))
    add('three_d_float', np.arange(24.0).reshape(2, 3, 4) / 7)
    add('four_d', np.arange(16).reshape(2, 2, 2, 2))
    add('empty_float', np.array([]))
    add('empty_int', np.array([], dtype=int))
    add('empty_2d', np.zeros((0, 3)))
    add('zero_d_float', np.array(3.0))
    add('zero_d_int', np.array(7))
    add('zero_d_bool', np.array(True))
    add('single', np.array([42.0]))
    add('col_vector', np.array([[1.5], [2.25], [-3.0]]))
    add('row_vector', np.array([[1.5, 2.25, -3.0]]))
    add('big_values', np.array([123456789.0, 1.5]))
    add('precision8', np.array([3.141592653589793, 2.718281828459045]))
    add('round_trip', np.array([0.1 + 0.2, 0.3]))
    add('integers_as_float', np.array([1.0, 10.0, 100.0, 1000.0]))
    add('float_1e3_boundary', np.array([1.0, 1000.0]))
    add('float_1e3_over', np.array([1.0, 1000.5]))
    add('tiny_sub', np.array([1e-4, 1.0]))
    add('tiny_below', np.array([9.9e-5, 1.0]))
    add('neg_sci', np.array([-1.5e-7, 2.5e10]))
    add('complex_basic', np.array([1 + 2j, -3.5 - 0.5j]))
    add('complex_eig', np.array([0 + 1j, 0 - 1j]))
    add('complex_2d', np.array([[1 + 0j, 2.5 + 1j], [0 - 1j, -1 + 0j]]))
    add('wide_ints', np.arange(100).reshape(4, 25) * 1001)
    add('matrix_mixed', np.array([[1.0, -2.5], [1e-3, 4.0]]))
    add('outer', np.outer(np.arange(1, 6), np.arange(1, 6)) / 3)
    add('linspace_10', np.linspace(-1, 1, 10))
    add('arange_float', np.arange(0, 1, 0.1))
    add('int_matrix_big', np.arange(-50, 50).reshape(10, 10) ** 3)
    for i in range(40):
        shape = tuple(int(s) for s in rng.integers(1, 6, rng.integers(1, 4)))
        scale = 10.0 ** rng.integers(-6, 9)
        a = rng.standard_normal(shape) * scale
        if i % 3 == 0:
            a = np.round(a, int(rng.integers(0, 4)))
        add('rand_%d' % i, a)
    for i in range(10):
        shape = tuple(int(s) for s in rng.integers(1, 8, rng.integers(1, 4)))
        add('randint_%d' % i, rng.integers(-10 ** int(rng.integers(1, 12)), 10 ** int(rng.integers(1, 12)), shape))
    return cases


def gen_format_cases():
    lines = []
    for name, a in format_cases():
        lines.append('case ' + name)
        lines.append('in ' + enc_array(a))
        lines.append('str ' + js(str(a)))
        lines.append('repr ' + js(repr(a)))
    # NumPy scalars
    scalars = [np.float64(32.0), np.float64(0.1), np.float64(1e16), np.float64(-0.0), np.float64(np.nan),
               np.float64(np.inf), np.float64(-np.inf), np.float64(1.5e-5), np.float64(123456789.0),
               np.int64(32), np.int64(-7), np.True_, np.False_, np.complex128(1 + 2j), np.complex128(-1.5j),
               np.complex128(0j), np.complex128(-0.0 - 1j), np.float64(0.1 + 0.2), np.float64(2.0 ** 70)]
    for s in scalars:
        lines.append('scalar ' + enc_array(np.array(s)) + ' ' + js(repr(s)) + ' ' + js(str(s)))
    write('format_cases.txt', lines)


# ----------------------------------------------------------------------------- ops


def gen_ops():
    rng = np.random.default_rng(7)
    lines = []

    def case(op, inputs, params='', pre=None, fn=None):
        try:
            ins = [np.asarray(x) for x in inputs]
            args = list(ins)
            if pre is not None:
                args[0] = pre(args[0])
            r = np.asarray(fn(*args))
            out = 'out ' + enc_array(r)
        except Exception as e:  # expected NumPy error
            out = 'err %s %s' % (type(e).__name__, js(str(e)))
        lines.append('op %s %s' % (op, params))
        for x in ins:
            lines.append('in ' + enc_array(x))
        lines.append(out)

    f = lambda *s: rng.standard_normal(s)
    i = lambda *s: rng.integers(-20, 20, s)
    binops = {
        'add': np.add, 'subtract': np.subtract, 'multiply': np.multiply, 'true_divide': np.true_divide,
        'floor_divide': np.floor_divide, 'mod': np.remainder, 'power': np.power, 'maximum': np.maximum,
        'minimum': np.minimum, 'eq': np.equal, 'ne': np.not_equal, 'lt': np.less, 'le': np.less_equal,
        'gt': np.greater, 'ge': np.greater_equal,
    }
    special = np.array([0.0, -0.0, 1.0, -1.0, 2.5, -7.5, np.inf, -np.inf, np.nan, 3.0, 1e-300, 1e300])
    with np.errstate(all='ignore'):
        for name, fn in binops.items():
            case(name, [f(3, 4), f(4)], fn=fn)
            case(name, [i(3, 4), i(3, 1)], fn=fn)
            case(name, [i(5), f(5)], fn=fn)
            case(name, [special.reshape(-1, 1), special.reshape(1, -1)], fn=fn)
            case(name, [np.array([True, False, True]), np.array([True, True, False])], fn=fn)
            case(name, [f(2, 3), np.array(2.5)], fn=fn)
            case(name, [i(4), np.array(3)], fn=fn)
            case(name, [np.ones((3, 4)), np.ones(3)], fn=fn)
        ints = np.array([-7, -6, -1, 0, 1, 6, 7, 2 ** 62, -(2 ** 63)])
        for name in ['floor_divide', 'mod']:
            case(name, [ints.reshape(-1, 1), ints.reshape(1, -1)], fn=binops[name])
        case('power', [np.array([2, 3, -2, 0]), np.array([62, 40, 3, 0])], fn=np.power)
        case('power', [np.array([2, 3]), np.array([-1, 2])], fn=np.power)
        for name, fn in [('and', np.bitwise_and), ('or', np.bitwise_or), ('xor', np.bitwise_xor)]:
            case(name, [np.array([True, False, True, False]), np.array([True, True, False, False])], fn=fn)
            case(name, [i(6), i(6)], fn=fn)
            case(name, [f(3), f(3)], fn=fn)
        for name, fn in [('negative', np.negative), ('absolute', np.abs), ('sqrt', np.sqrt), ('floor', np.floor),
                         ('ceil', np.ceil), ('rint', np.rint), ('sign', np.sign), ('square', np.square),
                         ('invert', np.invert), ('isnan', np.isnan), ('isfinite', np.isfinite)]:
            case(name, [special], fn=fn)
            case(name, [i(5)], fn=fn)
            case(name, [np.array([True, False])], fn=fn)
        for name, fn in [('exp', np.exp), ('log', np.log), ('sin', np.sin), ('cos', np.cos), ('tanh', np.tanh),
                         ('sinh', np.sinh), ('cosh', np.cosh), ('log10', np.log10), ('expm1', np.expm1),
                         ('log1p', np.log1p)]:
            case(name, [np.abs(f(20)) * 3], fn=fn)
            case(name, [f(20) * 1e-3], fn=fn)
        case('log10', [np.array([1.0, 10.0, 100.0, 1e-3, 1e22, 0.0, 5.0])], fn=np.log10)
        with np.errstate(all='ignore'):
            big = np.array([2.0 ** 100, 2.0 ** 200, 2.0 ** 600, 1e300, 1e306])
        for k in range(5):
            vals = rng.integers(0, 2 ** 60, 6).astype(float) * float(10.0 ** rng.integers(-20, 20))
            case('round', [vals], params='decimals=3', fn=lambda a: np.round(a, 3))
        for d in [0, 1, 2, 3, -1]:
            case('round', [f(10) * 100, ], params='decimals=%d' % d, fn=lambda a, d=d: np.round(a, d))
        case('round', [np.array([0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 2.675])], params='decimals=0',
             fn=lambda a: np.round(a, 0))
        case('round', [np.array([0.125, 0.375, 2.675, 1.005])], params='decimals=2', fn=lambda a: np.round(a, 2))
    # matmul / dot
    for sa, sb in [((2, 3), (3, 2)), ((3, 2), (2,)), ((2,), (2, 3)), ((3,), (3,)), ((2, 3, 4), (4, 2)),
                   ((2, 2, 3), (2, 3, 2)), ((2, 3), (2, 3)), ((3,), (2,)), ((4, 4), (4, 4)), ((1, 5), (5, 1))]:
        case('matmul', [i(*sa), i(*sb)], fn=np.matmul)
        case('matmul', [f(*sa), f(*sb)], fn=np.matmul)
        case('dot', [i(*sa), i(*sb)], fn=np.dot)
        case('dot', [f(*sa), f(*sb)], fn=np.dot)
    case('matmul', [f(3), np.array(2.0)], fn=np.matmul)
    case('matmul', [np.array([[1, 2, 3], [4, 5, 6]]), np.array([[1, 2], [3, 4]])], fn=np.matmul)
    case('dot', [f(3), np.array(2.0)], fn=np.dot)
    case('matmul', [np.array([[1, 2], [3, 4], [5, 6]]), np.array([1, 1])], fn=np.matmul)
    case('dot', [np.array([1, 2, 3]), np.array([4, 5, 6])], fn=np.dot)
    for n in [3, 8, 15]:
        case('dot', [f(n), f(n)], fn=np.dot)
    # reductions
    for shape in [(7,), (100,), (129,), (1000,), (20000,), (3, 4), (37, 53), (10, 300), (4, 5, 6)]:
        a = f(*shape) * 100
        case('sum', [a], fn=np.sum)
        case('mean', [a], fn=np.mean)
        for ax in range(len(shape)):
            case('sum', [a], params='axis=%d' % ax, fn=lambda x, ax=ax: np.sum(x, axis=ax))
            case('mean', [a], params='axis=%d' % ax, fn=lambda x, ax=ax: np.mean(x, axis=ax))
        if len(shape) > 1:
            case('sum', [a], params='pre=T', pre=lambda x: x.T, fn=np.sum)
            case('sum', [a], params='pre=T axis=0', pre=lambda x: x.T, fn=lambda x: np.sum(x, axis=0))
            case('sum', [a], params='pre=s1 ', pre=lambda x: x[:, 1:], fn=np.sum)
            case('sum', [a], params='pre=s1 axis=0', pre=lambda x: x[:, 1:], fn=lambda x: np.sum(x, axis=0))
            case('sum', [a], params='pre=s1 axis=-1', pre=lambda x: x[:, 1:], fn=lambda x: np.sum(x, axis=-1))
            case('sum', [a], params='axis=0 keepdims=1', fn=lambda x: np.sum(x, axis=0, keepdims=True))
        case('var', [a], fn=np.var)
        case('std', [a], fn=np.std)
        case('var', [a], params='axis=0', fn=lambda x: np.var(x, axis=0))
        case('std', [a], params='axis=-1 ddof=1', fn=lambda x: np.std(x, axis=-1, ddof=1))
        case('max', [a], fn=np.max)
        case('min', [a], params='axis=0', fn=lambda x: np.min(x, axis=0))
        case('argmax', [a], fn=np.argmax)
        case('argmin', [a], params='axis=0', fn=lambda x: np.argmin(x, axis=0))
        case('cumsum', [a], fn=np.cumsum)
        case('prod', [a / 100], fn=np.prod)
    ia = rng.integers(-1000, 1000, 20000)
    case('mean', [ia], fn=np.mean)
    case('sum', [ia], fn=np.sum)
    case('sum', [ia.reshape(100, 200)], params='axis=1', fn=lambda x: np.sum(x, axis=1))
    case('mean', [ia.reshape(100, 200)], params='axis=0', fn=lambda x: np.mean(x, axis=0))
    case('var', [ia], fn=np.var)
    case('sum', [np.array([True, False, True])], fn=np.sum)
    case('sum', [np.array([-0.0])], fn=np.sum)
    case('sum', [np.zeros(0)], fn=np.sum)
    case('max', [np.zeros(0)], fn=np.max)
    case('max', [np.array([1.0, np.nan, 3.0])], fn=np.max)
    case('argmax', [np.array([1.0, np.nan, 3.0, np.nan])], fn=np.argmax)
    case('sum', [f(3)], params='axis=2', fn=lambda x: np.sum(x, axis=2))
    case('cumsum', [i(3, 4)], params='axis=1', fn=lambda x: np.cumsum(x, axis=1))
    case('all', [np.array([[True, False], [True, True]])], params='axis=0', fn=lambda x: np.all(x, axis=0))
    case('any', [np.array([[True, False], [False, False]])], params='axis=1', fn=lambda x: np.any(x, axis=1))
    # norms
    for a in [np.array([3.0, 4.0]), f(5), f(17), np.array([1, 2, 3]), f(3, 4)]:
        case('norm', [a], fn=np.linalg.norm)
        for o, code in [(1, '1'), (np.inf, 'inf'), (-np.inf, '-inf'), (0, '0'), (3, '3')]:
            if a.ndim == 1:
                case('norm', [a], params='ord=%s' % code, fn=lambda x, o=o: np.linalg.norm(x, ord=o))
        if a.ndim == 2:
            for o, code in [(1, '1'), (np.inf, 'inf'), ('fro', 'fro'), (3, '3')]:
                case('norm', [a], params='ord=%s' % code, fn=lambda x, o=o: np.linalg.norm(x, ord=o))
            case('norm', [a], params='axis=0', fn=lambda x: np.linalg.norm(x, axis=0))
            case('norm', [a], params='axis=1 ord=1', fn=lambda x: np.linalg.norm(x, axis=1, ord=1))
    # shape ops
    a6 = np.arange(6)
    for shp, code in [((2, 3), '2,3'), ((3, -1), '3,-1'), ((-1,), '-1'), ((4,), '4'), ((-1, 4), '-1,4'),
                      ((2, -1, 4), '2,-1,4')]:
        case('reshape', [a6], params='shape=' + code, fn=lambda x, shp=shp: x.reshape(shp))
    case('reshape', [np.arange(12).reshape(3, 4)], params='pre=T shape=2,6', pre=lambda x: x.T,
         fn=lambda x: x.reshape(2, 6))
    case('transpose', [np.arange(24).reshape(2, 3, 4)], fn=lambda x: x.T)
    case('get', [np.arange(3)], params='i=5', fn=lambda x: x[5])
    case('get', [np.arange(12).reshape(3, 4)], params='i=-1', fn=lambda x: x[-1])
    for sl, code in [(slice(1, None, 2), '1:_:2'), (slice(None, None, -1), '_:_:-1'), (slice(-2, None), '-2:_:_'),
                     (slice(5, 1, -2), '5:1:-2'), (slice(100, -100, -3), '100:-100:-3')]:
        case('slice', [np.arange(10)], params='axis=0 s=' + code, fn=lambda x, sl=sl: x[sl])
    case('slice', [np.arange(12).reshape(3, 4)], params='axis=1 s=1:3:_', fn=lambda x: x[:, 1:3])
    # creation
    for args in [(0, 10, 1), (0, 10, 3), (10, 0, -2), (5, 5, 1), (-3, 7, 4)]:
        case('arange_int', [np.array(list(args))], fn=lambda a, args=args: np.arange(*args))
    for args in [(0.0, 1.0, 0.1), (0.0, 2.0, 0.3), (1.0, 0.0, -0.25), (0.5, 10.0, 1.5), (0.0, 1e-10, 1e-11),
                 (-1.0, 1.0, 0.1), (0.1, 1.0, 0.1)]:
        case('arange_float', [np.array(list(args))], fn=lambda a, args=args: np.arange(*args))
    for args in [(0.0, 1.0, 11, True), (0.0, 1.0, 10, False), (-5.0, 5.0, 7, True), (1.0, 1.0, 5, True),
                 (0.0, 1.0, 1, True), (0.0, 10.0, 0, True), (2.0, 3.0, 4, True), (0.1, 0.7, 13, True)]:
        case('linspace', [np.array(list(args[:2]))], params='num=%d endpoint=%d' % (args[2], args[3]),
             fn=lambda a, args=args: np.linspace(args[0], args[1], args[2], endpoint=args[3]))
    for n, m, k in [(3, 3, 0), (2, 4, 1), (4, 2, -1), (3, 3, 5)]:
        case('eye', [np.array([n, m, k])], fn=lambda a, n=n, m=m, k=k: np.eye(n, m, k))
    for shape in [(100000, 100000), (1 << 40,), (3000, 3000, 3000), (2, 3), (1 << 50, 1 << 20)]:
        case('zeros', [np.array(shape)], fn=lambda a, shape=shape: np.zeros(shape))
    case('zeros', [np.array([-1])], fn=lambda a: np.zeros(-1))
    case('concatenate', [np.arange(6).reshape(2, 3), np.arange(3).reshape(1, 3) * 1.5], params='axis=0',
         fn=lambda a, b: np.concatenate([a, b], axis=0))
    case('stack', [np.arange(3), np.arange(3) * 2], params='axis=1', fn=lambda a, b: np.stack([a, b], axis=1))
    case('where', [np.array([True, False, True]), np.arange(3), np.arange(3) * 1.5],
         fn=lambda c, x, y: np.where(c, x, y))
    case('diag', [np.array([1, 2, 3])], params='k=1', fn=lambda a: np.diag(a, 1))
    case('diag', [np.arange(12).reshape(3, 4)], params='k=-1', fn=lambda a: np.diag(a, -1))
    case('outer', [np.arange(3), np.arange(4) * 0.5], fn=np.outer)
    write('ops_cases.txt', lines)


# ----------------------------------------------------------------------------- random


def gen_random():
    lines = []

    def rec(desc, values):
        a = np.asarray(values)
        lines.append('%s | %s' % (desc, enc_array(a)))

    for seed in [0, 1, 42, 12345, 2 ** 32 - 1, 987654321]:
        np.random.seed(seed)
        rec('seed=%d rand 5' % seed, np.random.rand(5))
        rec('seed=%d randn 7' % seed, np.random.randn(7))
        rec('seed=%d normal 1.5 2.0 4' % seed, np.random.normal(1.5, 2.0, 4))
        rec('seed=%d uniform -1 3 4' % seed, np.random.uniform(-1, 3, 4))
        rec('seed=%d randint 0 10 10' % seed, np.random.randint(0, 10, 10))
        rec('seed=%d randint -5 1000000 6' % seed, np.random.randint(-5, 1000000, 6))
        rec('seed=%d randint 0 10000000000 5' % seed, np.random.randint(0, 10000000000, 5))
        rec('seed=%d randn 3' % seed, np.random.randn(3))
        rec('seed=%d permutation 10' % seed, np.random.permutation(10))
        rec('seed=%d choice 5 6' % seed, np.random.choice(5, 6))
        rec('seed=%d choice_noreplace 10 4' % seed, np.random.choice(10, 4, replace=False))
        rec('seed=%d random_sample 3' % seed, np.random.random_sample(3))
    np.random.seed(0)
    a = np.arange(10)
    np.random.shuffle(a)
    rec('seed=0 shuffle 10', a)
    np.random.seed(3)
    rec('seed=3 randn 1001', np.random.randn(1001))
    for seed in [0, 1, 42, 12345, 2 ** 32 - 1, 2 ** 64 + 5]:
        g = np.random.default_rng(seed)
        rec('pcg seed=%d random 6' % seed, g.random(6))
        rec('pcg seed=%d integers 0 10 8' % seed, g.integers(0, 10, 8))
        rec('pcg seed=%d integers -100 100000000000 4' % seed, g.integers(-100, 100000000000, 4))
        rec('pcg seed=%d normal 0 1 9' % seed, g.normal(0, 1, 9))
        rec('pcg seed=%d normal 2 0.5 3' % seed, g.normal(2, 0.5, 3))
        rec('pcg seed=%d standard_normal 500' % seed, g.standard_normal(500))
        rec('pcg seed=%d uniform -2 2 3' % seed, g.uniform(-2, 2, 3))
        rec('pcg seed=%d integers 5 6 2' % seed, g.integers(5, 6, 2))
    write('random_cases.txt', lines)


def main():
    os.makedirs(OUT, exist_ok=True)
    print('numpy', np.__version__, 'python', sys.version.split()[0])
    gen_float_repr()
    gen_float_format()
    gen_dragon4()
    gen_format_cases()
    gen_ops()
    gen_random()


if __name__ == '__main__':
    main()
