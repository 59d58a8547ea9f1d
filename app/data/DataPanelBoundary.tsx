import { Component, type ReactNode } from 'react';
import { forgetUserData } from './user-data-actions.ts';
import { useT } from '../lab/react/use-t.tsx';
import { useLabApi } from '../lab/react/use-lab.tsx';

/**
 * Catches a failure inside the data panel (data kept in this browser that something failed to
 * show) so that the rest of the page keeps working and the data can still be forgotten.
 */
export class DataPanelBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? (
      <DataPanelFailed onForgotten={() => this.setState({ failed: false })} />
    ) : (
      this.props.children
    );
  }
}

/** What the data panel shows after a failure: why, and the button that forgets the data. */
function DataPanelFailed({ onForgotten }: { onForgotten: () => void }) {
  const lab = useLabApi();
  const t = useT();
  return (
    <section
      className="card data-panel"
      aria-labelledby="data-heading"
      data-testid="data-panel-failed"
    >
      <h2 id="data-heading">{t('sectionData')}</h2>
      <p className="error" role="alert">
        {t('dataPanelFailed')}
      </p>
      <button
        type="button"
        className="small"
        onClick={() => void forgetUserData(lab).then(onForgotten)}
      >
        {t('dataForget')}
      </button>
    </section>
  );
}
