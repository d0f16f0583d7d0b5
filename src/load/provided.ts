/**
 * Files whose text came another way than the disk — standard input (`bulletin build -`), or a
 * caller of the library API — under the name they are known by. The loader reads these first, so
 * a named stdin (`--stdin-name issues/issue-16.yaml`) finds its series file and photos beside that
 * name, and every message points at it.
 */
import path from 'node:path';

const provided = new Map<string, Buffer>();

export function provideFile(file: string, bytes: Uint8Array): void {
  provided.set(path.resolve(file), Buffer.from(bytes));
}

export function providedBytes(file: string): Buffer | undefined {
  return provided.get(path.resolve(file));
}

export function forgetProvided(file?: string): void {
  if (file === undefined) provided.clear();
  else provided.delete(path.resolve(file));
}
