import { useEffect } from 'react';
import { useStore } from 'zustand';
import { Panel } from '@/components/Panel';
import type { PanelStore } from '@/utils/panel/store';

/** Connects the store to the view. Counts updates replace only the fields they name, so rows stay memoised. */
export function App({ store }: { store: PanelStore }) {
  const state = useStore(store);
  useEffect(() => {
    document.documentElement.lang = state.language;
  }, [state.language]);
  return <Panel data={state} actions={state.actions} />;
}
