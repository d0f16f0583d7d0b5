/**
 * The user's cache folder, the one place every on-disk cache of bulletin lives (the font scan, the
 * memo of file hashes, and whatever else is cached per machine): `$BULLETIN_CACHE_DIR` when set
 * (tests give each file its own), else the platform's cache folder — `$XDG_CACHE_HOME/bulletin`
 * or `~/.cache/bulletin`, `~/Library/Caches/bulletin`, `%LOCALAPPDATA%\bulletin`.
 */
import os from 'node:os';
import path from 'node:path';

export const CACHE_DIR_ENV = 'BULLETIN_CACHE_DIR';

export function userCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env[CACHE_DIR_ENV]) return path.resolve(env[CACHE_DIR_ENV]);
  const home = os.homedir();
  const base =
    platform === 'win32'
      ? (env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Caches')
        : env.XDG_CACHE_HOME || path.join(home, '.cache');
  return path.join(base, 'bulletin');
}
