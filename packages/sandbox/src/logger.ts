export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
/**
 * Where the sandbox writes its log: a function of a level, a message and structured fields (the sandbox's
 * option `logger`; `jsonLogger` by default).
 */
export type Logger = (level: LogLevel, message: string, fields?: Record<string, unknown>) => void;

/** One JSON object per line on stdout: easy to grep, easy to ship to any log store. */
export const jsonLogger: Logger = (level, message, fields = {}) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...fields })}\n`);
};

/** A logger that writes nothing (for tests). */
export const silentLogger: Logger = () => {};
