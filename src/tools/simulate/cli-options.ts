/** `npm run simulate -- …`: the command line read into options, with the usage text. Pure. */
import { normalizeJoinCode } from '../../shared/join-code.ts';

export type SimulateOptions = {
  origin: string;
  code: string;
  phones: number;
  perWorker: number;
  seed: number;
  speed: number;
  /** Nickname prefix ("Oefen" → "Oefen 1"); absent with `--geen-namen`. */
  nickname?: string;
};

/** `--leergang`: a whole leergang against a server of its own, its downloads written to `out`. */
export type LeergangOptions = { phones: number; seed: number; out: string };

export const USAGE = `Usage: npm run simulate -- --join <Join URL> --phones N [options]
       npm run simulate -- --leergang --phones N --out DIR [--seed S]
  --leergang        rehearse a whole leergang (five sessions, some phones absent) on a server of its own,
                    and write DIR/register.csv, DIR/groepsverslag.pdf and DIR/certificaten/*.pdf
  --join URL        the URL the QR code holds, e.g. http://192.168.1.23:8080/join?code=ABC234
  --code CODE       the room code instead (with --server, default http://localhost:8080)
  --phones N        how many phones (default 15)
  --speed F         answer F times faster than people do (2-20 s; default 1)
  --seed S          the same seed plays the same answers (default 1)
  --name TEXT       nickname prefix: "Oefen" gives "Oefen 1", "Oefen 2", … (default "Oefen")
  --no-names        leave the phones without a nickname
  --per-worker N    phones per worker process (default 250)`;

export function parseSimulateArgs(args: readonly string[]): SimulateOptions {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected "${arg}"`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (name === 'no-names' || name === 'help' || name === 'leergang') flags.add(name);
    else if (inline !== undefined) values.set(name, inline);
    else if (i + 1 < args.length) values.set(name, args[++i]);
    else throw new Error(`--${name} needs a value`);
  }
  if (flags.has('help')) throw new Error('help');
  if (flags.has('leergang')) throw new Error('--leergang: read it with parseLeergangArgs');
  const known = ['join', 'code', 'server', 'phones', 'speed', 'seed', 'name', 'per-worker'];
  for (const name of values.keys()) if (!known.includes(name)) throw new Error(`unknown option --${name}`);

  let origin = values.get('server') ?? 'http://localhost:8080';
  let rawCode = values.get('code');
  const join = values.get('join');
  if (join) {
    let url: URL;
    try {
      url = new URL(join);
    } catch {
      throw new Error(`--join must be a URL like http://192.168.1.23:8080/join?code=ABC234, got "${join}"`);
    }
    origin = url.origin;
    rawCode ??= url.searchParams.get('code') ?? undefined;
  }
  if (!rawCode) throw new Error('give the room: --join <Join URL with ?code=…> or --code ABC234');
  const code = normalizeJoinCode(rawCode);
  if (!code) throw new Error(`"${rawCode}" is not a room code (6 letters and digits, e.g. ABC234)`);

  const number = (name: string, fallback: number, check: (n: number) => boolean, rule: string) => {
    const raw = values.get(name);
    const value = raw === undefined ? fallback : Number(raw);
    if (!check(value)) throw new Error(`--${name} must be ${rule}, got "${raw}"`);
    return value;
  };
  const positiveInteger = (n: number) => Number.isInteger(n) && n >= 1;
  return {
    origin,
    code,
    phones: number('phones', 15, positiveInteger, 'a whole number of at least 1'),
    perWorker: number('per-worker', 250, positiveInteger, 'a whole number of at least 1'),
    seed: number('seed', 1, Number.isInteger, 'a whole number'),
    speed: number('speed', 1, (n) => n > 0 && Number.isFinite(n), 'a number above 0'),
    ...(flags.has('no-names') ? {} : { nickname: values.get('name') ?? 'Oefen' }),
  };
}

/** Whether the command line asks for a leergang rehearsal. */
export const isLeergangRun = (args: readonly string[]) => args.includes('--leergang');

/** `--leergang --phones N --out DIR [--seed S]`. */
export function parseLeergangArgs(args: readonly string[]): LeergangOptions {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--leergang') continue;
    if (!arg.startsWith('--')) throw new Error(`unexpected "${arg}"`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!['phones', 'seed', 'out'].includes(name)) throw new Error(`--${name} does not go with --leergang`);
    if (inline !== undefined) values.set(name, inline);
    else if (i + 1 < args.length) values.set(name, args[++i]);
    else throw new Error(`--${name} needs a value`);
  }
  const out = values.get('out');
  if (!out) throw new Error('--leergang needs --out DIR: where the register, the report and the certificates go');
  const phones = Number(values.get('phones') ?? 12);
  if (!Number.isInteger(phones) || phones < 1 || phones > 40) throw new Error(`--phones must be a whole number from 1 to 40 (a training group), got "${values.get('phones')}"`);
  const seed = Number(values.get('seed') ?? 1);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, got "${values.get('seed')}"`);
  return { phones, seed, out };
}

/** Phones per worker: `count` phones in batches of at most `perWorker`, as even as possible. */
export function batchesOf(count: number, perWorker: number): { firstIndex: number; count: number }[] {
  const workers = Math.ceil(count / perWorker);
  const batches: { firstIndex: number; count: number }[] = [];
  let firstIndex = 0;
  for (let i = 0; i < workers; i++) {
    const size = Math.floor(count / workers) + (i < count % workers ? 1 : 0);
    batches.push({ firstIndex, count: size });
    firstIndex += size;
  }
  return batches;
}
