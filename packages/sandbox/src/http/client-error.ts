import { problemBody } from '@qmi/core';
import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';

/**
 * Requests Node.js refuses before any route sees them (headers over its 16 KB limit, a request line it
 * cannot parse) are answered in problem+json like every other error, not with Node's bare status line.
 * Headers were not read, so the language is the platform's default (French); the connection closes.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  const unparsable = typeof error.code === 'string' && error.code.startsWith('HPE_');
  if (!unparsable || !socket.writable || (socket as Socket & { _httpMessage?: unknown })._httpMessage) {
    // A reset, a timeout, or a response already under way on this connection: nothing more can be said.
    socket.destroy();
    return;
  }
  const code = error.code === 'HPE_HEADER_OVERFLOW' ? 'headers_too_large' : 'invalid_request';
  const body = JSON.stringify(problemBody(code, 'fr', '', randomUUID()));
  const status = code === 'headers_too_large' ? '431 Request Header Fields Too Large' : '400 Bad Request';
  socket.end(
    `HTTP/1.1 ${status}\r\ncontent-type: application/problem+json; charset=utf-8\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
