import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Relative base so the built app also works from a sub-folder or an iframe host.
export default defineConfig({
  base: './',
  plugins: [react()],
});
