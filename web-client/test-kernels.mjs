// Checks the rotation and reflector kernels of kernels.wasm (build-kernels.mjs) against plain
// JavaScript models of the engine's loops (PlaneRotations.apply, FastKernels.applyLeft and
// applyRight): JS numbers are IEEE doubles with one rounding per operation and no fused
// multiply-add, as the Java loops, so every result must agree to the bit, signed zeros included.
// Random shapes (odd lengths, one element, unaligned blocks), identity rotations, zeros, -0.0.
// Run by Maven in the test phase (skipped with -DskipTests); exits non-zero on a difference.
//
// Usage: node test-kernels.mjs
import wabtInit from 'wabt';
import { kernelsWat, RV } from './build-kernels.mjs';

const wabt = await wabtInit();
const parsed = wabt.parseWat('kernels.wat', kernelsWat(), { simd: true });
parsed.validate();
const { buffer } = parsed.toBinary({ log: false, write_debug_names: false });
parsed.destroy();
const memory = new WebAssembly.Memory({ initial: 64 });
const k = (await WebAssembly.instantiate(buffer, { env: { memory } })).instance.exports;
const F = new Float64Array(memory.buffer);

/** xorshift32: the same cases every run. */
function random(seed) {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    return x / 4294967296;
  };
}
const r = random(20240611);
const int = (n) => Math.floor(r() * n);
const value = () => {
  const u = r();
  return u < 0.1 ? 0 : u < 0.2 ? -0 : (2 * r() - 1) * 2 ** (int(20) - 10);
};

const show = (x) => (Object.is(x, -0) ? '-0' : String(x));
let failures = 0;
function fail(what) {
  failures++;
  if (failures <= 10) console.error(what);
}

// rot_fwd / rot_bwd against dlasr's loops, in the layout of basis.web.SimdRotations.
const E = 2 * RV;
for (let trial = 0; trial < 500; trial++) {
  const count = 2 + int(40);
  const len = 1 + int(70);
  const forward = r() < 0.5;
  const first = int(count - 1);
  const cnt = 2 + int(count - first - 1);
  const z = [];
  for (let j = 0; j < count; j++) z.push(Float64Array.from({ length: len }, value));
  const c = [];
  const s = [];
  for (let q = 0; q < cnt - 1; q++) {
    if (r() < 0.2) {
      c.push(1);
      s.push(r() < 0.5 ? 0 : -0);
    } else {
      const th = 6.28 * r();
      c.push(Math.cos(th));
      s.push(Math.sin(th));
    }
  }
  const nb = Math.ceil(len / E);
  const base = 64 * (1 + int(4));
  const at = (j, i) => base / 8 + (Math.floor(i / E) * count + j) * E + (i % E);
  F.fill(0, 0, base / 8 + nb * count * E + 2 * count + 8);
  z.forEach((v, j) => v.forEach((x, i) => { F[at(j, i)] = x; }));
  const cp = base + nb * count * E * 8;
  const sp = cp + count * 8;
  c.forEach((x, q) => { F[cp / 8 + q] = x; });
  s.forEach((x, q) => { F[sp / 8 + q] = x; });
  (forward ? k.rot_fwd : k.rot_bwd)(base + first * E * 8, cp, sp, cnt - 1, nb, count * E * 8);
  for (let qq = 0; qq < cnt - 1; qq++) {
    const j = forward ? qq : cnt - 2 - qq;
    if (c[j] === 1 && s[j] === 0) continue;
    const x = z[first + j];
    const y = z[first + j + 1];
    for (let i = 0; i < len; i++) {
      const t = y[i];
      const v = x[i];
      y[i] = c[j] * t - s[j] * v;
      x[i] = s[j] * t + c[j] * v;
    }
  }
  for (let j = 0; j < count; j++) {
    for (let i = 0; i < len; i++) {
      if (!Object.is(F[at(j, i)], z[j][i])) {
        fail(`rotations, case ${trial} (${forward ? 'forward' : 'backward'}): vector ${j} element ${i} is ${show(F[at(j, i)])}, expected ${show(z[j][i])}`);
        j = count;
        break;
      }
    }
  }
}

// refl_left / refl_right against FastKernels.applyLeft / applyRight on a block of a column-major matrix.
function dot(v, a, co, n) {
  let s0 = 0; let s1 = 0; let s2 = 0; let s3 = 0; let i = 0;
  for (; i + 3 < n; i += 4) {
    s0 += v[i] * a[co + i]; s1 += v[i + 1] * a[co + i + 1]; s2 += v[i + 2] * a[co + i + 2]; s3 += v[i + 3] * a[co + i + 3];
  }
  for (; i < n; i++) s0 += v[i] * a[co + i];
  return (s0 + s2) + (s1 + s3);
}
for (let trial = 0; trial < 800; trial++) {
  const ld = 1 + int(60);
  const cols = 1 + int(40);
  const a = Float64Array.from({ length: ld * cols }, value);
  const row = int(ld);
  const col = int(cols);
  const m = int(ld - row + 1);
  const n = int(cols - col + 1);
  const left = r() < 0.5;
  const vn = left ? m : n;
  const v = Float64Array.from({ length: Math.max(vn, 1) }, value);
  v[0] = 1;
  const tau = r() < 0.1 ? 0 : 2 * r() - 0.5;
  const base = 4096 + 8 * int(3);
  const vp = 65536 + 8 * int(2);
  const wp = 131072 + 8;
  F.set(a, base / 8);
  F.set(v.subarray(0, vn), vp / 8);
  const cp = base + (row + col * ld) * 8;
  if (left) k.refl_left(cp, ld * 8, m, n, vp, tau);
  else k.refl_right(cp, ld * 8, m, n, vp, tau, wp);
  const co = row + col * ld;
  if (left) {
    for (let j = 0; j < n; j++) {
      const cj = co + j * ld;
      const w = tau * dot(v, a, cj, m);
      if (w !== 0) for (let i = 0; i < m; i++) a[cj + i] += -w * v[i];
    }
  } else {
    const w = new Float64Array(m);
    for (let j = 0; j < n; j++) if (v[j] !== 0) for (let i = 0; i < m; i++) w[i] += v[j] * a[co + j * ld + i];
    for (let j = 0; j < n; j++) {
      const t = tau * v[j];
      if (t !== 0) for (let i = 0; i < m; i++) a[co + j * ld + i] += -t * w[i];
    }
  }
  for (let i = 0; i < a.length; i++) {
    if (!Object.is(F[base / 8 + i], a[i])) {
      fail(`refl_${left ? 'left' : 'right'}, case ${trial} (${m} x ${n} at ${row}, ${col}): element ${i} is ${show(F[base / 8 + i])}, expected ${show(a[i])}`);
      break;
    }
  }
}

if (failures > 0) {
  console.error(`kernels.wasm: ${failures} cases differ from the engine's loops`);
  process.exit(1);
}
console.log('kernels.wasm: rotation and reflector kernels agree with the engine\'s loops bit for bit');
