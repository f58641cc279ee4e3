// A @web/test-runner command that emulates Windows High Contrast (`forced-colors: active`) in the
// test page through the DevTools protocol: the stock emulate-media command passes it on to
// Playwright only, not to the Chrome launcher these tests use.
export function forcedColorsPlugin() {
  const cdpSessions = {};
  return {
    name: 'qmi-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = (cdpSessions[session.id] ??= await page.createCDPSession());
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}
