// The timeline alone, as a partner page that imports `@qmi/elements/timeline` gets it.
import '@qmi/elements/timeline';
