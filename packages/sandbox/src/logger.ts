export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type Logger = (level: LogLevel, message: string, fields?: Record<string, unknown>) => void;

/** One JSON object per line on stdout: easy to grep, easy to ship to any log store. */
export const jsonLogger: Logger = (level, message, fields = {}) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...fields })}\n`);
};

export const silentLogger: Logger = () => {};
