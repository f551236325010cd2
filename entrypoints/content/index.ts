export default defineContentScript({ matches: ['*://*.go.id/*'], main() {} });
