import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onDeleteDrafts, onRecordVersion, onSaveDrafts, prune } from '../utils/background/drafts';
import {
  MENU_SAVE_SNIPPET, onImportLibrary, onSaveProposal, onSaveSnippet, onSetDeleted, onUpdateSnippet, saveSelection,
} from '../utils/background/library';
import { MENU_REWRITE, onMenuClick, takeMenuTarget } from '../utils/background/menu';
import { activate, injectBridge, injectIntoOpenTabs, restoreRememberedSites, siteStatus } from '../utils/background/sites';
import type { BackgroundMsg } from '../utils/messages';

/** The service worker keeps no state in memory: it can be stopped at any time. */
export default defineBackground(() => {
  // Firefox 128+ (scripting.executeScript in the MAIN world). MV2 names the toolbar button browserAction.
  const ff = browser as unknown as { sidebarAction: { toggle(): Promise<void>; open(): Promise<void> }; browserAction?: typeof browser.action };
  if (import.meta.env.FIREFOX) {
    // Firefox: the toolbar button toggles the sidebar (the panel page is its sidebar_action).
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

  browser.runtime.onStartup.addListener(() => void prune());
  browser.runtime.onInstalled.addListener(() => {
    void prune();
    void injectIntoOpenTabs();
    void restoreRememberedSites();
    // Menus outlive the worker: created once per install or update (the old one goes first).
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU_REWRITE, title: browser.i18n.getMessage('menuRewrite'), contexts: ['editable'] });
      browser.contextMenus.create({ id: MENU_SAVE_SNIPPET, title: browser.i18n.getMessage('menuSaveSnippet'), contexts: ['selection'] });
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_SAVE_SNIPPET) return void saveSelection(info.selectionText, tab);
    void onMenuClick(info.menuItemId, tab, {
      openPanel: ({ windowId }) => {
        if (import.meta.env.FIREFOX) void ff.sidebarAction.open();
        else if (windowId >= 0) void browser.sidePanel.open({ windowId });
      },
      announce: (tabId) => browser.runtime.sendMessage({ type: 'menuRewrite', tabId }),
      now: Date.now,
    });
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const msg = raw as BackgroundMsg;
    switch (msg.type) {
      case 'activate':
        return activate(msg.tabId, msg.remember);
      case 'siteStatus':
        return siteStatus(msg.tabId);
      case 'takeMenuTarget':
        return takeMenuTarget(msg.tabId, Date.now());
      case 'injectBridge':
        return injectBridge(sender.tab?.id, sender.frameId);
      case 'saveDrafts':
        return onSaveDrafts(msg);
      case 'recordVersion':
        return onRecordVersion(msg);
      case 'deleteDrafts':
        return onDeleteDrafts(msg);
      case 'saveSnippet':
        return onSaveSnippet(msg);
      case 'saveProposal':
        return onSaveProposal(msg);
      case 'updateSnippet':
        return onUpdateSnippet(msg);
      case 'setDeleted':
        return onSetDeleted(msg);
      case 'importLibrary':
        return onImportLibrary(msg);
      default:
        return undefined;
    }
  });
});
