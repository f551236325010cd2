import { defineConfig } from 'wxt';

// The manifest is declared here; see README "Architecture" for why each permission exists.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports only: context boundaries (content script vs panel) are checked by lint on import lines.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    // clipboardWrite: when a write cannot be verified, the text is copied for the user even after the click.
    // contextMenus: "Tulis ulang dengan AI" on any editable field.
    // unlimitedStorage: local drafts and their history (IndexedDB) must not be evicted or capped.
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'activeTab', 'clipboardWrite', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Government portals are where it runs on its own; anything else is the user's choice, site by site.
    host_permissions: ['*://*.go.id/*'],
    // MV2 (Firefox) has no optional_host_permissions: the same patterns go in optional_permissions.
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+J' }, description: 'Buka panel Jendela' } }
        : { _execute_action: { suggested_key: { default: 'Alt+Shift+J' }, description: 'Buka panel Jendela' } },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'jendela@bapperida.pontianak.go.id', strict_min_version: '128.0' } } }
      : {}),
  }),
});
