import { createHash, randomBytes } from 'node:crypto';
import type { Sandbox } from '../src/index.js';
import { readAnswer } from './helpers.js';

export const MB = 1000 * 1000;
export const TUS = { 'tus-resumable': '1.0.0' };

/** A PDF-looking file: the magic number, random bytes (so no two are alike), an end marker. */
export const pdfBytes = (size: number): Buffer => {
  const head = Buffer.from('%PDF-1.7\n');
  const tail = Buffer.from('\n%%EOF\n');
  return Buffer.concat([head, randomBytes(size - head.length - tail.length), tail]);
};
export const pngBytes = (size: number): Buffer =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(size - 8)]);
export const sha256 = (bytes: Buffer | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Upload-Metadata: comma-separated `key base64(value)` pairs (tus 1.0, creation extension). */
export const encodeMetadata = (metadata: Record<string, string>) =>
  Object.entries(metadata)
    .map(([key, value]) => `${key} ${Buffer.from(value, 'utf8').toString('base64')}`)
    .join(',');

export interface TusAnswer {
  status: number;
  headers: Headers;
  json: any;
}

const answer = (response: Response): Promise<TusAnswer> => readAnswer(response);

/** The raw tus requests, for protocol-level tests (a real client hides what we want to see). */
export function tusClient(sandbox: Sandbox, token: string | undefined) {
  const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const urlOf = (location: string) => new URL(location, `${sandbox.url}/v1/uploads`).toString();
  return {
    async create(metadata: Record<string, string>, length: number | undefined, headers: Record<string, string> = {}) {
      const response = await fetch(`${sandbox.url}/v1/uploads`, {
        method: 'POST',
        headers: {
          ...TUS,
          ...auth,
          ...(length === undefined ? {} : { 'upload-length': String(length) }),
          'upload-metadata': encodeMetadata(metadata),
          ...headers,
        },
      });
      const result = await answer(response);
      const location = response.headers.get('location');
      return { ...result, url: location ? urlOf(location) : undefined };
    },
    async head(url: string) {
      const response = await fetch(url, { method: 'HEAD', headers: { ...TUS, ...auth } });
      const offset = response.headers.get('upload-offset');
      return { ...(await answer(response)), offset: offset === null ? undefined : Number(offset) };
    },
    async patch(
      url: string,
      offset: number,
      body: Uint8Array | ReadableStream<Uint8Array>,
      init: { signal?: AbortSignal; headers?: Record<string, string> } = {},
    ) {
      const response = await fetch(url, {
        method: 'PATCH',
        headers: {
          ...TUS,
          ...auth,
          'upload-offset': String(offset),
          'content-type': 'application/offset+octet-stream',
          ...init.headers,
        },
        body,
        ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
        signal: init.signal,
      } as RequestInit);
      return answer(response);
    },
    async terminate(url: string) {
      return answer(await fetch(url, { method: 'DELETE', headers: { ...TUS, ...auth } }));
    },
  };
}

/**
 * A body that streams `bytes` in 256 KB chunks and, once `cutAfter` bytes are out, waits for the
 * server to have written some of them, then aborts the request: the connection drops mid-PATCH.
 */
export function cutStream(bytes: Buffer, cutAfter: number, controller: AbortController): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    async pull(stream) {
      if (sent >= cutAfter) {
        await new Promise((resolve) => setTimeout(resolve, 300));
        controller.abort();
        return;
      }
      const chunk = bytes.subarray(sent, Math.min(sent + 256 * 1024, cutAfter));
      sent += chunk.length;
      stream.enqueue(new Uint8Array(chunk));
    },
  });
}

/** Polls HEAD until the offset stops moving: the server may still be flushing the bytes of a dropped request. */
export async function settledOffset(tus: ReturnType<typeof tusClient>, url: string): Promise<number> {
  let previous = -1;
  for (let attempt = 0; attempt < 50; attempt++) {
    const { status, offset } = await tus.head(url);
    if (status !== 200 || offset === undefined) throw new Error(`HEAD answered ${status}`);
    if (offset === previous) return offset;
    previous = offset;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the upload offset never settled');
}

/**
 * A minimal ZIP with stored (uncompressed) entries, enough for the sniffer, which reads the local
 * header at offset 0 and the central directory (CRCs are not checked, so they are left at 0).
 */
export function storedZip(entries: Array<[name: string, content: Buffer | string]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, raw] of entries) {
    const data = Buffer.from(raw);
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
