// The `.pyheap` text form of a heap snapshot: readable by people, parsed back
// by parseHeapText (round trip). One record per line; strings are JSON-quoted;
// addresses are hex. The README documents the format.

import type { HeapSnapshot, FrameSnapshot, Binding, ObjectSnapshot, ArenaSummary, BlockRef } from './model';

const hex = (n: number) => '0x' + n.toString(16);
const q = (s: string) => JSON.stringify(s);
const ref = (id: number | null) => (id === null ? 'unbound' : hex(id));

function bindingLine(kind: string, b: Binding): string {
  return `  ${kind} ${q(b.name)} = ${ref(b.id)}${b.cell !== undefined ? ` cell ${hex(b.cell)}` : ''}`;
}

function blockText(b: BlockRef): string {
  let s = `  block ${b.kind} ${hex(b.address)} size=${b.size}`;
  if (b.kind === 'pymalloc') s += ` arena=${b.arena} pool=${hex(b.pool!)} class=${b.sizeClass} index=${b.blockIndex}`;
  return s;
}

export function formatHeapText(s: HeapSnapshot): string {
  const out: string[] = [];
  out.push('# RefScope heap snapshot (.pyheap) v1');
  out.push(`step ${s.step}${s.capped ? ' capped' : ''}`);
  out.push(`at ${q(s.filename)} line ${s.line}`);
  for (const f of s.frames) {
    out.push(`frame ${q(f.name)} ${q(f.filename)} line ${f.line}`);
    for (const b of f.locals) out.push(bindingLine('local', b));
    for (const b of f.cells) out.push(bindingLine('cell', b));
    if (f.stack.length > 0) out.push(`  stack ${f.stack.map(hex).join(' ')}`);
  }
  out.push('globals');
  for (const b of s.globals) out.push(bindingLine('name', b));
  for (const o of s.objects) {
    out.push(`object ${hex(o.id)} ${q(o.type)} refcnt=${o.refcnt} size=${o.size} gen=${o.gen === null ? '-' : o.gen} line=${o.line === null ? '-' : o.line}${o.omitted !== undefined ? ` omitted=${o.omitted}` : ''}`);
    out.push(blockText(o.block));
    out.push(`  repr ${q(o.repr)}`);
    for (const e of o.referents) out.push(`  ref ${q(e.label)} ${hex(e.id)}`);
  }
  for (const a of s.arenas) {
    out.push(`arena ${a.index} ${hex(a.address)} pools=${a.ntotalpools} free=${a.nfreepools}`);
    for (const p of a.pools) {
      const free = p.freeBlocks.length > 0 ? p.freeBlocks.join(',') : '-';
      out.push(`  pool ${hex(p.address)} class=${p.sizeClass} size=${p.blockSize} used=${p.used}/${p.capacity} nextoffset=${p.nextOffset} freeblocks=${free} ${p.state}`);
    }
  }
  for (const b of s.systemBlocks) out.push(`system ${hex(b.address)} ${b.size}`);
  for (const f of s.freelists) out.push(`freelist ${q(f.name)}${f.blocks.map((b) => ' ' + hex(b)).join('')}`);
  const g = s.gc;
  const last = g.last === null ? 'none' : `${g.last.generation}/${g.last.collected}/${g.last.uncollectable}/${g.last.finalized}`;
  out.push(`gc count=${g.count.join(',')} threshold=${g.threshold.join(',')} tracked=${g.tracked.join(',')} enabled=${g.enabled ? 1 : 0} last=${last}`);
  return out.join('\n') + '\n';
}

class Reader {
  constructor(private line: string, private lineno: number) {}
  pos = 0;
  fail(what: string): never { throw new Error(`.pyheap line ${this.lineno}: expected ${what}: ${this.line}`); }
  skipWs(): void { while (this.line[this.pos] === ' ') this.pos++; }
  word(): string {
    this.skipWs();
    const m = /^[^\s]+/.exec(this.line.slice(this.pos));
    if (!m) this.fail('a word');
    this.pos += m[0].length;
    return m[0];
  }
  str(): string {
    this.skipWs();
    if (this.line[this.pos] !== '"') this.fail('a quoted string');
    let i = this.pos + 1;
    while (i < this.line.length && this.line[i] !== '"') i += this.line[i] === '\\' ? 2 : 1;
    const raw = this.line.slice(this.pos, i + 1);
    this.pos = i + 1;
    return JSON.parse(raw) as string;
  }
  addr(): number | null {
    const w = this.word();
    if (w === 'unbound') return null;
    if (!w.startsWith('0x')) this.fail('an address');
    return parseInt(w, 16);
  }
  kv(key: string): string {
    const w = this.word();
    if (!w.startsWith(key + '=')) this.fail(`${key}=`);
    return w.slice(key.length + 1);
  }
  rest(): string { return this.line.slice(this.pos).trim(); }
}

