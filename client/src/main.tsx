/** Entry point: i18n, styles, and the app in React's strict mode. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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
import { App, preloadPage } from './App';
import { applyUiLang, storedLang } from './i18n';
import { matchRoute } from './router';

const root = document.getElementById('root');
if (!root) throw new Error('no #root element');
// The page's code and the strings of the chosen language load side by side; the first render
// waits for the strings (Dutch when the chosen language's cannot be loaded).
preloadPage(matchRoute(location.pathname));
const lang = storedLang();
void applyUiLang(lang)
  .then((ok) => ok || lang === 'nl' || applyUiLang('nl'))
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
