/** Entry point: i18n, styles, and the app in React's strict mode. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles/base.css';
import './styles/home.css';
import './styles/board.css';
import './styles/canvas.css';
import './styles/toolbar.css';
import './styles/list.css';
import './styles/dialogs.css';
import './styles/export.css';
import './styles/session.css';
import './styles/history.css';
import './styles/lifecycle.css';
import { App } from './App';
import { currentLang } from './i18n';

document.documentElement.lang = currentLang();

const root = document.getElementById('root');
if (!root) throw new Error('no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
