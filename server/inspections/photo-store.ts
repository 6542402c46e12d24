/**
 * Where inspection photos live: files under the uploads folder (`UPLOADS_DIR`, default
 * ./data/uploads), named by a random id, never by anything a client sent. The database row holds
 * the key, the sniffed type and the checksum; the file is served only through the API.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';

export class PhotoStore {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** The file of a stored key; a key that would leave the folder is refused. */
  pathOf(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`photo key outside the uploads folder: ${key}`);
    return path;
  }

  /** Writes the bytes as a new file and answers its key. */
  async save(inspectionId: number, bytes: Uint8Array, ext: string): Promise<string> {
    const key = `inspections/${inspectionId}/${randomUUID()}.${ext}`;
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes, { flag: 'wx' });
    return key;
  }

  /** Removes a file whose row was never written (the transaction failed). */
  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
