import { createRoot } from 'react-dom/client';
import { tabIdFromSearch } from '@/utils/panel/connection';
import { createPanelStore } from '@/utils/panel/store';
import { App } from './App';

const store = createPanelStore();
void store.getState().actions.start(tabIdFromSearch(location.search));
addEventListener('pagehide', () => store.getState().actions.stop());

createRoot(document.getElementById('root')!).render(<App store={store} />);
