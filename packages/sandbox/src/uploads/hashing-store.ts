import { FileStore } from '@tus/file-store';
import { createHash, type Hash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';

/**
 * A tus file store that computes each upload's SHA-256 while the bytes arrive, so that finishing a
 * large upload does not read the whole file again. The running hash lives in memory and only
 * follows an unbroken sequence of writes; after a restart, or a write that stored fewer bytes than
 * went through it, it is dropped and `digest` answers undefined: the caller then hashes the file.
 */
export class HashingFileStore extends FileStore {
  private readonly hashes = new Map<string, { hash: Hash; offset: number }>();

  override async write(readable: Readable, id: string, offset: number): Promise<number> {
    let state = this.hashes.get(id);
    if (offset === 0) state = { hash: createHash('sha256'), offset: 0 };
    if (!state || state.offset !== offset) {
      this.hashes.delete(id);
      return super.write(readable, id, offset);
    }
    const running = state;
    let seen = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        running.hash.update(chunk);
        seen += chunk.length;
        done(null, chunk);
      },
    });
    readable.on('error', (error) => tap.destroy(error));
    try {
      const end = await super.write(readable.pipe(tap), id, offset);
      if (end === offset + seen) {
        running.offset = end;
        this.hashes.set(id, running);
      } else this.hashes.delete(id);
      return end;
    } catch (error) {
      this.hashes.delete(id);
      throw error;
    }
  }

  /** The SHA-256 of the upload's `size` bytes if every one of them went through this process. */
  digest(id: string, size: number): string | undefined {
    const state = this.hashes.get(id);
    this.hashes.delete(id);
    return state && state.offset === size ? state.hash.digest('hex') : undefined;
  }

  forget(id: string): void {
    this.hashes.delete(id);
  }
}

// tus's constructor checks its folder with `fs.mkdir` and a callback that throws, uncaught, when the
// folder is gone by then (a data folder removed right after a short start and stop): the whole
// process would crash. `uploadStorage` makes the folder beforehand, synchronously, so the check is
// replaced by nothing. tus declares the method private, hence the prototype rather than an override.
Object.defineProperty(HashingFileStore.prototype, 'checkOrCreateDirectory', { value: () => {} });
