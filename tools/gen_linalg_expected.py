#!/usr/bin/env python3
"""Generates the NumPy results the engine's linear-algebra tests compare against.

Run from the repository root with CPython 3.11 and NumPy 2.x (OpenBLAS build):

    python3 tools/gen_linalg_expected.py

It writes engine/src/test/resources/nd/linalg_cases.txt.gz (gzip-compressed: it is large). Never edit that file by hand: re-run this
script. OpenBLAS is limited to one thread first (before NumPy is imported): with several threads it
factors larger matrices (n*n >= 10000 for solve/inv) in parallel, and the last bits then depend on
the number of cores. With one thread the results are the reproducible reference the engine follows.

Format (same encodings as gen_nd_expected.py: float64 as 16 hex digits of the bits, complex128 as
re:im, int64 in decimal; arrays as "dtype shape values..."):

    case <op> <label> [key=value ...]
    in <array>                 (one line per input)
    out <array>                (one line per output), or
    error <Type> <json message>
"""
import json
import os
import struct
import sys

os.environ['OPENBLAS_NUM_THREADS'] = '1'

import numpy as np  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'engine', 'src', 'test', 'resources', 'nd',
                   'linalg_cases.txt.gz')


def fbits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', float(x)))[0]


def enc_array(a):
    a = np.asarray(a)
    dt = a.dtype.name
    shape = ','.join(str(s) for s in a.shape) or '-'
    if dt == 'complex128':
        data = ' '.join(fbits(v.real) + ':' + fbits(v.imag) for v in a.ravel())
    elif dt in ('int64', 'int32'):
        data = ' '.join(str(int(v)) for v in a.ravel())
        dt = 'int64'
    else:
        data = ' '.join(fbits(v) for v in a.astype(np.float64).ravel())
        dt = 'float64'
    return ('%s %s %s' % (dt, shape, data)).rstrip()


lines = []


def case(op, label, inputs, fn, **params):
    head = 'case %s %s' % (op, label)
    for k, v in params.items():
        head += ' %s=%s' % (k, v)
    lines.append(head)
    for a in inputs:
        lines.append('in ' + enc_array(a))
    try:
        r = fn(*inputs)
    except Exception as e:  # noqa: BLE001 - the error is the expected result
        lines.append('error %s %s' % (type(e).__name__, json.dumps(str(e))))
        return
    if not isinstance(r, tuple):
        r = (r,)
    for x in r:
        lines.append('out ' + enc_array(x))


def hilbert(n):
    return 1.0 / (np.arange(n)[:, None] + np.arange(n)[None, :] + 1)


