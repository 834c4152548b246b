// Files (hero images, report attachments) live under DATA_DIR/uploads with unguessable
// random names. Keys are checked against a strict pattern before touching the disk, so a
// key can never walk out of the folder.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

const KEY_PATTERN = /^[a-f0-9]{32}\.[a-z0-9]{1,8}$/;

export class FileStore {
  constructor(readonly root: string) {
    fs.mkdirSync(root, { recursive: true });
  }

  static isValidKey(key: string): boolean {
    return KEY_PATTERN.test(key);
  }

  async put(contents: Buffer, extension: string): Promise<string> {
    const ext = extension.replace(/^\./, '').toLowerCase();
    const key = `${randomBytes(16).toString('hex')}.${ext}`;
    if (!KEY_PATTERN.test(key)) throw new Error(`Unsupported file extension: ${extension}`);
    await fs.promises.writeFile(path.join(this.root, key), contents, { flag: 'wx' });
    return key;
  }

  /** Removes a stored file; a missing file or malformed key is not an error. */
  async remove(key: string): Promise<void> {
    const file = this.pathOf(key);
    if (file) await fs.promises.rm(file, { force: true });
  }

  /** Absolute path of a stored file, or undefined for a malformed key. */
  pathOf(key: string): string | undefined {
    return KEY_PATTERN.test(key) ? path.join(this.root, key) : undefined;
  }
}
