// The course-notes demo's own script (a file, not inline, so the page runs under a strict CSP).
// Each embed's params are checked against the numbers in the text (test/app/embed/embed-demo.test.ts).
ErrorSurfaceLab.embed(document.getElementById('raw'), {
  params: { surface: 'lecture', lr: 0.0009 },
  controls: ['play', 'lr'],
  height: 420,
});
ErrorSurfaceLab.embed(document.getElementById('standardized'), {
  params: { surface: 'lecture', scaling: 'standardize', lr: 0.41 },
  height: 360,
});
const lab = ErrorSurfaceLab.embed(document.getElementById('driven'), {
  params: { surface: 'valley', kappa: 25, speed: 250 },
  controls: [],
  height: 320,
  title: 'Gradient descent on an elongated valley',
});
window.demoLab = lab;
const log = document.getElementById('log');
const write = (line) => (log.textContent = `${line}\n${log.textContent}`.slice(0, 2000));
lab.on('ready', () => write('ready'));
lab.on('step', (e) => write(`step ${e.step}: loss ${e.loss.toPrecision(4)} (${e.status})`));
lab.on('converged', (e) => write(`converged at step ${e.step}`));
lab.on('diverged', (e) => write(`diverged at step ${e.step}`));
document.getElementById('play').onclick = () => lab.play();
document.getElementById('pause').onclick = () => lab.pause();
document.getElementById('reset').onclick = () => lab.reset();
document.getElementById('fast').onclick = () => lab.set({ learningRate: 0.5 });