export function parseHeapText(text: string): HeapSnapshot {
  const snap: HeapSnapshot = {
    version: 1, step: 0, filename: '', line: 0, frames: [], globals: [], objects: [], arenas: [], systemBlocks: [], freelists: [],
    gc: { count: [0, 0, 0], threshold: [0, 0, 0], tracked: [0, 0, 0], enabled: true, last: null },
  };
  let frame: FrameSnapshot | null = null;
  let inGlobals = false;
  let obj: ObjectSnapshot | null = null;
  let arena: ArenaSummary | null = null;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    const r = new Reader(line, i + 1);
    const nested = line.startsWith('  ');
    const head = r.word();
    if (!nested) { frame = null; inGlobals = false; obj = null; arena = null; }
    const binding = (): Binding => {
      const name = r.str();
      if (r.word() !== '=') r.fail('=');
      const id = r.addr();
      const b: Binding = { name, id };
      if (r.rest().startsWith('cell')) { r.word(); b.cell = r.addr()!; }
      return b;
    };
    switch (head) {
      case 'step': snap.step = Number(r.word()); if (r.rest() === 'capped') snap.capped = true; break;
      case 'at': snap.filename = r.str(); r.word(); snap.line = Number(r.word()); break;
      case 'frame': {
        const name = r.str(); const filename = r.str(); r.word();
        frame = { name, filename, line: Number(r.word()), locals: [], cells: [], stack: [] };
        snap.frames.push(frame);
        break;
      }
      case 'local': frame!.locals.push(binding()); break;
      case 'cell': frame!.cells.push(binding()); break;
      case 'stack': frame!.stack = r.rest().split(' ').map((x) => parseInt(x, 16)); break;
      case 'globals': inGlobals = true; break;
      case 'name': if (!inGlobals) r.fail('globals first'); snap.globals.push(binding()); break;
      case 'object': {
        const id = r.addr()!; const type = r.str();
        const refcnt = Number(r.kv('refcnt')); const size = Number(r.kv('size'));
        const gen = r.kv('gen'); const ln = r.kv('line');
        obj = { id, type, repr: '', size, refcnt, gen: gen === '-' ? null : Number(gen), block: { kind: 'static', address: 0, size: 0 }, referents: [], line: ln === '-' ? null : Number(ln) };
        if (r.rest() !== '') obj.omitted = Number(r.kv('omitted'));
        snap.objects.push(obj);
        break;
      }
      case 'block': {
        const kind = r.word() as BlockRef['kind'];
        const b: BlockRef = { kind, address: r.addr()!, size: Number(r.kv('size')) };
        if (kind === 'pymalloc') {
          b.arena = Number(r.kv('arena')); b.pool = parseInt(r.kv('pool'), 16); b.sizeClass = Number(r.kv('class')); b.blockIndex = Number(r.kv('index'));
        }
        obj!.block = b;
        break;
      }
      case 'repr': obj!.repr = r.str(); break;
      case 'ref': { const label = r.str(); obj!.referents.push({ label, id: r.addr()! }); break; }
      case 'arena': {
        const index = Number(r.word()); const address = r.addr()!;
        arena = { index, address, ntotalpools: Number(r.kv('pools')), nfreepools: Number(r.kv('free')), pools: [] };
        snap.arenas.push(arena);
        break;
      }
      case 'pool': {
        const address = r.addr()!; const sizeClass = Number(r.kv('class')); const blockSize = Number(r.kv('size'));
        const [used, capacity] = r.kv('used').split('/').map(Number);
        const nextOffset = Number(r.kv('nextoffset'));
        const free = r.kv('freeblocks');
        const freeBlocks = free === '-' ? [] : free.split(',').map(Number);
        if (freeBlocks.some((b) => !Number.isInteger(b) || b < 0)) r.fail('freeblocks=N,N,… or freeblocks=-');
        arena!.pools.push({ address, arena: arena!.index, sizeClass, blockSize, used, capacity, state: r.word() as 'used', freeBlocks, nextOffset });
        break;
      }
      case 'system': { const address = r.addr()!; snap.systemBlocks.push({ address, size: Number(r.word()) }); break; }
      case 'freelist': { const name = r.str(); const rest = r.rest(); snap.freelists.push({ name, blocks: rest === '' ? [] : rest.split(' ').map((x) => parseInt(x, 16)) }); break; }
      case 'gc': {
        const tri = (s: string) => s.split(',').map(Number) as [number, number, number];
        snap.gc.count = tri(r.kv('count')); snap.gc.threshold = tri(r.kv('threshold')); snap.gc.tracked = tri(r.kv('tracked'));
        snap.gc.enabled = r.kv('enabled') === '1';
        const last = r.kv('last');
        if (last !== 'none') { const [generation, collected, uncollectable, finalized] = last.split('/').map(Number); snap.gc.last = { generation, collected, uncollectable, finalized }; }
        break;
      }
      default: r.fail('a known record');
    }
  });
  return snap;
}
