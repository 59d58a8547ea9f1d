// A benchmark worker thread: computes row bands of a network's loss slice, keeping its buffers.
import { parentPort } from 'node:worker_threads';
import {
  createMlp,
  createRng,
  createSliceScratch,
  lossSlicePoints,
  type Normalization,
  type SlicePoints,
} from '../src/index.ts';
import { taskData } from '../src/network/tasks.ts';

interface Job {
  normalization: Normalization;
  params: Float64Array;
  d1: Float64Array;
  d2: Float64Array;
  n: number;
  range: number;
  points: SlicePoints;
}

const data = taskData('spiral');
const nets = new Map<Normalization, ReturnType<typeof setup>>();
function setup(normalization: Normalization) {
  const net = createMlp({ hidden: [28, 28], normalization }, createRng(1));
  return { net, scratch: createSliceScratch(net, data) };
}

parentPort!.on('message', (job: Job) => {
  let s = nets.get(job.normalization);
  if (!s) nets.set(job.normalization, (s = setup(job.normalization)));
  const out = new Float32Array(job.n * job.n).fill(NaN);
  const at = { ...s.net, params: job.params };
  lossSlicePoints(at, data, job.d1, job.d2, job.n, job.range, out, job.points, s.scratch);
  parentPort!.postMessage(out);
});
