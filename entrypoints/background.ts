import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { activate, injectBridge, injectIntoOpenTabs, restoreRememberedSites, siteStatus } from '../utils/background/sites';
import type { BackgroundMsg } from '../utils/messages';

/** The service worker keeps no state in memory: it can be stopped at any time. */
export default defineBackground(() => {
  if (import.meta.env.FIREFOX) {
    // Firefox: the toolbar button toggles the sidebar (the panel page is its sidebar_action).
    const sidebar = (browser as unknown as { sidebarAction: { toggle(): Promise<void> } }).sidebarAction;
    browser.action.onClicked.addListener(() => void sidebar.toggle());
  } else {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  }

  browser.runtime.onInstalled.addListener(() => {
    void injectIntoOpenTabs();
    void restoreRememberedSites();
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const msg = raw as BackgroundMsg;
    switch (msg.type) {
      case 'activate':
        return activate(msg.tabId, msg.remember);
      case 'siteStatus':
        return siteStatus(msg.tabId);
      case 'injectBridge':
        return injectBridge(sender.tab?.id, sender.frameId);
      default:
        return undefined;
    }
  });
});
