import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createDriver } from './sim/driver.ts';
import { DriverContext } from './sim/driver-context.ts';
import { syncExperimentWithUrl } from './store/url-sync.ts';
import './styles.css';

syncExperimentWithUrl(window.location, window.history, navigator.languages);

// 256×256 surfaces on wide screens, 128×128 on phones; ?res=N (32–512) overrides it for benchmarks.
const asked = Number(new URLSearchParams(window.location.search).get('res'));
const resolution =
  Number.isInteger(asked) && asked >= 32 && asked <= 512
    ? asked
    : window.innerWidth < 700
      ? 128
      : 256;
const driver = createDriver(resolution);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DriverContext.Provider value={driver}>
      <App />
    </DriverContext.Provider>
  </StrictMode>,
);
