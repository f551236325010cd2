import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { activate, injectBridge, injectIntoOpenTabs, restoreRememberedSites, siteStatus } from '../utils/background/sites';
import type { BackgroundMsg } from '../utils/messages';

/** The service worker keeps no state in memory: it can be stopped at any time. */
export default defineBackground(() => {
  if (import.meta.env.FIREFOX) {
    // Firefox: the toolbar button toggles the sidebar (the panel page is its sidebar_action).
    // Firefox 128+ (scripting.executeScript in the MAIN world). MV2 names the toolbar button browserAction.
    const ff = browser as unknown as { sidebarAction: { toggle(): Promise<void> }; browserAction?: typeof browser.action };
    (ff.browserAction ?? browser.action).onClicked.addListener(() => void ff.sidebarAction.toggle());
  } else {
    // Open the panel from our own click handler rather than openPanelOnActionClick: only a dispatched action
    // click grants activeTab, which "Aktifkan di halaman ini" needs on sites outside *.go.id. sidePanel.open
    // must be called inside the gesture, before any await.
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false });
    browser.action.onClicked.addListener((tab) => {
      if (tab.windowId !== undefined) void browser.sidePanel.open({ windowId: tab.windowId });
    });
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