def main():
    L = np.linalg
    rng = np.random.default_rng(20240611)

    def rand(m, n, kind):
        if kind == 'normal':
            return rng.standard_normal((m, n))
        if kind == 'uniform':
            return rng.random((m, n))
        if kind == 'int':
            return rng.integers(-9, 10, (m, n)).astype(np.float64)
        raise ValueError(kind)

    # LU family: bit-exact expectations.
    sizes = list(range(1, 13)) + [15, 16, 17, 20, 24, 31, 32, 33, 40, 64, 65, 99]
    for n in sizes:
        for kind in ('normal', 'uniform', 'int'):
            if n > 33 and kind != 'normal':
                continue
            for r in range(6 if n <= 9 else 1):
                a = rand(n, n, kind)
                label = '%s%dx%d' % (kind, n, n)
                case('det', label, [a], L.det)
                if n <= 33:
                    case('slogdet', label, [a], lambda x: tuple(L.slogdet(x)))
                b = rand(n, 1, kind)[:, 0]
                case('solve', label, [a, b], L.solve)
                if n <= 33:
                    case('inv', label, [a], L.inv)
                    bb = rand(n, 3, kind)
                    case('solve', label + 'rhs3', [a, bb], L.solve)
    for name, a in [('ints2', np.array([[1., 2], [3, 4]])), ('ints3', np.array([[2., -1, 0], [-1, 2, -1], [0, -1, 2]])),
                    ('hilbert8', hilbert(8)), ('singular', np.array([[1., 2], [2, 4]])),
                    ('zero3', np.zeros((3, 3))), ('nearsingular', np.array([[1., 1], [1, 1 + 1e-12]])),
                    ('one', np.array([[7.]])), ('empty', np.zeros((0, 0)))]:
        case('det', name, [a], L.det)
        case('slogdet', name, [a], lambda x: tuple(L.slogdet(x)))
        case('inv', name, [a], L.inv)
        case('solve', name, [a, np.arange(a.shape[0], dtype=float) + 1], L.solve)

    # Cholesky: bit-exact up to n = 32.
    for n in list(range(1, 11)) + [16, 25, 32]:
        for r in range(3):
            g = rng.standard_normal((n, n))
            a = g @ g.T + n * np.eye(n)
            case('cholesky', 'spd%d' % n, [a], L.cholesky)
    case('cholesky', 'notpd', [np.array([[1., 2], [2, 1]])], L.cholesky)
    case('cholesky', 'hilbert8', [hilbert(8)], L.cholesky)

    # Values that are unique: eigenvalues of symmetric matrices, singular values, eigenvalues of
    # general matrices (order as LAPACK gives it), QR's R (signs as LAPACK), least squares, pinv.
    for n in list(range(1, 9)) + [12, 20]:
        for kind in ('normal', 'int'):
            g = rand(n, n, kind)
            s = g + g.T
            case('eigvalsh', '%s%d' % (kind, n), [s], L.eigvalsh)
            case('eigh_values', '%s%d' % (kind, n), [s], lambda x: L.eigh(x)[0])
            case('eigvals', '%s%d' % (kind, n), [g], L.eigvals)
            m = n + int(rng.integers(0, 4))
            t = rand(m, n, kind)
            case('svdvals', '%s%dx%d' % (kind, m, n), [t], lambda x: L.svd(x, compute_uv=False))
            case('svdvals', '%s%dx%d' % (kind, n, m), [t.T.copy()], lambda x: L.svd(x, compute_uv=False))
            case('qr_r', '%s%dx%d' % (kind, m, n), [t], lambda x: L.qr(x, mode='r'))
            case('qr_r', '%s%dx%d' % (kind, n, m), [t.T.copy()], lambda x: L.qr(x, mode='r'))
            bvec = rand(m, 1, kind)[:, 0]
            case('lstsq_x', '%s%dx%d' % (kind, m, n), [t, bvec], lambda x, y: L.lstsq(x, y)[0])
            case('lstsq', '%s%dx%d' % (kind, n, m), [t.T.copy(), rand(n, 2, kind)],
                 lambda x, y: tuple(L.lstsq(x, y, rcond=None)))
            case('pinv', '%s%dx%d' % (kind, m, n), [t], L.pinv)
    # Factorizations NumPy's LAPACK computes with the BLAS kernels the engine reproduces (QR, SVD
    # with vectors through all of dgesdd's paths, eig and eigh with vectors, for small matrices):
    # expected bit for bit.
    shapes = [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (8, 8), (12, 12), (20, 20), (3, 2), (5, 2), (6, 4), (10, 3),
              (2, 1), (2, 3), (2, 5), (3, 7), (4, 6), (6, 7), (1, 4)]
    for (m, n) in shapes:
        for kind in ('normal', 'int'):
            t = rand(m, n, kind)
            label = '%s%dx%d' % (kind, m, n)
            case('svd', label, [t], lambda x: tuple(L.svd(x)))
            case('svd_reduced', label, [t], lambda x: tuple(L.svd(x, full_matrices=False)))
            case('qr', label, [t], lambda x: tuple(L.qr(x)))
            case('qr_complete', label, [t], lambda x: tuple(L.qr(x, mode='complete')))
            if m == n and n <= 12:
                case('eig', label, [t], lambda x: tuple(L.eig(x)))
                case('eigh', label, [t + t.T], lambda x: tuple(L.eigh(x)))
    case('eigvalsh', 'hilbert8', [hilbert(8)], L.eigvalsh)
    case('svdvals', 'hilbert8', [hilbert(8)], lambda x: L.svd(x, compute_uv=False))
    case('matrix_rank', 'hilbert8', [hilbert(8)], L.matrix_rank)
    case('matrix_rank', 'rank2', [np.outer([1., 2, 3], [1., 0, 1]) + np.outer([0., 1, 1], [2., 1, 0])], L.matrix_rank)

    # Errors (type and message).
    bad = [
        ('det', 'vector', [np.ones(3)], L.det),
        ('det', 'rect', [np.ones((2, 3))], L.det),
        ('inv', 'singular', [np.ones((2, 2))], L.inv),
        ('inv', 'rect', [np.ones((3, 2))], L.inv),
        ('solve', 'singular', [np.ones((2, 2)), np.ones(2)], L.solve),
        ('solve', 'mismatch1', [np.eye(2), np.ones(3)], L.solve),
        ('solve', 'mismatch2', [np.eye(2), np.ones((3, 2))], L.solve),
        ('cholesky', 'notpd', [np.array([[1., 2], [2, 1]])], L.cholesky),
        ('eig', 'nan', [np.array([[np.nan, 1.], [1, 1]])], L.eig),
        ('eigvals', 'inf', [np.array([[np.inf, 1.], [1, 1]])], L.eigvals),
        ('svd', 'nan', [np.array([[np.nan, 1.], [1, 1]])], L.svd),
        ('svd', 'vector', [np.ones(3)], L.svd),
        ('eigh', 'rect', [np.ones((2, 3))], L.eigh),
        ('lstsq', 'incompatible', [np.ones((3, 2)), np.ones(4)], L.lstsq),
        ('cond', 'empty', [np.zeros((0, 0))], L.cond),
        ('qr', 'badmode', [np.ones((2, 2))], lambda x: L.qr(x, mode='x')),
        ('eigvalsh', 'badUPLO', [np.ones((2, 2))], lambda x: L.eigvalsh(x, UPLO='X')),
    ]
    for op, label, ins, fn in bad:
        case(op + '_error', label, ins, fn)

    import gzip
    with gzip.GzipFile(OUT, 'wb', compresslevel=9, mtime=0) as f:
        f.write(''.join(line + '\n' for line in lines).encode('utf-8'))
    print('wrote %s (%d lines), numpy %s' % (OUT, len(lines), np.__version__), file=sys.stderr)


if __name__ == '__main__':
    main()
