import { ANALYTIC_SURFACE_IDS, createSurface, curvature } from '../src/index.ts';

/** Placeholder page until the 3-D explorer lands: the surfaces and their conditioning, computed by the core. */
export function App() {
  return (
    <main>
      <h1>Error Surface Lab · 錯誤曲面實驗室</h1>
      <table>
        <tbody>
          {ANALYTIC_SURFACE_IDS.map((id) => {
            const s = createSurface(id);
            const k = curvature(s).conditionNumber;
            return (
              <tr key={id}>
                <td>{s.name.en}</td>
                <td>{s.name['zh-TW']}</td>
                <td>{k === null ? '—' : k.toPrecision(3)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </main>
  );
}
