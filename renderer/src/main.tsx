import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initSession } from './services/session';
import { useUiStore } from './store/ui.slice';
import './styles/base.css';
import './styles/app.css';

initSession();
const syncLang = () => { document.documentElement.lang = useUiStore.getState().lang; };
syncLang();
useUiStore.subscribe(syncLang);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
